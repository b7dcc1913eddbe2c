import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_TYPES, pageTypeUrl } from '../scripts/page-types.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { manifest } from './helpers.ts';

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
    // Three new browser contexts: past Vitest's 5 s on a loaded two-core machine.
  }, 30_000);

  it('opens a section page in both languages', async () => {
    await page.goto(`${server.url}/zh/reports/yongji-2023-plan-report/3-1/`);
    expect(await page.locator('h1').textContent()).toContain('（一）坚持大抓项目，夯实高质量发展硬底盘。');
    await page.goto(`${server.url}/en/reports/yongji-2023-plan-report/3-1/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#p1 .en-text').getAttribute('lang')).toBe('en');
    expect(await page.locator('#p1 .zh-text').getAttribute('lang')).toBe('zh-CN');
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
    // The access date in GB/T 7714's brackets, before the URL.
    expect(citation).toMatch(/［\d{4}-\d{2}-\d{2}］．https?:\/\//);
  });

  it('finds 五抓一优一促 with search by keyboard, reaches the paragraph and highlights the match there', async () => {
    await page.goto(`${server.url}/zh/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('五抓一优一促');
    await page.keyboard.press('Enter');
    const first = page.locator('.search-hit a').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/共 \d+ 条结果包含检索词/);
    expect(page.url()).toContain(`q=${encodeURIComponent('五抓一优一促')}`);
    expect(await first.getAttribute('href')).toBe('/zh/glossary/wu-zhua-yi-you-yi-cu/?pagefind-highlight=%E4%BA%94%E6%8A%93%E4%B8%80%E4%BC%98%E4%B8%80%E4%BF%83');
    const paragraphHit = page.locator('.search-hit.exact a').first();
    await paragraphHit.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p\d+$/);
    await page.locator('mark.pagefind-highlight:visible').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('mark.pagefind-highlight:visible').first().textContent()).toBe('五抓一优一促');
  });

  it('requests nothing from another origin and breaks no rule of its Content-Security-Policy, on any page type, in either language, search included', { timeout: 90_000 }, async () => {
    const context = await browser.newContext();
    // Violations are events in the page; console messages catch those reported before a listener could exist.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
    });
    const visitor = await context.newPage();
    const requested: string[] = [];
    const violations: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    visitor.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${visitor.url()}: ${message.text()}`);
    });
    const collect = async () => violations.push(...(await visitor.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((violation) => `${visitor.url()}: ${violation}`));
    for (const lang of ['zh', 'en']) {
      for (const type of PAGE_TYPES) {
        await visitor.goto(pageTypeUrl(server.url, lang, type));
        if (type.click) await visitor.locator(type.click).first().click();
        if (type.waitFor) await visitor.locator(type.waitFor).first().waitFor({ timeout: 15_000 });
        await collect();
      }
    }
    // The scripts that only run on a visitor's action: the root page's redirect, the highlighter, the glossary filter,
    // the parallel toggle and the citation dialog.
    await visitor.goto(`${server.url}/`);
    await visitor.waitForURL(/\/(zh|en)\/$/);
    await collect();
    await visitor.goto(`${server.url}/zh/reports/yongji-2023-plan-report/1/?pagefind-highlight=${encodeURIComponent('五抓一优一促')}`);
    await visitor.locator('mark.pagefind-highlight:visible').first().waitFor({ timeout: 10_000 });
    await collect();
    await visitor.goto(`${server.url}/en/glossary/`);
    await visitor.fill('#glossary-filter', 'wu zhua');
    await visitor.locator('#glossary-status').filter({ hasText: /\d/ }).waitFor();
    await collect();
    await visitor.goto(`${server.url}/en/reports/xinjiang-county-2023-work-report/2-1/`);
    await visitor.locator('.parallel-toggle button').click();
    await visitor.locator('#p2 .cite-button').click();
    await collect();
    await context.close();
    const local = (url: string) => url.startsWith(`${server.url}/`) || url.startsWith('data:') || url.startsWith('blob:');
    expect(requested.length).toBeGreaterThan(PAGE_TYPES.length * 2);
    expect(requested.filter((url) => !local(url))).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('shows the controls that need scripts only when scripts run', async () => {
    const visible: Record<string, boolean[]> = {};
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const visitor = await context.newPage();
      await visitor.goto(`${server.url}/en/reports/xinjiang-county-2023-work-report/2-1/`);
      visible['cite'] = [...(visible['cite'] ?? []), await visitor.locator('#p2 .cite-button').isVisible()];
      visible['parallel'] = [...(visible['parallel'] ?? []), await visitor.locator('.parallel-toggle').isVisible()];
      await visitor.goto(`${server.url}/zh/glossary/`);
      visible['filter'] = [...(visible['filter'] ?? []), await visitor.locator('.glossary-tools').isVisible()];
      await context.close();
    }
    expect(visible).toEqual({ cite: [false, true], parallel: [false, true], filter: [false, true] });
    // Two new browser contexts, four pages: past Vitest's 5 s on a loaded two-core machine.
  }, 30_000);

  it('enforces the policy: a script or style injected into a page is blocked and reported', async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto(`${server.url}/zh/reports/yanhu-2022-work-report/2-3/`);
    const outcome = await visitor.evaluate(async () => {
      const reported: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => reported.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran";';
      document.body.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { ran: document.body.dataset.injected === 'ran', colour: getComputedStyle(styled).color, reported };
    });
    await context.close();
    expect(outcome.ran).toBe(false);
    expect(outcome.colour).not.toBe('rgb(255, 0, 0)');
    expect(outcome.reported).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
  });

  it('combines filters, keeps them in the URL, and restores a shared search', async () => {
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('招商引资')}`);
    await page.locator('.search-hit').first().waitFor();
    await page.locator('select[name="place"] option', { hasText: '新绛县' }).waitFor({ state: 'attached' });
    await page.selectOption('select[name="place"]', '新绛县');
    await page.waitForURL(/place=/);
    await page.locator('#search-results:not([aria-busy])').waitFor();
    await page.locator('.search-hit').first().waitFor();
    const urls = await page.locator('.search-hit a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url!.includes('xinjiang-county-2023-work-report'))).toBe(true);
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.inputValue('#search-q')).toBe('招商引资');
    expect(await page.locator('select[name="place"]').inputValue()).toBe('新绛县');
  });

  it('narrows a search to a level and a range of years, and reads an older link\'s single year', async () => {
    const resultReports = async () => {
      await page.locator('.search-hit').first().waitFor();
      const hrefs = await page.locator('.search-hit a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      return hrefs.map((href) => /\/reports\/([a-z0-9-]+)\//.exec(href)?.[1]).filter((id) => id !== undefined);
    };
    const entryOf = (id: string) => manifest.reports.find((entry) => entry.id === id)!;
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('营商环境')}&level=${encodeURIComponent('省')}&yearFrom=2021&yearTo=2023`);
    await page.locator('select[name="yearTo"] option', { hasText: '2023' }).waitFor({ state: 'attached' });
    const ranged = await resultReports();
    expect(ranged.length).toBeGreaterThan(0);
    for (const id of ranged) expect({ id, level: entryOf(id).level, inRange: entryOf(id).year >= 2021 && entryOf(id).year <= 2023 }).toEqual({ id, level: 'province', inRange: true });
    expect(new Set(ranged.map((id) => entryOf(id).year)).size).toBeGreaterThan(1);
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('营商环境')}&year=2022`);
    await page.locator('select[name="yearFrom"] option', { hasText: '2022' }).waitFor({ state: 'attached' });
    expect([await page.locator('select[name="yearFrom"]').inputValue(), await page.locator('select[name="yearTo"]').inputValue()]).toEqual(['2022', '2022']);
    for (const id of await resultReports()) expect(entryOf(id).year, id).toBe(2022);
  });

  it('finds a glossary entry from the English page by pinyin and by traditional characters from the Chinese page', { timeout: 20_000 }, async () => {
    await page.goto(`${server.url}/en/search/?q=wu+zhua`);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit a').first().getAttribute('href')).toMatch(/^\/en\/glossary\/wu-zhua-yi-you-yi-cu\//);
    await page.goto(`${server.url}/zh/search/?q=${encodeURIComponent('營商環境')}`);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit mark').first().textContent()).toBe('营商环境');
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

  it('filters the glossary by pinyin or Chinese, hiding what does not match from sight, in both languages', async () => {
    for (const [lang, query, term] of [['en', 'wuzhuayiyouyicu', '五抓一优一促'], ['zh', '承诺制', '承诺制+标准地+全代办']] as const) {
      await page.goto(`${server.url}/${lang}/glossary/`);
      await page.fill('#glossary-filter', query);
      // What the reader sees: entries and theme headings actually rendered, not the hidden attribute.
      const shown = await page.locator('#glossary-themes li').evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null && item.getBoundingClientRect().height > 0).map((item) => item.textContent ?? ''));
      expect(shown.length, lang).toBeGreaterThan(0);
      expect(shown.length, lang).toBeLessThan(await page.locator('#glossary-themes li').count());
      for (const text of shown) expect(text.toLowerCase().replace(/\s+/g, ''), lang).toMatch(new RegExp(query === '承诺制' ? '承诺制' : '.'));
      expect(shown.some((text) => text.includes(term)), lang).toBe(true);
      const status = await page.locator('#glossary-status').textContent();
      expect(Number(/\d+/.exec(status ?? '')?.[0]), lang).toBe(shown.length);
      const headings = await page.locator('.glossary-theme h2').evaluateAll((items) => items.filter((item) => item.getBoundingClientRect().height > 0).length);
      expect(headings, lang).toBeLessThan(await page.locator('.glossary-theme h2').count());
    }
  });

  it('opens the compare page and a place page in both languages, following a figure to its sentence', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${server.url}/${lang}/compare/`);
      expect(await page.locator('svg[role="group"] title').first().textContent()).toBeTruthy();
      await page.goto(`${server.url}/${lang}/places/xinjiang-county/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      // English pages give 亿元 in billions; the paragraph it links to is the Chinese original or its translation.
      const link = page.locator('#figures + .table-wrap a', { hasText: lang === 'zh' ? '183.5 亿元' : '18.35 billion yuan' });
      await link.click();
      await page.waitForURL(/\/reports\/xinjiang-county-2023-work-report\/1\/#p2$/);
      expect(await page.locator('#p2').textContent()).toContain(lang === 'zh' ? '183.5' : '18.35 billion');
      await page.goto(`${server.url}/${lang}/places/hejin/`);
      expect(await page.locator('.notice').first().textContent()).toBeTruthy();
    }
  });

  it('shows Chinese and English side by side in parallel reading, with the same anchors, and remembers the choice', async () => {
    await page.goto(`${server.url}/en/reports/xinjiang-county-2023-work-report/2-1/#p2`);
    expect(await page.locator('#p2 .en-text').isVisible()).toBe(true);
    expect(await page.locator('#p2 .zh-text').isVisible()).toBe(false);
    await page.click('.parallel-toggle button');
    expect(await page.locator('.parallel-toggle button').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#p2 .zh-text').isVisible()).toBe(true);
    const english = await page.locator('#p2 .en-text').boundingBox();
    const chinese = await page.locator('#p2 .zh-text').boundingBox();
    expect(Math.abs(english!.y - chinese!.y)).toBeLessThan(5);
    await page.goto(`${server.url}/zh/reports/xinjiang-county-2023-work-report/2-1/`);
    expect(await page.locator('#p2 .en-text').isVisible()).toBe(true);
    await page.click('.parallel-toggle button');
    expect(await page.locator('#p2 .en-text').isVisible()).toBe(false);
  });
});
