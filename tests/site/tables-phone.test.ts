import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../browser.ts';

/**
 * Report tables and long sections on a 390 px phone, as the reader sees them in Chromium: the caption stays while a
 * wide table scrolls, the row headings stay in view, a short Chinese term is not broken a character a line, the
 * region shows that there is more, a box's title is shown once, and the report's contents are at the top.
 */
const PLAN = 'reports/yongji-2021-five-year-plan';

describe('tables and long sections on a phone', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of ['zh', 'en'] as const) {
    it(`keeps the caption and row headings in view while a wide table scrolls, and shows that it scrolls (${lang})`, async () => {
      await chrome.page.goto(`${chrome.url}/${lang}/${PLAN}/1-1/`);
      const region = chrome.page.locator('#table-1 .table-wrap');
      const sizes = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      const caption = chrome.page.locator('#table-1 .table-caption');
      const rowHeading = chrome.page.locator('#table-1 tbody th[scope="row"]').first();
      const before = { caption: (await caption.boundingBox())!.x, row: (await rowHeading.boundingBox())!.x };
      await region.evaluate((element) => element.scrollBy(200, 0));
      expect((await caption.boundingBox())!.x).toBe(before.caption);
      expect(Math.abs((await rowHeading.boundingBox())!.x - before.row)).toBeLessThan(1);
      // The cue: shading drawn by the region's background.
      expect(await region.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(/gradient.*gradient/);
    });
  }

  it('does not break a short Chinese term a character a line: 预期性 stays on one line', async () => {
    await chrome.page.goto(`${chrome.url}/zh/${PLAN}/1-1/`);
    const cell = chrome.page.locator('#table-1 td', { hasText: /^预期性$/ }).first();
    // The lines its text is set on (the cell itself is as tall as its row).
    const lines = await cell.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
  });

  it('shows a box\'s title once, naming its table', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await chrome.page.goto(`${chrome.url}/${lang}/${PLAN}/1-5/`);
      const title = (await chrome.page.locator('#box-2-title').textContent())!.trim();
      const shown = await chrome.page.locator('#box-2').evaluate((box, text) => (box as HTMLElement).innerText.split(text).length - 1, title);
      expect(shown, lang).toBe(1);
      expect(await chrome.page.locator('#box-2 .table-wrap').getAttribute('aria-labelledby')).toBe('box-2-title');
    }
  });

  it('puts the report\'s contents at the top of a section, before its text', async () => {
    await chrome.page.goto(`${chrome.url}/zh/${PLAN}/2-1/`);
    const contents = (await chrome.page.locator('details.toc').boundingBox())!;
    const firstParagraph = (await chrome.page.locator('main p').filter({ hasText: /\p{Script=Han}{10}/u }).first().boundingBox())!;
    expect(contents.y).toBeLessThan(firstParagraph.y);
    expect(contents.y).toBeLessThan(844);
  });
});
