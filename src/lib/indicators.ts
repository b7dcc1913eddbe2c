import type { ReportTree } from '../pipeline/types.ts';
import type { ReportDocument } from '../schema/report.ts';
import { flattenSections } from './report-nav.ts';
import { linkableTexts } from './term-matching.ts';

export const INDICATORS = [
  'gdp',
  'general-budget-revenue',
  'fixed-asset-investment',
  'retail-sales',
  'industrial-value-added',
  'urban-income',
  'rural-income',
  'cpi',
  'new-urban-jobs',
  'registered-unemployment',
  'surveyed-unemployment',
  'energy-intensity',
] as const;
export type IndicatorId = (typeof INDICATORS)[number];

/** How the reports name each headline indicator. */
const NAMES: Record<IndicatorId, string[]> = {
  gdp: ['地区生产总值', '生产总值', 'GDP'],
  'general-budget-revenue': ['一般公共预算收入'],
  'fixed-asset-investment': ['固定资产投资'],
  'retail-sales': ['社会消费品零售总额'],
  'industrial-value-added': ['规模以上工业增加值', '规上工业增加值'],
  'urban-income': ['城镇居民人均可支配收入', '城镇居民人均收入', '城镇居民收入'],
  'rural-income': ['农村居民人均可支配收入', '农村居民人均收入', '农村居民收入'],
  cpi: ['居民消费价格涨幅', '居民消费价格指数', '居民消费价格'],
  'new-urban-jobs': ['城镇新增就业', '新增城镇就业'],
  // The second of two rates drops 城镇 (`城镇登记失业率控制在4.5%以内、调查失业率控制在5.5%以内`).
  'registered-unemployment': ['城镇登记失业率', '登记失业率'],
  'surveyed-unemployment': ['城镇调查失业率', '调查失业率'],
  'energy-intensity': ['单位地区生产总值能耗', '单位生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗'],
};

/**
 * Indicators where less is the aim: a price rise and an unemployment rate are ceilings, and energy use per unit of
 * GDP is to fall. A result at or under the target meets it.
 */
export const LOWER_IS_BETTER: ReadonlySet<IndicatorId> = new Set(['cpi', 'registered-unemployment', 'surveyed-unemployment', 'energy-intensity']);

/**
 * What a figure is for: one year; the average annual rate over a period (年均, `from`–`year`); the total over a period
 * (累计); or the change against a base year (`比2019年翻一番`: from 2019).
 */
export type FigureBasis = 'year' | 'average-annual' | 'cumulative' | 'relative';

export interface Figure {
  report: string;
  indicator: IndicatorId;
  /** value: the amount (or a rate's level, such as unemployment); growth: the change in % (negative for 下降). */
  measure: 'value' | 'growth';
  basis: FigureBasis;
  /** The period's first year (average-annual, cumulative) or the base year (relative); null for one year or unknown. */
  from: number | null;
  /** The year the figure is for; a period's last year. */
  year: number;
  /** actual: a stated result; estimated: 预计 or 初步核算; target: a goal. */
  kind: 'actual' | 'estimated' | 'target';
  /** As printed (翻一番 is 100%); null for a qualitative target (增速与经济增长同步). */
  value: number | null;
  unit: '万亿元' | '亿元' | '万元' | '元' | '%' | '万人' | '人';
  qualifier: '左右' | '以上' | '力争' | '以内' | '同步' | '高于' | null;
  /** The figure's words exactly as printed (`增长6%左右`, `翻一番`). */
  printed: string;
  /** Where it is printed: section id (null for preamble/closing), paragraph anchor, and the sentence itself. */
  section: string | null;
  anchor: string | null;
  sentence: string;
  /** True for figures an editor entered or corrected by hand. */
  curated: boolean;
}

type SentenceFigure = Omit<Figure, 'report' | 'section' | 'anchor' | 'curated'>;

/** What the sentence's place in the report says about its figures: a result of the past year, or a target. */
interface SentenceContext {
  kind: 'actual' | 'target';
  /** The year a figure is for unless the sentence names another: the past year for results, the report's year for targets. */
  year: number;
  reportYear: number;
  /** The period a five-year plan covers (its targets are for its last year), or null. */
  planPeriod: { from: number; to: number } | null;
  /** The period the paragraph's first sentence names (`过去五年，…`), which its other sentences are about too. */
  paragraphPeriod?: { from: number; to: number } | null;
}

/** Flows, which over a period add up (jobs created, money invested); other amounts over a period are its last year's level. */
const FLOWS: ReadonlySet<IndicatorId> = new Set(['new-urban-jobs', 'fixed-asset-investment']);

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** The amount right after the indicator (`完成 172.71 亿元`), or after a short comparison (`比2019年翻一番，达到250亿元`). */
const VALUE = new RegExp(String.raw`^(?:[，,]?(?:累计)?(?:完成|达到|实现|为|达|突破|超过)?(力争)?|[^，；。]{1,12}[，,](?:完成|达到|实现))${NUMBER}(万亿元|亿元|万元|元|万人|人)(左右|以上)?`);
const GROWTH = new RegExp(String.raw`^[^；。]{0,16}?(?:同比|年均|实际)?(增长|下降|上涨|上升|降低|增速(?:为|达到|达)?)(力争)?${NUMBER}%(左右|以上|以内|以下)?`);
/** Year-on-year growth stated after other facts of the clause (`完成1686亿元，净增305亿元，…，同比增长7.5％`). */
const YEAR_ON_YEAR = new RegExp(String.raw`[，,]同比(增长|下降)${NUMBER}%`);
/**
 * A change between two printed years: `从2015年的958.5亿元增加到2020年的1425.7亿元`; a later indicator of the same
 * sentence may leave the years out (`一般公共预算收入从93.9亿元增加到145.3亿元`), taking the first one's.
 */
const FROM_TO = new RegExp(String.raw`^[由从](?:(\d{4})年的)?${NUMBER}(万亿元|亿元|万元|元|万人|人)(?:增加|增长|提高|提升)到(?:(\d{4})年的)?${NUMBER}(万亿元|亿元|万元|元|万人|人)`);
/** A rate's level (unemployment): `控制在4.5%以内`, `为5.2%`. */
const RATE = new RegExp(String.raw`^[^，；。]{0,8}?(?:控制在|保持在|为|是)?${NUMBER}%(左右|以内|以下)?`);
/** A price rise stated as a ceiling without a verb: `居民消费价格涨幅3%左右`, `涨幅控制在3%左右`. */
const PRICE_CEILING = new RegExp(String.raw`^[^，；。]{0,6}?(?:控制在)?${NUMBER}%(左右|以内|以下)?`);
/** A figure against a base year: `比2019年翻一番`, `比2020年增长50%`, `达到2016年的2.3倍` (an increase of 130%). */
const RELATIVE = new RegExp(String.raw`^[^，；。]{0,6}?(?:比(\d{4})年(?:(翻了?一番)(多)?|增长${NUMBER}%)|达到(\d{4})年的${NUMBER}倍)`);
/** A doubling over the period the sentence or paragraph looks back on (`总量均翻了一番多`): from the year before it. */
const DOUBLED = /^[^，；。]{0,8}?翻了?一番(多)?/;
/** 均 or 都 before it applies a doubling to every indicator of the sentence (`地区生产总值…、一般公共预算收入…，总量均翻了一番多`). */
const ALL_DOUBLED = /[均都]翻了?一番(多)?/;
const SAME_PACE = /^[^，；。]{0,8}(?:增速|增长)?(?:与|和)经济增长(?:基本)?同步/;
const ABOVE = /^[^，；。]{0,8}(?:增速|增长)?高于经济增长/;
/** Urban and rural income stated together: two figures each. */
const JOINT_INCOME = String.raw`(?:城乡|城镇和农村|城镇、农村)居民(?:人均可支配|人均)?收入`;
const JOINT_INCOME_ACTUAL = new RegExp(String.raw`${JOINT_INCOME}(?:预计)?分别(?:完成|达到)?${NUMBER}元、${NUMBER}元[，,]?(?:同比)?增长${NUMBER}%、${NUMBER}%`);
const JOINT_INCOME_GROWTH = new RegExp(String.raw`${JOINT_INCOME}(年均)?增长${NUMBER}%(左右|以上)?`);
/** Urban and rural growth given apart in one clause: `城乡居民人均可支配收入分别增长8%、8%以上`. */
const JOINT_INCOME_EACH = new RegExp(String.raw`${JOINT_INCOME}(?:预计)?分别(年均)?增长${NUMBER}%(左右|以上)?[、和]${NUMBER}%(左右|以上)?`);
const JOINT_INCOME_SAME_PACE = new RegExp(String.raw`${JOINT_INCOME}(?:增长)?与(?:GDP|经济)增长(?:基本)?同步`);
/** Where a paragraph announces the coming year's targets; what follows is targets, what precedes is actuals. */
const TARGETS_ANNOUNCED = /(?:主要)?预期(?:目标|指标)(?:是|为)?[：:]|主要目标是|综合(?:考虑)?各方面因素[，,]/;
/** A per-person figure is not the place's headline figure, nor one per unit of GDP (`单位GDP二氧化碳排放`). */
const PER_PERSON = /人均$|单位$/;
/** Nor is a sub-area's (a development zone's), named anywhere in the clause before the indicator (`开发区规上工业总产值…、规上工业增加值…`). */
const SUB_AREA = /开发区|园区|高新区|专业镇/;
/** A sentence of the review that states what is to come (`确保新增城镇就业4800人`) states a target for the report's year. */
const COMMITMENT = /确保|力争|今年|预期目标(?![之以]?内)|目标是/;
/** A result the report gives before the statistics are final. */
const ESTIMATED = /预计|初步核算|预期完成/;
/** Five-year plan periods by name: 十三五 is 2016–2020. */
const PLAN_PERIODS: Record<string, number> = { 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };

/** The period a sentence names, if any: a five-year plan by name, the past five years, or the plan the report is. */
function periodOf(sentence: string, context: SentenceContext): { from: number; to: number } | null {
  const plan = /十[二三四五]五/.exec(sentence);
  if (plan) return { from: PLAN_PERIODS[plan[0]]!, to: PLAN_PERIODS[plan[0]]! + 4 };
  if (/过去五年|这五年|五年来|五年间/.test(sentence)) return { from: context.reportYear - 5, to: context.reportYear - 1 };
  if (/未来五年|今后五年/.test(sentence)) return { from: context.reportYear, to: context.reportYear + 4 };
  return context.paragraphPeriod ?? context.planPeriod;
}

/** A figure's words without the comma that joined them to the indicator's clause. */
const trimLead = (printed: string) => printed.replace(/^[，,]/, '');

/** Sentences of a text, each with its end punctuation. */
function sentences(text: string): string[] {
  return text.match(/[^。；！]+[。；！]?/g) ?? [];
}

/** All names of all indicators, longest first, to cut a sentence into one clause per indicator. */
const ALL_NAMES = INDICATORS.flatMap((indicator) => NAMES[indicator].map((name) => ({ indicator, name }))).sort((a, b) => b.name.length - a.name.length);

/**
 * The headline figures of one sentence, each with what it is: its basis (one year, average annual, cumulative,
 * against a base year), whether it is a result, an estimate or a target, and its qualifier, as printed.
 */
export function figuresInSentence(sentence: string, context: SentenceContext): SentenceFigure[] {
  // Spaces around numbers vary between reports (`完成 172.71 亿元` / `完成3.18亿元`); they carry no meaning here.
  // Full-width percent signs (`3％左右`) read as half-width ones; `printed` gives them back as printed.
  const compact = sentence.replace(/\s+/g, '').replace(/％/g, '%');
  const period = periodOf(compact, context);
  // A sentence about a period still running, or one to come (十四五 in a 2021 report), states targets.
  const committed = context.kind === 'actual' && COMMITMENT.test(compact) && !/去年|过去/.test(compact);
  const kind: Figure['kind'] = context.kind === 'target' || committed || (period !== null && period.to >= context.reportYear) ? 'target' : ESTIMATED.test(compact) ? 'estimated' : 'actual';
  const byDate = /到(20\d\d)年/.exec(compact);
  const aboutPeriod = period !== null && period !== context.planPeriod;
  const year = period && (kind === 'target' || aboutPeriod) ? period.to : byDate && kind === 'target' ? Number(byDate[1]) : committed ? context.reportYear : context.year;
  const figures: SentenceFigure[] = [];
  const base = { kind, sentence, year, basis: 'year' as FigureBasis, from: null as number | null };
  /** The basis of a figure whose clause (up to its number) is `lead`. */
  const basisOf = (lead: string, indicator?: IndicatorId): Pick<Figure, 'basis' | 'from'> => {
    // A past average or total with no period named covers the past five years (the term a report looks back on).
    if (/年均/.test(lead)) return { basis: 'average-annual', from: period?.from ?? (kind === 'target' ? null : context.reportYear - 5) };
    if (/累计/.test(lead) || /累计/.test(compact.slice(0, compact.indexOf(lead)))) return { basis: 'cumulative', from: period?.from ?? (kind === 'target' ? null : context.reportYear - 5) };
    // A flow's amount stated for a period (`过去五年……城镇新增就业40万人`, `今后五年……`) is that period's total.
    if (indicator && FLOWS.has(indicator) && period !== null && !/%/.test(lead)) return { basis: 'cumulative', from: period.from };
    return { basis: 'year', from: null };
  };

  const joint = (measure: Figure['measure'], values: [number | null, number | null], unit: Figure['unit'], qualifier: Figure['qualifier'], printed: string, basis: Pick<Figure, 'basis' | 'from'>) => {
    figures.push({ ...base, ...basis, indicator: 'urban-income', measure, value: values[0], unit, qualifier, printed });
    figures.push({ ...base, ...basis, indicator: 'rural-income', measure, value: values[1], unit, qualifier, printed });
  };
  const jointActual = JOINT_INCOME_ACTUAL.exec(compact);
  if (jointActual) {
    joint('value', [Number(jointActual[1]), Number(jointActual[2])], '元', null, jointActual[0], { basis: 'year', from: null });
    joint('growth', [Number(jointActual[3]), Number(jointActual[4])], '%', null, jointActual[0], { basis: 'year', from: null });
  }
  const jointEach = jointActual ? null : JOINT_INCOME_EACH.exec(compact);
  if (jointEach) {
    const basis = basisOf(jointEach[0]);
    figures.push({ ...base, ...basis, indicator: 'urban-income', measure: 'growth', value: Number(jointEach[2]), unit: '%', qualifier: (jointEach[3] as Figure['qualifier']) ?? null, printed: jointEach[0] });
    figures.push({ ...base, ...basis, indicator: 'rural-income', measure: 'growth', value: Number(jointEach[4]), unit: '%', qualifier: (jointEach[5] as Figure['qualifier']) ?? null, printed: jointEach[0] });
  }
  const jointGrowth = jointActual || jointEach ? null : JOINT_INCOME_GROWTH.exec(compact);
  if (jointGrowth) joint('growth', [Number(jointGrowth[2]), Number(jointGrowth[2])], '%', (jointGrowth[3] as Figure['qualifier']) ?? null, jointGrowth[0], basisOf(jointGrowth[0]));
  const jointPace = JOINT_INCOME_SAME_PACE.exec(compact);
  if (jointPace) joint('growth', [null, null], '%', '同步', jointPace[0], { basis: 'year', from: null });
  // The joint clauses' figures are taken; 农村居民人均可支配收入 inside `城镇和农村居民人均可支配收入分别增长7.5%、8%` would
  // otherwise read the urban figure as the rural one.
  const jointSpans = [jointActual, jointEach, jointGrowth, jointPace].filter((match) => match !== null).map((match) => ({ at: match.index, end: match.index + match[0].length }));

  const found: { indicator: IndicatorId; at: number; end: number }[] = [];
  for (const { indicator, name } of ALL_NAMES) {
    for (let at = compact.indexOf(name); at !== -1; at = compact.indexOf(name, at + 1)) {
      if (found.some((other) => at < other.end && other.at < at + name.length)) continue;
      found.push({ indicator, at, end: at + name.length });
    }
  }
  found.sort((a, b) => a.at - b.at);
  /** The years of the sentence's first change between two printed years, which later ones leave out. */
  let changeYears: [number, number] | null = null;
  found.forEach((hit, index) => {
    if (jointSpans.some((span) => hit.at >= span.at && hit.at < span.end)) return;
    const lead = compact.slice(0, hit.at);
    if (PER_PERSON.test(lead) || SUB_AREA.test(lead.slice(Math.max(lead.search(/[，；：,;:][^，；：,;:]*$/), 0)))) return;
    const clause = compact.slice(hit.end, found[index + 1]?.at ?? compact.length);
    const figure = { ...base, indicator: hit.indicator };
    // 力争 just before the indicator (`力争全市地区生产总值突破3000亿元`) qualifies its figure as it does after.
    const striving = /力争[^，；：,;:、]{0,4}$/.test(lead);
    const qualifierOf = (printed: string | undefined, strive?: string): Figure['qualifier'] =>
      printed === '以下' ? '以内' : ((printed as Figure['qualifier']) ?? (strive || striving ? '力争' : null));
    const relative = RELATIVE.exec(clause);
    if (relative) {
      const [, byYear, doubled, more, percent, ofYear, times] = relative;
      const value = doubled ? 100 : percent ? Number(percent) : Math.round((Number(times) - 1) * 1000) / 10;
      const printed = relative[0].slice(byYear ? relative[0].indexOf('比') : relative[0].indexOf('达到'));
      figures.push({ ...figure, measure: 'growth', basis: 'relative', from: Number(byYear ?? ofYear), value, unit: '%', qualifier: more ? '以上' : striving ? '力争' : null, printed });
    } else if (period !== null && period.to < context.reportYear) {
      // A doubling with no base year printed is over the period looked back on, from the level of the year before it.
      const doubled = DOUBLED.exec(clause) ?? ALL_DOUBLED.exec(compact.slice(hit.end));
      if (doubled) figures.push({ ...figure, measure: 'growth', basis: 'relative', from: period.from - 1, value: 100, unit: '%', qualifier: doubled[1] ? '以上' : null, printed: doubled[0].slice(doubled[0].indexOf('翻')) });
    }
    if (hit.indicator === 'registered-unemployment' || hit.indicator === 'surveyed-unemployment') {
      const rate = RATE.exec(clause);
      if (rate) figures.push({ ...figure, ...basisOf(rate[0]), measure: 'value', value: Number(rate[1]), unit: '%', qualifier: qualifierOf(rate[2]), printed: rate[0] });
      return;
    }
    const printedChange = relative ? null : FROM_TO.exec(clause);
    if (printedChange?.[1] && printedChange[4]) changeYears = [Number(printedChange[1]), Number(printedChange[4])];
    const change = printedChange && changeYears ? printedChange : null;
    if (change) {
      const [, , fromValue, fromUnit, , toValue, toUnit] = change;
      const [fromYear, toYear] = changeYears!;
      figures.push({ ...figure, kind: 'actual', year: Number(fromYear), measure: 'value', value: Number(fromValue), unit: fromUnit as Figure['unit'], qualifier: null, printed: change[0].slice(0, change[0].indexOf('到')) });
      figures.push({ ...figure, kind: figure.kind === 'target' ? 'target' : 'actual', year: Number(toYear), measure: 'value', value: Number(toValue), unit: toUnit as Figure['unit'], qualifier: null, printed: change[0].slice(change[0].indexOf('到')) });
    }
    const afterRelative = relative ? clause.slice(relative[0].length) : change ? clause.slice(change[0].length) : clause;
    const value = VALUE.exec(afterRelative);
    if (value) figures.push({ ...figure, ...basisOf(value[0], hit.indicator), measure: 'value', value: Number(value[2]), unit: value[3] as Figure['unit'], qualifier: qualifierOf(value[4], value[1]), printed: trimLead(value[0]) });
    const rest = value ? afterRelative.slice(value[0].length) : afterRelative;
    const yearOnYear = GROWTH.test(rest) ? null : YEAR_ON_YEAR.exec(rest);
    if (yearOnYear) figures.push({ ...figure, measure: 'growth', value: Number(yearOnYear[2]) * (yearOnYear[1] === '下降' ? -1 : 1), unit: '%', qualifier: null, printed: trimLead(yearOnYear[0]) });
    const growth = yearOnYear ? null : GROWTH.exec(rest);
    if (growth) {
      const falls = growth[1] === '下降' || growth[1] === '降低';
      figures.push({ ...figure, ...basisOf(growth[0]), measure: 'growth', value: Number(growth[3]) * (falls ? -1 : 1), unit: '%', qualifier: qualifierOf(growth[4], growth[2]), printed: trimLead(growth[0]) });
    } else if (hit.indicator === 'cpi' && PRICE_CEILING.test(rest)) {
      const ceiling = PRICE_CEILING.exec(rest)!;
      figures.push({ ...figure, measure: 'growth', value: Number(ceiling[1]), unit: '%', qualifier: qualifierOf(ceiling[2]), printed: ceiling[0] });
    } else if (SAME_PACE.test(rest)) figures.push({ ...figure, measure: 'growth', value: null, unit: '%', qualifier: '同步', printed: SAME_PACE.exec(rest)![0] });
    else if (ABOVE.test(rest)) figures.push({ ...figure, measure: 'growth', value: null, unit: '%', qualifier: '高于', printed: ABOVE.exec(rest)![0] });
  });
  return sentence.includes('％') ? figures.map((figure) => ({ ...figure, printed: figure.printed.replace(/%/g, '％') })) : figures;
}

/**
 * Headline figures a report states: results from its review of the past year, targets after its announcement of
 * 预期目标 (in the same paragraph, or a list that follows it) and in sentences about a period still to come. A
 * five-year plan's text states targets for its period. Hand-written rather than a library: the sentences are
 * formulaic, and every figure is checked against figures read by a person (seeds/<id>.expected.json and
 * tests/fixtures/figures/).
 */
export function extractFigures(document: ReportDocument): Figure[] {
  const { report, tree } = document;
  const fiveYear = report.kind === 'five-year-plan';
  const planPeriod = fiveYear ? { from: report.year, to: report.year + 4 } : null;
  const figures: Figure[] = [];
  let listOfTargets = false;
  // A review section that opens on a past period (`“十四五”时期……五年来`) is about it in its following paragraphs
  // (`**经济综合实力稳步提高。**…`) until one opens on the past year (`刚刚过去的2025年`).
  let sectionPeriod = null as { section: string | null; period: { from: number; to: number } } | null;
  const pastYear = new RegExp(String.raw`${report.year - 1}年|过去的?一年|一年来|去年`);
  // In a plan, targets stand in its goals section (发展目标) or in sentences about the plan period.
  const goalSections = new Set(flattenSections(tree.sections).filter((section) => section.title?.includes('目标')).map((section) => section.id));
  for (const unit of linkableTexts(tree as ReportTree)) {
    if (unit.anchor === null) continue;
    const isList = unit.text.includes('\n');
    const announced = TARGETS_ANNOUNCED.exec(unit.text);
    if (!fiveYear || (unit.section !== null && goalSections.has(unit.section)) || /2025|十四五/.test(unit.text)) {
      let offset = 0;
      const first = sentences(unit.text)[0] ?? '';
      // Only a past period carries over to the paragraph's other sentences: a review that opens `“十四五”开局之年` does not make its results targets.
      const named = isList ? null : periodOf(first.replace(/\s+/g, ''), { kind: 'actual', year: report.year - 1, reportYear: report.year, planPeriod: null });
      const pastPeriod = named && named.to < report.year && !pastYear.test(first) ? named : null;
      // Only a paragraph that opens on the period carries it on (not `习近平总书记五年来第三次亲临…`), and one that
      // opens on the past year, the coming years or the targets ends it.
      const opener = first.replace(/\s+/g, '').replace(/^各位代表[，,]/, '').slice(0, 16);
      if (sectionPeriod?.section !== unit.section || pastYear.test(first) || announced || /今后|未来|今年/.test(opener)) sectionPeriod = null;
      if (pastPeriod && periodOf(opener, { kind: 'actual', year: report.year - 1, reportYear: report.year, planPeriod: null })) sectionPeriod = { section: unit.section, period: pastPeriod };
      // A paragraph that opens on the coming five years (`今后五年，我们的奋斗目标是：…`) is about them throughout.
      const paragraphPeriod = pastPeriod ?? (named && /未来五年|今后五年/.test(first) ? named : null);
      for (const sentence of isList ? unit.text.split('\n') : sentences(unit.text)) {
        const target = fiveYear || (isList && listOfTargets) || (announced !== null && offset + sentence.length > announced.index);
        offset += sentence.length;
        const context: SentenceContext = { kind: target ? 'target' : 'actual', year: target ? (fiveYear ? report.year + 4 : report.year) : report.year - 1, reportYear: report.year, planPeriod, paragraphPeriod: paragraphPeriod ?? (target ? null : (sectionPeriod?.period ?? null)) };
        for (const figure of figuresInSentence(sentence, context)) figures.push({ ...figure, report: report.id, section: unit.section, anchor: unit.anchor, curated: false });
      }
    }
    // A paragraph ending in `预期目标：` introduces a list of targets.
    listOfTargets = announced !== null && /[：:]$/.test(unit.text.trim());
  }
  return figures;
}
