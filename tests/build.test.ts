import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { extractFigures } from '../src/lib/indicators.ts';
import { reportOriginalPath } from '../src/lib/open-data.ts';
import { sha256 } from '../src/lib/report-document.ts';
import { repositoryFileUrl } from '../src/lib/error-report.ts';
import { dictionaries } from '../src/i18n/index.ts';
import { decodeReport } from '../src/pipeline/index.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';
import { englishParagraphRecords, reportRecords } from '../src/lib/search-records.ts';
import { manifest, root, seedExpectations } from './helpers.ts';

/** What the site build publishes (built once by tests/global-build.ts). */
const site = inject('site');
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');

describe('site build', () => {
  it('succeeds without errors', () => {
    expect(site.log).not.toMatch(/\[ERROR\]/);
    expect(site.status).toBe(0);
  });

  it('shows the plan’s indicator tables on the English compare page in the translation, as printed on the Chinese one', () => {
    const english = read('en/compare/index.html').split('id="plan-tables"')[1]!;
    const chinese = read('zh/compare/index.html').split('id="plan-tables"')[1]!;
    expect(english).toMatch(/<th scope="row" lang="en">1\. Gross domestic product \(GDP\)/);
    expect(english).toContain('<td lang="en">Anticipatory</td>');
    expect(english).not.toMatch(/<td lang="zh-CN">[^<]*\p{Script=Han}/u);
    expect(chinese).toContain('1.国内生产总值（GDP）（亿元）');
    expect(chinese).toContain('<td lang="zh-CN">预期性</td>');
  });

  it('publishes /data/reports.json with every report of the manifest', () => {
    const list = JSON.parse(read('data/reports.json'));
    expect(list.reports.map((report: { id: string }) => report.id).sort()).toEqual(manifest.reports.map((entry) => entry.id).sort());
    expect(list.reports.find((report: { id: string }) => report.id === 'yongji-2021-five-year-plan').stats).toMatchObject({ sections: 60, tables: 1, boxes: 13 });
  });

  it('publishes /data/reports/<id>.json valid against the schema, and the decoded text as UTF-8 with its SHA-256', () => {
    const list = JSON.parse(read('data/reports.json'));
    for (const entry of manifest.reports) {
      expect(reportDocumentSchema.safeParse(JSON.parse(read(`data/reports/${entry.id}.json`))).success).toBe(true);
      const seed = readFileSync(join(root, 'seeds', entry.file));
      // A Word document or web page is published as the text it was converted to (content/reports/<id>.converted.txt).
      const converted = join(root, 'content', 'reports', `${entry.id}.converted.txt`);
      const text = existsSync(converted) ? readFileSync(converted, 'utf8') : decodeReport(seed).text;
      expect(read(`data/reports/${entry.id}.txt`)).toBe(text);
      // A seed that is UTF-8 with LF and no byte-order mark is its own text, with no original beside it; any other
      // seed is published byte for byte beside the text (GB18030 is built in tests/quality/original-bytes.test.ts).
      const same = Buffer.from(text, 'utf8').equals(seed);
      const original = join(site.dir, reportOriginalPath(entry.id, entry.file));
      if (same) expect(existsSync(original), entry.id).toBe(false);
      else expect(readFileSync(original).equals(seed), entry.id).toBe(true);
      expect(list.reports.find((report: { id: string }) => report.id === entry.id)).toMatchObject({ source: `/data/reports/${entry.id}.txt`, sourceSha256: sha256(Buffer.from(text, 'utf8')), original: same ? null : { path: reportOriginalPath(entry.id, entry.file), sha256: entry.sha256 } });
    }
  });

  it('publishes the glossary as /data/glossary.json with occurrences, and a page per entry', () => {
    const data = JSON.parse(read('data/glossary.json'));
    const entry = data.entries.find((candidate: { slug: string }) => candidate.slug === 'wu-zhua-yi-you-yi-cu');
    // Every place whose reports quote the slogan (all four places of the seeds do), and no other.
    const quoting = new Set(manifest.reports.filter((report) => read(`data/reports/${report.id}.txt`).includes('五抓一优一促')).map((report) => report.place.id));
    expect(entry.places.sort()).toEqual([...quoting].sort());
    expect(entry.places).toEqual(expect.arrayContaining(['xinjiang-county', 'yanhu', 'yongji', 'yuncheng']));
    expect(entry.definitions[0]).toMatchObject({ source: 'note', report: 'xinjiang-county-2023-work-report', note: 13 });
    for (const lang of ['zh', 'en']) expect(readdirSync(join(site.dir, lang, 'glossary')).filter((name) => name !== 'index.html')).toHaveLength(data.entries.length);
    const html = read('zh/glossary/wu-zhua-yi-you-yi-cu/index.html');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'DefinedTerm', name: '五抓一优一促', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
  });

  it('publishes places and indicators as JSON and CSV', () => {
    const placesData = JSON.parse(read('data/places.json'));
    const listed = JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8')).places.map((place: { id: string }) => place.id);
    expect(placesData.places.map((place: { id: string }) => place.id)).toEqual(listed);
    expect(placesData.places.find((place: { id: string }) => place.id === 'hejin').mentionedIn.length).toBeGreaterThan(0);
    // The figures are those the extractor finds in the published reports (in any order of reports); where a person
    // read a report's figures (seeds/<id>.expected.json), as many as they read.
    const indicators = JSON.parse(read('data/indicators.json'));
    const published = manifest.reports.map((entry) => reportDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'reports', `${entry.id}.json`), 'utf8'))));
    const sorted = (figures: unknown[]) => figures.map((figure) => JSON.stringify(figure)).sort();
    expect(sorted(indicators.figures)).toEqual(sorted(published.flatMap(extractFigures)));
    for (const entry of manifest.reports) {
      const figures = seedExpectations(entry.id)?.figures;
      if (figures) expect(indicators.figures.filter((figure: { report: string }) => figure.report === entry.id), entry.id).toHaveLength(figures.length);
    }
    const csv = read('data/indicators.csv');
    expect(csv.startsWith('\uFEFFreport,indicator,measure,year,kind,value,unit,qualifier,section,anchor,curated,sentence')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(indicators.figures.length);
    expect(rows.map((row) => row.slice(1, row.indexOf('"', 1)))).toEqual(indicators.figures.map((figure: { report: string }) => figure.report));
  });

  it('resolves every link and anchor on the place and compare pages', () => {
    const pages = ['zh/places/index.html', 'en/places/index.html', 'zh/compare/index.html', 'en/compare/index.html', ...readdirSync(join(site.dir, 'zh', 'places')).filter((name) => name !== 'index.html').map((name) => `zh/places/${name}/index.html`)];
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, href] of read(page).matchAll(/href="(\/[^"]*)"/g)) {
        const [path, anchor] = href!.split('#');
        const file = join(site.dir, path!, path!.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) broken.push(`${page}: ${href}`);
        else if (anchor && !readFileSync(file, 'utf8').includes(`id="${anchor}"`)) broken.push(`${page}: ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('builds a page per report and per section in both languages', () => {
    for (const lang of ['zh', 'en']) {
      expect(existsSync(join(site.dir, lang, 'reports', 'yongji-2021-five-year-plan', 'index.html'))).toBe(true);
      expect(existsSync(join(site.dir, lang, 'reports', 'yongji-2021-five-year-plan', '10-6', 'index.html'))).toBe(true);
      expect(readdirSync(join(site.dir, lang, 'reports', 'yongji-2021-five-year-plan')).filter((name) => /^\d/.test(name))).toHaveLength(60);
      for (const page of ['search', 'about', 'data']) expect(existsSync(join(site.dir, lang, page, 'index.html'))).toBe(true);
    }
  });

  it('gives each report from a public repository its provenance, the official page, the collection\'s caveat and an error link', () => {
    const entry = manifest.reports.find((candidate) => candidate.source.repository !== null && candidate.source.officialUrl !== null)!;
    const { repository, commit, path, blob, officialUrl } = entry.source;
    for (const lang of ['zh', 'en'] as const) {
      const page = read(`${lang}/reports/${entry.id}/index.html`);
      expect(page).toContain(`href="${repositoryFileUrl(repository!, commit!, path!)}"`);
      expect(page).toContain(blob!);
      expect(page).toContain(`href="${officialUrl!.replace(/&/g, '&amp;')}"`);
      expect(page).toContain(dictionaries[lang]['report.mayBeAbridged'].replace('{{repository}}', repository!).split(repository!)[0]);
      expect(page).toMatch(/href="mailto:[^"?]+\?subject=/);
    }
    // A file received directly names no repository and says so.
    const received = manifest.reports.find((candidate) => candidate.source.repository === null)!;
    expect(read(`en/reports/${received.id}/index.html`)).toContain(dictionaries.en['report.received']);
  });

  it('lists every report on the reports index, Yuncheng first, and publishes a page per filter value', () => {
    for (const lang of ['zh', 'en'] as const) {
      const index = read(`${lang}/reports/index.html`);
      for (const entry of manifest.reports) expect(index, entry.id).toContain(`href="/${lang}/reports/${entry.id}/"`);
      const yunchengAt = index.indexOf(`href="/${lang}/reports/yuncheng-`);
      const taiyuanAt = index.indexOf(`href="/${lang}/reports/taiyuan-`);
      expect(yunchengAt).toBeGreaterThan(-1);
      expect(yunchengAt).toBeLessThan(taiyuanAt);
      for (const year of new Set(manifest.reports.map((entry) => entry.year))) {
        const page = read(`${lang}/reports/by/year/${year}/index.html`);
        const ofYear = manifest.reports.filter((entry) => entry.year === year);
        for (const entry of ofYear) expect(page).toContain(`href="/${lang}/reports/${entry.id}/"`);
        for (const entry of manifest.reports.filter((other) => other.year !== year)) expect(page).not.toContain(`<a href="/${lang}/reports/${entry.id}/">`);
        expect(index).toContain(`href="/${lang}/reports/by/year/${year}/"`);
      }
      expect(read(`${lang}/reports/by/level/province/index.html`)).toContain(`href="/${lang}/reports/shanxi-2024-work-report/"`);
      expect(read(`${lang}/reports/by/place/taiyuan/index.html`)).toContain(`href="/${lang}/reports/taiyuan-2024-work-report/"`);
    }
  });

  it('links every search record to an anchor its page has, table rows, box titles and notes included, in both languages', () => {
    const document = reportDocumentSchema.parse(JSON.parse(read('data/reports/yongji-2021-five-year-plan.json')));
    const file = JSON.parse(readFileSync(join(root, 'content', 'translations', 'yongji-2021-five-year-plan.json'), 'utf8'));
    const withNotes = reportDocumentSchema.parse(JSON.parse(read('data/reports/yuncheng-2021-work-report.json')));
    const records = [...englishParagraphRecords(document, file, () => null), ...reportRecords(document, () => null), ...reportRecords(withNotes, () => null)].filter((record) => record.url.includes('#'));
    expect(records.some((record) => /^\/en\/.*#(?:box-\d+-)?table-?\d*-r\d+$/.test(record.url))).toBe(true);
    expect(records.some((record) => /^\/zh\/.*#(?:box-\d+-)?table-?\d*-r\d+$/.test(record.url))).toBe(true);
    expect(records.some((record) => /#note-\d+$/.test(record.url))).toBe(true);
    for (const record of records) {
      const [path, anchor] = record.url.split('#');
      expect(read(`${path!.slice(1)}index.html`), record.url).toContain(`id="${anchor}"`);
    }
  });

  it('writes counts in the singular for one and Chinese labels with full-width punctuation', () => {
    const glossary = read('en/glossary/index.html');
    expect(glossary).not.toMatch(/>1 places</);
    expect(glossary).toMatch(/>1 place</);
    expect(read('zh/glossary/index.html')).not.toMatch(/>0 个地区</);
    const pager = read('zh/reports/yuncheng-2024-work-report/3-2/index.html').split('class="pager"')[1]!;
    expect(pager).toContain('上一节：');
    expect(pager).not.toMatch(/上一节: |下一节: /);
  });

  it('links a report to the same place\'s previous and next year', () => {
    const page = read('en/reports/taiyuan-2024-work-report/index.html');
    expect(page).toContain('href="/en/reports/taiyuan-2023-work-report/"');
    expect(page).toContain('href="/en/reports/taiyuan-2025-work-report/"');
  });

  it('shows a glossary term\'s use over time as a chart with its table', () => {
    const page = read('en/glossary/shi-si-wu/index.html');
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="usage-chart-title usage-chart-desc"/);
    expect(page).toContain('<table class="usage-table">');
    for (const year of new Set(manifest.reports.map((entry) => entry.year))) expect(page).toContain(`<th scope="row">${year}</th>`);
  });

  it('marks every page with its language and links both languages', () => {
    const zh = read('zh/reports/yanhu-2022-work-report/2-3/index.html');
    const en = read('en/reports/yanhu-2022-work-report/2-3/index.html');
    expect(zh).toMatch(/<html lang="zh-CN"/);
    expect(en).toMatch(/<html lang="en"/);
    for (const html of [zh, en]) {
      expect(html).toContain('hreflang="zh-CN" href="https://yuncheng-policy-atlas.org/zh/reports/yanhu-2022-work-report/2-3/"');
      expect(html).toContain('hreflang="en" href="https://yuncheng-policy-atlas.org/en/reports/yanhu-2022-work-report/2-3/"');
    }
    expect(en).toContain('class="language-switch" href="/zh/reports/yanhu-2022-work-report/2-3/"');
  });

  it('shows translated paragraphs in English on English pages, keeping the Chinese (marked as such) for parallel reading', () => {
    const en = read('en/reports/yongji-2021-five-year-plan/2-3/index.html');
    expect(en).toMatch(/<div class="para has-english leads-english" id="p1"[^>]*>\s*<p class="en-text" lang="en">/);
    expect(en).toMatch(/<p class="zh-text" lang="zh-CN">/);
    expect(en).not.toContain('The English translation of this section is pending');
    const table = read('en/reports/yongji-2021-five-year-plan/1-1/index.html');
    expect(table).toContain('Anticipatory');
  });

  it('renders report text as text: markup characters in the source stay characters', () => {
    const html = read('zh/reports/yongji-2021-five-year-plan/1-5/index.html');
    expect(html).toContain('注：[]为累计完成数，*为 2019 年数据。');
  });

  it('publishes a sitemap, robots.txt, a 404 page and a language chooser at /', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://yuncheng-policy-atlas.org/en/reports/yongji-2021-five-year-plan/3-2/</loc>');
    expect(sitemap).toContain('hreflang="zh-CN" href="https://yuncheng-policy-atlas.org/zh/reports/yongji-2021-five-year-plan/3-2/"');
    // Every built page except the 404 is in the sitemap.
    expect(sitemap.match(/<loc>/g)).toHaveLength(readdirSync(site.dir, { recursive: true }).filter((name) => String(name).endsWith('index.html') && String(name) !== 'index.html').length);
    expect(read('robots.txt')).toContain('Sitemap: https://yuncheng-policy-atlas.org/sitemap.xml');
    expect(read('404.html')).toContain('找不到该页面');
    const rootPage = read('index.html');
    expect(rootPage).toContain('url=/zh/');
    expect(rootPage).toContain('href="/en/"');
  });

  it('indexes both languages for search, with filters', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(read('zh/reports/yanhu-2022-work-report/2-3/index.html')).toContain('data-pagefind-filter="place:盐湖区"');
  });
});

describe('controls that need scripts', () => {
  it('are preceded on every page by the classic inline script that marks scripts as running, so they are laid out from the first paint', () => {
    const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    let withControls = 0;
    const late: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(site.dir, file), 'utf8');
      const firstControl = html.search(/class="[^"]*\bneeds-js\b/);
      if (firstControl === -1) continue;
      withControls += 1;
      // A classic script (no type, no src, not a module) runs where it stands, before anything after it is painted.
      const marker = html.search(/<script>[^<]*classList\.add\('js'\)/);
      if (marker === -1 || marker > firstControl) late.push(file);
    }
    expect(withControls).toBeGreaterThan(200);
    expect(late).toEqual([]);
  });
});
