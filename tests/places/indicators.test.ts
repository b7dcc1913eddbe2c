import { describe, expect, it } from 'vitest';
import { extractFigures, figuresInSentence } from '../../src/lib/indicators.ts';
import { planIndicators } from '../../src/lib/plan-tables.ts';
import type { ExpectedFigure } from '../../src/schema/expected.ts';
import { allSections, buildSeed, manifest, parseParagraphs, seedExpectations } from '../helpers.ts';

type Figure = ExpectedFigure & { report: string };

/** Figures read by a person, per report (`figures` in seeds/<id>.expected.json); reports nobody has read are left out. */
const read = manifest.reports.flatMap((entry) => {
  const figures = seedExpectations(entry.id)?.figures;
  return figures ? [{ report: entry.id, figures: figures.map((figure) => ({ ...figure, report: entry.id })) }] : [];
});
const expected: Figure[] = read.flatMap((report) => report.figures);
const extracted = manifest.reports.flatMap((entry) => extractFigures(buildSeed(entry.id)));
const key = (figure: Pick<Figure, 'report' | 'indicator' | 'measure' | 'basis' | 'from' | 'year' | 'kind' | 'value' | 'unit' | 'qualifier'>) =>
  [figure.report, figure.indicator, figure.measure, figure.basis, figure.from ?? '', figure.year, figure.kind, figure.value, figure.unit, figure.qualifier ?? ''].join('|');

describe('headline figures', () => {
  it('have been read by hand for at least one report', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  for (const { report, figures } of read) {
    it(`${report}: match the figures read by hand, no more and no fewer`, () => {
      expect(extracted.filter((figure) => figure.report === report).map(key).sort()).toEqual(figures.map(key).sort());
    });
  }

  it('are each printed in their source sentence, number, unit and qualifier', () => {
    for (const figure of extracted) {
      const sentence = figure.sentence.replace(/\s+/g, '');
      expect(sentence, key(figure)).toContain(figure.printed);
      // 翻一番 is 100% as a number, printed in words; 翻了一番多 is more than 100%; N倍 of a base year is (N − 1) × 100%.
      const doubled = /翻了?一番(多)?$/.exec(figure.printed);
      const times = /(\d+(?:\.\d+)?)倍$/.exec(figure.printed);
      if (doubled) expect([figure.value, figure.basis, figure.qualifier], key(figure)).toEqual([100, 'relative', doubled[1] ? '以上' : figure.qualifier]);
      else if (times) expect([figure.value, figure.basis], key(figure)).toEqual([Math.round((Number(times[1]) - 1) * 1000) / 10, 'relative']);
      else if (figure.value !== null) {
        const printed = figure.printed.replace(/％/g, '%');
        expect(printed, key(figure)).toContain(figure.unit);
        expect(printed.match(/\d+(?:\.\d+)?/g)!.map(Number), key(figure)).toContain(Math.abs(figure.value));
      }
      if (figure.qualifier && figure.qualifier !== '以内' && !doubled?.[1]) expect(sentence, key(figure)).toContain(figure.qualifier);
    }
  });

  it('link to the paragraph that holds their source line', () => {
    for (const figure of expected) {
      const match = extracted.find((candidate) => key(candidate) === key(figure));
      if (!match) continue; // reported by the test of its report
      const section = allSections(buildSeed(figure.report).tree.sections).find((candidate) => candidate.id === match.section)!;
      const block = [...section.blocks, ...section.afterChildren].find((candidate) => candidate.type !== 'gap' && candidate.id === match.anchor)!;
      expect(block.lines.start <= figure.line && figure.line <= block.lines.end, `${key(match)} at line ${figure.line}`).toBe(true);
    }
  });

  it('survive a page-break join, read 同比下降 as negative, and keep targets apart from results', () => {
    const tree = parseParagraphs('一、2022年工作回顾', '地区生产总值完成 183.5 亿元，同', '比增长 7.7%；社会消费品零售总额完成 53.3 亿元，同比下降 0.9%。', '二、2023年工作安排', '主要预期目标是：地区生产总值增长 7%左右，城镇居民人均可支配收入增速与经济增长同步。');
    const document = { report: { ...buildSeed('xinjiang-county-2023-work-report').report }, tree };
    const figures = extractFigures(document).map((figure) => `${figure.kind} ${figure.year} ${figure.indicator} ${figure.measure} ${figure.value} ${figure.qualifier ?? ''}`.trim());
    expect(figures).toEqual([
      'actual 2022 gdp value 183.5',
      'actual 2022 gdp growth 7.7',
      'actual 2022 retail-sales value 53.3',
      'actual 2022 retail-sales growth -0.9',
      'target 2023 gdp growth 7 左右',
      'target 2023 urban-income growth null 同步',
    ]);
  });

  it('ignore a development zone’s figure', () => {
    const tree = parseParagraphs('一、2022年工作回顾', '开发区规上工业增加值增长15.4%，全县规上工业增加值增长13.5%。');
    const document = { report: { ...buildSeed('xinjiang-county-2023-work-report').report }, tree };
    expect(extractFigures(document).map((figure) => figure.value)).toEqual([13.5]);
  });
});

/** Each kind of figure, in sentences as the reports print them (file and report year given), read in their context. */
describe('what each figure is', () => {
  const review = (reportYear: number) => ({ kind: 'actual' as const, year: reportYear - 1, reportYear, planPeriod: null });
  const targets = (reportYear: number) => ({ kind: 'target' as const, year: reportYear, reportYear, planPeriod: null });
  const plan = { kind: 'target' as const, year: 2025, reportYear: 2021, planPeriod: { from: 2021, to: 2025 } };
  const brief = (sentence: string, context: Parameters<typeof figuresInSentence>[1]) =>
    figuresInSentence(sentence, context).map((figure) => [figure.indicator, figure.measure, figure.basis, figure.from, figure.year, figure.kind, figure.value, figure.unit, figure.qualifier, figure.printed]);

  it('年均 over a named plan period: an average annual result, not one year’s (taiyuan-2021)', () => {
    expect(brief('“十三五”时期，地区生产总值年均增长6.6%，总量迈上4千亿元台阶。', review(2021))).toEqual([['gdp', 'growth', 'average-annual', 2016, 2020, 'actual', 6.6, '%', null, '年均增长6.6%']]);
  });

  it('年均 in a five-year plan: an average annual target over the plan period (yongji-2021-five-year-plan)', () => {
    expect(brief('固定资产投资年均增长 10%，社会消费品零售总额年均增长 15%。', plan)).toEqual([
      ['fixed-asset-investment', 'growth', 'average-annual', 2021, 2025, 'target', 10, '%', null, '年均增长10%'],
      ['retail-sales', 'growth', 'average-annual', 2021, 2025, 'target', 15, '%', null, '年均增长15%'],
    ]);
  });

  it('翻一番 against a base year, then the amount and the average rate (yongji-2021-five-year-plan)', () => {
    expect(brief('全市地区生产总值比 2019 年翻一番，达到 250 亿元左右，年均增长 13%以上，在运城市的排名持续进位。', plan)).toEqual([
      ['gdp', 'growth', 'relative', 2019, 2025, 'target', 100, '%', null, '比2019年翻一番'],
      ['gdp', 'value', 'year', null, 2025, 'target', 250, '亿元', '左右', '达到250亿元左右'],
      ['gdp', 'growth', 'average-annual', 2021, 2025, 'target', 13, '%', '以上', '年均增长13%以上'],
    ]);
  });

  it('累计 over the past five years: a cumulative result', () => {
    // In the reports' wording (no report in the atlas yet states a cumulative headline figure), either order.
    expect(brief('过去五年，累计完成固定资产投资1.2万亿元。', review(2021))).toEqual([['fixed-asset-investment', 'value', 'cumulative', 2016, 2020, 'actual', 1.2, '万亿元', null, '1.2万亿元']]);
    expect(brief('过去五年，固定资产投资累计完成 3200 亿元。', review(2021))).toEqual([['fixed-asset-investment', 'value', 'cumulative', 2016, 2020, 'actual', 3200, '亿元', null, '累计完成3200亿元']]);
  });

  it('翻了一番多 over the period looked back on, for every indicator of the sentence (lvliang-2022), and N倍 of a base year (changzhi-2022)', () => {
    const pastFive = { ...review(2022), paragraphPeriod: { from: 2017, to: 2021 } };
    expect(brief('地区生产总值突破2000亿元、规模以上工业增加值突破1000亿元、一般公共预算收入突破200亿元，总量均翻了一番多，位列全省第一方阵。', pastFive).filter(([, measure]) => measure === 'growth')).toEqual([
      ['gdp', 'growth', 'relative', 2016, 2021, 'actual', 100, '%', '以上', '翻了一番多'],
      ['industrial-value-added', 'growth', 'relative', 2016, 2021, 'actual', 100, '%', '以上', '翻了一番多'],
      ['general-budget-revenue', 'growth', 'relative', 2016, 2021, 'actual', 100, '%', '以上', '翻了一番多'],
    ]);
    expect(brief('全市地区生产总值翻了一番，一般公共预算收入达到2016年的2.3倍，经济总量保持全省第二。', pastFive)).toEqual([
      ['gdp', 'growth', 'relative', 2016, 2021, 'actual', 100, '%', null, '翻了一番'],
      ['general-budget-revenue', 'growth', 'relative', 2016, 2021, 'actual', 130, '%', null, '达到2016年的2.3倍'],
    ]);
  });

  it('同比 growth after other facts of the clause (datong-2022); the years of a change carried to the next indicator (jincheng-2021)', () => {
    expect(brief('全年地区生产总值完成1686亿元，净增305亿元，比近三年净增量之和多26.1亿元，同比增长7.5％、比上年提高3.2个百分点。', review(2022))).toEqual([
      ['gdp', 'value', 'year', null, 2021, 'actual', 1686, '亿元', null, '完成1686亿元'],
      ['gdp', 'growth', 'year', null, 2021, 'actual', 7.5, '%', null, '同比增长7.5％'],
    ]);
    expect(brief('地区生产总值从2015年的958.5亿元增加到2020年的1425.7亿元，年均增长5.9%，一般公共预算收入从93.9亿元增加到145.3亿元，年均增长9.1%。', review(2021))).toEqual([
      ['gdp', 'value', 'year', null, 2015, 'actual', 958.5, '亿元', null, '从2015年的958.5亿元增加'],
      ['gdp', 'value', 'year', null, 2020, 'actual', 1425.7, '亿元', null, '到2020年的1425.7亿元'],
      ['gdp', 'growth', 'average-annual', 2016, 2020, 'actual', 5.9, '%', null, '年均增长5.9%'],
      ['general-budget-revenue', 'value', 'year', null, 2015, 'actual', 93.9, '亿元', null, '从93.9亿元增加'],
      ['general-budget-revenue', 'value', 'year', null, 2020, 'actual', 145.3, '亿元', null, '到145.3亿元'],
      ['general-budget-revenue', 'growth', 'average-annual', 2016, 2020, 'actual', 9.1, '%', null, '年均增长9.1%'],
    ]);
  });

  it('urban and rural income in one clause: each once, never the urban figure as the rural one (taiyuan-2022, shanxi-2025)', () => {
    expect(brief('城镇和农村居民人均可支配收入分别增长7.5%、8%，居民消费价格指数涨幅控制在3%左右。', targets(2022)).filter(([indicator]) => indicator !== 'cpi')).toEqual([
      ['urban-income', 'growth', 'year', null, 2022, 'target', 7.5, '%', null, '城镇和农村居民人均可支配收入分别增长7.5%、8%'],
      ['rural-income', 'growth', 'year', null, 2022, 'target', 8, '%', null, '城镇和农村居民人均可支配收入分别增长7.5%、8%'],
    ]);
    expect(brief('城乡居民收入预计分别增长4.1%、6%。', review(2025)).map(([indicator, , , , year, kind, value]) => [indicator, year, kind, value])).toEqual([
      ['urban-income', 2024, 'estimated', 4.1],
      ['rural-income', 2024, 'estimated', 6],
    ]);
  });

  it('a result within the target is a result, and a per-unit-of-GDP figure is not GDP’s (yangquan-2021)', () => {
    expect(brief('居民消费价格上涨2.8%，控制在预期目标之内。', review(2021))).toEqual([['cpi', 'growth', 'year', null, 2020, 'actual', 2.8, '%', null, '上涨2.8%']]);
    expect(brief('单位GDP二氧化碳排放较“十二五”末下降26.6%，超额完成省定任务。', review(2021))).toEqual([]);
  });

  it('a review section that opens on a past period is about it until a paragraph opens on the past year (taiyuan-2026, shuozhou-2022)', () => {
    const jobs = extracted.filter((figure) => figure.report === 'taiyuan-2026-work-report' && figure.indicator === 'new-urban-jobs' && figure.kind !== 'target');
    expect(jobs.map((figure) => [figure.basis, figure.from, figure.year, figure.value])).toEqual([
      ['cumulative', 2021, 2025, 44],
      ['year', null, 2025, 9.7],
    ]);
    // A period named in passing (`习近平总书记五年来第三次亲临山西`) does not make the next paragraphs' targets past ones.
    const fiveYearGoal = extracted.find((figure) => figure.report === 'shuozhou-2022-work-report' && figure.printed === '年均增长8%以上');
    expect(fiveYearGoal && [fiveYearGoal.kind, fiveYearGoal.year]).toEqual(['target', 2022]);
  });

  it('预计 and 初步核算: estimates, not final results (shanxi-2020, shanxi-2024)', () => {
    expect(brief('预计，2019年全省地区生产总值增长6.3%左右，一般公共预算收入增长2.4%。', review(2020))).toEqual([
      ['gdp', 'growth', 'year', null, 2019, 'estimated', 6.3, '%', '左右', '增长6.3%左右'],
      ['general-budget-revenue', 'growth', 'year', null, 2019, 'estimated', 2.4, '%', null, '增长2.4%'],
    ]);
    expect(brief('初步核算，全省地区生产总值达到2.57万亿元，增长5%。', review(2024))).toEqual([
      ['gdp', 'value', 'year', null, 2023, 'estimated', 2.57, '万亿元', null, '达到2.57万亿元'],
      ['gdp', 'growth', 'year', null, 2023, 'estimated', 5, '%', null, '增长5%'],
    ]);
  });

  it('左右, 以上, 力争 and 以内 as printed, with full-width ％ kept (lvliang-2022, changzhi-2022, datong-2022)', () => {
    expect(brief('力争全市地区生产总值突破3000亿元，一般公共预算收入达到300亿元以上。', targets(2022))).toEqual([
      ['gdp', 'value', 'year', null, 2022, 'target', 3000, '亿元', '力争', '突破3000亿元'],
      ['general-budget-revenue', 'value', 'year', null, 2022, 'target', 300, '亿元', '以上', '达到300亿元以上'],
    ]);
    expect(brief('居民消费价格涨幅控制在3％左右，城镇新增就业4.3万人。', targets(2022))).toEqual([
      ['cpi', 'growth', 'year', null, 2022, 'target', 3, '%', '左右', '控制在3％左右'],
      ['new-urban-jobs', 'value', 'year', null, 2022, 'target', 4.3, '万人', null, '4.3万人'],
    ]);
    expect(brief('城镇调查失业率控制在5.5％以内。', targets(2022))).toEqual([['surveyed-unemployment', 'value', 'year', null, 2022, 'target', 5.5, '%', '以内', '控制在5.5％以内']]);
  });

  it('同步 and 高于: qualitative targets (yuncheng-2024)', () => {
    expect(brief('城镇居民人均可支配收入增长与经济增长同步，农村居民人均可支配收入增长高于经济增长。', targets(2024))).toEqual([
      ['urban-income', 'growth', 'year', null, 2024, 'target', null, '%', '同步', '增长与经济增长同步'],
      ['rural-income', 'growth', 'year', null, 2024, 'target', null, '%', '高于', '增长高于经济增长'],
    ]);
  });

  it('a commitment in the review part is a target for the report’s year (yanhu-2022)', () => {
    expect(brief('打造更加温暖的“零工之家”，确保新增城镇就业4800人、转移农村劳动力18000人。', review(2022))).toEqual([['new-urban-jobs', 'value', 'year', null, 2022, 'target', 4800, '人', null, '4800人']]);
  });

  it('a period still running makes a target: 十四五 in a 2021 report', () => {
    expect(brief('“十四五”时期，地区生产总值年均增长6%以上。', review(2021))).toEqual([['gdp', 'growth', 'average-annual', 2021, 2025, 'target', 6, '%', '以上', '年均增长6%以上']]);
  });

  it('leaves out per-person GDP and a development zone’s figures named earlier in the clause (xinjiang-county-2023)', () => {
    expect(brief('人均地区生产总值达到5万元。', review(2021))).toEqual([]);
    expect(brief('力争全年开发区规上工业总产值突破 500 亿元、规上工业增加值突破 100 亿元。', targets(2023))).toEqual([]);
  });
});

describe('the five-year plan’s indicator tables', () => {
  const rows = planIndicators(buildSeed('yongji-2021-five-year-plan'));

  it('become structured rows: 32 + 4 sub-rows of 表 1 results and 36 rows of 专栏 2 targets', () => {
    expect(rows.filter((row) => row.table === 'table-1' && /^\d+\./.test(row.name))).toHaveLength(32);
    expect(rows.filter((row) => row.table === 'box-2-table')).toHaveLength(36);
  });

  it('keep every figure as printed, with its year, result or target, growth and attribute', () => {
    expect(rows.find((row) => row.name === '1.国内生产总值（GDP）（亿元）')).toMatchObject({
      unit: '亿元',
      attribute: '预期性',
      growth: '1.1',
      values: [
        { year: 2015, kind: 'actual', text: '133.11' },
        { year: 2020, kind: 'actual', text: '128.3' },
      ],
    });
    expect(rows.find((row) => row.name === '地区生产总值（GDP）增长率（%）')).toMatchObject({
      attribute: '预期性',
      growth: '>13',
      values: [
        { year: 2020, kind: 'actual', text: '1.1' },
        { year: 2025, kind: 'target', text: '—' },
      ],
    });
    expect(rows.filter((row) => row.attribute === '约束性').length).toBeGreaterThan(10);
  });
});
