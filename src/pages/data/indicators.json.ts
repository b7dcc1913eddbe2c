import type { APIRoute } from 'astro';
import { figures, planTables } from '../../content.ts';

/** `/data/indicators.json`: headline figures stated in the reports, and the plan's indicator tables. */
export const GET: APIRoute = () => new Response(`${JSON.stringify({ figures, planTables }, null, 1)}\n`);
