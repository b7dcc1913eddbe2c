import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { meanScores, scoreQuery, type QueryScore } from '../src/lib/search-metrics.ts';
import { root } from './helpers.ts';
import { serveStatic } from '../scripts/static-server.ts';

/**
 * Search quality on the built site, in Chromium, with the search the page runs: the query set in
 * tests/fixtures/search-queries.json (written by reading the reports) and the bar of issue 6 as thresholds.
 * Prints recall@10, precision@10 and MRR per group and overall.
 */
interface Query {
  query: string;
  lang: 'zh' | 'en';
  group: string;
  relevant: string[];
}
const queries: Query[] = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-queries.json'), 'utf8'));
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
        const search = (window as unknown as { atlasSearch: (q: string, o: object) => Promise<{ url: string }[]> }).atlasSearch;
        return (await search(text, { filters: {}, sort: 'relevance' })).map((hit) => hit.url);
      }, query.query);
      const score = scoreQuery(urls, query.relevant);
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
    expect([...new Set(queries.map((query) => query.group))].sort()).toEqual(['english', 'figure', 'glossary', 'inner-word', 'misspelling', 'pinyin', 'place', 'slogan', 'topic', 'traditional']);
  });

  it('finds every relevant result for slogans and places (recall@10 = 1.0)', () => {
    expect(group('slogan').recall).toBe(1);
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
