import type { APIRoute, GetStaticPaths } from 'astro';
import { reports, sourceFilesOf } from '../../../content.ts';
import type { SourceFiles } from '../../../lib/open-data.ts';

/**
 * The received file byte for byte (its SHA-256 is the manifest's), only for reports whose bytes are not already the
 * UTF-8 text of `<id>.txt`: a GB18030 file, a byte-order mark, CRLF line endings.
 */
export const getStaticPaths = (() =>
  reports.flatMap(({ report }) => {
    const { original } = sourceFilesOf(report.id);
    return original ? [{ params: { id: report.id, ext: original.path.slice(original.path.lastIndexOf('.') + 1) }, props: { original } }] : [];
  })) satisfies GetStaticPaths;

// Static hosts choose the Content-Type by extension; this header holds for the dev server.
export const GET: APIRoute<{ original: NonNullable<SourceFiles['original']> }> = ({ props }) =>
  new Response(props.original.bytes, { headers: { 'Content-Type': `text/plain; charset=${props.original.encoding}` } });
