import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { useTranslations, type Locale } from '../../src/i18n/index.ts';
import { atomFeed, dayStart, escapeXml, latest, type AtomEntry } from '../../src/lib/atom-feed.ts';
import { llmsTxt, markdownLink, markdownSection } from '../../src/lib/llms-txt.ts';
import { reportFeedDates, reportFeedEntries, type FeedReport, type ReportChanges } from '../../src/lib/report-feed.ts';
import { manifestSchema } from '../../src/schema/manifest.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

/**
 * Feeds and machine readers (issue part 5): the Atom feeds of each language, the feed links in every page's head, and
 * /llms.txt. The built site is read from the test run's build; what must be there comes from the manifest.
 */
const site = inject('site');
const root = new URL('../..', import.meta.url).pathname;
const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8')));
// The address the build was given (astro.config.mjs), which every absolute URL must start with.
const origin = new URL(process.env.SITE_URL ?? 'https://yuncheng-policy-atlas.org').origin;
const dictionaries = { zh, en };
const languages: Locale[] = ['zh', 'en'];
const HAN = /\p{Script=Han}/u;

/** The built file a site path is served from (a path ending in `/` is its folder's index.html), or null. */
function builtFile(path: string): string | null {
  const file = join(site.dir, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');

describe('escapeXml', () => {
  it('escapes the five XML special characters and keeps Chinese as it is', () => {
    expect(escapeXml(`运城 & "R&D" <b>'引号'</b>`)).toBe('运城 &amp; &quot;R&amp;D&quot; &lt;b&gt;&apos;引号&apos;&lt;/b&gt;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('refuses a control character that XML 1.0 cannot carry, and accepts tab and newline', () => {
    expect(() => escapeXml('a\u0001b')).toThrow(/control character/);
    expect(escapeXml('a\tb\nc')).toBe('a\tb\nc');
  });
});

describe('atomFeed', () => {
  const hostile = `Tom & Jerry <script>alert("x")</script> 'quoted' 运城市“五抓一优一促”`;
  const entry = (id: string, updated: string, published = '2020-01-01T00:00:00+08:00'): AtomEntry => ({
    id: `https://x.org/${id}/`,
    title: hostile,
    link: `https://x.org/${id}/?a=1&b=2`,
    published,
    updated,
    author: '运城市 & <Co>',
    summary: `${hostile} summary`,
  });
  const feed = (entries: AtomEntry[]) =>
    atomFeed({ lang: 'zh-CN', id: 'https://x.org/feed.xml', title: hostile, subtitle: '"副标题"', self: 'https://x.org/feed.xml', alternate: 'https://x.org/', rights: "CC BY 4.0 'x'", entries });

  it('writes well-formed XML whose text a feed parser reads back exactly', () => {
    const xml = feed([entry('a', '2024-02-01T00:00:00+08:00'), entry('b', '2023-01-01T00:00:00+08:00')]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe(hostile);
    expect(parsed.description).toBe('"副标题"');
    expect(parsed.items.map((item) => item.title)).toEqual([hostile, hostile]);
    expect(parsed.items[0]!.url).toBe('https://x.org/a/?a=1&b=2');
    expect(parsed.items[0]!.authors[0]!.name).toBe('运城市 & <Co>');
    expect(parsed.self).toBe('https://x.org/feed.xml');
  });

  it('dates the feed by its latest entry, compared as instants, and keeps the entries in the order given', () => {
    // 23:00 UTC on 31 January is later than midnight in Beijing on 1 February (16:00 UTC the day before).
    const xml = feed([entry('a', '2024-02-01T00:00:00+08:00'), entry('b', '2024-01-31T23:00:00Z')]);
    expect(xml).toContain('<updated>2024-01-31T23:00:00Z</updated>\n  <link rel="self"');
    expect(parseFeed(xml).items.map((item) => item.id)).toEqual(['https://x.org/a/', 'https://x.org/b/']);
  });

  it('refuses a feed without entries and a date that is not RFC 3339', () => {
    expect(() => feed([])).toThrow(/at least one entry/);
    expect(() => feed([entry('a', '2024-02-01')])).toThrow(/RFC 3339/);
  });
});

describe('feed dates of a report', () => {
  const report: FeedReport = { id: 'r', title: { zh: '报告', en: 'Report' }, place: { id: 'p', zh: '某县', en: 'Some County' }, year: 2021, date: '2021-02', kind: 'government-work-report' };
  const none: ReportChanges = { corrections: [], translatedOn: () => undefined };
  const correction = (date: string, where: string, id = 'r') => ({ date, report: id, where, what: { zh: '改', en: 'fixed' } });

  it('falls back from the day to the month and the year of the report, never the clock', () => {
    expect(dayStart('2022-01-25')).toBe('2022-01-25T00:00:00+08:00');
    expect(reportFeedDates(report, 'zh', none)).toEqual({ published: '2021-02-01T00:00:00+08:00', updated: '2021-02-01T00:00:00+08:00' });
    expect(reportFeedDates({ ...report, date: null }, 'zh', none).published).toBe('2021-01-01T00:00:00+08:00');
    expect(() => dayStart('2021-13-x')).toThrow();
  });

  it('is updated by its corrections in that language, and in English by its translation', () => {
    const changes: ReportChanges = {
      corrections: [correction('2026-03-01', '/en/reports/r/'), correction('2026-02-01', '/zh/reports/r/1/#p2'), correction('2026-05-01', '/zh/reports/other/', 'other')],
      translatedOn: (id) => (id === 'r' ? '2026-04-01' : undefined),
    };
    expect(reportFeedDates(report, 'zh', changes).updated).toBe('2026-02-01T00:00:00+08:00');
    expect(reportFeedDates(report, 'en', changes).updated).toBe('2026-04-01T00:00:00+08:00');
    expect(latest(['2026-01-01T00:00:00+08:00', '2025-12-31T20:00:00Z'])).toBe('2025-12-31T20:00:00Z');
  });

  it('lists entries newest change first, each titled, placed and linked in the feed language', () => {
    const older = { ...report, id: 'older', year: 2020, date: '2020-01-10' };
    const entries = reportFeedEntries([older, report], 'en', new URL('https://x.org'), useTranslations('en'), { corrections: [correction('2026-01-01', '/en/reports/older/', 'older')], translatedOn: () => undefined });
    expect(entries.map((entry) => entry.id)).toEqual(['https://x.org/en/reports/older/', 'https://x.org/en/reports/r/']);
    expect(entries[1]).toMatchObject({ title: 'Report', author: 'Some County', summary: 'Some County, 2021: Government work report' });
  });
});

describe('llms.txt writer', () => {
  it('escapes brackets in link text and parentheses in addresses', () => {
    expect(markdownLink('报告 [节选]', 'https://x.org/a (b)/')).toBe('[报告 \\[节选\\]](https://x.org/a%20%28b%29/)');
  });

  it('quotes one section of a markdown page, up to the next heading', () => {
    const page = '## Licence\n\nThe reports are public.\n\n### Detail\n\nStill here.\n\n## Next\n\nNot this.';
    expect(markdownSection(page, 'Licence')).toBe('The reports are public.\n\n### Detail\n\nStill here.');
    expect(() => markdownSection(page, 'Missing')).toThrow(/no "## Missing"/);
  });

  it('writes the title, the summary and sections of links, one line each', () => {
    const text = llmsTxt({ title: 'Atlas', summary: 'What\nit is.', details: ['More.'], sections: [{ title: 'Pages', links: [{ name: 'A', url: 'https://x.org/a/', note: 'one\ntwo' }, { name: 'B', url: 'https://x.org/b/' }] }] });
    expect(text).toBe('# Atlas\n\n> What it is.\n\nMore.\n\n## Pages\n\n- [A](https://x.org/a/): one two\n- [B](https://x.org/b/)\n');
  });
});

describe.each(languages)('the built %s feed', (lang) => {
  const xml = read(`${lang}/feed.xml`);
  const feed = parseFeed(xml);
  const t = useTranslations(lang);

  it('is well-formed Atom in its language, with its self and alternate links', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as { feed: Record<string, string> };
    expect(raw.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(raw.feed['@xml:lang']).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe(t('feed.title'));
    expect(feed.self).toBe(`${origin}/${lang}/feed.xml`);
    expect(feed.url).toBe(`${origin}/${lang}/reports/`);
    expect(builtFile(new URL(feed.url!).pathname)).not.toBeNull();
  });

  it('has one entry per report of the manifest, each linking to its built page', () => {
    expect(feed.items).toHaveLength(manifest.reports.length);
    const ids = feed.items.map((item) => new URL(item.url!).pathname.match(new RegExp(`^/${lang}/reports/([^/]+)/$`))?.[1]);
    expect(ids.toSorted()).toEqual(manifest.reports.map((report) => report.id).toSorted());
    for (const item of feed.items) {
      expect(item.url!.startsWith(`${origin}/`), item.url!).toBe(true);
      expect(builtFile(new URL(item.url!).pathname), item.url!).not.toBeNull();
      expect(item.id).toBe(item.url);
    }
  });

  it('titles, authors and summarises each entry in its language', () => {
    for (const item of feed.items) {
      const report = manifest.reports.find((entry) => item.url!.endsWith(`/reports/${entry.id}/`))!;
      expect(item.title).toBe(report.title[lang]);
      expect(item.authors.map((author) => author.name)).toEqual([report.place[lang]]);
      expect(item.description).toContain(t(`kind.${report.kind}`));
      expect(item.description).toContain(String(report.year));
      // Chinese titles are in Chinese; English ones have no Chinese characters.
      expect(HAN.test(item.title!), item.title!).toBe(lang === 'zh');
    }
  });

  it('lists the newest change first, dates the feed by it, and never dates an entry before its report', () => {
    const updated = feed.items.map((item) => item.updated!.getTime());
    expect(updated).toEqual(updated.toSorted((a, b) => b - a));
    expect(feed.updated!.getTime()).toBe(Math.max(...updated));
    for (const item of feed.items) {
      expect(item.published!.getTime()).toBeLessThanOrEqual(item.updated!.getTime());
      const report = manifest.reports.find((entry) => item.url!.endsWith(`/reports/${entry.id}/`))!;
      expect(item.published!.getTime()).toBe(Date.parse(dayStart(report.date ?? String(report.year))));
    }
  });
});

describe('feed links in the head', () => {
  const firstReport = manifest.reports[0]!.id;
  const sectionOf = (lang: Locale) => readdirSync(join(site.dir, lang, 'reports', firstReport), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
  const pages = ['/', '/404.html', ...languages.flatMap((lang) => [`/${lang}/`, `/${lang}/reports/`, `/${lang}/reports/${firstReport}/`, `/${lang}/reports/${firstReport}/${sectionOf(lang)}/`, `/${lang}/glossary/`, `/${lang}/search/`, `/${lang}/places/`, `/${lang}/about/`])];

  it.each(pages)('%s links both languages\' feeds, each titled in its language', (path) => {
    const file = builtFile(path);
    expect(file, path).not.toBeNull();
    const links = parse(readFileSync(file!, 'utf8')).querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('title')])).toEqual(languages.map((lang) => [`/${lang}/feed.xml`, dictionaries[lang]['feed.title']]));
    for (const link of links) expect(builtFile(link.getAttribute('href')!)).not.toBeNull();
  });
});

describe('/llms.txt', () => {
  const text = read('llms.txt');
  const links = [...text.matchAll(/\]\((\S+?)\)/g)].map((match) => match[1]!);

  it('starts with the site name as its title and a one-paragraph summary', () => {
    expect(text.startsWith(`# ${en['site.name']} (${zh['site.name']})\n\n> `)).toBe(true);
    expect(text.split('\n\n')[1]).toBe(`> ${en['site.description']}`);
  });

  it("lists every report's plain text, and the feeds and open data files", () => {
    for (const report of manifest.reports) expect(links, report.id).toContain(`${origin}/data/reports/${report.id}.txt`);
    for (const path of ['/zh/feed.xml', '/en/feed.xml', '/data/reports.json', '/data/glossary.json', '/data/places.json', '/data/indicators.json', '/data/indicators.csv', '/zh/reports/', '/en/reports/']) expect(links).toContain(`${origin}${path}`);
  });

  it('says where each report\'s citation files are, and the data page links them', () => {
    expect(text).toContain('/data/reports/<id>.bib');
    expect(text).toContain('.csl.json');
    for (const lang of languages) {
      const data = parse(readFileSync(builtFile(`/${lang}/data/`)!, 'utf8'));
      const hrefs = new Set(data.querySelectorAll('a[href^="/data/reports/"]').map((link) => link.getAttribute('href')));
      for (const report of manifest.reports) for (const extension of ['bib', 'ris', 'csl.json']) expect(hrefs, `${lang} ${report.id}.${extension}`).toContain(`/data/reports/${report.id}.${extension}`);
    }
  });

  it('links only to built files and anchors of this site', () => {
    expect(links.length).toBeGreaterThan(manifest.reports.length);
    for (const link of links) {
      const url = new URL(link);
      expect(url.origin, link).toBe(origin);
      const file = builtFile(url.pathname);
      expect(file, link).not.toBeNull();
      if (url.hash) expect(readFileSync(file!, 'utf8'), link).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
  });

  it('says what the about page says about the licence, in both languages', () => {
    for (const lang of languages) {
      const about = readFileSync(join(root, 'content', 'pages', 'about', `${lang}.mdx`), 'utf8');
      expect(text).toContain(markdownSection(about, dictionaries[lang]['llms.licence']));
    }
    expect(text).toContain('CC BY 4.0');
  });
});
