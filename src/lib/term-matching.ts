import type { Block, ReportTree, Section } from '../pipeline/types.ts';
import { appendixBlocks } from './report-nav.ts';

/** What the matcher needs of a glossary entry. */
export interface TermPattern {
  slug: string;
  forms: string[];
  match: 'plain' | 'quoted';
  scope: { report: string; sections?: string[] | undefined }[] | null;
}

export interface TermSpan {
  slug: string;
  /** Offsets of the term itself (inside the quotation marks for quoted terms). */
  start: number;
  end: number;
}

/** Whether an entry's meaning applies in a section of a report (homonyms are scoped per report or section). */
export function inScope(pattern: TermPattern, reportId: string, sectionId: string | null): boolean {
  if (pattern.scope === null) return true;
  return pattern.scope.some((scope) => scope.report === reportId && (!scope.sections || (sectionId !== null && scope.sections.some((id) => sectionId === id || sectionId.startsWith(`${id}-`)))));
}

/**
 * Every glossary term in a text, longest match first: where two terms overlap, the longer one wins, so “六保” inside
 * “一包六保” counts as 一包六保 only. Quoted patterns match only between “ and ”.
 * Hand-written rather than a library: the matching needs per-entry quoting and scoping that Aho-Corasick packages lack,
 * and the texts are small (a few thousand characters per section).
 */
export function findTerms(text: string, patterns: TermPattern[]): TermSpan[] {
  const candidates: TermSpan[] = [];
  for (const pattern of patterns) {
    for (const form of pattern.forms) {
      for (let index = text.indexOf(form); index !== -1; index = text.indexOf(form, index + 1)) {
        const end = index + form.length;
        if (pattern.match === 'quoted' && !(text[index - 1] === '“' && text[end] === '”')) continue;
        candidates.push({ slug: pattern.slug, start: index, end });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TermSpan[] = [];
  for (const candidate of candidates) {
    if (chosen.some((span) => candidate.start < span.end && span.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A place a term is used: a paragraph, list or section heading. */
export interface Occurrence {
  slug: string;
  report: string;
  /** Section id, or null for the report's preamble and closing. */
  section: string | null;
  /** Anchor of the paragraph or list; null for a section heading. */
  anchor: string | null;
  count: number;
  /** Where each use is in the unit's text (the paragraph, list or heading): start and end offsets, in order. */
  spans: [number, number][];
}

interface Unit {
  section: string | null;
  anchor: string | null;
  text: string;
}

function blockUnits(blocks: Block[], section: string | null): Unit[] {
  return blocks.flatMap((block): Unit[] => {
    if (block.type === 'paragraph') return [{ section, anchor: block.id, text: block.text }];
    if (block.type === 'list') return [{ section, anchor: block.id, text: block.items.map((item) => item.text).join('\n') }];
    if (block.type === 'box') return [{ section, anchor: block.id, text: block.title }, ...blockUnits(block.blocks, section)];
    return [];
  });
}

/** Every unit of text a reader can link to in a report, in reading order. */
export function linkableTexts(tree: ReportTree): Unit[] {
  const sectionUnits = (section: Section): Unit[] => [
    { section: section.id, anchor: null, text: section.title ?? '' },
    ...blockUnits(section.blocks, section.id),
    ...section.children.flatMap(sectionUnits),
    ...blockUnits(section.afterChildren, section.id),
  ];
  // Appendices are on the report page (section null), under their prefixed anchors.
  return [...blockUnits(tree.preamble, null), ...tree.sections.flatMap(sectionUnits), ...blockUnits(tree.closing, null), ...tree.appendices.flatMap((appendix) => blockUnits(appendixBlocks(appendix), null))];
}

/** Where each term is used in a report, counted per paragraph. */
export function findOccurrences(reportId: string, tree: ReportTree, patterns: TermPattern[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const unit of linkableTexts(tree)) {
    const applicable = patterns.filter((pattern) => inScope(pattern, reportId, unit.section));
    const spans = new Map<string, [number, number][]>();
    for (const span of findTerms(unit.text, applicable)) spans.set(span.slug, [...(spans.get(span.slug) ?? []), [span.start, span.end]]);
    for (const [slug, found] of spans) occurrences.push({ slug, report: reportId, section: unit.section, anchor: unit.anchor, count: found.length, spans: found });
  }
  return occurrences;
}
