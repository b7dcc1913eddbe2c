import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Figure } from '../../src/lib/indicators.ts';
import { meetsTarget, TARGETS_PER_PAGE, trackTargets, type TrackedReport } from '../../src/lib/target-tracker.ts';
import { root } from '../helpers.ts';

/** A figure with the fields the tracker reads; the rest as a one-year growth result of GDP. */
const figure = (fields: Partial<Figure> & Pick<Figure, 'report'>): Figure => ({
  indicator: 'gdp',
  measure: 'growth',
  basis: 'year',
  from: null,
  year: 2021,
  kind: 'actual',
  value: 6,
  unit: '%',
  qualifier: null,
  printed: '增长6%',
  section: '1',
  anchor: 'p1',
  sentence: '地区生产总值增长6%。',
  curated: false,
  ...fields,
});

const reports: TrackedReport[] = [
  { id: 'province-2021', place: 'shanxi', year: 2021 },
  { id: 'province-2022', place: 'shanxi', year: 2022 },
  { id: 'city-2021', place: 'taiyuan', year: 2021 },
  { id: 'city-2022', place: 'taiyuan', year: 2022 },
  { id: 'county-2021', place: 'yongji', year: 2021 },
];

describe('meetsTarget', () => {
  it('reads 左右 with half a point of room, 以上 and a bare number as floors', () => {
    expect(meetsTarget({ indicator: 'gdp', value: 6, unit: '%', qualifier: '左右' }, { value: 5.6, unit: '%' })).toBe(true);
    expect(meetsTarget({ indicator: 'gdp', value: 6, unit: '%', qualifier: '左右' }, { value: 5.4, unit: '%' })).toBe(false);
    expect(meetsTarget({ indicator: 'gdp', value: 6, unit: '%', qualifier: '以上' }, { value: 5.9, unit: '%' })).toBe(false);
    expect(meetsTarget({ indicator: 'gdp', value: 6, unit: '%', qualifier: null }, { value: 6, unit: '%' })).toBe(true);
  });

  it('reads a price rise, an unemployment rate and 以内 as ceilings', () => {
    expect(meetsTarget({ indicator: 'cpi', value: 3, unit: '%', qualifier: '左右' }, { value: 3.4, unit: '%' })).toBe(true);
    expect(meetsTarget({ indicator: 'cpi', value: 3, unit: '%', qualifier: '左右' }, { value: 3.6, unit: '%' })).toBe(false);
    expect(meetsTarget({ indicator: 'registered-unemployment', value: 4.5, unit: '%', qualifier: '以内' }, { value: 4.5, unit: '%' })).toBe(true);
    expect(meetsTarget({ indicator: 'surveyed-unemployment', value: 5.5, unit: '%', qualifier: null }, { value: 5.7, unit: '%' })).toBe(false);
  });

  it('compares amounts across units (万人 and 人, 亿元 and 万亿元), and refuses different kinds of unit', () => {
    expect(meetsTarget({ indicator: 'new-urban-jobs', value: 1.8, unit: '万人', qualifier: '以上' }, { value: 19610, unit: '人' })).toBe(true);
    expect(meetsTarget({ indicator: 'gdp', value: 30000, unit: '亿元', qualifier: null }, { value: 2.57, unit: '万亿元' })).toBe(false);
    expect(meetsTarget({ indicator: 'gdp', value: 6, unit: '%', qualifier: null }, { value: 2000, unit: '亿元' })).toBeNull();
  });
});

describe('trackTargets', () => {
  it('pairs a target with the same place’s later result, never another place’s', () => {
    const target = figure({ report: 'province-2021', kind: 'target', value: 6, qualifier: '左右' });
    const cityResult = figure({ report: 'city-2022', value: 9 });
    const [outcome] = trackTargets([target, cityResult], reports);
    expect(outcome).toMatchObject({ status: 'no-result', reason: 'later-report-silent', result: null });
    const provinceResult = figure({ report: 'province-2022', value: 5.2 });
    expect(trackTargets([target, cityResult, provinceResult], reports)[0]).toMatchObject({ status: 'missed', result: provinceResult });
  });

  it('takes no result from the report that set the target, and says when no later report exists', () => {
    const target = figure({ report: 'county-2021', kind: 'target', year: 2021 });
    const sameReport = figure({ report: 'county-2021', year: 2021, value: 9 });
    expect(trackTargets([target, sameReport], reports)[0]).toMatchObject({ status: 'no-result', reason: 'no-later-report' });
  });

  it('puts a missing result down to the next year’s report: absent, or present and silent; and says when only the benchmark is missing', () => {
    const places: TrackedReport[] = [...reports, { id: 'city-2024', place: 'taiyuan', year: 2024 }];
    const target2022 = figure({ report: 'city-2022', kind: 'target', year: 2022 });
    expect(trackTargets([target2022], places)[0]).toMatchObject({ status: 'no-result', reason: 'no-later-report' });
    const target2021 = figure({ report: 'city-2021', kind: 'target', year: 2021 });
    expect(trackTargets([target2021], places)[0]).toMatchObject({ status: 'no-result', reason: 'later-report-silent' });
    const inStep = figure({ report: 'city-2021', kind: 'target', indicator: 'urban-income', value: null, qualifier: '同步' });
    const urban = figure({ report: 'city-2022', indicator: 'urban-income', value: 7.6 });
    expect(trackTargets([inStep, urban], places)[0]).toMatchObject({ status: 'no-result', reason: 'no-benchmark', result: urban });
  });

  it('prefers a final result to an estimate', () => {
    const target = figure({ report: 'city-2021', kind: 'target', value: 7 });
    const estimate = figure({ report: 'city-2022', kind: 'estimated', value: 7.5 });
    const actual = figure({ report: 'city-2022', kind: 'actual', value: 6.8, anchor: 'p9' });
    expect(trackTargets([target, estimate, actual], reports)[0]).toMatchObject({ status: 'missed', result: actual });
  });

  it('does not judge an average annual target by one year’s result', () => {
    const target = figure({ report: 'city-2021', kind: 'target', basis: 'average-annual', from: 2021, year: 2021, value: 6 });
    const oneYear = figure({ report: 'city-2022', value: 9 });
    expect(trackTargets([target, oneYear], reports)[0]).toMatchObject({ status: 'not-comparable', reason: 'different-basis' });
  });

  it('judges income growth 同步 and 高于 against the same year’s GDP growth', () => {
    const inStep = figure({ report: 'city-2021', kind: 'target', indicator: 'urban-income', value: null, qualifier: '同步' });
    const above = figure({ report: 'city-2021', kind: 'target', indicator: 'rural-income', value: null, qualifier: '高于' });
    const gdp = figure({ report: 'city-2022', value: 8 });
    const urban = figure({ report: 'city-2022', indicator: 'urban-income', value: 7.6 });
    const rural = figure({ report: 'city-2022', indicator: 'rural-income', value: 7.9 });
    const [first, second] = trackTargets([inStep, above, gdp, urban, rural], reports).filter((outcome) => outcome.target.indicator !== 'gdp');
    expect(first).toMatchObject({ status: 'met-qualitative', result: urban, benchmark: gdp });
    expect(second).toMatchObject({ status: 'missed-qualitative', result: rural, benchmark: gdp });
  });
});

describe('the targets pages and data', () => {
  const site = inject('site');
  const data = JSON.parse(readFileSync(join(site.dir, 'data', 'targets.json'), 'utf8')) as { outcomes: { status: string; target: Figure; result: Figure | null }[] };
  const page = (path: string) => parse(readFileSync(join(site.dir, path, 'index.html'), 'utf8'));
  /** A tracker page and the further pages its page list links to, in order. */
  const allPages = (path: string) => {
    const first = page(path);
    const further = first.querySelectorAll('.page-list a').map((link) => page(link.getAttribute('href')!.slice(1, -1)));
    return [first, ...further];
  };
  const rows = (path: string, selector = '.targets-table tbody tr') => allPages(path).flatMap((root) => root.querySelectorAll(selector));

  it('list every target of the data, with the counts by status the page states, in both languages', () => {
    expect(data.outcomes.length).toBeGreaterThan(0);
    for (const lang of ['zh', 'en']) {
      expect(rows(`${lang}/targets`)).toHaveLength(data.outcomes.length);
      const judged = rows(`${lang}/targets`, '.targets-table tbody tr[data-status="met"], .targets-table tbody tr[data-status="missed"]').length;
      expect(judged).toBe(data.outcomes.filter((outcome) => outcome.status === 'met' || outcome.status === 'missed').length);
    }
  });

  it('give the CSV one row per target', () => {
    const csv = readFileSync(join(site.dir, 'data', 'targets.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"status"') || csv.startsWith('\uFEFFstatus')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(data.outcomes.length + 1);
  });

  it('filter by place on a page of its own, and show the place’s targets on its page', () => {
    const first = data.outcomes[0]!;
    const shanxi = data.outcomes.filter((outcome) => outcome.target.report.startsWith('shanxi-'));
    expect(rows('en/targets/place/shanxi')).toHaveLength(shanxi.length);
    expect(page('en/places/shanxi').querySelectorAll('.targets-table tbody tr')).toHaveLength(shanxi.length);
    expect(rows(`en/targets/year/${first.target.year}`)).toHaveLength(data.outcomes.filter((outcome) => outcome.target.year === first.target.year).length);
  });

  it('cut a long list into pages of at most TARGETS_PER_PAGE, each stating which rows it holds and the same counts', () => {
    const pages = allPages('en/targets');
    expect(pages.length).toBe(Math.ceil(data.outcomes.length / TARGETS_PER_PAGE));
    const summaries = pages.map((root) => root.querySelector('#target-summary')!.nextElementSibling!.text);
    expect(new Set(summaries).size).toBe(1);
    pages.forEach((root, index) => {
      const shown = root.querySelectorAll('.targets-table tbody tr').length;
      expect(shown).toBeLessThanOrEqual(TARGETS_PER_PAGE);
      if (pages.length > 1) expect(root.querySelector('#target-list')!.text).toBe(`Targets ${index * TARGETS_PER_PAGE + 1}–${index * TARGETS_PER_PAGE + shown} of ${data.outcomes.length}`);
    });
  });

  it('never label an average annual target as one year’s', () => {
    const averages = data.outcomes.filter((outcome) => outcome.target.basis === 'average-annual' && outcome.target.from !== null);
    expect(averages.length).toBeGreaterThan(0);
    const text = allPages('en/targets').map((root) => root.querySelector('.targets-table')!.text).join('\n');
    for (const outcome of averages) expect(text).toContain(`average a year, ${outcome.target.from}–${outcome.target.year}`);
  });
});

describe('the compare page’s plan tables', () => {
  const site = inject('site');
  const { planTables } = JSON.parse(readFileSync(join(site.dir, 'data', 'indicators.json'), 'utf8')) as { planTables: { report: string; section: string; table: string; group: string | null; name: string }[] };
  const sources = [...new Set(planTables.map((row) => `${row.report}/${row.section}#${row.table}`))];
  /** Reports with an English translation file, whose plan tables' group headings are translated. */
  const translated = new Set(readdirSync(join(root, 'content', 'translations')).map((name) => name.replace(/\.json$/, '')));

  for (const lang of ['zh', 'en']) {
    it(`shows each source table as its own table, with its groups, numbering and numbers aligned to the end (${lang})`, () => {
      const root = parse(readFileSync(join(site.dir, lang, 'compare', 'index.html'), 'utf8'));
      const regions = root.querySelectorAll('[data-plan-table]');
      expect(regions.map((region) => region.getAttribute('data-plan-table'))).toEqual(sources);
      for (const region of regions) {
        const rows = planTables.filter((row) => `${row.report}/${row.section}#${row.table}` === region.getAttribute('data-plan-table'));
        const groups = [...new Set(rows.map((row) => row.group).filter((group) => group !== null))];
        // Group headings as printed on Chinese pages; on English pages translated where the report's translation has them.
        const headings = region.querySelectorAll('tr.group th');
        expect(headings).toHaveLength(groups.length);
        headings.forEach((cell, index) => {
          if (lang === 'zh' || cell.getAttribute('lang') === 'zh-CN') expect([cell.text, cell.getAttribute('lang')]).toEqual([groups[index], 'zh-CN']);
          else expect([cell.getAttribute('lang'), /\p{Script=Han}/u.test(cell.text)]).toEqual(['en', false]);
        });
        if (lang === 'en' && translated.has(rows[0]!.report)) expect(headings.every((cell) => cell.getAttribute('lang') === 'en')).toBe(true);
        const names = region.querySelectorAll('tbody th[scope="row"]').map((cell) => cell.text);
        expect(names).toHaveLength(rows.length);
        // A row numbered in print keeps its number in either language.
        rows.forEach((row, index) => {
          const number = /^\s*(\d+)[.．、]/.exec(row.name)?.[1];
          if (number) expect(names[index]!.trim().startsWith(number), names[index]).toBe(true);
        });
        expect(region.querySelectorAll('td.number').length).toBeGreaterThan(rows.length);
      }
    });
  }
});
