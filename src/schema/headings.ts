import { z } from 'zod';
import { SECTION_ID } from './report.ts';

/**
 * English versions of a report's section headings (`content/headings/<report-id>.json`). Each entry repeats the
 * Chinese title it translates, so a test can tell when the parsed heading changed and the English went stale.
 */
export const headingsFileSchema = z.object({
  sections: z.record(
    z.string().regex(SECTION_ID, 'keys are section ids such as 3-2'),
    z.object({
      /** The Chinese title as parsed (null where the source lost it). */
      zh: z.string().nullable(),
      /** The English title: an unofficial translation. */
      en: z.string().min(1).nullable(),
    }),
  ),
});

export type HeadingsFile = z.infer<typeof headingsFileSchema>;
