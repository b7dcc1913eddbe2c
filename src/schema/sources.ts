import { z } from 'zod';

/**
 * `content/sources.json`: the public collections reports are taken from, each with what it says about its own
 * texts, so a report page can tell the reader how far the copy can be trusted without asking them to read the
 * collection's README.
 */
export const sourceRepositorySchema = z.object({
  /** `owner/name` on GitHub, as the manifest's `source.repository` names it. */
  repository: z.string().regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, 'repository must be owner/name'),
  /** The collection's page. */
  url: z.string().url(),
  /** What the collection says about its texts, quoted (`zh`, verbatim from `statementFrom`) and translated (`en`). */
  statement: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** The file the statement is quoted from (`README.md`). */
  statementFrom: z.string().min(1),
  /** True when the statement says the texts may be abridged or incomplete; copied into each report's `source.mayBeAbridged`. */
  mayBeAbridged: z.boolean(),
});

export const sourcesFileSchema = z.object({
  repositories: z.array(sourceRepositorySchema),
});

/**
 * `content/corrections.json`: where readers report an error and the corrections made so far. The one place to set
 * the address; report pages and the about page read it.
 */
export const correctionsFileSchema = z.object({
  /** Where errors are reported: a `mailto:` address or an `https:` issue form. */
  reportErrorsTo: z.string().regex(/^(?:mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, 'reportErrorsTo must be a mailto: address or an https: URL'),
  /** Corrections made after publication, newest first. */
  corrections: z.array(
    z.object({
      /** ISO date of the correction. */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
      /** The report corrected (a manifest id), or null for a glossary or site-wide correction. */
      report: z.string().nullable(),
      /** The page or paragraph corrected, as a site path with its anchor (`/zh/reports/<id>/1/#p2`). */
      where: z.string().startsWith('/', 'where is a site path'),
      /** What was wrong and what was done, in both languages. */
      what: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    }),
  ),
});

export type SourceRepository = z.infer<typeof sourceRepositorySchema>;
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;
