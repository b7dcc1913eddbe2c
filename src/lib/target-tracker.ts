import { INDICATORS, LOWER_IS_BETTER, type Figure } from './indicators.ts';

/** What became of a target. */
export type TargetStatus = 'met' | 'missed' | 'met-qualitative' | 'missed-qualitative' | 'no-result' | 'not-comparable';

/** The report a figure comes from, as the tracker needs it: whose it is and when it was issued. */
export interface TrackedReport {
  id: string;
  place: string;
  year: number;
}

/** A target and what the same place's later reports say of it. */
export interface TargetOutcome {
  target: Figure;
  status: TargetStatus;
  /** The result it was judged by: the same place, indicator, measure, basis and year, from a later report. */
  result: Figure | null;
  /** For a qualitative target (同步, 高于): the place's GDP growth that year, which the income growth is set against. */
  benchmark: Figure | null;
  /**
   * Why the status is what it is, for the page. A year's result is stated in the next year's report (a period's in
   * the report after its last year): `no-later-report` when that report is not in the collection,
   * `later-report-silent` when it is and no later report states the result, `no-benchmark` when a qualitative
   * target's result is stated but the GDP growth it is measured against is not, `different-basis` when a result is
   * stated only on another basis or in another kind of unit.
   */
  reason: 'judged' | 'no-later-report' | 'later-report-silent' | 'no-benchmark' | 'different-basis';
}

/**
 * How close to a target printed with 左右 (about) a result must come to meet it: half a percentage point for a
 * rate, 2% of the amount for an amount. Stated on the targets page.
 */
export const ABOUT_TOLERANCE = { percentagePoints: 0.5, shareOfAmount: 0.02 } as const;

/** Amounts in one unit, so a target in 亿元 can be set against a result in 万亿元 or 万元. */
const TO_YI: Partial<Record<Figure['unit'], number>> = { 万亿元: 10_000, 亿元: 1, 万元: 0.0001 };
const TO_PEOPLE: Partial<Record<Figure['unit'], number>> = { 万人: 10_000, 人: 1 };

/** A figure's number in a unit comparable across its kind (亿元 for money, people for jobs, % as it is). */
function comparable(figure: Figure): { value: number; scale: 'yuan' | 'people' | 'percent' | 'other' } | null {
  if (figure.value === null) return null;
  if (figure.unit === '%') return { value: figure.value, scale: 'percent' };
  if (TO_YI[figure.unit] !== undefined) return { value: figure.value * TO_YI[figure.unit]!, scale: 'yuan' };
  if (TO_PEOPLE[figure.unit] !== undefined) return { value: figure.value * TO_PEOPLE[figure.unit]!, scale: 'people' };
  return { value: figure.value, scale: 'other' };
}

/**
 * Whether a result meets a numeric target. More is better except for a price rise, an unemployment rate and energy
 * use per unit of GDP (LOWER_IS_BETTER), where the target is a ceiling. 左右 allows ABOUT_TOLERANCE on the wrong side;
 * 以上, 力争 and a bare number are floors; 以内 is a ceiling whatever the indicator.
 * @example meetsTarget({ value: 6, unit: '%', qualifier: '左右', indicator: 'gdp' }, { value: 5.6, unit: '%' }) // => true
 */
export function meetsTarget(target: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'indicator'>, result: Pick<Figure, 'value' | 'unit'>): boolean | null {
  const aim = comparable(target as Figure);
  const got = comparable(result as Figure);
  if (!aim || !got || aim.scale !== got.scale) return null;
  const tolerance = target.qualifier === '左右' ? (aim.scale === 'percent' ? ABOUT_TOLERANCE.percentagePoints : Math.abs(aim.value) * ABOUT_TOLERANCE.shareOfAmount) : 0;
  const ceiling = target.qualifier === '以内' || LOWER_IS_BETTER.has(target.indicator);
  return ceiling ? got.value <= aim.value + tolerance : got.value >= aim.value - tolerance;
}

const sameFigure = (a: Figure, b: Figure) => a.indicator === b.indicator && a.measure === b.measure && a.year === b.year;

/**
 * Pairs every target with the result the same place's later reports state for the same indicator, measure, basis,
 * period and year: a province's target is never set against a city's result. An actual result is preferred to an
 * estimate, and the earliest later report to a later one. Qualitative targets (income growth 同步, 高于 economic
 * growth) are judged against the place's GDP growth of that year.
 */
export function trackTargets(figures: Figure[], reports: TrackedReport[]): TargetOutcome[] {
  const reportOf = new Map(reports.map((report) => [report.id, report]));
  const placeOf = (figure: Figure) => reportOf.get(figure.report)!.place;
  const issued = (figure: Figure) => reportOf.get(figure.report)!.year;
  const results = figures.filter((figure) => figure.kind !== 'target' && figure.value !== null);
  const rank = (figure: Figure) => (figure.kind === 'actual' ? 0 : 1) * 10_000 + issued(figure);
  const bestOf = (candidates: Figure[]) => candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;

  // Newest targets first; within a year, by place and in the indicators' order.
  const order = (figure: Figure) => INDICATORS.indexOf(figure.indicator) * 2 + (figure.measure === 'value' ? 0 : 1);
  return figures
    .filter((figure) => figure.kind === 'target')
    .sort((a, b) => b.year - a.year || placeOf(a).localeCompare(placeOf(b)) || order(a) - order(b))
    .map((target): TargetOutcome => {
      const place = placeOf(target);
      const later = results.filter((result) => placeOf(result) === place && issued(result) > issued(target));
      const resultReportHeld = reports.some((report) => report.place === place && report.year === target.year + 1);
      const silent = resultReportHeld ? 'later-report-silent' : 'no-later-report';
      const none = (reason: TargetOutcome['reason'], status: TargetStatus = 'no-result'): TargetOutcome => ({ target, status, result: null, benchmark: null, reason });
      if (target.value === null) {
        const result = bestOf(later.filter((candidate) => sameFigure(candidate, target) && candidate.basis === target.basis));
        const benchmark = bestOf(later.filter((candidate) => candidate.indicator === 'gdp' && candidate.measure === 'growth' && candidate.basis === target.basis && candidate.year === target.year));
        if (result && !benchmark) return { ...none('no-benchmark'), result };
        if (!result || !benchmark) return none(silent);
        const met = target.qualifier === '高于' ? result.value! > benchmark.value! : result.value! >= benchmark.value! - ABOUT_TOLERANCE.percentagePoints;
        return { target, status: met ? 'met-qualitative' : 'missed-qualitative', result, benchmark, reason: 'judged' };
      }
      const same = later.filter((candidate) => sameFigure(candidate, target));
      const result = bestOf(same.filter((candidate) => candidate.basis === target.basis && candidate.from === target.from));
      if (!result) {
        if (same.length > 0) return { ...none('different-basis', 'not-comparable'), result: bestOf(same) };
        return none(silent);
      }
      const met = meetsTarget(target, result);
      if (met === null) return { target, status: 'not-comparable', result, benchmark: null, reason: 'different-basis' };
      return { target, status: met ? 'met' : 'missed', result, benchmark: null, reason: 'judged' };
    });
}

/** Targets one tracker page lists at most (a row is about 0.4 KB: pages stay near 40 KB however large the corpus). */
export const TARGETS_PER_PAGE = 100;

/** Counts by status, in the order the page lists them. */
export const TARGET_STATUSES: TargetStatus[] = ['met', 'missed', 'met-qualitative', 'missed-qualitative', 'not-comparable', 'no-result'];
