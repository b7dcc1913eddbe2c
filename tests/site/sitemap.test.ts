import { describe, expect, it } from 'vitest';
import { SITEMAP_URL_LIMIT, sitemapFilePath, sitemapFiles, sitemapIndexXml, sitemapUrls, urlsetXml } from '../../src/lib/sitemap.ts';

describe('sitemap files', () => {
  const site = new URL('https://example.org');
  const urls = sitemapUrls(['/zh/', '/zh/places/yuncheng/', '/zh/glossary/san-hua-san-zhi/', '/zh/search/'], site);

  it('list every page in both languages, each with both alternates', () => {
    expect(urls.map((url) => url.loc)).toContain('https://example.org/en/places/yuncheng/');
    expect(urls).toHaveLength(8);
    expect(urls[0]!.alternates.map((alternate) => alternate.href)).toEqual(['https://example.org/zh/', 'https://example.org/en/']);
  });

  it('stay one file up to the protocol limit, and past it split into files of at most the limit', () => {
    expect(SITEMAP_URL_LIMIT).toBe(50_000);
    expect(sitemapFiles(urls)).toEqual([urls]);
    const split = sitemapFiles(urls, 3);
    expect(split.map((file) => file.length)).toEqual([3, 3, 2]);
    expect(split.flat()).toEqual(urls);
  });

  it('write a urlset with alternates and an index naming the files, escaped', () => {
    const xml = urlsetXml([{ loc: 'https://example.org/a?b&c', alternates: [{ hreflang: 'zh-CN', href: 'https://example.org/zh/' }] }]);
    expect(xml).toContain('<loc>https://example.org/a?b&amp;c</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/"/>');
    const index = sitemapIndexXml([new URL(sitemapFilePath(1), site).href, new URL(sitemapFilePath(2), site).href]);
    expect(index).toContain('<sitemapindex');
    expect(index.match(/<sitemap><loc>https:\/\/example\.org\/sitemaps\/\d\.xml<\/loc><\/sitemap>/g)).toHaveLength(2);
  });
});
