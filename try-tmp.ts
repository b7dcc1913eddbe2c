import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/scripts/static-server.ts';
const server = await serveStatic('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}/${process.env.L ?? 'en'}/search/`);
await page.waitForFunction(() => 'atlasSearch' in window);
for (const q of process.argv.slice(2)) {
  const urls = await page.evaluate(async (text) => (window as any).atlasSearch(text, { filters: {}, sort: 'relevance' }, 12), q);
  console.log(q, urls);
}
await browser.close(); await server.close();
