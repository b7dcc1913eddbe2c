import type { APIRoute } from 'astro';
import { figures } from '../../content.ts';

const COLUMNS = ['report', 'indicator', 'measure', 'year', 'kind', 'value', 'unit', 'qualifier', 'section', 'anchor', 'curated', 'sentence'] as const;

/** RFC 4180 quoting: every field quoted, quotes doubled, so sentences with commas stay one field. */
const field = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;

/** `/data/indicators.csv`: the headline figures as a spreadsheet (UTF-8 with BOM, so spreadsheet programs read Chinese). */
export const GET: APIRoute = () =>
  new Response(`\uFEFF${[COLUMNS.join(','), ...figures.map((figure) => COLUMNS.map((column) => field(figure[column])).join(','))].join('\r\n')}\r\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
