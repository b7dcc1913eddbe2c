import { z } from 'zod';
import { SECTION_ID } from './report.ts';

/**
 * A glossary entry (`content/glossary/<slug>.json`): one meaning of a policy slogan or coded term. A string with two
 * meanings (“三无”, “1+N”) has two entries whose `scope` says where each meaning is used.
 */

export const glossaryThemeSchema = z.enum([
  'development-strategy',
  'industry-investment',
  'reform-business-environment',
  'agriculture-rural',
  'ecology-environment',
  'livelihoods-society',
  'governance-party',
  'urban-development',
  'culture-tourism',
  'innovation-talent',
]);

const reportId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * How established an English rendering is. `official`: an official English text uses it, named in `source` (e.g. the
 * State Council's English government work report of a year, or Xinhua's English text of a Party congress report);
 * claim it only where that text is known to use this wording. `common`: widely used in English-language sources, with
 * no single official one. `editorial`: our own rendering (most local slogans, which have no English in print).
 */
export const renderingStandingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('official'), source: z.string().min(10, 'name the official English text that uses the rendering') }),
  z.object({ kind: z.literal('common') }),
  z.object({ kind: z.literal('editorial') }),
]);

const definitionSchema = z.discriminatedUnion('source', [
  z.object({
    /** A numbered note in a report's notes appendix; its text is read from the parsed report. */
    source: z.literal('note'),
    report: reportId,
    note: z.number().int().positive(),
  }),
  z.object({
    /** A definition given inside the body text; `quote` must occur in that paragraph. */
    source: z.literal('body'),
    report: reportId,
    section: z.string().regex(SECTION_ID),
    paragraph: z.string().regex(/^[pc]\d+$/),
    quote: z.string().min(2),
  }),
  z.object({
    /** Written by the editors where no report defines the term; shown as editorial. */
    source: z.literal('editorial'),
    zh: z.string().min(4),
    en: z.string().min(10),
  }),
]);

export const glossaryEntrySchema = z.object({
  /** URL segment, pinyin based; stored, never recomputed, so a library upgrade cannot change a URL. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugs are lowercase pinyin or digits joined by hyphens'),
  /** The term as the reports print it, without quotation marks (`五抓一优一促`). */
  term: z.string().min(1),
  /** Hanyu pinyin with tone marks, syllables separated by spaces, from pinyin-pro without tone sandhi. */
  pinyin: z.string().min(1),
  /** Why the pinyin differs from pinyin-pro's, when it does (a polyphonic character read another way). */
  pinyinReviewed: z.string().min(5).optional(),
  theme: glossaryThemeSchema,
  /** Recommended English rendering, a literal gloss and an explanation for English readers. */
  en: z.object({
    rendering: z.string().min(2),
    /** The rendering's standing (official, with its source; common; or editorial), shown on the entry's page. */
    standing: renderingStandingSchema,
    literal: z.string().min(2),
    explanation: z.string().min(20, 'explain the term in a full sentence or more'),
  }),
  /**
   * Sources in order of authority: notes appendices, body definitions, then editorial text. An editorial summary may
   * come first where the report's own words are only headings (三无 单位: box headings), since the first source is the tooltip.
   */
  definitions: z.array(definitionSchema).min(1),
  /** For a numbered slogan: what each part stands for (五抓 = …). */
  parts: z
    .array(
      z.object({
        zh: z.string(),
        meaning: z.string(),
        en: z.string(),
        /**
         * The Chinese label or meaning is the editors' wording (a label such as “维护一” or “强党建看治理”, a paraphrase),
         * not a quotation from a report; shown as editorial. Required wherever either occurs in no report's text.
         */
        editorial: z.literal(true).optional(),
      }),
    )
    .default([]),
  /** Other printed forms counted as this term (`标准地+承诺制+全代办`), each with why it is the same term. */
  aliases: z.array(z.object({ form: z.string().min(1), note: z.string().min(5) })).default([]),
  /** Slugs of related entries (including the other meanings of a homonym). */
  related: z.array(z.string()).default([]),
  /** plain: any occurrence of the term; quoted: only “term” in quotation marks (short or numeric codes such as “543”). */
  match: z.enum(['plain', 'quoted']),
  /** Where this meaning is used, for homonyms; null means everywhere. Omitting `sections` means the whole report. */
  scope: z.array(z.object({ report: reportId, sections: z.array(z.string()).optional() })).nullable().default(null),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type RenderingStanding = z.infer<typeof renderingStandingSchema>;
export type GlossaryDefinition = z.infer<typeof definitionSchema>;
