import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_TYPES, pageTypeUrl, type PageType } from '../../scripts/page-types.ts';
import { serveStatic } from '../../scripts/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = inject('site');

describe('accessibility (WCAG 2.2 AA)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Accessibility tests could not run: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`);
    server = await serveStatic(site.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(page: Page, lang: string, type: PageType) {
    if (type.parallel) await page.addInitScript(() => localStorage.setItem('atlas-parallel', '1'));
    await page.goto(pageTypeUrl(server.url, lang, type));
    if (type.click) await page.locator(type.click).first().click();
    if (type.waitFor) await page.locator(type.waitFor).first().waitFor({ timeout: 15_000 });
  }

  // A desktop and a touch phone: on a phone (no hover) controls that a mouse only sees on hover are always shown, so
  // their target size is checked there.
  const devices = {
    desktop: { viewport: { width: 1100, height: 900 } },
    phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  };
  for (const [device, options] of Object.entries(devices)) for (const lang of ['zh', 'en']) {
    it(`has no axe violation on any page type (${lang}, ${device}), 24 px targets included`, { timeout: 120_000 }, async () => {
      const violations: string[] = [];
      for (const type of PAGE_TYPES) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        await open(page, lang, type);
        // 'experimental' adds the rules axe does not yet run by default, among them label-content-name-mismatch (WCAG
        // 2.5.3: a control's accessible name contains its visible text).
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental']).analyze();
        for (const violation of results.violations) violations.push(`${type.name}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
        // Targets of 24 × 24 px at least for every control and navigation link, not only by the spacing exception
        // (links inside running text are exempt in WCAG 2.5.8 and are not counted).
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('nav a, button, select, input:not([type="hidden"]), summary, .site-name')]
            .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden, [hidden]'))
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 23.5 || box.height < 23.5)
            .map(({ element, box }) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 20)}” ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
        );
        for (const target of small) violations.push(`${type.name}: small target ${target}`);
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }

  it('marks every Chinese run in English pages with lang="zh-CN" (WCAG 3.1.2)', { timeout: 120_000 }, async () => {
    const unmarked: string[] = [];
    for (const type of PAGE_TYPES.filter((candidate) => candidate.name !== '404')) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await open(page, 'en', type);
      const runs = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (!/\p{Script=Han}/u.test(node.textContent ?? '') || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
          const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('zh')) found.push(`${parent.tagName.toLowerCase()}: ${node.textContent!.trim().slice(0, 30)}`);
        }
        return found;
      });
      unmarked.push(...runs.map((run) => `${type.name}: ${run}`));
      await context.close();
    }
    expect(unmarked).toEqual([]);
  });

  it('reads without sideways scrolling at 320 px and at 200% zoom (640 px at 1280)', { timeout: 120_000 }, async () => {
    const overflowing: string[] = [];
    for (const [width, scale] of [[320, 1], [640, 2]] as const) {
      for (const lang of ['zh', 'en']) {
        for (const type of PAGE_TYPES) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
          const page = await context.newPage();
          await open(page, lang, type);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) overflowing.push(`${lang} ${type.name} at ${width} px: ${scrollWidth} px wide`);
          await context.close();
        }
      }
    }
    expect(overflowing).toEqual([]);
  });
});
