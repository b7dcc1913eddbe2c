import type { APIRoute, GetStaticPaths } from 'astro';
import { reports, sourceFilesOf } from '../../../content.ts';

/**
 * The report's text as the pipeline reads it: decoded, UTF-8, LF line endings (SHA-256 as `sourceSha256` in
 * `/data/reports.json`). Where the received bytes differ, they are published beside it as `<id>.original.<ext>`.
 */
export const getStaticPaths = (() => reports.map((document) => ({ params: { id: document.report.id }, props: { bytes: sourceFilesOf(document.report.id).text.bytes } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array<ArrayBuffer> }> = ({ props }) => new Response(props.bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
