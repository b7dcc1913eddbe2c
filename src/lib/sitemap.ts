/**
 * The sitemap's files. The sitemaps protocol allows 50,000 URLs (and 50 MB) per file: up to that, `/sitemap.xml` lists
 * every page; beyond it, `/sitemap.xml` becomes a sitemap index naming `/sitemaps/<n>.xml`, each with at most the
 * limit, so a corpus of thousands of reports stays within what search engines read.
 */

import { languageTags, locales } from '../i18n/index.ts';
import { switchLocale } from './urls.ts';

/** URLs per sitemap file: the protocol's limit. */
export const SITEMAP_URL_LIMIT = 50_000;

/** One `<url>` of a sitemap: the page's address and its language alternates (hreflang → address). */
export interface SitemapUrl {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The URLs cut into files of at most `limit` each (one file for an empty list). */
export function sitemapFiles(urls: SitemapUrl[], limit = SITEMAP_URL_LIMIT): SitemapUrl[][] {
  if (urls.length === 0) return [[]];
  return Array.from({ length: Math.ceil(urls.length / limit) }, (_, index) => urls.slice(index * limit, (index + 1) * limit));
}

/** The path of the n-th (from 1) file of a sitemap that needs an index. */
export const sitemapFilePath = (n: number) => `/sitemaps/${n}.xml`;

/** A `<urlset>` of the URLs, each with its `xhtml:link` alternates. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const entries = urls.map(({ loc, alternates }) => `<url><loc>${escape(loc)}</loc>${alternates.map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escape(href)}"/>`).join('')}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` naming the files. */
export function sitemapIndexXml(locs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`;
}

/** Every page (given by its Chinese path) in both languages, each with its `hreflang` alternates. */
export function sitemapUrls(chinesePaths: string[], site: URL): SitemapUrl[] {
  return chinesePaths.flatMap((path) => {
    const alternates = locales.map((alternate) => ({ hreflang: languageTags[alternate], href: new URL(switchLocale(path, alternate), site).href }));
    return locales.map((locale) => ({ loc: new URL(switchLocale(path, locale), site).href, alternates }));
  });
}
