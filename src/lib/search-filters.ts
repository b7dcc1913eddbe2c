import type { Locale } from '../i18n/index.ts';
import { useTranslations } from '../i18n/index.ts';
import type { ReportDocument } from '../schema/report.ts';

/** Pagefind filters of every page of a report, in the page's language: place, year, kind of document. */
export function searchFilters(document: ReportDocument, locale: Locale): Record<string, string> {
  const t = useTranslations(locale);
  const { report } = document;
  return { place: report.place[locale], year: String(report.year), kind: t(`kind.${report.kind}`) };
}
