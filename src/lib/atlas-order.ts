import type { AdminLevel } from '../schema/manifest.ts';
import type { Place, PlacesFile } from '../schema/places.ts';
import type { ReportDocument } from '../schema/report.ts';

/**
 * The order of a growing atlas: the focus place (Yuncheng) and the places under it first, then the rest as context
 * (the province, the other prefectures), each group in the order of `content/places.json`. Pure: places and
 * documents in, lists out.
 */

/** Whether `place` is the focus or lies under it (a county of Yuncheng). */
export function inFocus(place: Place, file: PlacesFile): boolean {
  const byId = new Map(file.places.map((candidate) => [candidate.id, candidate]));
  for (let current: Place | undefined = place; current; current = current.parent ? byId.get(current.parent) : undefined) {
    if (current.id === file.focus) return true;
  }
  return false;
}

/** The places in atlas order: focus group first, then context; each keeps the order of the places file. */
export function placeGroups(file: PlacesFile): { focus: Place[]; context: Place[] } {
  return {
    focus: file.places.filter((place) => inFocus(place, file)),
    context: file.places.filter((place) => !inFocus(place, file)),
  };
}

/** A place's reports, oldest first (a reader follows a place through the years). */
export function reportsOfPlace(placeId: string, documents: ReportDocument[]): ReportDocument[] {
  return documents
    .filter((document) => document.report.place.id === placeId)
    .sort((a, b) => a.report.year - b.report.year || (a.report.date ?? '').localeCompare(b.report.date ?? '') || a.report.id.localeCompare(b.report.id));
}

/** Places that have reports, in atlas order, each with its reports oldest first. */
export function reportsInAtlasOrder(documents: ReportDocument[], file: PlacesFile): { place: Place; reports: ReportDocument[]; focus: boolean }[] {
  const { focus, context } = placeGroups(file);
  return [...focus.map((place) => ({ place, focus: true })), ...context.map((place) => ({ place, focus: false }))]
    .map(({ place, focus: isFocus }) => ({ place, focus: isFocus, reports: reportsOfPlace(place.id, documents) }))
    .filter((group) => group.reports.length > 0);
}

/** The same place's reports before and after this one, and all of them, for "other years" links. */
export function otherYears(document: ReportDocument, documents: ReportDocument[]): { previous: ReportDocument | null; next: ReportDocument | null; all: ReportDocument[] } {
  const all = reportsOfPlace(document.report.place.id, documents);
  const index = all.findIndex((candidate) => candidate.report.id === document.report.id);
  return { previous: all[index - 1] ?? null, next: all[index + 1] ?? null, all };
}

/** What the reports index can be narrowed by; each value is a static page, so the filters work as plain links. */
export type ReportFacet = 'place' | 'level' | 'year';
export const REPORT_FACETS: readonly ReportFacet[] = ['place', 'level', 'year'];

export interface FacetValue {
  facet: ReportFacet;
  /** URL segment: a place id, a level, a year. */
  value: string;
  count: number;
}

/** The values of each facet that some report has: places in atlas order, levels from the top, years newest first. */
export function facetValues(documents: ReportDocument[], file: PlacesFile, levelOrder: readonly AdminLevel[]): FacetValue[] {
  const count = (test: (document: ReportDocument) => boolean) => documents.filter(test).length;
  const { focus, context } = placeGroups(file);
  const places = [...focus, ...context].map((place) => ({ facet: 'place' as const, value: place.id, count: count((document) => document.report.place.id === place.id) }));
  const levels = levelOrder.map((level) => ({ facet: 'level' as const, value: level, count: count((document) => document.report.level === level) }));
  const years = [...new Set(documents.map((document) => document.report.year))]
    .sort((a, b) => b - a)
    .map((year) => ({ facet: 'year' as const, value: String(year), count: count((document) => document.report.year === year) }));
  return [...places, ...levels, ...years].filter((value) => value.count > 0);
}

/** The reports a facet value selects. */
export function reportsWith(documents: ReportDocument[], facet: ReportFacet, value: string): ReportDocument[] {
  return documents.filter((document) => (facet === 'place' ? document.report.place.id : facet === 'level' ? document.report.level : String(document.report.year)) === value);
}
