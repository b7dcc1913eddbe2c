import type { APIRoute } from 'astro';
import { targetOutcomes } from '../../content.ts';
import type { Figure } from '../../lib/indicators.ts';

const FIGURE_COLUMNS = ['report', 'indicator', 'measure', 'basis', 'from', 'year', 'kind', 'value', 'unit', 'qualifier', 'printed', 'section', 'anchor'] as const;
const COLUMNS = ['status', 'reason', ...FIGURE_COLUMNS.map((column) => `target_${column}`), ...FIGURE_COLUMNS.map((column) => `result_${column}`)];

/** RFC 4180 quoting: every field quoted, quotes doubled. */
const field = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
const figureFields = (figure: Figure | null) => FIGURE_COLUMNS.map((column) => field(figure?.[column]));

/** `/data/targets.csv`: one row per target, with its result and status (UTF-8 with BOM, for spreadsheet programs). */
export const GET: APIRoute = () =>
  new Response(`\uFEFF${[COLUMNS.join(','), ...targetOutcomes.map((outcome) => [field(outcome.status), field(outcome.reason), ...figureFields(outcome.target), ...figureFields(outcome.result)].join(','))].join('\r\n')}\r\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
