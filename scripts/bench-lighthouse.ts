/**
 * `npm run bench:lighthouse -- [dist] [--lang zh|en]`: Lighthouse (mobile profile: emulated phone, simulated slow 4G
 * and CPU throttling) on one page of every page type in both languages, served from dist/ with gzip as a public host
 * would. Prints the four category scores per page and every audit that kept a score below 100, and writes the full
 * reports to artifacts/lighthouse/. A benchmark, not a test: it prints figures and asserts nothing (target: 100 on
 * each category; scores move a little between runs because performance is simulated from a real load).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { PAGE_TYPES, pageTypeUrl } from './page-types.ts';
import { serveStatic } from './static-server.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const dist = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--lang') ?? join(root, 'dist');
const langs = args.includes('--lang') ? [args[args.indexOf('--lang') + 1] ?? ''] : ['zh', 'en'];
if (!langs.every((lang) => lang === 'zh' || lang === 'en')) {
  console.error(`--lang takes zh or en, not "${langs.join()}"`);
  process.exit(1);
}
const outDir = join(root, 'artifacts', 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(dist, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Headless and off the network, like the browser tests.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// Playwright on the same browser only to set the parallel reading preference before that page type is measured.
const control = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);

const rows: string[] = [];
const shortfalls: string[] = [];
const totals = Object.fromEntries(CATEGORIES.map((category) => [category, [] as number[]]));
try {
  for (const lang of langs) {
    for (const type of PAGE_TYPES) {
      // The 404 page speaks both languages: one run.
      if (type.name === '404' && lang !== langs[0]) continue;
      // Lighthouse refuses to audit a page served with status 404, so the 404 page is measured at its file's own URL.
      const url = type.name === '404' ? `${server.url}/404.html` : pageTypeUrl(server.url, lang, type);
      if (type.parallel) {
        const page = await control.contexts()[0]!.newPage();
        await page.goto(`${server.url}/${lang}/`);
        await page.evaluate(() => localStorage.setItem('atlas-parallel', '1'));
        await page.close();
      }
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // Keeps the preference set above; every other page type starts from empty storage.
        disableStorageReset: type.parallel === true,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      writeFileSync(join(outDir, `${lang}-${type.name.replaceAll(' ', '-')}.json`), JSON.stringify(lhr));
      const scores = CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
      scores.forEach((score, index) => totals[CATEGORIES[index]!]!.push(score));
      rows.push(`${lang}  ${type.name.padEnd(20)} ${scores.map((score) => String(score).padStart(5)).join(' ')}   LCP ${lhr.audits['largest-contentful-paint']?.displayValue ?? '?'}, TBT ${lhr.audits['total-blocking-time']?.displayValue ?? '?'}, CLS ${lhr.audits['cumulative-layout-shift']?.displayValue ?? '?'}`);
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            shortfalls.push(`${lang} ${type.name}: ${category}: ${ref.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`.trim());
          }
        }
      }
    }
  }
} finally {
  await control.close().catch(() => {});
  chrome.kill();
  await server.close();
}

console.log(`Lighthouse mobile profile, ${rows.length} pages           perf  a11y  best   seo`);
for (const row of rows) console.log(row);
console.log(`lowest                         ${CATEGORIES.map((category) => String(Math.min(...totals[category]!)).padStart(5)).join(' ')}`);
console.log(shortfalls.length === 0 ? 'Every weighted audit passed.' : `Weighted audits below 100:\n${shortfalls.map((line) => `  ${line}`).join('\n')}`);
console.log(`Full reports: ${outDir}`);
