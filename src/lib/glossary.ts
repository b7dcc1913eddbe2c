import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ReportDocument } from '../schema/report.ts';
import { findOccurrences, findTerms, inScope, type Occurrence, type TermPattern, type TermSpan } from './term-matching.ts';

/** The matcher's view of an entry: the term and its aliases, how to match them, where the meaning applies. */
export function toPattern(entry: GlossaryEntry): TermPattern {
  return { slug: entry.slug, forms: [entry.term, ...entry.aliases.map((alias) => alias.form)], match: entry.match, scope: entry.scope };
}

/** A resolved definition, ready to show: where it comes from and its text. */
export type ResolvedDefinition =
  | { source: 'note'; report: string; note: number; label: string; text: string }
  | { source: 'body'; report: string; section: string; paragraph: string; quote: string }
  | { source: 'editorial'; zh: string; en: string };

export interface GlossaryIndex {
  entries: GlossaryEntry[];
  /** Occurrences per entry slug, in report order. */
  occurrences: Map<string, Occurrence[]>;
  /** Definitions per slug with the note texts read from the parsed reports. */
  definitions: Map<string, ResolvedDefinition[]>;
  /** The report (by date) where each term first appears, if it appears at all. */
  firstAppearance: Map<string, ReportDocument | null>;
  /** Place ids that use each term. */
  places: Map<string, string[]>;
}

/** Sort key for reports by date, oldest first (year when the date is not stated). */
const reportDate = (document: ReportDocument) => document.report.date ?? `${document.report.year}`;

/**
 * Everything the glossary pages need, computed once from the entries and the parsed reports.
 * Throws when an entry cites a note or paragraph that does not exist, so a broken source never reaches a page.
 */
export function buildGlossaryIndex(entries: GlossaryEntry[], documents: ReportDocument[]): GlossaryIndex {
  const patterns = entries.map(toPattern);
  const byDate = [...documents].sort((a, b) => reportDate(a).localeCompare(reportDate(b)));
  const all = byDate.flatMap((document) => findOccurrences(document.report.id, document.tree, patterns));
  // Lookups by id and slug through maps: a `find` per occurrence grows with reports × occurrences (issue 19).
  const bySlug = Map.groupBy(all, (occurrence) => occurrence.slug);
  const occurrences = new Map(entries.map((entry) => [entry.slug, bySlug.get(entry.slug) ?? []]));
  const documentOf = new Map(documents.map((document) => [document.report.id, document]));
  const definitions = new Map(
    entries.map((entry) => [
      entry.slug,
      entry.definitions.map((definition): ResolvedDefinition => {
        if (definition.source !== 'note') return definition;
        const note = documentOf.get(definition.report)?.tree.notes.find((candidate) => candidate.number === definition.note);
        if (!note) throw new Error(`glossary ${entry.slug}: ${definition.report} has no note ${definition.note}`);
        return { ...definition, label: note.label, text: note.text };
      }),
    ]),
  );
  const firstAppearance = new Map(
    entries.map((entry) => {
      const first = occurrences.get(entry.slug)![0];
      return [entry.slug, first ? documentOf.get(first.report)! : null];
    }),
  );
  const places = new Map(
    entries.map((entry) => [entry.slug, [...new Set(occurrences.get(entry.slug)!.map((occurrence) => documentOf.get(occurrence.report)!.report.place.id))]]),
  );
  return { entries, occurrences, definitions, firstAppearance, places };
}

/** A term to link in a text: where it is and which entry it names. */
export interface TermLink extends TermSpan {
  entry: GlossaryEntry;
}

/**
 * The glossary terms to link in a section's texts: only the first occurrence of each term in the section.
 * `seen` carries the terms already linked earlier on the same page.
 */
export function termLinks(text: string, entries: GlossaryEntry[], reportId: string, sectionId: string | null, seen: Set<string>): TermLink[] {
  const applicable = entries.filter((entry) => inScope(toPattern(entry), reportId, sectionId));
  const links: TermLink[] = [];
  for (const span of findTerms(text, applicable.map(toPattern))) {
    if (seen.has(span.slug)) continue;
    seen.add(span.slug);
    links.push({ ...span, entry: applicable.find((entry) => entry.slug === span.slug)! });
  }
  return links;
}

/** The short definition a tooltip shows: the first source's Chinese text (an editorial one labelled as such), or the English rendering and explanation. */
export function shortDefinition(entry: GlossaryEntry, definitions: ResolvedDefinition[], locale: 'zh' | 'en'): string {
  if (locale === 'en') return `${entry.en.rendering}: ${firstSentence(entry.en.explanation)}`;
  const first = definitions[0];
  const text = !first ? '' : first.source === 'note' ? first.text : first.source === 'body' ? first.quote : first.zh;
  // An editorial text says so, so a reader never takes the editors' summary for a report's words.
  const label = first?.source === 'editorial' ? `${entry.term}（编者说明）` : entry.term;
  return `${label}：${text.length > 120 ? `${text.slice(0, 120)}…` : text}`;
}

function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** Blocks of one page whose text can carry term links, in reading order, with the section they belong to. */
export interface LinkableBlock {
  id: string;
  text: string;
  section: string | null;
}

/**
 * Term links for every paragraph of a page: the first occurrence of each term on the page, no partial matches
 * (the longest term wins), homonyms resolved by report and section.
 */
export function pageTermLinks(blocks: LinkableBlock[], entries: GlossaryEntry[], reportId: string): Map<string, TermLink[]> {
  const seen = new Set<string>();
  return new Map(blocks.map((block) => [block.id, termLinks(block.text, entries, reportId, block.section, seen)]));
}
