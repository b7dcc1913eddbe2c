import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapFiles, sitemapUrls, urlsetXml } from '../../lib/sitemap.ts';
import { pagePaths } from '../../content.ts';

/** `/sitemaps/<n>.xml`: the n-th file of a sitemap past the protocol's limit (none while one file holds every page). */
export const getStaticPaths = (() => {
  const files = sitemapFiles(sitemapUrls(pagePaths(), new URL(import.meta.env.SITE)));
  return files.length === 1 ? [] : files.map((urls, index) => ({ params: { n: String(index + 1) }, props: { urls } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(urlsetXml(props.urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
