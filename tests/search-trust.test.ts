import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { reportRecords } from '../src/lib/search-records.ts';
import { phraseOracle, type ParagraphText } from '../src/lib/search-metrics.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';
import en from '../src/i18n/en.json' with { type: 'json' };
import zh from '../src/i18n/zh.json' with { type: 'json' };
import { siteBrowser } from './browser.ts';
import { manifest, root } from './helpers.ts';

/**
 * Search a journalist can trust (issue 17), in Chromium on the built site: the parts of a compound slogan are found
 * inside it, totals are true and the same in either order, every result can be shown, exact matches are never
 * labelled partial, and a term named in pinyin brings its paragraphs. What must be found comes from the content.
 */
const site = inject('site');
const paragraphs: ParagraphText[] = manifest.reports
  .flatMap((entry) => reportRecords(reportDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'reports', `${entry.id}.json`), 'utf8'))), () => null))
  .filter((record) => record.url.startsWith('/zh/') && record.url.includes('#'))
  .map((record) => ({ url: record.url, text: record.meta.text! }));
const labels = { zh, en };

describe('search people can trust', { timeout: 30_000 }, () => {
  const chrome = siteBrowser();

  /** Runs a search from its URL, shows every result with "More results", and returns the status and result links. */
  async function allResults(lang: 'zh' | 'en', query: string, extra = ''): Promise<{ status: string; urls: string[] }> {
    await chrome.page.goto(`${chrome.url}/${lang}/search/?q=${encodeURIComponent(query)}${extra}`);
    const searching = labels[lang]['search.searching'];
    await chrome.page.waitForFunction((text) => { const status = document.querySelector('#search-status')?.textContent ?? ''; return status !== '' && status !== text; }, searching);
    const more = chrome.page.locator('#search-more');
    while (await more.isVisible()) {
      const before = await chrome.page.locator('.search-hit').count();
      await more.click();
      await chrome.page.waitForFunction((count) => document.querySelectorAll('.search-hit').length > count || (document.querySelector('#search-more') as HTMLElement).hidden, before);
    }
    const urls = await chrome.page.locator('.search-hit a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/\?pagefind-highlight=[^#]*/, '')));
    return { status: (await chrome.page.locator('#search-status').textContent()) ?? '', urls };
  }
  const total = (status: string) => Number(/\d+/.exec(status)?.[0]);

  it('finds a part of a compound slogan inside it: 承诺制 in 承诺制+标准地+全代办, with the compound\'s entry', async () => {
    const { status, urls } = await allResults('zh', '承诺制');
    const holding = phraseOracle(paragraphs, '承诺制');
    expect(holding.some((url) => /承诺制\s*[+＋]\s*标准地/.test(paragraphs.find((paragraph) => paragraph.url === url)!.text))).toBe(true);
    expect(urls.filter((url) => url.includes('#'))).toEqual(expect.arrayContaining(holding));
    expect(urls).toContain('/zh/glossary/cheng-nuo-zhi-plus-biao-zhun-di-plus-quan-dai-ban/');
    expect(status).not.toBe(zh['search.countLoose'].replace('{{n}}', String(total(status))));
  });

  it('still does not find a name inside a longer name of something else: 绛县 in 新绛县', async () => {
    const { urls } = await allResults('zh', '绛县');
    const onlyInside = paragraphs.filter((paragraph) => paragraph.text.includes('新绛县') && !paragraph.text.replaceAll('新绛县', '').includes('绛县'));
    expect(onlyInside.length).toBeGreaterThan(0);
    for (const paragraph of onlyInside) expect(urls, paragraph.url).not.toContain(paragraph.url);
    expect(urls[0]).toBe('/zh/places/jiang-county/');
  });

  it('states the true total, the same in either order, and shows every result with “More results”', async () => {
    const byRelevance = await allResults('zh', '营商环境');
    const byDate = await allResults('zh', '营商环境', '&sort=date');
    expect(total(byRelevance.status)).toBeGreaterThan(40);
    expect(byRelevance.status).toBe(zh['search.count'].replace('{{n}}', String(byRelevance.urls.length)));
    expect(byDate.urls.length).toBe(byRelevance.urls.length);
    expect(new Set(byDate.urls)).toEqual(new Set(byRelevance.urls));
    expect(byRelevance.urls.filter((url) => url.includes('#'))).toEqual(expect.arrayContaining(phraseOracle(paragraphs, '营商环境')));
  });

  it('labels exact matches as exact: 五抓 is found word for word, not as a partial match', async () => {
    const { status, urls } = await allResults('zh', '五抓');
    expect(status).toBe(zh['search.count'].replace('{{n}}', String(urls.length)));
    expect(urls.filter((url) => url.includes('#'))).toEqual(expect.arrayContaining(phraseOracle(paragraphs, '五抓')));
  });

  it('brings the paragraphs of a term named in pinyin, after its entry', async () => {
    for (const query of ['wuzhuayiyouyicu', 'san hua san zhi']) {
      const { urls } = await allResults('zh', query);
      const term = query === 'wuzhuayiyouyicu' ? '五抓一优一促' : '三化三制';
      expect(urls[0], query).toMatch(/^\/zh\/glossary\//);
      expect(urls.filter((url) => url.includes('#')), query).toEqual(expect.arrayContaining(phraseOracle(paragraphs, term)));
    }
  });

  it('searches the Chinese text from the English page too, says so, and shows those results under their own heading', async () => {
    const chinese = await allResults('zh', '营商环境');
    const { status, urls } = await allResults('en', '营商环境');
    const inChinese = urls.filter((url) => url.startsWith('/zh/'));
    // The same Chinese results as the Chinese page, after the English ones, and the status gives both numbers.
    expect(inChinese).toEqual(expect.arrayContaining(phraseOracle(paragraphs, '营商环境')));
    expect(inChinese.length).toBe(total(chinese.status));
    expect(urls.length).toBeGreaterThan(inChinese.length);
    expect(urls.slice(urls.length - inChinese.length)).toEqual(inChinese);
    expect(status).toBe(en['search.countInChinese'].replace('{{n}}', String(urls.length)).replace('{{zh}}', String(inChinese.length)));
    const items = await chrome.page.locator('#search-results > li').evaluateAll((list) => list.map((item) => ({ heading: item.classList.contains('search-group-heading'), text: item.textContent, lang: item.getAttribute('lang'), chinese: item.querySelector('a')?.getAttribute('href')?.startsWith('/zh/') ?? false })));
    const headingAt = items.findIndex((item) => item.heading);
    expect(items[headingAt]?.text).toBe(en['search.inChinese']);
    expect(items.findIndex((item) => item.chinese)).toBe(headingAt + 1);
    for (const item of items.filter((item) => item.chinese)) expect(item.lang).toBe('zh-CN');
  });

  it('applies the English page\'s filters to the Chinese text: a place and a year range', async () => {
    const yuncheng = new Set(manifest.reports.filter((entry) => entry.place.id === 'yuncheng' && entry.year >= 2022).map((entry) => entry.id));
    const { urls } = await allResults('en', '营商环境', `&place=${encodeURIComponent('Yuncheng City')}&yearFrom=2022`);
    const inChinese = urls.filter((url) => url.startsWith('/zh/'));
    const expected = phraseOracle(paragraphs, '营商环境').filter((url) => yuncheng.has(/\/reports\/([^/]+)\//.exec(url)![1]!));
    expect(expected.length).toBeGreaterThan(0);
    expect(inChinese.toSorted()).toEqual(expected.toSorted());
  });

  it('brings the Chinese paragraphs of a term named in pinyin on the English page, the match marked in the excerpt', async () => {
    const { urls } = await allResults('en', 'wu zhua yi you yi cu');
    expect(urls[0]).toBe('/en/glossary/wu-zhua-yi-you-yi-cu/');
    expect(urls.filter((url) => url.startsWith('/zh/'))).toEqual(expect.arrayContaining(phraseOracle(paragraphs, '五抓一优一促')));
    const marks = await chrome.page.locator('.search-hit[lang="zh-CN"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.replace(/[“”]/g, '')).toBe('五抓一优一促');
  });

  it('finds table rows in both languages, each linking to an anchor its page has, and lands on the row with the match marked', async () => {
    const rows = phraseOracle(paragraphs, 'GDP').filter((url) => /-r\d+$/.test(url));
    expect(rows.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en'] as const) {
      const { urls } = await allResults(lang, 'GDP');
      const found = urls.filter((url) => /-r\d+$/.test(url));
      if (lang === 'zh') expect(found).toEqual(expect.arrayContaining(rows));
      else expect(found.some((url) => url.startsWith('/en/')), lang).toBe(true);
      // Every result's anchor is an id on its chrome.page.
      for (const url of urls) {
        const [path, hash] = url.split('#');
        if (!hash) continue;
        const html = readFileSync(join(site.dir, path!, 'index.html'), 'utf8');
        expect(html, url).toContain(`id="${hash}"`);
      }
      const row = chrome.page.locator('.search-hit a').nth(urls.indexOf(found[0]!));
      await row.click();
      await chrome.page.waitForURL(/pagefind-highlight=/);
      const hash = new URL(chrome.page.url()).hash.slice(1);
      await chrome.page.locator(`[id="${hash}"] mark`).first().waitFor();
      expect((await chrome.page.locator(`[id="${hash}"] mark`).first().textContent())?.toUpperCase()).toBe('GDP');
    }
  });

  it('offers in the place filter each place that has reports, once, named as on the places page', async () => {
    const places = JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8')).places as { id: string; zh: string; en: string }[];
    const withReports = places.filter((place) => manifest.reports.some((entry) => entry.place.id === place.id));
    for (const lang of ['zh', 'en'] as const) {
      await allResults(lang, '五抓');
      const options = await chrome.page.locator('select[name="place"] option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).filter(Boolean));
      expect(options.toSorted(), lang).toEqual(withReports.map((place) => place[lang]).toSorted());
    }
  });

  it('keeps the query, years and order when switching language from the search page, not the named filters', async () => {
    await allResults('zh', '营商环境', `&yearFrom=2021&sort=date&place=${encodeURIComponent('运城市')}`);
    await chrome.page.click('a.language-switch');
    await chrome.page.waitForURL(/\/en\/search\//);
    const params = new URL(chrome.page.url()).searchParams;
    expect([params.get('q'), params.get('yearFrom'), params.get('sort'), params.get('place')]).toEqual(['营商环境', '2021', 'date', null]);
    expect(await chrome.page.inputValue('#search-q')).toBe('营商环境');
  });

  it('folds the filters on a phone, so the first result is on the first screen; unfolds them when the link sets one', async () => {
    const phone = await chrome.browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${chrome.url}/zh/search/?q=${encodeURIComponent('营商环境')}`);
    const first = phone.locator('.search-hit').first();
    await first.waitFor();
    expect(await phone.locator('#search-filter-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    await phone.goto(`${chrome.url}/zh/search/?q=${encodeURIComponent('营商环境')}&yearFrom=2022`);
    await phone.locator('.search-hit').first().waitFor();
    expect(await phone.locator('#search-filter-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(true);
    await phone.close();
  });
});
