import type { APIRoute, GetStaticPaths } from 'astro';
import { reports } from '../../../content.ts';
import type { ReportDocument } from '../../../schema/report.ts';

export const getStaticPaths = (() => reports.map((document) => ({ params: { id: document.report.id }, props: { document } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: ReportDocument }> = ({ props }) => new Response(`${JSON.stringify(props.document, null, 1)}\n`);
