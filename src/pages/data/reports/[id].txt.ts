import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { reports } from '../../../content.ts';

/** The original file, byte for byte, so readers can check the published text against it (SHA-256 in the JSON). */
export const getStaticPaths = (() => reports.map((document) => ({ params: { id: document.report.id }, props: { file: document.report.file } }))) satisfies GetStaticPaths;

// Builds run from the project root; the bundled endpoint cannot locate seeds/ relative to itself.
export const GET: APIRoute<{ file: string }> = async ({ props }) =>
  new Response(await readFile(join(process.cwd(), 'seeds', props.file)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
