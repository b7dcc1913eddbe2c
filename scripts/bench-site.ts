/**
 * `npm run bench:site`: builds the site (content, Astro, Pagefind) into dist/ and prints the build time, the number
 * of pages, and what a reader downloads (gzip) for the home page, a report page and the largest section page of each
 * language: on arrival (HTML, CSS and scripts) and as the next page read on the site (the HTML: CSS and scripts are cached).
 * Budget: a section page under 30 KB gzip in all before search is used, under 10 KB gzip of JavaScript.
 * Then the cost of search in Chromium: bytes fetched and time to the first result for a cold and a warm query.
 * Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteFiles } from './site-audit.ts';
import { buildEnv, siteBuildSteps } from './site-build-steps.ts';
import { measureSearch, type QueryCost } from './search-timing.ts';


const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const timings: string[] = [];
let total = 0;
for (const { name, args } of siteBuildSteps(root, dist)) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env: buildEnv, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout + result.stderr);
    process.exit(1);
  }
  const seconds = (performance.now() - start) / 1000;
  total += seconds;
  timings.push(`${name} ${seconds.toFixed(1)} s`);
}

const htmlFiles = siteFiles(dist).filter((file) => file.endsWith('.html')).map((file) => join(dist, file));

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;
/** HTML, CSS and JS a browser fetches for a page before any interaction (search loads nothing until used). */
function pageWeight(htmlPath: string) {
  const html = readFileSync(htmlPath, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const sum = (urls: string[]) => urls.reduce((size, url) => size + gzipSize(join(dist, url)), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((size, match) => size + gzipSync(match[1]!).length, 0);
  return { html: gzipSize(htmlPath), css: sum(css), js: sum(js), inlineJs };
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The section page of a language that weighs most on arrival (gzip, all it fetches). */
function largestSection(lang: string): string {
  const sections = htmlFiles.filter((file) => new RegExp(`/${lang}/reports/[^/]+/[\\d-]+/index\\.html$`).test(file));
  // gzip only the largest few by raw size: the order by gzip size is nearly the same.
  const candidates = sections.sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 20);
  const inAll = (file: string) => Object.values(pageWeight(file)).slice(0, 3).reduce((sum, size) => sum + size, 0);
  return candidates.reduce((best, file) => (inAll(file) > inAll(best) ? file : best));
}
const largestZh = largestSection('zh');
const largestEn = largestSection('en');
const pages = {
  home: join(dist, 'zh', 'index.html'),
  report: join(dist, 'zh', 'reports', 'yongji-2021-five-year-plan', 'index.html'),
  [`largest section (${largestZh.slice(dist.length)})`]: largestZh,
  [`largest English section (${largestEn.slice(dist.length)})`]: largestEn,
};

console.log(`build: ${total.toFixed(1)} s (${timings.join(', ')}); ${htmlFiles.length} HTML pages`);
for (const [name, path] of Object.entries(pages)) {
  const weight = pageWeight(path);
  const all = weight.html + weight.css + weight.js;
  console.log(`${name}: ${kb(all)} gzip in all = HTML ${kb(weight.html)} + CSS ${kb(weight.css)} + JS ${kb(weight.js)} (of which inline JS ${kb(weight.inlineJs)} is inside the HTML); as the next page read, ${kb(weight.html)}`);
}

// Search cost: a reader opens the search page, types a query (cold: nothing loaded yet), then a second one (warm);
// the English page searches its own index and, for a Chinese query, the Chinese one too.
const [chinese, english] = await measureSearch(dist, [
  { lang: 'zh', queries: ['五抓一优一促', '招商引资'] },
  { lang: 'en', queries: ['营商环境'] },
]);
const cost = ({ ms, bytes }: QueryCost) => `${ms.toFixed(0)} ms, ${kb(bytes)} fetched`;
console.log(`search page before any query: ${kb(chinese!.pageBytes)} fetched (no index loaded)`);
console.log(`cold query 五抓一优一促: ${cost(chinese!.queries[0]!)}`);
console.log(`warm query 招商引资: ${cost(chinese!.queries[1]!)}`);
console.log(`cold Chinese query on the English page 营商环境: ${cost(english!.queries[0]!)}`);
