import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportRecords } from '../src/lib/search-records.ts';
import { meanScores, phraseOracle, reportOfUrl, scopeResults, scoreQuery, type ParagraphText, type QueryScore } from '../src/lib/search-metrics.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';
import { manifest, root } from './helpers.ts';
import { serveStatic } from '../scripts/static-server.ts';

/**
 * Search quality on the built site, in Chromium, with the search the page runs: the query set in
 * tests/fixtures/search-queries.json and the bar of issue 6 as thresholds. Prints recall@10, precision@10 and MRR
 * per group and overall.
 *
 * The relevant paragraphs of an exact-phrase query (`phrase`) are computed from the content: every paragraph that
 * contains the phrase, in whatever reports there are. A query judged by hand (`reports`) was judged against those
 * reports only: results from reports added since are left out of its score. `relevant` lists what is always
 * relevant (glossary entries, places) and, for a hand-judged query, the paragraphs too.
 */
interface Query {
  query: string;
  lang: 'zh' | 'en';
  group: string;
  /** The phrase whose paragraphs are relevant (the query itself, or its simplified form for a traditional query). */
  phrase?: string;
  /** The reports a hand-judged query was judged against. */
  reports?: string[];
  relevant: string[];
}
const queries: Query[] = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-queries.json'), 'utf8'));
/** Every paragraph of every published report as the Chinese search pages index it. */
const paragraphs: ParagraphText[] = manifest.reports
  .flatMap((entry) => reportRecords(reportDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'reports', `${entry.id}.json`), 'utf8'))), () => null))
  .filter((record) => record.url.startsWith('/zh/') && record.url.includes('#'))
  .map((record) => ({ url: record.url, text: record.meta.text! }));
/** What a query must find, and which of the results count. */
const judgement = (query: Query) =>
  query.phrase !== undefined
    ? { relevant: [...query.relevant, ...phraseOracle(paragraphs, query.phrase)], scope: (urls: string[]) => urls }
    : { relevant: query.relevant, scope: (urls: string[]) => scopeResults(urls, query.reports!) };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = inject('site');

describe('search quality', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const pages = new Map<string, Page>();
  const scores = new Map<string, QueryScore[]>();
  const misses: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Search quality could not be measured: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium".`);
    server = await serveStatic(site.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    for (const lang of ['zh', 'en']) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${lang}/search/`);
      await page.waitForFunction(() => 'atlasSearch' in window);
      pages.set(lang, page);
    }
    for (const query of queries) {
      const urls = await pages.get(query.lang)!.evaluate(async (text) => {
        const search = (window as unknown as { atlasSearch: (q: string, o: object, limit: number) => Promise<string[]> }).atlasSearch;
        // Enough to score the first ten after leaving out reports a hand-judged query was not judged against.
        return search(text, { filters: {}, sort: 'relevance' }, 200);
      }, query.query);
      const { relevant, scope } = judgement(query);
      const score = scoreQuery(scope(urls), relevant);
      scores.set(query.group, [...(scores.get(query.group) ?? []), score]);
      if (score.recall < 1 || score.precision < 1) misses.push(`${query.group} ${query.lang} “${query.query}”: recall ${score.recall.toFixed(2)}, precision ${score.precision.toFixed(2)}, RR ${score.reciprocalRank.toFixed(2)}`);
    }
    const rows = [...scores].map(([group, list]) => ({ group, queries: list.length, ...meanScores(list) }));
    rows.push({ group: 'overall', queries: queries.length, ...meanScores([...scores.values()].flat()) });
    console.log(['group      queries  recall@10  precision@10  MRR', ...rows.map((row) => `${row.group.padEnd(11)}${String(row.queries).padStart(7)}  ${row.recall.toFixed(3).padStart(9)}  ${row.precision.toFixed(3).padStart(12)}  ${row.reciprocalRank.toFixed(3).padStart(5)}`), '', 'below 1.0:', ...misses].join('\n'));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const group = (name: string) => meanScores(scores.get(name) ?? []);

  it('has a query set of at least 60 queries in every group the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect([...new Set(queries.map((query) => query.group))].sort()).toEqual(['compound', 'english', 'figure', 'glossary', 'inner-word', 'misspelling', 'pinyin', 'place', 'slogan', 'topic', 'traditional']);
  });

  it('judges each query either by its phrase against the content or by hand against named reports of the manifest', () => {
    const ids = new Set(manifest.reports.map((entry) => entry.id));
    for (const query of queries) {
      expect(query.phrase === undefined, query.query).toBe(query.reports !== undefined);
      for (const report of query.reports ?? []) expect(ids.has(report), `${query.query}: ${report}`).toBe(true);
      for (const url of query.relevant) expect(reportOfUrl(url) === null || query.reports?.includes(reportOfUrl(url)!), `${query.query}: ${url}`).toBe(true);
      // A phrase query has paragraphs to find: the oracle is not empty.
      if (query.phrase !== undefined) expect(phraseOracle(paragraphs, query.phrase).length, query.query).toBeGreaterThan(0);
    }
    expect(queries.filter((query) => query.phrase !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it('finds every relevant result for slogans, the parts of compound slogans and places (recall@10 = 1.0)', () => {
    expect(group('slogan').recall).toBe(1);
    expect(group('compound').recall).toBe(1);
    expect(group('place').recall).toBe(1);
  });

  it('ranks the glossary entry first for glossary terms (MRR ≥ 0.9)', () => {
    expect(group('glossary').reciprocalRank).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps slogan results precise (precision@10 ≥ 0.9)', () => {
    expect(group('slogan').precision).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves no group below recall@10 0.9', () => {
    for (const name of scores.keys()) expect(group(name).recall, name).toBeGreaterThanOrEqual(0.9);
  });
});
