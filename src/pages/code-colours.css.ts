import type { APIRoute } from 'astro';
import { reports, sourceFilesOf } from '../content.ts';
import { highlightJsonExamples } from '../lib/highlight.ts';
import { openDataExamples } from '../lib/open-data.ts';

/** The colours of the open data page's code examples: the same examples highlighted the same way, so the classes match. */
export const GET: APIRoute = async () => {
  const examples = openDataExamples(reports, sourceFilesOf);
  const { css } = await highlightJsonExamples([examples.summary, examples.block]);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
