import type { Figure } from './indicators.ts';

/**
 * Columns (a report's figures for one year) the compare page shows at most before it is split by year: past that,
 * `/compare/` lists the years and `/compare/<year>/` compares the figures of one year. One column is about 2 KB of
 * page, so the whole page stays near 150 KB; a year's page holds that year's columns (about 330 in a national corpus).
 */
export const COMPARE_COLUMNS_LIMIT = 60;

/** One year's figures only: a rate over a period or against a base year is not one year's (see the compare page). */
export const yearlyFigures = (figures: Figure[]) => figures.filter((figure) => figure.basis === 'year');

/** Which of the page's two tables a figure is in: targets apart from results (and estimates). */
export const compareTable = (figure: Figure): 'actual' | 'target' => (figure.kind === 'target' ? 'target' : 'actual');

/** A table's columns: one per report and year of its yearly figures, oldest first. */
export function compareColumns(figures: Figure[], table: 'actual' | 'target'): { report: string; year: number }[] {
  const own = yearlyFigures(figures).filter((figure) => compareTable(figure) === table);
  return [...new Map(own.map((figure) => [`${figure.report}|${figure.year}`, { report: figure.report, year: figure.year }])).values()].sort((a, b) => a.year - b.year || a.report.localeCompare(b.report));
}

/**
 * The years the compare page is split into (newest first, each with the reports its larger table has that year), or
 * null while the larger table has at most `limit` columns.
 */
export function compareYears(figures: Figure[], limit = COMPARE_COLUMNS_LIMIT): { year: number; columns: number }[] | null {
  const tables = [compareColumns(figures, 'actual'), compareColumns(figures, 'target')];
  if (Math.max(...tables.map((columns) => columns.length)) <= limit) return null;
  const years = [...new Set(tables.flat().map((column) => column.year))].sort((a, b) => b - a);
  return years.map((year) => ({ year, columns: Math.max(...tables.map((columns) => columns.filter((column) => column.year === year).length)) }));
}
