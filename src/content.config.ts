import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportDocumentSchema } from './schema/report.ts';

/** Parsed reports, generated from seeds/ by `npm run content`; the schema is the same one the build validates with. */
const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/reports' }),
  schema: reportDocumentSchema,
});

export const collections = { reports };
