import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/scripts/static-server.ts';
const server = await serveStatic('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}/en/search/`);
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js' as any); await pf.init();
  const r = await pf.search('"xinjiang county"');
  const d = await Promise.all(r.results.slice(0, 6).map(async (x: any) => { const data = await x.data(); return { keys: Object.keys(x), words: x.words, score: x.score, url: data.url, locs: data.locations, wc: data.word_count, hasIt: /xinjiang county/i.test(data.meta.text) }; }));
  return d;
});
console.log(JSON.stringify(out));
await browser.close(); await server.close();
