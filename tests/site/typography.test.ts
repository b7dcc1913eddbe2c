import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';

/**
 * Typography as the reader sees it, in Chromium with this machine's fonts (CI installs DejaVu and WenQuanYi): pinyin
 * tone letters drawn by a Latin font, quotation marks narrow in English and full width in Chinese, English ragged
 * right. Measured on the rendered page (fonts Chromium used, glyph widths), not read from the stylesheet.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = inject('site');
const CJK_FONT = /wenquanyi|cjk|pingfang|yahei|hiragino|source han/i;

describe('typography', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Browser tests could not run: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium".`);
    server = await serveStatic(site.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The fonts Chromium drew an element's own text with, and how many glyphs each. */
  async function fontsOf(selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, selector).toBeGreaterThan(0);
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    await client.detach();
    return fonts;
  }

  /** The width of the first “ in an element's text, in ems of its font size. */
  const quoteWidth = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('“');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize);
      }
      return null;
    });

  it('draws pinyin tone letters with a Latin font on Chinese pages, none left blank', async () => {
    await page.goto(`${server.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    const fonts = await fontsOf('.heading-original[lang="zh-Latn-pinyin"]');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName, JSON.stringify(fonts)).not.toMatch(CJK_FONT);
    // The tone letters are drawn: the pinyin is as wide as its letters, not collapsed.
    const width = await page.locator('.heading-original[lang="zh-Latn-pinyin"]').evaluate((element) => element.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(50);
  });

  it('sets quotation marks narrow in English and full width in Chinese, on the same page', async () => {
    await page.goto(`${server.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    const english = await quoteWidth('p[lang="en"]:has-text("“")');
    expect(english).not.toBeNull();
    expect(english!).toBeLessThan(0.6);
    await page.goto(`${server.url}/zh/reports/yuncheng-2024-work-report/3-6/`);
    const chinese = await quoteWidth('main p:not([lang]):has-text("“")');
    expect(chinese).not.toBeNull();
    expect(chinese!).toBeGreaterThan(0.8);
    await page.goto(`${server.url}/en/glossary/wu-zhua-yi-you-yi-cu/`);
    expect((await fontsOf('h1')).some((font) => !CJK_FONT.test(font.familyName))).toBe(true);
  });

  it('justifies Chinese paragraphs and sets English ones ragged right, whatever the page language', async () => {
    await page.goto(`${server.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    expect(await page.locator('p[lang="en"]').first().evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(start|left)$/);
    await page.goto(`${server.url}/en/reports/yuncheng-2024-work-report/3-6/`);
    expect(await page.locator('main p').first().evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(start|left)$/);
    await page.goto(`${server.url}/zh/reports/yuncheng-2024-work-report/3-6/`);
    expect(await page.locator('main p').first().evaluate((element) => getComputedStyle(element).textAlign)).toBe('justify');
  });
});
