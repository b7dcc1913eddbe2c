import type { ReportTree } from '../pipeline/types.ts';
import type { ReportDocument } from '../schema/report.ts';
import { flattenSections } from './report-nav.ts';
import { linkableTexts } from './term-matching.ts';

export const INDICATORS = ['gdp', 'general-budget-revenue', 'fixed-asset-investment', 'retail-sales', 'industrial-value-added', 'urban-income', 'rural-income'] as const;
export type IndicatorId = (typeof INDICATORS)[number];

/** How the reports name each headline indicator. */
const NAMES: Record<IndicatorId, string[]> = {
  gdp: ['地区生产总值'],
  'general-budget-revenue': ['一般公共预算收入'],
  'fixed-asset-investment': ['固定资产投资'],
  'retail-sales': ['社会消费品零售总额'],
  'industrial-value-added': ['规模以上工业增加值', '规上工业增加值'],
  'urban-income': ['城镇居民人均可支配收入'],
  'rural-income': ['农村居民人均可支配收入'],
};

export interface Figure {
  report: string;
  indicator: IndicatorId;
  /** value: the amount; growth: the growth rate (negative for 下降). */
  measure: 'value' | 'growth';
  /** The year the figure is for. */
  year: number;
  kind: 'actual' | 'target';
  /** As printed; null for a qualitative target (增速与经济增长同步). */
  value: number | null;
  unit: '亿元' | '万元' | '元' | '%';
  qualifier: '左右' | '以上' | '同步' | '高于' | null;
  /** Where it is printed: section id (null for preamble/closing), paragraph anchor, and the sentence itself. */
  section: string | null;
  anchor: string | null;
  sentence: string;
  /** True for figures an editor entered or corrected by hand. */
  curated: boolean;
}

type SentenceFigure = Omit<Figure, 'report' | 'year' | 'section' | 'anchor' | 'curated'>;

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** The amount right after the indicator (`完成 172.71 亿元`), or after a short comparison (`比2019年翻一番，达到250亿元`). */
const VALUE = new RegExp(String.raw`^(?:(?:完成|达到|实现|为|达)?|[^，；。]{1,12}[，,](?:完成|达到|实现))${NUMBER}(亿元|万元|元)(左右|以上)?`);
const GROWTH = new RegExp(String.raw`^[^；。]{0,12}?(?:同比|年均)?(增长|下降)${NUMBER}%(左右|以上)?`);
const SAME_PACE = /^[^，；。]{0,8}(?:增速|增长)?(?:与|和)经济增长(?:基本)?同步/;
const ABOVE = /^[^，；。]{0,8}(?:增速|增长)?高于经济增长/;
/** Urban and rural income stated together: two figures each. */
const JOINT_INCOME_ACTUAL = new RegExp(String.raw`城乡居民人均可支配收入分别(?:完成|达到)?${NUMBER}元、${NUMBER}元[，,]?(?:同比)?增长${NUMBER}%、${NUMBER}%`);
const JOINT_INCOME_GROWTH = new RegExp(String.raw`城乡居民人均可支配收入(?:年均)?增长${NUMBER}%(左右|以上)?`);
const JOINT_INCOME_SAME_PACE = /城乡居民(?:人均可支配)?收入与(?:GDP|经济)增长(?:基本)?同步/;
/** Where a paragraph announces the coming year's targets; what follows is targets, what precedes is actuals. */
const TARGETS_ANNOUNCED = /(?:主要)?预期目标(?:是|为)?[：:]|主要目标是/;
/** A sub-area's figure (a development zone's) is not the place's headline figure. */
const SUB_AREA = /(开发区|园区|高新区|专业镇)$/;

/** Sentences of a text, each with its end punctuation. */
function sentences(text: string): string[] {
  return text.match(/[^。；！]+[。；！]?/g) ?? [];
}

/** All names of all indicators, longest first, to cut a sentence into one clause per indicator. */
const ALL_NAMES = INDICATORS.flatMap((indicator) => NAMES[indicator].map((name) => ({ indicator, name }))).sort((a, b) => b.name.length - a.name.length);

function figuresInSentence(sentence: string, kind: Figure['kind']): SentenceFigure[] {
  // Spaces around numbers vary between reports (`完成 172.71 亿元` / `完成3.18亿元`); they carry no meaning here.
  const compact = sentence.replace(/\s+/g, '');
  const figures: SentenceFigure[] = [];
  const joint = (measure: Figure['measure'], values: [number | null, number | null], unit: Figure['unit'], qualifier: Figure['qualifier']) => {
    figures.push({ indicator: 'urban-income', kind, sentence, measure, value: values[0], unit, qualifier });
    figures.push({ indicator: 'rural-income', kind, sentence, measure, value: values[1], unit, qualifier });
  };
  const jointActual = JOINT_INCOME_ACTUAL.exec(compact);
  if (jointActual) {
    joint('value', [Number(jointActual[1]), Number(jointActual[2])], '元', null);
    joint('growth', [Number(jointActual[3]), Number(jointActual[4])], '%', null);
  }
  const jointGrowth = jointActual ? null : JOINT_INCOME_GROWTH.exec(compact);
  if (jointGrowth) joint('growth', [Number(jointGrowth[1]), Number(jointGrowth[1])], '%', (jointGrowth[2] as Figure['qualifier']) ?? null);
  if (JOINT_INCOME_SAME_PACE.test(compact)) joint('growth', [null, null], '%', '同步');

  const found: { indicator: IndicatorId; at: number; end: number }[] = [];
  for (const { indicator, name } of ALL_NAMES) {
    for (let at = compact.indexOf(name); at !== -1; at = compact.indexOf(name, at + 1)) {
      if (found.some((other) => at < other.end && other.at < at + name.length)) continue;
      found.push({ indicator, at, end: at + name.length });
    }
  }
  found.sort((a, b) => a.at - b.at);
  found.forEach((hit, index) => {
    if (SUB_AREA.test(compact.slice(0, hit.at))) return;
    const clause = compact.slice(hit.end, found[index + 1]?.at ?? compact.length);
    const base = { indicator: hit.indicator, kind, sentence };
    const value = VALUE.exec(clause);
    if (value) figures.push({ ...base, measure: 'value', value: Number(value[1]), unit: value[2] as Figure['unit'], qualifier: (value[3] as Figure['qualifier']) ?? null });
    const growth = GROWTH.exec(value ? clause.slice(value[0].length) : clause);
    if (growth) figures.push({ ...base, measure: 'growth', value: Number(growth[2]) * (growth[1] === '下降' ? -1 : 1), unit: '%', qualifier: (growth[3] as Figure['qualifier']) ?? null });
    else if (SAME_PACE.test(clause)) figures.push({ ...base, measure: 'growth', value: null, unit: '%', qualifier: '同步' });
    else if (ABOVE.test(clause)) figures.push({ ...base, measure: 'growth', value: null, unit: '%', qualifier: '高于' });
  });
  return figures;
}

/**
 * Headline figures a report states: actuals from its review of the past year, targets after its announcement of
 * 预期目标 (in the same paragraph, or a list that follows it). A five-year plan's text states targets for its last year.
 * Hand-written rather than a library: the sentences are formulaic, and every figure is checked against a table
 * read by a person (`figures` in seeds/<id>.expected.json).
 */
export function extractFigures(document: ReportDocument): Figure[] {
  const { report, tree } = document;
  const fiveYear = report.kind === 'five-year-plan';
  const figures: Figure[] = [];
  let listOfTargets = false;
  // In a plan, targets stand in its goals section (发展目标) or in sentences about the plan period.
  const goalSections = new Set(flattenSections(tree.sections).filter((section) => section.title?.includes('目标')).map((section) => section.id));
  for (const unit of linkableTexts(tree as ReportTree)) {
    if (unit.anchor === null) continue;
    const isList = unit.text.includes('\n');
    const announced = TARGETS_ANNOUNCED.exec(unit.text);
    if (!fiveYear || (unit.section !== null && goalSections.has(unit.section)) || /2025|十四五/.test(unit.text)) {
      let offset = 0;
      for (const sentence of isList ? unit.text.split('\n') : sentences(unit.text)) {
        const target = fiveYear || (isList && listOfTargets) || (announced !== null && offset + sentence.length > announced.index);
        offset += sentence.length;
        const kind: Figure['kind'] = target ? 'target' : 'actual';
        const year = target ? (fiveYear ? report.year + 4 : report.year) : report.year - 1;
        for (const figure of figuresInSentence(sentence, kind)) figures.push({ ...figure, report: report.id, year, section: unit.section, anchor: unit.anchor, curated: false });
      }
    }
    // A paragraph ending in `预期目标：` introduces a list of targets.
    listOfTargets = announced !== null && /[：:]$/.test(unit.text.trim());
  }
  return figures;
}
