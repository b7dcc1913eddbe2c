import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic } from '../scripts/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built site served on 127.0.0.1 and one Chromium page, opened before a file's tests and closed after them. */
export interface SiteBrowser {
  readonly browser: Browser;
  readonly page: Page;
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
}

/**
 * Serves the site the test run built (tests/global-build.ts), or the folder `dir` names once the file's `beforeAll`
 * hooks have run, and opens Debian's Chromium on it, with the page options given (a phone's viewport, touch). Call it
 * at the top of a describe block.
 */
export function siteBrowser(pageOptions: BrowserContextOptions = {}, dir: () => string = () => inject('site').dir): SiteBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Browser tests could not run: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium".`);
    server = await serveStatic(dir());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    page = await browser.newPage(pageOptions);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get page() {
      return page!;
    },
    get url() {
      return server!.url;
    },
  };
}
