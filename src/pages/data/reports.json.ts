import type { APIRoute } from 'astro';
import { reports } from '../../content.ts';
import { toReportSummary } from '../../lib/open-data.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify({ reports: reports.map(toReportSummary) }, null, 1)}\n`);
