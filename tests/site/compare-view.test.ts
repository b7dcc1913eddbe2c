import { describe, expect, it } from 'vitest';
import { COMPARE_COLUMNS_LIMIT, compareColumns, compareYears } from '../../src/lib/compare-view.ts';
import type { Figure } from '../../src/lib/indicators.ts';

const figure = (report: string, year: number, kind: Figure['kind'], basis: Figure['basis'] = 'year') => ({ report, year, kind, basis }) as Figure;

describe('the compare page past its size', () => {
  const figures = [figure('a-2021', 2020, 'actual'), figure('a-2021', 2021, 'target'), figure('b-2021', 2020, 'actual'), figure('b-2022', 2021, 'actual'), figure('b-2022', 2022, 'target'), figure('b-2022', 2021, 'actual', 'average-annual')];

  it('has a column per report and year of each table, rates over a period left out', () => {
    expect(compareColumns(figures, 'actual')).toEqual([{ report: 'a-2021', year: 2020 }, { report: 'b-2021', year: 2020 }, { report: 'b-2022', year: 2021 }]);
    expect(compareColumns(figures, 'target').map((column) => column.year)).toEqual([2021, 2022]);
  });

  it('stays one page up to the limit, and past it is split into years, newest first, each with its larger table’s columns', () => {
    expect(COMPARE_COLUMNS_LIMIT).toBeGreaterThanOrEqual(compareColumns(figures, 'actual').length);
    expect(compareYears(figures)).toBeNull();
    expect(compareYears(figures, 2)).toEqual([{ year: 2022, columns: 1 }, { year: 2021, columns: 1 }, { year: 2020, columns: 2 }]);
  });
});
