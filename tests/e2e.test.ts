import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from './static-server.ts';

/**
 * Browser tests in Debian's Chromium (playwright-core cannot download a browser here). Without Chromium they fail
 * and say how to install it: a missing browser must not pass for a working site.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = inject('site');

describe('in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Browser tests could not run: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium" (as .ci/run does) or set CHROMIUM_PATH.`);
    server = await serveStatic(site.dir);
    // The flags keep Chromium off the network: this machine has none, and pages must need none.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends / to the Chinese home page by default, and an English-only browser to the English one', async () => {
    for (const [locale, javaScriptEnabled, expected] of [['zh-CN', true, '/zh/'], ['en-US', false, '/zh/'], ['en-US', true, '/en/']] as const) {
      const context = await browser.newContext({ locale, javaScriptEnabled });
      const visitor = await context.newPage();
      await visitor.goto(`${server.url}/`);
      await visitor.waitForURL(`${server.url}${expected}`);
      await context.close();
    }
  });

  it('opens a section page in both languages', async () => {
    await page.goto(`${server.url}/zh/reports/yongji-2023-plan-report/3-1/`);
    expect(await page.locator('h1').textContent()).toContain('（一）坚持大抓项目，夯实高质量发展硬底盘。');
    await page.goto(`${server.url}/en/reports/yongji-2023-plan-report/3-1/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#p1 p').getAttribute('lang')).toBe('zh-CN');
  });

  it('switches language to the same section, keeping the paragraph anchor', async () => {
    await page.goto(`${server.url}/zh/reports/yanhu-2022-work-report/2-3/#p2`);
    await page.click('a.language-switch');
    await page.waitForURL(/\/en\/reports\/yanhu-2022-work-report\/2-3\/#p2$/);
    expect(await page.locator('h1').textContent()).toMatch(/^\(3\) /);
  });

  it('follows a paragraph permalink to its paragraph', async () => {
    await page.goto(`${server.url}/zh/reports/yanhu-2022-work-report/2-3/`);
    await page.locator('#p3 a.permalink').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p3$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p3');
  });

  it('gives a citation with the paragraph URL', async () => {
    await page.goto(`${server.url}/zh/reports/xinjiang-county-2023-work-report/2-1/`);
    await page.locator('#p2 .cite-button').click();
    const citation = await page.locator('#cite-text').inputValue();
    expect(citation).toContain('新绛县2023年政府工作报告');
    expect(citation).toContain('/zh/reports/xinjiang-county-2023-work-report/2-1/#p2');
    expect(citation).toMatch(/访问日期：\d{4}-\d{2}-\d{2}/);
  });

  it('finds 五抓一优一促 with search and reaches a section that contains it', async () => {
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('五抓一优一促')}`);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    await first.click();
    await page.waitForLoadState('load');
    expect(await page.locator('main').textContent()).toContain('五抓一优一促');
  });

  it('shows a glossary term’s definition on hover and keyboard focus, closes it with Escape, and links to the entry', async () => {
    await page.goto(`${server.url}/zh/reports/xinjiang-county-2023-work-report/2/`);
    const term = page.locator('.term', { has: page.locator('a', { hasText: '五抓一优一促' }) }).first();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('抓招商引资');
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/glossary\/wu-zhua-yi-you-yi-cu\/$/);
    expect(await page.locator('h1').textContent()).toContain('五抓一优一促');
  });

  it('filters the glossary by pinyin typed without tones or spaces', async () => {
    await page.goto(`${server.url}/en/glossary/`);
    await page.fill('#glossary-filter', 'wuzhuayiyouyicu');
    const visible = page.locator('#glossary-themes li:not([hidden])');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().textContent()).toContain('五抓一优一促');
  });

  it('opens the compare page and a place page in both languages, following a figure to its sentence', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${server.url}/${lang}/compare/`);
      expect(await page.locator('svg[role="img"] title').first().textContent()).toBeTruthy();
      await page.goto(`${server.url}/${lang}/places/xinjiang-county/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      const link = page.locator('#figures + .table-wrap a', { hasText: '183.5' });
      await link.click();
      await page.waitForURL(/\/reports\/xinjiang-county-2023-work-report\/1\/#p2$/);
      expect(await page.locator('#p2').textContent()).toContain('183.5');
      await page.goto(`${server.url}/${lang}/places/hejin/`);
      expect(await page.locator('.notice').first().textContent()).toBeTruthy();
    }
  });
});
