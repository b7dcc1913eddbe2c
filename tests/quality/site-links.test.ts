import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, compareUrlList, parseUrlList, publicUrls } from '../../scripts/site-audit.ts';
import { root } from '../helpers.ts';

const site = inject('site');
const siteUrl = 'https://yuncheng-policy-atlas.org';

/** Writes a small site into a temporary folder: path → file content. */
function tinySite(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-tiny-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`;

describe('link checker', () => {
  it('finds a missing page, a missing file and a missing anchor, and accepts what resolves', () => {
    const dir = tinySite({
      'index.html': page(
        '<a href="/zh/">ok</a><a href="zh/#p1">ok anchor</a><a href="/zh/#p9">bad anchor</a><a href="/gone/">gone</a>' +
          '<img src="/a.png" alt=""><a href="https://example.org/">external</a><form action="/zh/search/"></form>',
      ),
      'zh/index.html': page('<p id="p1">x</p><a href="#top">top</a><a href="https://yuncheng-policy-atlas.org/zh/#p1">canonical</a>'),
    });
    const report = checkLinks(dir, siteUrl);
    expect(report.broken).toEqual([
      { page: '/', target: '/zh/#p9', reason: 'missing anchor' },
      { page: '/', target: '/gone/', reason: 'missing page or file' },
      { page: '/', target: '/a.png', reason: 'missing page or file' },
      { page: '/', target: '/zh/search/', reason: 'missing page or file' },
    ]);
    expect(report.checked).toBe(8);
  });

  it('finds no broken internal link or anchor in the built site', () => {
    const report = checkLinks(site.dir, siteUrl);
    expect(report.broken).toEqual([]);
    // Paragraph permalinks, tables of contents and breadcrumbs: the site links itself thousands of times.
    expect(report.anchors).toBeGreaterThan(1000);
  });
});

describe('stable URLs', () => {
  const listed = parseUrlList(readFileSync(join(root, 'public-urls.txt'), 'utf8'));

  it('reports a listed URL that disappeared and a built URL that is not listed', () => {
    const dir = tinySite({ 'index.html': page(''), 'zh/index.html': page(''), 'data/a.json': '{}', '_astro/x.css': '' });
    expect(publicUrls(dir)).toEqual(['/', '/data/a.json', '/zh/']);
    expect(compareUrlList(['/', '/en/', '/data/a.json'], dir)).toEqual({ disappeared: ['/en/'], unlisted: ['/zh/'] });
  });

  it('keeps every URL of public-urls.txt (restore it or add a redirect)', () => {
    expect(listed.length).toBeGreaterThan(500);
    expect(compareUrlList(listed, site.dir).disappeared).toEqual([]);
  });

  it('lists every URL the site publishes (npm run check:site -- --update-urls after a build)', () => {
    expect(compareUrlList(listed, site.dir).unlisted).toEqual([]);
  });
});
