import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../browser.ts';

/**
 * Glossary term tooltips on a 390 px phone, in both languages: every term's definition, opened by a tap, lies inside
 * the window, including terms near the right margin; a tap elsewhere closes it.
 */
const PAGE = 'reports/yuncheng-2021-work-report/1';

describe('term tooltips on a phone', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of ['zh', 'en'] as const) {
    it(`opens every definition inside the window, by focus and by tap (${lang})`, async () => {
      await chrome.page.goto(`${chrome.url}/${lang}/${PAGE}/`);
      // Focus every term's link in turn (one round trip: a page has dozens) and measure its shown tooltip.
      const measured = await chrome.page.locator('.term').evaluateAll((terms) =>
        terms.map((term) => {
          const link = term.querySelector('a')!;
          link.focus();
          const linkBox = link.getBoundingClientRect();
          const tipBox = term.querySelector('.term-tip')!.getBoundingClientRect();
          return { text: link.textContent, linkRight: linkBox.right, left: tipBox.left, right: tipBox.right, width: tipBox.width };
        }),
      );
      expect(measured.length).toBeGreaterThan(3);
      expect(measured.every((tip) => tip.width > 0)).toBe(true);
      // Terms whose tooltip, set at the term's left edge, would run past the right edge: the check is not vacuous.
      const nearRightMargin = measured.filter((tip) => tip.linkRight > 390 / 2);
      expect(nearRightMargin.length).toBeGreaterThan(0);
      expect(measured.filter((tip) => tip.left < 0 || tip.right > 390).map((tip) => `${tip.text}: ${Math.round(tip.left)}–${Math.round(tip.right)} px`)).toEqual([]);
      // A tap on the term nearest the right margin opens its definition inside the window too.
      const rightmost = nearRightMargin.reduce((best, tip) => (tip.linkRight > best.linkRight ? tip : best));
      await chrome.page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const term = chrome.page.locator('.term', { has: chrome.page.locator('a', { hasText: rightmost.text! }) }).first();
      await term.locator('a').tap();
      const box = (await term.locator('.term-tip').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    });
  }

  it('closes a tapped definition when the reader taps elsewhere', async () => {
    await chrome.page.goto(`${chrome.url}/zh/${PAGE}/`);
    const term = chrome.page.locator('.term').first();
    await term.locator('a').tap();
    await expect.poll(() => term.locator('.term-tip').isVisible()).toBe(true);
    await chrome.page.locator('h1').tap();
    await expect.poll(() => term.locator('.term-tip').isVisible()).toBe(false);
  });
});
