/**
 * The cost of a search as a reader meets it, in Chromium against a built site served with gzip as public hosts send
 * it: bytes fetched and time to the first results, for a first (cold: no index loaded) and a second (warm) query on
 * the search page. Shared by `bench:site` and `bench:scale`; it measures and asserts nothing.
 */
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';

/** One measured query: time to the first result count, and bytes on the wire for it. */
export interface QueryCost {
  query: string;
  ms: number;
  bytes: number;
}

/** What a reader pays on one search page: the page itself, then each query in turn (the first cold, the rest warm). */
export interface SearchCost {
  pageBytes: number;
  queries: QueryCost[];
}

/**
 * Opens `/<lang>/search/` of the site in `dir` and runs the queries one after the other, as a reader types them.
 * Each request is counted in the phase that made it (page load, each query), by its size on the wire once it has
 * finished: counting bodies as they arrive put late responses of one phase into the next.
 */
export async function measureSearch(dir: string, runs: { lang: 'zh' | 'en'; queries: string[] }[]): Promise<SearchCost[]> {
  const server = await serveStatic(dir, { compress: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const costs: SearchCost[] = [];
    for (const { lang, queries } of runs) {
      const page = await browser.newPage();
      let phase = 'page';
      const phaseOf = new Map<object, string>();
      const bytes = new Map<string, number>();
      const finished: Promise<void>[] = [];
      page.on('request', (request) => phaseOf.set(request, phase));
      page.on('requestfinished', (request) => {
        finished.push(
          request.sizes().then((sizes) => {
            const name = phaseOf.get(request)!;
            bytes.set(name, (bytes.get(name) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
          }),
        );
      });
      await page.goto(`${server.url}/${lang}/search/`);
      await page.waitForLoadState('networkidle');
      await Promise.all(finished);
      const measured: QueryCost[] = [];
      for (const query of queries) {
        phase = query;
        const start = performance.now();
        await page.fill('#search-q', query);
        await page.press('#search-q', 'Enter');
        await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent?.match(/\d/) && new URLSearchParams(location.search).get('q') === text, query);
        const ms = performance.now() - start;
        await page.waitForLoadState('networkidle');
        await Promise.all(finished);
        measured.push({ query, ms, bytes: bytes.get(query) ?? 0 });
      }
      costs.push({ pageBytes: bytes.get('page') ?? 0, queries: measured });
      await page.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
