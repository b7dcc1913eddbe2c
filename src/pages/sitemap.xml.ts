import type { APIRoute } from 'astro';
import { glossary, places, reports, targetFilters } from '../content.ts';
import { languageTags, locales } from '../i18n/index.ts';
import { facetValues } from '../lib/atlas-order.ts';
import { reportPages } from '../lib/report-view.ts';
import { adminLevelSchema } from '../schema/manifest.ts';
import { aboutPath, comparePath, dataPath, glossaryEntryPath, glossaryPath, homePath, placePath, placesPath, reportsFacetPath, reportsIndexPath, searchPath, switchLocale, targetsPath } from '../lib/urls.ts';

/** `/sitemap.xml`: every page in both languages, each with its `hreflang` alternates. */
export const GET: APIRoute = ({ site }) => {
  const paths = [
    homePath('zh'),
    searchPath('zh'),
    aboutPath('zh'),
    dataPath('zh'),
    glossaryPath('zh'),
    placesPath('zh'),
    comparePath('zh'),
    reportsIndexPath('zh'),
    ...facetValues(reports, places, adminLevelSchema.options).map((value) => reportsFacetPath('zh', value.facet, value.value)),
    ...places.places.map((place) => placePath('zh', place.id)),
    ...glossary.entries.map((entry) => glossaryEntryPath('zh', entry.slug)),
    ...reports.flatMap((document) => reportPages(document, 'zh').map((page) => page.path)),
    targetsPath('zh'),
    ...targetFilters.map((filter) => targetsPath('zh', filter)),
  ];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries = paths.flatMap((path) =>
    locales.map((locale) => {
      const alternates = locales.map((alternate) => `<xhtml:link rel="alternate" hreflang="${languageTags[alternate]}" href="${escape(new URL(switchLocale(path, alternate), site).href)}"/>`).join('');
      return `<url><loc>${escape(new URL(switchLocale(path, locale), site).href)}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
