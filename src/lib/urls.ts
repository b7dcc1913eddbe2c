import type { Locale } from '../i18n/index.ts';

/** Every internal URL is built here, so links and pages cannot drift apart. All end in a slash. */
export const homePath = (locale: Locale) => `/${locale}/`;
export const reportPath = (locale: Locale, reportId: string) => `/${locale}/reports/${reportId}/`;
/** The reports index, and the index narrowed to one place, level or year (a static page per value). */
export const reportsIndexPath = (locale: Locale) => `/${locale}/reports/`;
export const reportsFacetPath = (locale: Locale, facet: 'place' | 'level' | 'year', value: string) => `/${locale}/reports/by/${facet}/${value}/`;
export const sectionPath = (locale: Locale, reportId: string, sectionId: string) => `/${locale}/reports/${reportId}/${sectionId}/`;
export const searchPath = (locale: Locale) => `/${locale}/search/`;
/** Where each language's Atom feed of added and updated reports is published. */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`;
export const aboutPath = (locale: Locale) => `/${locale}/about/`;
/** The open data page, and its further pages once the reports' files take more than one. */
export const dataPath = (locale: Locale, page = 1) => `/${locale}/data/${page > 1 ? `page/${page}/` : ''}`;

/** The same page in another language: swaps the locale segment of a site path. */
export function switchLocale(path: string, locale: Locale): string {
  return path.replace(/^\/(zh|en)(?=\/)/, `/${locale}`);
}
export const glossaryPath = (locale: Locale) => `/${locale}/glossary/`;
export const glossaryEntryPath = (locale: Locale, slug: string) => `/${locale}/glossary/${slug}/`;
/** The n-th page (from 1) of an entry's places of use: the first is the entry's own page. */
export const glossaryUsesPath = (locale: Locale, slug: string, page: number) => (page === 1 ? glossaryEntryPath(locale, slug) : `/${locale}/glossary/${slug}/uses/${page}/`);
export const placesPath = (locale: Locale) => `/${locale}/places/`;
export const placePath = (locale: Locale, placeId: string) => `/${locale}/places/${placeId}/`;
/** The compare page, or its page for one year once it is split by year (see `compare-view.ts`). */
export const comparePath = (locale: Locale, year?: number) => (year === undefined ? `/${locale}/compare/` : `/${locale}/compare/${year}/`);
/**
 * The targets tracker, whole or filtered by one place, indicator or year, and its further pages:
 * `/en/targets/`, `/en/targets/place/yongji/`, `/en/targets/year/2021/page/2/`.
 */
export const targetsPath = (locale: Locale, filter?: { by: 'place' | 'indicator' | 'year'; value: string | number }, page = 1) =>
  `/${locale}/targets/${filter ? `${filter.by}/${filter.value}/` : ''}${page > 1 ? `page/${page}/` : ''}`;
