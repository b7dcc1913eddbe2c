import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { siteBrowser, type SiteBrowser } from '../browser.ts';
import { manifest, root } from '../helpers.ts';
import { temporaryFolder } from '../temporary.ts';

/**
 * The search index in shards (issue 19), at small scale: the atlas's reports cut into two shards, each built on its
 * own as on two machines (each into a site folder of its own), their folders copied into one site, the merge step
 * run there, and the site searched as one. It must find what the single index of the same content finds.
 */
const site = inject('site');
const half = Math.ceil(manifest.reports.length / 2);
const secondHalf = manifest.reports.map((entry) => entry.id).sort().slice(half);
const buildSearch = (args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-search.ts'), '--reports-per-shard', String(half), ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-search ${args.join(' ')}: ${result.stderr}`);
};

describe('a search index in two shards built apart', { timeout: 60_000 }, () => {
  const merged = temporaryFolder('shards-site');
  const machines = [temporaryFolder('shard-1'), temporaryFolder('shard-2')];
  beforeAll(() => {
    cpSync(site.dir, merged, { recursive: true });
    rmSync(join(merged, 'pagefind'), { recursive: true });
    machines.forEach((machine, index) => {
      buildSearch(['--site', machine, '--shard', String(index + 1)]);
      const folder = index === 0 ? 'pagefind' : 'pagefind-2';
      cpSync(join(machine, folder), join(merged, folder), { recursive: true });
    });
    buildSearch(['--site', merged, '--merge']);
  }, 240_000);
  const sharded = siteBrowser({}, () => merged);
  const single = siteBrowser();

  /** The status line and every result link of a search. */
  async function results(chrome: SiteBrowser, lang: 'zh' | 'en', query: string): Promise<{ status: string; urls: string[]; shardRequests: number }> {
    let shardRequests = 0;
    const count = (request: { url: () => string }) => void (shardRequests += request.url().includes('/pagefind-2/') ? 1 : 0);
    chrome.page.on('request', count);
    await chrome.page.goto(`${chrome.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await chrome.page.waitForFunction((text) => { const status = document.querySelector('#search-status')?.textContent ?? ''; return status !== '' && status !== text; }, { zh, en }[lang]['search.searching']);
    const more = chrome.page.locator('#search-more');
    while (await more.isVisible()) {
      const before = await chrome.page.locator('.search-hit').count();
      await more.click();
      await chrome.page.waitForFunction((shown) => document.querySelectorAll('.search-hit').length > shown || (document.querySelector('#search-more') as HTMLElement).hidden, before);
    }
    const urls = await chrome.page.locator('.search-hit a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    chrome.page.off('request', count);
    return { status: (await chrome.page.locator('#search-status').textContent()) ?? '', urls, shardRequests };
  }

  it('names its second shard for the search page to merge', () => {
    expect(JSON.parse(readFileSync(join(merged, 'search', 'lexicon.json'), 'utf8')).shards).toEqual(['/pagefind-2/']);
    expect(JSON.parse(readFileSync(join(site.dir, 'search', 'lexicon.json'), 'utf8')).shards).toEqual([]);
  });

  it('offers the same filter choices as the single index, gathered from both shards', () => {
    const filters = (dir: string) => JSON.parse(readFileSync(join(dir, 'search', 'lexicon.json'), 'utf8')).filters;
    expect(filters(merged)['zh-cn'].place.length).toBeGreaterThan(1);
    expect(filters(merged)).toEqual(filters(site.dir));
  });

  it('finds, counts and lists what the single index finds, from both shards', async () => {
    for (const [lang, query] of [['zh', '五抓一优一促'], ['zh', '营商环境'], ['zh', '县'], ['en', 'Four Good Rural Roads']] as const) {
      const [fromShards, fromOne] = [await results(sharded, lang, query), await results(single, lang, query)];
      // Fetched from the second shard (on the first search: later pages may reuse what Pagefind's worker loaded) …
      if (query === '五抓一优一促') expect(fromShards.shardRequests, query).toBeGreaterThan(0);
      // … and found there: a report of the second half.
      expect(fromShards.urls.some((url) => secondHalf.some((id) => url.includes(`/reports/${id}/`))), query).toBe(true);
      expect(fromShards.status, query).toBe(fromOne.status);
      expect(fromShards.urls.length, query).toBeGreaterThan(0);
      expect(new Set(fromShards.urls), query).toEqual(new Set(fromOne.urls));
    }
  });
});
