import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../browser.ts';

/**
 * Typography as the reader sees it, in Chromium with this machine's fonts (CI installs DejaVu and WenQuanYi): pinyin
 * tone letters drawn by a Latin font, quotation marks narrow in English and full width in Chinese, English ragged
 * right. Measured on the rendered page (fonts Chromium used, glyph widths), not read from the stylesheet.
 */
const CJK_FONT = /wenquanyi|cjk|pingfang|yahei|hiragino|source han/i;

describe('typography', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 } });

  /** The fonts Chromium drew an element's own text with, and how many glyphs each. */
  async function fontsOf(selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
    const client = await chrome.page.context().newCDPSession(chrome.page);
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
    chrome.page.locator(selector).first().evaluate((element) => {
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
    await chrome.page.goto(`${chrome.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    const fonts = await fontsOf('.heading-original[lang="zh-Latn-pinyin"]');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.familyName, JSON.stringify(fonts)).not.toMatch(CJK_FONT);
    // The tone letters are drawn: the pinyin is as wide as its letters, not collapsed.
    const width = await chrome.page.locator('.heading-original[lang="zh-Latn-pinyin"]').evaluate((element) => element.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(50);
  });

  it('sets quotation marks narrow in English and full width in Chinese, on the same page', async () => {
    await chrome.page.goto(`${chrome.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    const english = await quoteWidth('p[lang="en"]:has-text("“")');
    expect(english).not.toBeNull();
    expect(english!).toBeLessThan(0.6);
    await chrome.page.goto(`${chrome.url}/zh/reports/yuncheng-2024-work-report/3-6/`);
    const chinese = await quoteWidth('main p:not([lang]):has-text("“")');
    expect(chinese).not.toBeNull();
    expect(chinese!).toBeGreaterThan(0.8);
    await chrome.page.goto(`${chrome.url}/en/glossary/wu-zhua-yi-you-yi-cu/`);
    expect((await fontsOf('h1')).some((font) => !CJK_FONT.test(font.familyName))).toBe(true);
  });

  it('justifies Chinese paragraphs and sets English ones ragged right, whatever the page language', async () => {
    await chrome.page.goto(`${chrome.url}/zh/glossary/wu-zhua-yi-you-yi-cu/`);
    expect(await chrome.page.locator('p[lang="en"]').first().evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(start|left)$/);
    await chrome.page.goto(`${chrome.url}/en/reports/yuncheng-2024-work-report/3-6/`);
    expect(await chrome.page.locator('main p').first().evaluate((element) => getComputedStyle(element).textAlign)).toMatch(/^(start|left)$/);
    await chrome.page.goto(`${chrome.url}/zh/reports/yuncheng-2024-work-report/3-6/`);
    expect(await chrome.page.locator('main p').first().evaluate((element) => getComputedStyle(element).textAlign)).toBe('justify');
  });
});
