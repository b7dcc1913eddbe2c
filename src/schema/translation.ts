import { z } from 'zod';
import { SECTION_ID_SOURCE } from './report.ts';

/** English translation of one report (`content/translations/<report-id>.json`): unofficial; the Chinese prevails. */
export const translationFileSchema = z.object({
  /** The report this file translates. */
  report: z.string(),
  /** When the translation was made (ISO date), shown on the about page. */
  translated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Units keyed as in src/lib/translation.ts: `3-2#p4`, `1-5#box-2:title`, `1-1#table-1:r3c0`, `report#p1`, `notes#12`, `colophon#1`. */
  units: z.record(
    z.string().regex(new RegExp(String.raw`^(?:(?:${SECTION_ID_SOURCE}|report)#(?:[pc]\d+|box-\d+:title|[\w-]+:(?:caption|r\d+c\d+))|(?:notes|colophon)#\d+)$`), 'keys look like 3-2#p4, 1-5#box-2:title, 1-1#table-1:r3c0, report#p1, notes#12 or colophon#1'),
    z.object({
      /** Fingerprint of the Chinese text translated (see src/lib/translation.ts); a mismatch makes the unit stale. */
      source: z.string().regex(/^[0-9a-f]{16}$/),
      /** The English text. Chinese names may follow in brackets. */
      en: z.string().min(1),
    }),
  ),
});

export type TranslationFile = z.infer<typeof translationFileSchema>;
