import { locales, type Locale, type Translate } from '../i18n/index.ts';
import type { ManifestEntry } from '../schema/manifest.ts';
import type { CorrectionsFile } from '../schema/sources.ts';
import { dayStart, latest, type AtomEntry } from './atom-feed.ts';
import { reportPath } from './urls.ts';

/** What a feed entry needs to know of a report: its manifest metadata. */
export type FeedReport = Pick<ManifestEntry, 'id' | 'title' | 'place' | 'year' | 'date' | 'kind'>;

/** The later changes to reports, each an ISO date: the corrections list, and when each English translation was made. */
export interface ReportChanges {
  corrections: CorrectionsFile['corrections'];
  /** The date of a report's English translation (`content/translations/<id>.json`), if it has one. */
  translatedOn: (reportId: string) => string | undefined;
}

/**
 * The two dates of a report's entry in one language's feed.
 *
 * Neither the manifest nor the provenance records when a report was added to the site, so `published` is the
 * report's own date (the day it was delivered; the first of the month or year where only those are known). A build
 * must not date anything by the clock: two builds of the same sources give the same files (a test compares them).
 * `updated` is the latest of that date, the corrections made to the report (except those whose page is in the other
 * language: a fix to the English did not change the Chinese), and, in English only, the day its translation was made,
 * since that is when its English pages changed.
 */
export function reportFeedDates(report: FeedReport, locale: Locale, changes: ReportChanges): { published: string; updated: string } {
  const published = dayStart(report.date ?? String(report.year));
  const corrected = changes.corrections
    .filter((correction) => correction.report === report.id && !locales.some((other) => other !== locale && correction.where.startsWith(`/${other}/`)))
    .map((correction) => dayStart(correction.date));
  const translated = locale === 'en' ? changes.translatedOn(report.id) : undefined;
  return { published, updated: latest([published, ...corrected, ...(translated === undefined ? [] : [dayStart(translated)])]) };
}

/**
 * One language's feed entries, newest change first (then newest report, then by id, so the order is total).
 * Every entry is identified by the absolute URL of the report's page in that language: the two languages' entries
 * are different documents, and a reader subscribed to both should show both.
 */
export function reportFeedEntries(reports: readonly FeedReport[], locale: Locale, site: URL, t: Translate, changes: ReportChanges): AtomEntry[] {
  return reports
    .map((report) => {
      const url = new URL(reportPath(locale, report.id), site).href;
      return {
        id: url,
        title: report.title[locale],
        link: url,
        ...reportFeedDates(report, locale, changes),
        author: report.place[locale],
        summary: t('feed.summary', { place: report.place[locale], year: report.year, kind: t(`kind.${report.kind}`) }),
      };
    })
    .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || Date.parse(b.published) - Date.parse(a.published) || a.id.localeCompare(b.id));
}
