import type { APIRoute } from 'astro';
import { pagePaths } from '../content.ts';
import { sitemapFilePath, sitemapFiles, sitemapIndexXml, sitemapUrls, urlsetXml } from '../lib/sitemap.ts';

/** `/sitemap.xml`: every page in both languages, or, past the protocol's limit, the index of `/sitemaps/<n>.xml`. */
export const GET: APIRoute = ({ site }) => {
  const files = sitemapFiles(sitemapUrls(pagePaths(), site!));
  const xml = files.length === 1 ? urlsetXml(files[0]!) : sitemapIndexXml(files.map((_, index) => new URL(sitemapFilePath(index + 1), site).href));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
