import type { Locale } from '../i18n/index.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ReportDocument } from '../schema/report.ts';
import type { GlossaryIndex } from './glossary.ts';
import type { Occurrence } from './term-matching.ts';
import { pagesOf } from './paging.ts';
import { reportPath, sectionPath } from './urls.ts';

/** Occurrences of one term grouped by place, then report, with counts and paragraph links. */
export interface OccurrenceGroup {
  place: ReportDocument['report']['place'];
  reports: {
    document: ReportDocument;
    total: number;
    places: {
      href: string;
      /** The same page, the term marked on arrival (`?pagefind-highlight=`, read by the page's highlighter). */
      markedHref: string;
      section: string | null;
      anchor: string | null;
      count: number;
      /** Each use as its sentence, the term apart for marking. */
      lines: ConcordanceLine[];
    }[];
  }[];
}

/** A use of a term as a concordance shows it: the sentence around it, and the term as printed. */
export interface ConcordanceLine {
  before: string;
  term: string;
  after: string;
}

const SENTENCE_END = /[。；！？!?;\n]/u;

/**
 * The sentence of `text` that holds the span, cut to `radius` characters on either side of the term (an ellipsis
 * says where it was cut). Sentences end at 。；！？ or a line break; the text itself is never changed.
 * @example concordanceLine('一是抓招商。二是“五抓一优一促”落实。三是', [9, 15]) // => { before: '二是“', term: '五抓一优一促', after: '”落实。' }
 */
export function concordanceLine(text: string, [start, end]: [number, number], radius = 40): ConcordanceLine {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  const before = start - from > radius ? `…${text.slice(start - radius, start)}` : text.slice(from, start);
  const after = to - end > radius ? `${text.slice(end, end + radius)}…` : text.slice(end, to);
  return { before: before.replace(/^\s+/, ''), term: text.slice(start, end), after: after.replace(/\s+$/, '') };
}

/**
 * A term's uses grouped by place, then report (oldest first as given), each with its sentences. `unitText` gives the
 * text an occurrence's spans refer to (the paragraph, list or heading).
 */
export function groupOccurrences(occurrences: Occurrence[], documents: ReportDocument[], locale: Locale, unitText: (occurrence: Occurrence) => string): OccurrenceGroup[] {
  // Grouped once, not filtered per report: the cost stays linear in reports and occurrences (issue 19).
  const byReport = Map.groupBy(occurrences, (occurrence) => occurrence.report);
  const groupOfPlace = new Map<string, OccurrenceGroup>();
  const groups: OccurrenceGroup[] = [];
  for (const document of documents) {
    const own = byReport.get(document.report.id) ?? [];
    if (own.length === 0) continue;
    let group = groupOfPlace.get(document.report.place.id);
    if (!group) {
      group = { place: document.report.place, reports: [] };
      groupOfPlace.set(document.report.place.id, group);
      groups.push(group);
    }
    group.reports.push({
      document,
      total: own.reduce((sum, occurrence) => sum + occurrence.count, 0),
      places: own.map((occurrence) => {
        const base = occurrence.section === null ? reportPath(locale, document.report.id) : sectionPath(locale, document.report.id, occurrence.section);
        const hash = occurrence.anchor ? `#${occurrence.anchor}` : '';
        const text = unitText(occurrence);
        const lines = occurrence.spans.map((span) => concordanceLine(text, span));
        // The highlighter marks the words of its query: the term as printed here (a form or alias).
        const term = lines[0]?.term ?? '';
        return { href: `${base}${hash}`, markedHref: `${base}?pagefind-highlight=${encodeURIComponent(term)}${hash}`, section: occurrence.section, anchor: occurrence.anchor, count: occurrence.count, lines };
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

/**
 * Places of use an entry's page lists at most: the rest go to further pages (`/glossary/<slug>/uses/<n>/`), so a term
 * used everywhere (十四五: 180 places in 45 reports, thousands in a national corpus) keeps pages of about 50 KB.
 */
export const USES_PER_PAGE = 100;

/** The groups cut into pages of at most `limit` places of use (a report's places stay together), regrouped by place. */
export function occurrencePages(groups: OccurrenceGroup[], limit = USES_PER_PAGE): OccurrenceGroup[][] {
  const items = groups.flatMap((group) => group.reports.map((report) => ({ place: group.place, report })));
  return pagesOf(items, (item) => item.report.places.length, limit).map((page) => {
    const regrouped: OccurrenceGroup[] = [];
    for (const { place, report } of page) {
      const last = regrouped.at(-1);
      if (last && last.place.id === place.id) last.reports.push(report);
      else regrouped.push({ place, reports: [report] });
    }
    return regrouped;
  });
}
