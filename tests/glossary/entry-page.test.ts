import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { concordanceLine } from '../../src/lib/glossary-view.ts';
import { siteBrowser } from '../browser.ts';
import { dictionaries } from '../../src/i18n/index.ts';

/**
 * A glossary entry as readers, teachers and journalists use it: every use as its sentence with the term marked, a
 * link that marks it again on arrival, a citation of the entry, the English name heading the English page, and a
 * printout that says where and when it was read.
 */
const site = inject('site');
const SLUG = 'wu-zhua-yi-you-yi-cu';
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
const glossaryData = JSON.parse(read('data/glossary.json')) as { entries: { slug: string; term: string; en: { rendering: string }; occurrences: { count: number }[] }[] };
const entry = glossaryData.entries.find((candidate) => candidate.slug === SLUG)!;

describe('concordance lines', () => {
  it('cut the sentence that holds the term, the text unchanged', () => {
    expect(concordanceLine('一是抓招商。二是“五抓一优一促”落实。三是', [9, 15])).toEqual({ before: '二是“', term: '五抓一优一促', after: '”落实。' });
    const long = `${'甲'.repeat(60)}五抓${'乙'.repeat(60)}。`;
    const line = concordanceLine(long, [60, 62], 10);
    expect(line).toEqual({ before: `…${'甲'.repeat(10)}`, term: '五抓', after: `${'乙'.repeat(10)}…` });
    // A heading is its own sentence.
    expect(concordanceLine('（二）坚持五抓一优一促', [5, 11])).toEqual({ before: '（二）坚持', term: '五抓一优一促', after: '' });
  });
});

describe('a glossary entry page', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 } });

  for (const lang of ['zh', 'en'] as const) {
    it(`lists every use as its sentence with the term marked, linking to its paragraph (${lang})`, async () => {
      await chrome.page.goto(`${chrome.url}/${lang}/glossary/${SLUG}/`);
      const lines = chrome.page.locator('.concordance-lines li');
      expect(await lines.count()).toBe(entry.occurrences.reduce((sum, occurrence) => sum + occurrence.count, 0));
      for (const mark of await chrome.page.locator('.concordance-lines mark').allTextContents()) expect(mark).toBe(entry.term);
      const texts = await lines.allTextContents();
      expect(texts.every((text) => text.length > entry.term.length)).toBe(true);
      const links = await chrome.page.locator('.concordance > li > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
      expect(links.length).toBe(entry.occurrences.length);
      for (const link of links) expect(link).toContain(`?pagefind-highlight=${encodeURIComponent(entry.term)}`);
    });
  }

  it('marks the term on the paragraph a concordance link leads to', { timeout: 30_000 }, async () => {
    await chrome.page.goto(`${chrome.url}/zh/glossary/${SLUG}/`);
    const link = chrome.page.locator('.concordance > li > a[href*="#p"]').first();
    const hash = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await chrome.page.waitForURL(/pagefind-highlight=/);
    await chrome.page.locator(`[id="${hash}"] mark:visible`).first().waitFor({ timeout: 20_000 });
    expect((await chrome.page.locator(`[id="${hash}"] mark:visible`).allTextContents()).join('')).toContain(entry.term);
  });

  it('heads the English page with the English name, the Chinese and pinyin beside it, and titles it with both', async () => {
    await chrome.page.goto(`${chrome.url}/en/glossary/${SLUG}/`);
    const heading = (await chrome.page.locator('h1').textContent())!;
    expect(heading.toLowerCase().startsWith(entry.en.rendering.toLowerCase())).toBe(true);
    expect(heading).toContain(entry.term);
    expect(await chrome.page.locator('h1 [lang="zh-CN"]').textContent()).toContain(entry.term);
    const title = await chrome.page.title();
    expect(title).toContain(entry.term);
    expect(title.toLowerCase()).toContain(entry.en.rendering.toLowerCase());
  });

  it('offers a citation of the entry with its address', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await chrome.page.goto(`${chrome.url}/${lang}/glossary/${SLUG}/`);
      await chrome.page.locator('.cite-entry summary').click();
      const citation = (await chrome.page.locator('.cite-entry .citation-text').textContent())!;
      expect(citation).toContain(`/${lang}/glossary/${SLUG}/`);
      expect(citation).toContain(entry.term);
      expect(citation).toContain(dictionaries[lang]['site.name']);
    }
  });

  it('prints the page\'s address, the access date and the licence, without the site\'s navigation', async () => {
    await chrome.page.goto(`${chrome.url}/en/glossary/${SLUG}/`);
    await chrome.page.emulateMedia({ media: 'print' });
    const source = chrome.page.locator('.print-source');
    expect(await source.isVisible()).toBe(true);
    const text = (await source.textContent())!;
    expect(text).toContain(`/en/glossary/${SLUG}/`);
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(dictionaries.en['footer.licence']);
    expect(await chrome.page.locator('.site-header').isVisible()).toBe(false);
    await chrome.page.emulateMedia({ media: 'screen' });
    expect(await source.isVisible()).toBe(false);
  });
});
