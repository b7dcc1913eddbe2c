import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryEntrySchema } from './schema/glossary.ts';
import { headingsFileSchema } from './schema/headings.ts';
import { placesFileSchema } from './schema/places.ts';
import { redirectsFileSchema } from './schema/redirects.ts';
import { correctionsFileSchema, sourcesFileSchema } from './schema/sources.ts';
import { translationFileSchema } from './schema/translation.ts';
import { reportDocumentSchema } from './schema/report.ts';

/** Parsed reports, generated from seeds/ by `npm run content`; the schema is the same one the build validates with. */
const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/reports' }),
  schema: reportDocumentSchema,
});

/** English section headings, one file per report, written by translators. */
const headings = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/headings' }),
  schema: headingsFileSchema,
});

/** Editorial pages in MDX, one file per language: `<page>/<locale>.mdx`. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
});

/** Glossary entries, one file per meaning of a term, written by the editors. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/glossary' }),
  schema: glossaryEntrySchema,
});

/** The places file, one entry: places, group abbreviations, words that are not mentions. */
const places = defineCollection({
  loader: file('./content/places.json', { parser: (text) => [{ id: 'places', ...JSON.parse(text) }] }),
  schema: placesFileSchema,
});

/** English translations, one file per report, keyed by paragraph with a fingerprint of the Chinese. */
const translations = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/translations' }),
  schema: translationFileSchema,
});

/** Pages that moved (`content/redirects.json`), one entry holding the list. */
const redirects = defineCollection({
  loader: file('./content/redirects.json', { parser: (text) => [{ id: 'redirects', ...JSON.parse(text) }] }),
  schema: redirectsFileSchema,
});

/** The public collections reports are taken from, with what each says about its texts (`content/sources.json`). */
const sources = defineCollection({
  loader: file('./content/sources.json', { parser: (text) => [{ id: 'sources', ...JSON.parse(text) }] }),
  schema: sourcesFileSchema,
});

/** Where readers report errors and the corrections made (`content/corrections.json`). */
const corrections = defineCollection({
  loader: file('./content/corrections.json', { parser: (text) => [{ id: 'corrections', ...JSON.parse(text) }] }),
  schema: correctionsFileSchema,
});

export const collections = { reports, headings, pages, glossary, places, translations, redirects, sources, corrections };
