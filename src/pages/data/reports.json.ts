import type { APIRoute } from 'astro';
import { reports, sourceFilesOf } from '../../content.ts';
import { toReportSummary } from '../../lib/open-data.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify({ reports: reports.map((document) => toReportSummary(document, sourceFilesOf(document.report.id))) }, null, 1)}\n`);
