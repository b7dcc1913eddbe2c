import type { APIRoute } from 'astro';
import { targetOutcomes } from '../../content.ts';
import { ABOUT_TOLERANCE } from '../../lib/target-tracker.ts';

/** `/data/targets.json`: every target with the result it was judged by, its status and the rule for 左右. */
export const GET: APIRoute = () => new Response(`${JSON.stringify({ aboutTolerance: ABOUT_TOLERANCE, outcomes: targetOutcomes }, null, 1)}\n`);
