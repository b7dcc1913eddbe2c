import { describe, expect, it } from 'vitest';
import { siteBrowser } from '../browser.ts';

/**
 * Charts on a 390 px phone, as Chromium draws them: every text of every chart is at least 12 CSS px high and inside
 * its chart, and a chart that shows targets and results has a legend telling them apart.
 */
const PAGES = ['compare/', 'places/taiyuan/', 'places/shanxi/', 'targets/'];

describe('charts on a phone', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of ['zh', 'en'] as const) {
    it(`draw text of 12 px or more inside the chart, with a legend (${lang})`, async () => {
      let charts = 0;
      for (const path of PAGES) {
        await chrome.page.goto(`${chrome.url}/${lang}/${path}`);
        const problems = await chrome.page.locator('figure.chart > svg').evaluateAll((svgs) =>
          svgs.flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].flatMap((text) => {
              const box = text.getBoundingClientRect();
              const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
              return box.height >= 12 && inside ? [] : [`${text.textContent}: ${box.height.toFixed(1)} px high, ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)}`];
            });
          }),
        );
        expect(problems, `${lang}/${path}`).toEqual([]);
        const found = await chrome.page.locator('figure.chart').count();
        charts += found;
        for (let index = 0; index < found; index += 1) {
          const figure = chrome.page.locator('figure.chart').nth(index);
          if ((await figure.locator('rect.bar.target').count()) > 0 && (await figure.locator('rect.bar.actual').count()) > 0) expect(await figure.locator('.chart-legend li').count()).toBe(2);
          // The caption adds to the heading rather than repeating it.
          const caption = (await figure.locator('figcaption').innerText()).trim();
          expect(caption.length).toBeGreaterThan(0);
          expect(caption).not.toBe((await figure.locator('svg title').textContent())!.trim());
        }
      }
      expect(charts).toBeGreaterThan(2);
    });
  }
});
