import type { Locale, Translate } from '../i18n/index.ts';
import type { Place } from '../schema/places.ts';
import type { ReportDocument } from '../schema/report.ts';
import type { GlossaryIndex } from './glossary.ts';
import type { Figure } from './indicators.ts';
import type { MentionOccurrence } from './place-mentions.ts';
import { reportPath, sectionPath } from './urls.ts';

/** The reports a place issued. */
export function reportsOf(placeId: string, documents: ReportDocument[]): ReportDocument[] {
  return documents.filter((document) => document.report.place.id === placeId);
}

/** The glossary terms a place's reports use most, by number of uses. */
export function topTerms(placeId: string, glossary: GlossaryIndex, documents: ReportDocument[], limit = 12) {
  const own = new Set(reportsOf(placeId, documents).map((document) => document.report.id));
  return glossary.entries
    .map((entry) => ({ entry, count: glossary.occurrences.get(entry.slug)!.filter((occurrence) => own.has(occurrence.report)).reduce((sum, occurrence) => sum + occurrence.count, 0) }))
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || a.entry.pinyin.localeCompare(b.entry.pinyin))
    .slice(0, limit);
}

/** Where other places' reports mention a place, grouped by report, with links to the paragraphs. */
export function mentionsOf(placeId: string, mentions: MentionOccurrence[], documents: ReportDocument[], locale: Locale) {
  return documents
    .map((document) => ({
      document,
      places: mentions
        .filter((mention) => mention.place === placeId && mention.report === document.report.id)
        .map((mention) => {
          const base = mention.section === null ? reportPath(locale, document.report.id) : sectionPath(locale, document.report.id, mention.section);
          return { ...mention, href: mention.anchor ? `${base}#${mention.anchor}` : base };
        }),
    }))
    .filter((group) => group.places.length > 0);
}

/** A figure as a reader sees it: `172.71 亿元`, `+4.5%`, `−0.9%`, `7%左右`, `与经济增长同步`. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'measure'>, locale: Locale, t: Translate): string {
  if (figure.value === null) return figure.qualifier ? t(`qualifier.${figure.qualifier}`) : '';
  const sign = figure.measure === 'growth' ? (figure.value < 0 ? '−' : '+') : '';
  const number = `${sign}${Math.abs(figure.value)}`;
  const unit = figure.unit === '%' ? '%' : locale === 'zh' ? ` ${figure.unit}` : ` ${figure.unit}`;
  const qualifier = figure.qualifier ? (locale === 'zh' ? figure.qualifier : ` (${t(`qualifier.${figure.qualifier}`)})`) : '';
  return `${number}${unit}${qualifier}`;
}

/** Link to the paragraph a figure is printed in. */
export function figureHref(figure: Figure, locale: Locale): string {
  const base = figure.section === null ? reportPath(locale, figure.report) : sectionPath(locale, figure.report, figure.section);
  return figure.anchor ? `${base}#${figure.anchor}` : base;
}

/** Places in the schematic grid, and its size. */
export function gridLayout(places: Place[]) {
  const placed = places.filter((place) => place.grid !== null);
  return {
    places: placed,
    columns: Math.max(...placed.map((place) => place.grid!.column)) + 1,
    rows: Math.max(...placed.map((place) => place.grid!.row)) + 1,
  };
}
