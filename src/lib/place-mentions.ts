import type { ReportTree } from '../pipeline/types.ts';
import type { PlacesFile } from '../schema/places.ts';
import { findTerms, linkableTexts, type TermPattern } from './term-matching.ts';

/** A place named in a text. A group form (`盐临夏`) gives one mention per member place, all with the same span. */
export interface PlaceMention {
  place: string;
  start: number;
  end: number;
  form: string;
}

const GROUP = 'group:';
const NOT_A_PLACE = 'none:';

/**
 * Patterns for all place names. Longest match first decides the traps: 新绛县 contains 绛县, 运城盐湖 (the Salt Lake)
 * contains 运城, and brands such as 永济电机 contain a place name but are listed as not mentioning it.
 * 盐湖 alone is not a form of Yanhu District: outside the district's own report it is as likely the Salt Lake.
 */
export function placePatterns(places: PlacesFile): TermPattern[] {
  return [
    ...places.places.map((place) => ({ slug: place.id, forms: [place.zh, ...place.shortForms], match: 'plain' as const, scope: null })),
    ...places.groups.map((group) => ({ slug: `${GROUP}${group.form}`, forms: [group.form], match: 'plain' as const, scope: null })),
    ...places.notMentions.map((not) => ({ slug: `${NOT_A_PLACE}${not.form}`, forms: [not.form], match: 'plain' as const, scope: null })),
  ];
}

/** Every place named in a text, except the given own place (a report naming itself is not a cross-link). */
export function findPlaceMentions(text: string, places: PlacesFile, ownPlace: string | null, patterns = placePatterns(places)): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const span of findTerms(text, patterns)) {
    const form = text.slice(span.start, span.end);
    if (span.slug.startsWith(NOT_A_PLACE)) continue;
    const ids = span.slug.startsWith(GROUP) ? places.groups.find((group) => `${GROUP}${group.form}` === span.slug)!.places : [span.slug];
    for (const place of ids) if (place !== ownPlace) mentions.push({ place, start: span.start, end: span.end, form });
  }
  return mentions;
}

/** Where a report names other places: per section and paragraph, with counts. */
export interface MentionOccurrence {
  place: string;
  report: string;
  section: string | null;
  anchor: string | null;
  count: number;
}

export function findReportMentions(reportId: string, ownPlace: string, tree: ReportTree, places: PlacesFile): MentionOccurrence[] {
  const patterns = placePatterns(places);
  return linkableTexts(tree).flatMap((unit) => {
    const counts = new Map<string, number>();
    for (const mention of findPlaceMentions(unit.text, places, ownPlace, patterns)) counts.set(mention.place, (counts.get(mention.place) ?? 0) + 1);
    return [...counts].map(([place, count]) => ({ place, report: reportId, section: unit.section, anchor: unit.anchor, count }));
  });
}
