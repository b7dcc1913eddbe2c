/**
 * `npm run screenshots -- [dist] [out]`: a full-page screenshot of every page type in both languages, at phone
 * (390 px) and desktop (1280 px) width, into `artifacts/screenshots/` (CI keeps the folder). For reviewing layout by
 * eye after a change; it asserts nothing. Needs Debian's Chromium (or CHROMIUM_PATH).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PAGE_TYPES, pageTypeUrl } from './page-types.ts';
import { serveStatic } from './static-server.ts';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] ?? join(root, 'dist');
const out = process.argv[3] ?? join(root, 'artifacts', 'screenshots');
const WIDTHS = { phone: 390, desktop: 1280 };

mkdirSync(out, { recursive: true });
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let count = 0;
try {
  for (const [device, width] of Object.entries(WIDTHS)) {
    for (const lang of ['zh', 'en']) {
      for (const type of PAGE_TYPES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        if (type.parallel) await page.addInitScript(() => localStorage.setItem('atlas-parallel', '1'));
        await page.goto(pageTypeUrl(server.url, lang, type));
        if (type.click) await page.locator(type.click).first().click();
        if (type.waitFor) await page.locator(type.waitFor).first().waitFor({ timeout: 15_000 });
        await page.screenshot({ path: join(out, `${lang}-${type.name.replaceAll(' ', '-')}-${device}.png`), fullPage: true });
        await context.close();
        count += 1;
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${out}`);
