import { z } from 'zod';

/**
 * The seeds manifest (`seeds/manifest.json`): one entry per report file, the metadata a reader needs to cite it.
 * Metadata the text states (title, date, session, speaker) is checked against the parsed title block by a test.
 */

const bilingual = z.object({
  /** Chinese, as printed or as the office names it. */
  zh: z.string().min(1),
  /** English rendering (unofficial). */
  en: z.string().min(1),
});

export const reportKindSchema = z.enum(['government-work-report', 'five-year-plan', 'annual-plan-report']);
/**
 * Administrative level of a place, from the top: national (the State Council's reports), province,
 * sub-provincial city (副省级城市: 西安, 成都; not 太原), prefecture-level city, county-level city, county, district.
 */
export const adminLevelSchema = z.enum(['national', 'province', 'sub-provincial-city', 'prefecture-level-city', 'county-level-city', 'county', 'district']);
export type AdminLevel = z.infer<typeof adminLevelSchema>;

/**
 * Where a report's file came from, so a reader can go back to it. The five first seeds were received as files
 * (`repository` null); reports taken from a public collection name the repository, commit and path.
 */
export const reportSourceSchema = z.object({
  /** The public repository the file was taken from (`owner/name` on GitHub); null for a file received directly. */
  repository: z.string().regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, 'repository must be owner/name').nullable(),
  /** The commit the file was read at (40 hex digits); null with `repository`. */
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'commit must be 40 lowercase hex digits').nullable(),
  /** The file's path in the repository at that commit; null with `repository`. */
  path: z.string().min(1).nullable(),
  /**
   * Git's object id of the file (`git hash-object`): equal to the blob at `commit:path`, so anyone with a clone can
   * check that our seed is the repository's file byte for byte. Null with `repository`.
   */
  blob: z.string().regex(/^[0-9a-f]{40}$/, 'blob must be 40 lowercase hex digits').nullable(),
  /** The official page the text was published on, as the source states it (a collection's `source:` line); null if it states none. */
  officialUrl: z.string().url('officialUrl must be a URL').nullable(),
  /** True when the source says its texts may be abridged or incomplete (its words are in `content/sources.json`). */
  mayBeAbridged: z.boolean(),
}).refine((source) => [source.commit, source.path, source.blob].every((value) => (value === null) === (source.repository === null)), {
  message: 'commit, path and blob are given with a repository, and only with one',
  path: ['repository'],
});
export type ReportSource = z.infer<typeof reportSourceSchema>;

export const manifestEntrySchema = z.object({
  /** Stable URL id: `<place>-<year>-<kind>`; also the seed file's base name. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens'),
  /** The file in `seeds/`, byte-for-byte as received. */
  file: z.string().regex(/^[a-z0-9-]+\.(?:txt|md|html|docx)$/, 'file must be a .txt, .md, .html or .docx name in seeds/'),
  /** SHA-256 of the file, so anyone can check the published text against the source. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
  /** The name the file arrived under. */
  originalFile: z.string().min(1),
  /** Where the file came from: repository, commit, path, official URL. */
  source: reportSourceSchema,
  /** The place whose government issued the report. */
  place: bilingual.extend({ id: z.string().regex(/^[a-z0-9-]+$/) }),
  /** Administrative level of the place. */
  level: adminLevelSchema,
  /** The year the report is delivered in (for a plan: the year it is adopted). */
  year: z.number().int().min(1949).max(2100),
  /** ISO date (YYYY-MM-DD or YYYY-MM) where known, else null. */
  date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'date must be YYYY-MM-DD or YYYY-MM').nullable(),
  /** Genre of the document. */
  kind: reportKindSchema,
  /** Display title; editorial where the printed title is generic (政府工作报告) or lost. */
  title: bilingual,
  /** The title exactly as the title block prints it, null if the source has none. */
  statedTitle: z.string().nullable(),
  /** Who delivered the report, where the text names them. */
  speaker: bilingual.extend({ role: bilingual, organization: z.string() }).nullable(),
  /** The congress session the report was delivered to, `zh` as stated in the text. */
  session: bilingual.nullable(),
  /** complete, or fragment when the source lacks parts of the report. */
  completeness: z.enum(['complete', 'fragment']),
  /** What is missing, for the notice shown with a fragment. */
  completenessNote: bilingual.nullable(),
}).refine((entry) => entry.file.slice(0, entry.file.lastIndexOf('.')) === entry.id, { message: 'file must be <id>.<extension>', path: ['file'] })
  .refine((entry) => (entry.completeness === 'fragment') === (entry.completenessNote !== null), {
    message: 'a fragment needs a completenessNote, and only a fragment has one',
    path: ['completenessNote'],
  });

export const manifestSchema = z.object({
  reports: z.array(manifestEntrySchema).min(1),
});

/** A per-report decision the general rules cannot make (`seeds/<id>.overrides.json`). */
export const overridesFileSchema = z.object({
  overrides: z.array(
    z.object({
      /** First source line of the paragraph the override applies to. */
      line: z.number().int().positive(),
      /** What to do there; see `Override` in the pipeline. */
      rule: z.enum(['text-lost-at-break', 'box-ends-before', 'closing-starts', 'parent-resumes']),
      /** Why no general rule can decide this, for the next reader of the file. */
      reason: z.string().min(10, 'give a reason a reviewer can check'),
    }),
  ),
});

/** Words an editor believes are mistyped in the source (`seeds/<id>.annotations.json`): shown, never applied. */
export const annotationsFileSchema = z.object({
  suspectedTypos: z.array(
    z.object({
      /** Source line where the words are printed. */
      line: z.number().int().positive(),
      /** The characters as printed; must occur once in that paragraph. */
      text: z.string().min(1),
      /** What was probably meant. */
      suggestion: z.string().min(1),
      /** Why, in a sentence a reader can check. */
      note: z.string().min(10, 'say why the text is suspect'),
    }),
  ),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
