import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditPagePolicy } from '../../scripts/csp-audit.ts';
import { checkLinks, compareUrlList } from '../../scripts/site-audit.ts';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { redirectsFileSchema } from '../../src/schema/redirects.ts';
import { root } from '../helpers.ts';
import { copyProject } from './project-copy.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const messages = (value: unknown) => {
  const result = redirectsFileSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('redirects for moved pages', () => {
  it('rejects a list that would not work, with a readable reason', () => {
    const good = { from: '/zh/old/', to: '/zh/about/', reason: 'renamed' };
    expect(messages({ redirects: [good] })).toEqual([]);
    expect(messages({ redirects: [{ ...good, from: 'zh/old' }] })).toEqual(['must be a page path such as "/zh/reports/x/3-2/": starting and ending with "/", without "?", "#" or spaces']);
    expect(messages({ redirects: [{ ...good, to: '/zh/old/' }] })).toEqual(['a page cannot redirect to itself']);
    expect(messages({ redirects: [{ ...good, from: '/' }] })).toEqual(['the root page cannot move']);
    expect(messages({ redirects: [good, good] })).toEqual(['each old address may appear once']);
    expect(messages({ redirects: [good, { from: '/zh/older/', to: '/zh/old/', reason: 'renamed twice' }] })).toEqual(['a redirect may not lead to another redirect']);
  });

  it('keeps a moved URL working as a valid, policy-covered page that forwards with the paragraph anchor, with or without scripts', { timeout: 180_000 }, async () => {
    const from = '/zh/reports/yanhu-2022-work-report/old-section/';
    const to = '/zh/reports/yanhu-2022-work-report/2-3/';
    const copy = copyProject('redirect');
    writeFileSync(join(copy, 'content', 'redirects.json'), JSON.stringify({ redirects: [{ from, to, reason: 'a test of the forwarding page' }] }));
    const dist = join(copy, 'dist');
    for (const { args } of siteBuildSteps(copy, dist)) {
      const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: buildEnv });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }

    const file = join(dist, from, 'index.html');
    expect(existsSync(file)).toBe(true);
    expect(compareUrlList([from, to], dist).disappeared).toEqual([]);
    expect(checkLinks(dist, 'https://yuncheng-policy-atlas.org').broken).toEqual([]);
    const html = readFileSync(file, 'utf8');
    expect(auditPagePolicy(html)).toEqual([]);
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
    const report = await validator.validateString(html, file);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}: ${message.message}`))).toEqual([]);
    // Not in the sitemap: only the page it points to is.
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('old-section');

    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it with "apt-get install chromium"`);
    const server = await serveStatic(dist);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${server.url}${from}#p2`);
        // With scripts the anchor comes along; a meta refresh (no scripts) can only reach the page.
        await page.waitForURL(`${server.url}${to}${javaScriptEnabled ? '#p2' : ''}`);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
