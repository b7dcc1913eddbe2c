import type { AdminLevel } from '../schema/manifest.ts';
import type { ReportDocument } from '../schema/report.ts';
import type { Occurrence } from './term-matching.ts';

/**
 * A glossary term's use over time: for each year of the atlas, how many reports of each tier use it, out of how
 * many reports of that tier the atlas has for the year (so a year with more reports does not look like more use).
 * Pure: occurrences and documents in, rows out.
 */

/** The three tiers a reader compares: the province, the prefecture-level cities, the county-level places. */
export const USAGE_TIERS = ['province', 'prefecture', 'county'] as const;
export type UsageTier = (typeof USAGE_TIERS)[number];

const TIER_OF: Record<AdminLevel, UsageTier | null> = {
  // The atlas is of local reports; a national one, were it added, is not a tier of local use.
  national: null,
  province: 'province',
  'sub-provincial-city': 'prefecture',
  'prefecture-level-city': 'prefecture',
  'county-level-city': 'county',
  county: 'county',
  district: 'county',
};

export interface UsageCell {
  /** Reports of this tier and year that use the term. */
  using: string[];
  /** Reports of this tier and year in the atlas. */
  of: number;
}

export interface UsageYear {
  year: number;
  tiers: Record<UsageTier, UsageCell>;
  /** Reports of any tier this year that use the term. */
  using: number;
}

export interface TermUsage {
  /** Every year the atlas has a report for, oldest first, including years without use. */
  years: UsageYear[];
  /** The earliest and the latest report using the term (by year, then date), null if none does. */
  first: ReportDocument | null;
  latest: ReportDocument | null;
}

const chronological = (a: ReportDocument, b: ReportDocument) =>
  a.report.year - b.report.year || (a.report.date ?? '').localeCompare(b.report.date ?? '') || a.report.id.localeCompare(b.report.id);

export function termUsage(occurrences: Occurrence[], documents: ReportDocument[]): TermUsage {
  const usingIds = new Set(occurrences.map((occurrence) => occurrence.report));
  const counted = documents.filter((document) => TIER_OF[document.report.level] !== null);
  const years = [...new Set(counted.map((document) => document.report.year))].sort((a, b) => a - b).map((year) => {
    const ofYear = counted.filter((document) => document.report.year === year);
    const tiers = Object.fromEntries(
      USAGE_TIERS.map((tier) => {
        const ofTier = ofYear.filter((document) => TIER_OF[document.report.level] === tier);
        return [tier, { using: ofTier.filter((document) => usingIds.has(document.report.id)).map((document) => document.report.id), of: ofTier.length }];
      }),
    ) as Record<UsageTier, UsageCell>;
    return { year, tiers, using: USAGE_TIERS.reduce((sum, tier) => sum + tiers[tier].using.length, 0) };
  });
  const using = documents.filter((document) => usingIds.has(document.report.id)).sort(chronological);
  return { years, first: using[0] ?? null, latest: using.at(-1) ?? null };
}
