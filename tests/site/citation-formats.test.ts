import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse, type HTMLElement } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { citationLine, paragraphLocator } from '../../src/lib/citation.ts';
import { highwireTags, issuingGovernment, reportCitationPath, reportCitationRecord, toBibtex, toCslJson, toRis, type CitationFormat, type CitationRecord } from '../../src/lib/citation-formats.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { manifest } from '../helpers.ts';

/**
 * Citing with reference managers: the BibTeX, RIS and CSL-JSON writers (read back with citation-js, the parser behind
 * several reference tools), the Chinese citation line, the built citation files and citation_* tags, and the cite
 * dialog in a browser at phone and desktop widths.
 */

/** What citation-js gives for one item (CSL-JSON). */
interface CslData {
  title?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
  language?: string;
  'original-title'?: string;
}
const read = (text: string): CslData[] => new Cite(text).data as CslData[];
/** A corporate name comes back as a literal (RIS, CSL-JSON) or as a family name (BibTeX's `{{…}}`), never split. */
const nameOf = (author: { literal?: string; family?: string; given?: string } | undefined) => (author?.given === undefined ? author?.literal ?? author?.family : undefined);

const writers: Record<CitationFormat, (record: CitationRecord) => string> = { bibtex: toBibtex, ris: toRis, csl: toCslJson };
const trickyTitle = 'A {braced} title: 100% R&D, “curly” and "straight" quotes, $5 #1 a_b x^2 ~ back\\slash, 运城市“三个强市”';

function record(overrides: Partial<CitationRecord> = {}): CitationRecord {
  return {
    key: 'yuncheng-2021-work-report',
    title: { zh: `运城市2021年政府工作报告 ${trickyTitle}`, en: trickyTitle },
    author: '运城市人民政府',
    date: '2021-02-23',
    year: 2021,
    url: 'https://example.org/zh/reports/yuncheng-2021-work-report/2-1/#p2',
    place: '运城市',
    kind: '政府工作报告',
    language: 'zh',
    ...overrides,
  };
}

describe('BibTeX, RIS and CSL-JSON', () => {
  const english = record({ language: 'en', author: "Yuncheng Municipal People's Government", place: 'Yuncheng City', kind: 'Government work report', url: 'https://example.org/en/reports/yuncheng-2021-work-report/#p1' });
  for (const [format, write] of Object.entries(writers)) {
    for (const cited of [record(), english]) {
      it(`keeps title, author, date and URL through citation-js (${format}, ${cited.language})`, () => {
        const output = write({ ...cited, note: '二、（一）加快推动产业转型，第 2 段', accessed: '2025-03-04' });
        const [item, ...more] = read(output);
        expect(more).toEqual([]);
        expect(item?.title).toBe(cited.title[cited.language]);
        expect(item?.author?.map(nameOf)).toEqual([cited.author]);
        expect(item?.issued?.['date-parts']).toEqual([[2021, 2, 23]]);
        expect(item?.URL).toBe(cited.url);
        expect(item?.accessed?.['date-parts']).toEqual([[2025, 3, 4]]);
        expect(item?.note).toBe('二、（一）加快推动产业转型，第 2 段');
      });
    }

    it(`gives a partial date as far as it is known, and the year where there is none (${format})`, () => {
      expect(read(write(record({ date: '2021-04' })))[0]?.issued?.['date-parts']).toEqual([[2021, 4]]);
      expect(read(write(record({ date: null, year: 2024 })))[0]?.issued?.['date-parts']).toEqual([[2024]]);
    });

    it(`keeps Chinese as UTF-8 characters, not escapes (${format})`, () => {
      const output = write(record());
      expect(output).toContain('运城市人民政府');
      expect(output).toContain('运城市“三个强市”');
      expect(output).not.toMatch(/\\u[0-9a-f]{4}/i);
    });
  }

  it('escapes what TeX treats as special, and keeps the braces of every field balanced', () => {
    const output = toBibtex(record({ note: 'a } b { c', place: '50% & more' }));
    expect(output).toContain('100\\% R\\&D');
    expect(output).toContain('\\{braced\\}');
    expect(output).toContain('a\\_b x\\textasciicircum{}2 \\textasciitilde{} back\\textbackslash{}slash');
    // Outside escapes, the braces of the entry balance, and never close below its opening.
    let depth = 0;
    for (const brace of output.replace(/\\[{}]/g, '').match(/[{}]/g) ?? []) {
      depth += brace === '{' ? 1 : -1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(read(output)[0]?.note).toBe('a } b { c');
  });

  it('marks the government as one corporate name in BibTeX, so an English name is not split into given and family names', () => {
    expect(toBibtex(english)).toContain("author = {{Yuncheng Municipal People's Government}},");
    expect(read(toBibtex(english))[0]?.author).toEqual([{ family: "Yuncheng Municipal People's Government" }]);
  });

  it('writes RIS as one field a line, CR LF line endings, ending in ER', () => {
    const output = toRis(record({ title: { zh: 'two\nlines', en: 'x' } }));
    const lines = output.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines[0]).toBe('TY  - RPRT');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(output).toContain('TI  - two lines\r\n');
    expect(output.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('gives the Chinese title as the original of an English CSL-JSON item', () => {
    expect(read(toCslJson(english))[0]?.['original-title']).toBe(english.title.zh);
    expect(JSON.parse(toCslJson(record()))[0]['original-title']).toBeUndefined();
  });
});

describe('issuingGovernment', () => {
  it('names the government of each level in both languages', () => {
    expect(issuingGovernment({ zh: '运城市', en: 'Yuncheng City' }, 'prefecture-level-city')).toEqual({ zh: '运城市人民政府', en: "Yuncheng Municipal People's Government" });
    expect(issuingGovernment({ zh: '运城市', en: 'Yuncheng' }, 'prefecture-level-city').en).toBe("Yuncheng Municipal People's Government");
    expect(issuingGovernment({ zh: '山西省', en: 'Shanxi Province' }, 'province')).toEqual({ zh: '山西省人民政府', en: "Shanxi Provincial People's Government" });
    expect(issuingGovernment({ zh: '永济市', en: 'Yongji' }, 'county-level-city').en).toBe("Yongji Municipal People's Government");
    expect(issuingGovernment({ zh: '新绛县', en: 'Xinjiang County (Shanxi)' }, 'county')).toEqual({ zh: '新绛县人民政府', en: "Xinjiang County People's Government (Shanxi)" });
    expect(issuingGovernment({ zh: '盐湖区', en: 'Yanhu District' }, 'district')).toEqual({ zh: '盐湖区人民政府', en: "Yanhu District People's Government" });
    expect(issuingGovernment({ zh: '中国', en: 'China' }, 'national')).toEqual({ zh: '国务院', en: "State Council of the People's Republic of China" });
  });

  it('gives every report in the manifest a government named once, without the level word twice', () => {
    for (const entry of manifest.reports) {
      const government = issuingGovernment(entry.place, entry.level);
      expect(government.zh, entry.id).toBe(`${entry.place.zh}人民政府`);
      expect(government.en, entry.id).toMatch(/^[A-ZÜ][\w ü()'-]+ (?:Municipal|Provincial|County|District) People's Government(?: \([^)]+\))?$/u);
      expect(government.en, entry.id).not.toMatch(/(?:City|Province) (?:Municipal|Provincial)|County County|District District/);
    }
  });
});

describe('highwireTags', () => {
  it('describes a report page as a report, and a section page as a part of the report', () => {
    const tags = (list: { name: string; content: string }[]) => Object.fromEntries(list.map((tag) => [tag.name, tag.content]));
    const report = tags(highwireTags(record({ date: '2021-04' })));
    expect(report).toMatchObject({ citation_title: record().title.zh, citation_author: '运城市人民政府', citation_publication_date: '2021/04', citation_date: '2021/04', citation_language: 'zh', citation_technical_report_institution: '运城市人民政府' });
    expect(report['citation_inbook_title']).toBeUndefined();
    const section = tags(highwireTags(record({ date: null, year: 2024 }), '（一）坚持大抓工业'));
    expect(section).toMatchObject({ citation_title: '（一）坚持大抓工业', citation_inbook_title: record().title.zh, citation_publication_date: '2024' });
    expect(section['citation_technical_report_institution']).toBeUndefined();
  });
});

describe('citationLine', () => {
  const parts = { reportTitle: '新绛县2023年政府工作报告', place: '新绛县', author: '新绛县人民政府', date: '2023-02-21', year: 2023, section: '二、（一）加快推动产业转型，提质新型工业。', paragraph: 2, url: 'https://x.org/zh/reports/a/2-1/#p2' };

  it('cites in Chinese in the GB/T 7714 order with full-width marks, and without a heading\'s stop before the comma', () => {
    expect(citationLine('zh', parts)).toBe('新绛县人民政府．新绛县2023年政府工作报告［R/OL］．2023：二、（一）加快推动产业转型，提质新型工业，第 2 段（2023-02-21）［{{accessed}}］．https://x.org/zh/reports/a/2-1/#p2');
    expect(citationLine('zh', { ...parts, date: null, author: '国务院' })).toBe('国务院．新绛县2023年政府工作报告［R/OL］．2023：二、（一）加快推动产业转型，提质新型工业，第 2 段［{{accessed}}］．https://x.org/zh/reports/a/2-1/#p2');
  });

  it('keeps the English style, without a Chinese stop before its comma', () => {
    expect(citationLine('en', { ...parts, reportTitle: 'Report', place: 'Xinjiang County', date: null })).toBe('Report. Xinjiang County, 2023. 二、（一）加快推动产业转型，提质新型工业, paragraph 2. https://x.org/zh/reports/a/2-1/#p2 (accessed {{accessed}}).');
  });

  it('drops any closing mark of the heading, and names the paragraph alone where there is no heading', () => {
    expect(paragraphLocator('zh', '（三）怎么办？', 1)).toBe('（三）怎么办，第 1 段');
    expect(paragraphLocator('en', 'Part 1. Review.', 3)).toBe('Part 1. Review, paragraph 3');
    expect(paragraphLocator('zh', '', 4)).toBe('第 4 段');
  });
});

const site = inject('site');
const doubled = /[。．，,；：、]{2}|[。．]\s*,/u;

/** Every built page of a report in one language: the report page and its section pages. */
function reportPages(lang: 'zh' | 'en', id: string): string[] {
  const dir = join(site.dir, lang, 'reports', id);
  return [join(dir, 'index.html'), ...readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(dir, entry.name, 'index.html'))];
}
const meta = (page: HTMLElement) => Object.fromEntries(page.querySelectorAll('head meta[name^="citation_"]').map((tag) => [tag.getAttribute('name')!, tag.getAttribute('content')!]));
const htmlOf = (file: string) => parse(readFileSync(file, 'utf8'));

describe('the built site', () => {
  it('built', () => {
    expect(site.status, site.log.slice(-3000)).toBe(0);
  });

  it('publishes each report as BibTeX, RIS and CSL-JSON that parse, with the Chinese title, issuer, date and page', () => {
    expect(manifest.reports.length).toBeGreaterThan(40);
    for (const entry of manifest.reports) {
      const page = htmlOf(join(site.dir, 'zh', 'reports', entry.id, 'index.html'));
      const url = page.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(url).toMatch(new RegExp(`^https?://[^/]+/zh/reports/${entry.id}/$`));
      const links = page.querySelectorAll('dl.meta a[download]').map((link) => link.getAttribute('href'));
      for (const format of ['bibtex', 'ris', 'csl'] as const) {
        const path = reportCitationPath(entry.id, format);
        expect(links, entry.id).toContain(path);
        const file = join(site.dir, path);
        expect(existsSync(file), path).toBe(true);
        const items = read(readFileSync(file, 'utf8'));
        expect(items, path).toHaveLength(1);
        const item = items[0]!;
        expect(item.title, path).toBe(entry.title.zh);
        expect(item.author?.map(nameOf), path).toEqual([issuingGovernment(entry.place, entry.level).zh]);
        expect(item.issued?.['date-parts'], path).toEqual([(entry.date ?? String(entry.year)).split('-').map(Number)]);
        expect(item.URL, path).toBe(url);
      }
    }
  });

  it('gives every paragraph\'s citation line without doubled punctuation: the first paragraph of every report and section page', () => {
    let checked = 0;
    for (const entry of manifest.reports) {
      for (const lang of ['zh', 'en'] as const) {
        for (const file of reportPages(lang, entry.id)) {
          const first = htmlOf(file).querySelector('[data-cite]');
          if (!first) continue;
          const line = first.getAttribute('data-cite')!;
          checked += 1;
          expect(line, file).not.toMatch(doubled);
          if (lang === 'zh') {
            expect(line, file).toMatch(new RegExp(`^${issuingGovernment(entry.place, entry.level).zh}．.+［R/OL］．${entry.year}：.+第 \\d+ 段(?:（[\\d-]+）)?［\\{\\{accessed\\}\\}］．https?://\\S+#\\S+$`, 'u'));
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts citation_* tags in the head of report pages and section pages, in the page\'s language', () => {
    const entry = manifest.reports.find((report) => report.id === 'yuncheng-2021-work-report')!;
    for (const lang of ['zh', 'en'] as const) {
      const expected = reportCitationRecord(entry, lang, '', '');
      const reportPage = htmlOf(join(site.dir, lang, 'reports', entry.id, 'index.html'));
      const tags = meta(reportPage);
      expect(tags).toEqual({
        citation_title: entry.title[lang],
        citation_author: expected.author,
        citation_publication_date: '2021/02/23',
        citation_date: '2021/02/23',
        citation_language: lang,
        citation_public_url: reportPage.querySelector('link[rel="canonical"]')!.getAttribute('href'),
        citation_publisher: expected.author,
        citation_technical_report_institution: expected.author,
      });
      expect(tags['citation_author']).toBe(lang === 'zh' ? '运城市人民政府' : "Yuncheng Municipal People's Government");

      const sectionPage = htmlOf(join(site.dir, lang, 'reports', entry.id, '3-1', 'index.html'));
      const sectionTags = meta(sectionPage);
      expect(sectionTags).toMatchObject({
        citation_inbook_title: entry.title[lang],
        citation_author: expected.author,
        citation_publication_date: '2021/02/23',
        citation_language: lang,
        citation_public_url: sectionPage.querySelector('link[rel="canonical"]')!.getAttribute('href'),
        citation_publisher: expected.author,
      });
      // The section's own heading, as the page title begins.
      expect(sectionTags['citation_title']).toBe(sectionPage.querySelector('title')!.text.split(' · ')[0]);
      expect(sectionTags['citation_title']).toMatch(lang === 'zh' ? /^（一）/ : /^\(1\) /);
      expect(sectionTags['citation_technical_report_institution']).toBeUndefined();
    }
  });

  it('puts the tags on every report and section page and on no other page', () => {
    for (const entry of manifest.reports) for (const lang of ['zh', 'en'] as const) for (const file of reportPages(lang, entry.id)) expect(meta(htmlOf(file))['citation_title'], file).toBeTruthy();
    for (const file of [join(site.dir, 'zh', 'index.html'), join(site.dir, 'en', 'glossary', 'index.html'), join(site.dir, 'zh', 'reports', 'index.html')]) expect(meta(htmlOf(file)), file).toEqual({});
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the cite dialog in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Browser tests could not run: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium".`);
    server = await serveStatic(site.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits a 390 px phone: labels above full-width fields, buttons in a row, the three formats shown and filled in', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${server.url}/zh/reports/xinjiang-county-2023-work-report/2-1/`);
    await page.locator('#p2 .cite-button').click();
    const dialog = page.locator('#cite-dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);

    // Nothing in the dialog is wider than the screen, and the page does not scroll sideways.
    const boxes = await dialog.evaluate((element) =>
      [element, ...element.querySelectorAll('input, textarea, fieldset, button, label')].map((child) => {
        const box = child.getBoundingClientRect();
        return { name: `${child.tagName} ${child.id || child.textContent?.trim()}`, left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width };
      }),
    );
    for (const box of boxes) {
      expect(box.left, box.name).toBeGreaterThanOrEqual(0);
      expect(box.right, box.name).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (name: string) => boxes.find((entry) => entry.name === name)!;
    const inner = box('DIALOG cite-dialog');
    for (const field of ['INPUT cite-url', 'TEXTAREA cite-text', 'TEXTAREA cite-record']) {
      // Full width: the field spans the dialog's content box (1 rem of padding a side, and the border).
      expect(box(field).width, field).toBeGreaterThan(inner.width - 40);
    }
    const label = async (target: string) => page.locator(`label[for="${target}"]`).boundingBox();
    for (const target of ['cite-url', 'cite-text', 'cite-record']) {
      const above = (await label(target))!;
      const field = (await page.locator(`#${target}`).boundingBox())!;
      expect(above.y + above.height, target).toBeLessThanOrEqual(field.y + 1);
    }
    const copy = (await page.locator('[data-copy-target="cite-record"]').boundingBox())!;
    const close = (await page.locator('#cite-dialog form button').boundingBox())!;
    expect(Math.abs(copy.y - close.y)).toBeLessThan(2);
    expect(close.x).toBeGreaterThan(copy.x + copy.width);

    // The formats: shown as choices, each filling the entry box with the paragraph.
    const url = await page.locator('#cite-url').inputValue();
    expect(url).toMatch(/\/zh\/reports\/xinjiang-county-2023-work-report\/2-1\/#p2$/);
    const formats = page.locator('.cite-formats label');
    expect(await formats.allTextContents()).toEqual([' BibTeX', ' RIS', ' CSL-JSON']);
    for (const format of await formats.all()) expect(await format.isVisible()).toBe(true);
    const entry = page.locator('#cite-record');
    const bibtex = await entry.inputValue();
    expect(bibtex).toMatch(/^@techreport\{xinjiang-county-2023-work-report-p2,/);
    const [fromBibtex] = read(bibtex);
    expect(fromBibtex).toMatchObject({ title: '新绛县2023年政府工作报告', URL: url, note: expect.stringMatching(/^二、.+，第 2 段$/u), accessed: { 'date-parts': [today.split('-').map(Number)] } });
    expect(fromBibtex?.author?.map(nameOf)).toEqual(['新绛县人民政府']);
    await formats.nth(1).click();
    const ris = await entry.inputValue();
    // A textarea's value has LF line endings whatever it is given (HTML normalizes them); RIS readers take either.
    expect(ris.startsWith('TY  - RPRT\n')).toBe(true);
    expect(read(ris)[0]).toMatchObject({ URL: url, title: '新绛县2023年政府工作报告' });
    await formats.nth(2).click();
    expect(JSON.parse(await entry.inputValue())[0]).toMatchObject({ URL: url, language: 'zh', author: [{ literal: '新绛县人民政府' }] });
    // The Chinese line, as the dialog shows it, with today's date.
    expect(await page.locator('#cite-text').inputValue()).toMatch(new RegExp(`^新绛县人民政府．新绛县2023年政府工作报告［R/OL］．2023：.+，第 2 段（2023-02-21）［${today}］．${url.replace(/[.?]/g, '\\$&')}$`, 'u'));

    // The open dialog passes axe, and each of its controls is a 24 px target.
    const results = await new AxeBuilder({ page }).include('#cite-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    for (const control of boxes.filter((entry) => /^(?:BUTTON|INPUT)/.test(entry.name))) expect(control.bottom - control.top, control.name).toBeGreaterThanOrEqual(23.5);
    await context.close();
  });

  it('on a desktop English report page, cites an opening paragraph in English, at most 40 rem wide', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/reports/yuncheng-2021-work-report/`);
    await page.locator('#p1 .cite-button').click();
    const dialog = page.locator('#cite-dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    const width = (await dialog.boundingBox())!.width;
    expect(width).toBeLessThanOrEqual(640.5);
    expect(width).toBeGreaterThan(600);
    await page.locator('.cite-formats label').nth(2).click();
    const [item] = JSON.parse(await page.locator('#cite-record').inputValue());
    expect(item).toMatchObject({
      id: 'yuncheng-2021-work-report-en-p1',
      title: 'Yuncheng City 2021 Government Work Report',
      'original-title': '运城市2021年政府工作报告',
      author: [{ literal: "Yuncheng Municipal People's Government" }],
      language: 'en',
      note: 'Opening, paragraph 1',
      issued: { 'date-parts': [[2021, 2, 23]] },
    });
    expect(item.URL).toMatch(/\/en\/reports\/yuncheng-2021-work-report\/#p1$/);
    expect(await page.locator('#cite-text').inputValue()).toBe(`Yuncheng City 2021 Government Work Report. Yuncheng City, 2021-02-23. Opening, paragraph 1. ${item.URL} (accessed ${today}).`);
    await context.close();
  });
});
