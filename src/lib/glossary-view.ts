import type { Locale } from '../i18n/index.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ReportDocument } from '../schema/report.ts';
import type { GlossaryIndex } from './glossary.ts';
import type { Occurrence } from './term-matching.ts';
import { reportPath, sectionPath } from './urls.ts';

/** Occurrences of one term grouped by place, then report, with counts and paragraph links. */
export interface OccurrenceGroup {
  place: ReportDocument['report']['place'];
  reports: {
    document: ReportDocument;
    total: number;
    places: { href: string; section: string | null; anchor: string | null; count: number }[];
  }[];
}

export function groupOccurrences(occurrences: Occurrence[], documents: ReportDocument[], locale: Locale): OccurrenceGroup[] {
  const groups: OccurrenceGroup[] = [];
  for (const document of documents) {
    const own = occurrences.filter((occurrence) => occurrence.report === document.report.id);
    if (own.length === 0) continue;
    let group = groups.find((candidate) => candidate.place.id === document.report.place.id);
    if (!group) groups.push((group = { place: document.report.place, reports: [] }));
    group.reports.push({
      document,
      total: own.reduce((sum, occurrence) => sum + occurrence.count, 0),
      places: own.map((occurrence) => {
        const base = occurrence.section === null ? reportPath(locale, document.report.id) : sectionPath(locale, document.report.id, occurrence.section);
        return { href: occurrence.anchor ? `${base}#${occurrence.anchor}` : base, section: occurrence.section, anchor: occurrence.anchor, count: occurrence.count };
      }),
    });
  }
  return groups;
}

/** The entries a report uses, in glossary order. */
export function termsOfReport(glossary: GlossaryIndex, reportId: string): GlossaryEntry[] {
  return glossary.entries.filter((entry) => glossary.occurrences.get(entry.slug)!.some((occurrence) => occurrence.report === reportId));
}

/** Pinyin without tone marks and spaces, for filtering by what a reader types (`wuzhua`, `wu zhua`). */
export function plainPinyin(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v').toLowerCase();
}

/** Other entries printed with the same words (homonyms), which link to each other. */
export function homonymsOf(entry: GlossaryEntry, entries: GlossaryEntry[]): GlossaryEntry[] {
  return entries.filter((other) => other.slug !== entry.slug && other.term === entry.term);
}
