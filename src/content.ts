/** The only module that queries content collections; pages import from here. */
import { getCollection } from 'astro:content';
import type { ReportDocument } from './schema/report.ts';

/** All reports, newest first, then by id for a stable order. */
export const reports: ReportDocument[] = (await getCollection('reports'))
  .map((entry) => entry.data)
  .sort((a, b) => b.report.year - a.report.year || a.report.id.localeCompare(b.report.id));
