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
  const byReport = Map.groupBy(
    mentions.filter((mention) => mention.place === placeId),
    (mention) => mention.report,
  );
  return documents
    .map((document) => ({
      document,
      places: (byReport.get(document.report.id) ?? [])
        .map((mention) => {
          const base = mention.section === null ? reportPath(locale, document.report.id) : sectionPath(locale, document.report.id, mention.section);
          return { ...mention, href: mention.anchor ? `${base}#${mention.anchor}` : base };
        }),
    }))
    .filter((group) => group.places.length > 0);
}

/**
 * English for the units the reports use. 亿 and 万 become billions and millions by moving the decimal point in the
 * printed number (never by floating-point arithmetic), the convention of the translations; `shift` is how many places.
 */
const ENGLISH_UNITS: Record<string, { shift: number; unit: string }> = {
  '万亿元': { shift: 0, unit: 'trillion yuan' },
  '亿元': { shift: -1, unit: 'billion yuan' },
  '元': { shift: 0, unit: 'yuan' },
  '万元': { shift: -2, unit: 'million yuan' },
  '万美元': { shift: -2, unit: 'million US dollars' },
  '万人': { shift: -2, unit: 'million people' },
  '万吨': { shift: -2, unit: 'million tonnes' },
  '万套': { shift: -2, unit: 'million units' },
  '亿吨标准煤': { shift: 2, unit: 'million tonnes of standard coal' },
  '吨标煤/万元': { shift: 0, unit: 'tonnes of standard coal per 10,000 yuan' },
  '人/亿元': { shift: 0, unit: 'people per 100 million yuan' },
  '1/10万': { shift: 0, unit: 'per 100,000' },
  '‰': { shift: 0, unit: '‰' },
  '个': { shift: 0, unit: '' },
  '人': { shift: 0, unit: 'people' },
  '件': { shift: 0, unit: 'items' },
  '张': { shift: 0, unit: '' },
  '户': { shift: 0, unit: 'households' },
  '年': { shift: 0, unit: 'years' },
  '岁': { shift: 0, unit: 'years' },
  '公顷': { shift: 0, unit: 'hectares' },
  '平方公里': { shift: 0, unit: 'km²' },
  '城区': { shift: 0, unit: 'urban districts' },
};

/** Moves the decimal point of a printed number: `shiftDecimal('172.71', -1)` is `17.271`, exactly. */
export function shiftDecimal(printed: string, places: number): string {
  if (places === 0) return printed;
  const [whole = '', fraction = ''] = printed.split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : point > digits.length ? digits + '0'.repeat(point - digits.length) : digits;
  const at = Math.max(point, 1);
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(at).replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/** A figure as a reader sees it: `172.71 亿元` / `17.271 billion yuan`, `+4.5%`, `−0.9%`, `7%左右`, `与经济增长同步`. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'measure'>, locale: Locale, t: Translate): string {
  if (figure.value === null) return figure.qualifier ? t(`qualifier.${figure.qualifier}`) : '';
  const sign = figure.measure === 'growth' ? (figure.value < 0 ? '−' : '+') : '';
  const printed = String(Math.abs(figure.value));
  // Below 1 billion, millions read better: 4.0153 亿元 is 401.53 million yuan, not 0.40153 billion.
  // Jobs read as people: 4.3 万人 is 43000 people, not 0.043 million.
  const english =
    locale !== 'en' || figure.unit === '%'
      ? undefined
      : figure.unit === '亿元' && Math.abs(figure.value) < 10
        ? { shift: 2, unit: 'million yuan' }
        : figure.unit === '万人'
          ? { shift: 4, unit: 'people' }
          : figure.unit === '人'
            ? { shift: 0, unit: 'people' }
            : ENGLISH_UNITS[figure.unit];
  const number = `${sign}${english ? shiftDecimal(printed, english.shift) : printed}`;
  const unit = figure.unit === '%' ? '%' : english ? (english.unit ? ` ${english.unit}` : '') : ` ${figure.unit}`;
  const qualifier = figure.qualifier ? (locale === 'zh' ? figure.qualifier : ` (${t(`qualifier.${figure.qualifier}`)})`) : '';
  return `${number}${unit}${qualifier}`;
}

/**
 * What period a figure is for, as a reader needs it beside the number: `2025` for one year, `2021–2025 average a
 * year` for an average annual rate, `total, 2016–2020`, `2025, against 2019` for a change against a base year.
 * An average annual target is never shown as one year's.
 */
export function figureWhen(figure: Pick<Figure, 'basis' | 'from' | 'year'>, t: Translate): string {
  switch (figure.basis) {
    case 'year':
      return String(figure.year);
    case 'average-annual':
      return figure.from === null ? `${figure.year} · ${t('figure.basis.average-annual-open')}` : t('figure.basis.average-annual', { from: figure.from, to: figure.year });
    case 'cumulative':
      return figure.from === null ? `${figure.year} · ${t('figure.basis.cumulative-open')}` : t('figure.basis.cumulative', { from: figure.from, to: figure.year });
    case 'relative':
      return `${figure.year} · ${t('figure.basis.relative', { from: figure.from ?? '' })}`;
  }
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
