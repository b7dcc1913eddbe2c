import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/indicators.ts';
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
const key = (figure: Pick<Figure, 'report' | 'indicator' | 'measure' | 'year' | 'kind' | 'value' | 'unit' | 'qualifier'>) =>
  [figure.report, figure.indicator, figure.measure, figure.year, figure.kind, figure.value, figure.unit, figure.qualifier ?? ''].join('|');

describe('headline figures', () => {
  it('have been read by hand for at least one report', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  for (const { report, figures } of read) {
    it(`${report}: match the figures read by hand, no more and no fewer`, () => {
      expect(extracted.filter((figure) => figure.report === report).map(key).sort()).toEqual(figures.map(key).sort());
    });
  }

  it('are each printed in their source sentence, number and unit', () => {
    for (const figure of extracted) {
      const sentence = figure.sentence.replace(/\s+/g, '');
      if (figure.value !== null) expect(sentence, key(figure)).toContain(`${Math.abs(figure.value)}${figure.unit}`.replace('%', figure.unit === '%' ? '%' : ''));
      if (figure.qualifier) expect(sentence, key(figure)).toContain(figure.qualifier);
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
