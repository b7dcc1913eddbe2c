import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, citableAnchors, citableIds, compareAnchorList, compareUrlList, movedPages, parseAnchorList, parseUrlList, publicUrls, siteFiles } from '../../scripts/site-audit.ts';
import { root } from '../helpers.ts';
import { temporaryFolder } from '../temporary.ts';

const site = inject('site');
const siteUrl = 'https://yuncheng-policy-atlas.org';

/** Writes a small site into a temporary folder (removed after the test): path → file content. */
function tinySite(files: Record<string, string>): string {
  const dir = temporaryFolder('tiny');
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
  // Whole-site walks: they grow with the corpus (about 10 s at 45 reports on 2 cores), so they get a generous limit.

  it('finds no broken internal link or anchor in the built site', { timeout: 60_000 }, () => {
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

describe('stable paragraph anchors', () => {
  const listed = parseAnchorList(readFileSync(join(root, 'public-anchors.txt'), 'utf8'));
  const paragraph = (id: string, zh: string, tip = '') =>
    `<div class="para" id="${id}"><p class="en-text" lang="en">English</p><p class="zh-text" lang="zh-CN">${zh}<span class="term-tip" role="tooltip">${tip}</span></p><span class="para-tools"><a href="#${id}">¶</a></span></div>`;

  it('reports an anchor that disappeared, one that now points at other text, and a new one; ignores translation, tooltips and tools', () => {
    const before = tinySite({ 'zh/r/1/index.html': page(`<main>${paragraph('p1', '第一段。', '旧释义')}${paragraph('p2', '第二段。')}</main>`) });
    const listedHere = citableAnchors(before);
    expect(listedHere.map((anchor) => anchor.url)).toEqual(['/zh/r/1/#p1', '/zh/r/1/#p2']);
    // p1 keeps its text (only the tooltip changed), p2 is gone and p3 is new; then the first paragraph is dropped, so p1 holds the old p2.
    const after = tinySite({ 'zh/r/1/index.html': page(`<main>${paragraph('p1', '第一段。', '新释义')}${paragraph('p3', '第三段。')}</main>`) });
    expect(compareAnchorList(listedHere, after)).toEqual({ disappeared: ['/zh/r/1/#p2'], changed: [], unlisted: [{ url: '/zh/r/1/#p3', fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) }] });
    const renumbered = tinySite({ 'zh/r/1/index.html': page(`<main>${paragraph('p1', '第二段。')}</main>`) });
    expect(compareAnchorList(listedHere, renumbered)).toEqual({ disappeared: ['/zh/r/1/#p2'], changed: ['/zh/r/1/#p1'], unlisted: [] });
  });

  it('looks for the anchors of a moved page on the page it moved to', () => {
    const before = tinySite({ 'zh/r/old/index.html': page(`<main>${paragraph('p1', '第一段。')}</main>`) });
    const after = tinySite({ 'zh/r/new/index.html': page(`<main>${paragraph('p1', '第一段。')}</main>`) });
    const listedHere = citableAnchors(before);
    expect(compareAnchorList(listedHere, after).disappeared).toEqual(['/zh/r/old/#p1']);
    expect(compareAnchorList(listedHere, after, new Map([['/zh/r/old/', '/zh/r/new/']]))).toEqual({ disappeared: [], changed: [], unlisted: [] });
  });

  it('keeps every citable anchor of public-anchors.txt, on the same Chinese text', () => {
    expect(listed.length).toBeGreaterThan(1000);
    const { disappeared, changed } = compareAnchorList(listed, site.dir, movedPages(root));
    expect({ disappeared, changed }).toEqual({ disappeared: [], changed: [] });
  });

  it('lists every citable anchor (npm run check:site -- --update-urls after a build)', () => {
    expect(compareAnchorList(listed, site.dir, movedPages(root)).unlisted).toEqual([]);
  });

  it('gives every English page the same citable anchors as its Chinese twin', { timeout: 60_000 }, () => {
    const differing = siteFiles(site.dir)
      .filter((file) => file.startsWith('zh/') && file.endsWith('.html') && existsSync(join(site.dir, file.replace(/^zh\//, 'en/'))))
      .filter((file) => citableIds(readFileSync(join(site.dir, file), 'utf8')).join() !== citableIds(readFileSync(join(site.dir, file.replace(/^zh\//, 'en/')), 'utf8')).join());
    expect(differing).toEqual([]);
  });
});
