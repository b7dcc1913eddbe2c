import { z } from 'zod';
import { INDICATORS } from '../lib/indicators.ts';

/**
 * What a person reviewed of one report's parse: `seeds/<id>.expected.json`, beside the seed. Written from the parse
 * by `expectationsOf` (src/lib/report-expectations.ts) when the report is added, checked by
 * tests/seeds/expectations.test.ts, so a later parser change that alters any report fails on that report.
 */

/** One headline figure read by hand from the report's text (see src/lib/indicators.ts for the vocabularies). */
export const expectedFigureSchema = z.strictObject({
  /** The headline indicator: `gdp`, `retail-sales` … */
  indicator: z.enum(INDICATORS),
  /** `value`: the amount (or a rate's level); `growth`: the growth rate. */
  measure: z.enum(['value', 'growth']),
  /** One year, the average annual rate over a period (年均), the total over a period (累计), or against a base year. */
  basis: z.enum(['year', 'average-annual', 'cumulative', 'relative']),
  /** The period's first year, or the base year of a relative figure; null for one year. */
  from: z.number().int().nullable(),
  /** The year the figure is for; a period's last year. */
  year: z.number().int(),
  /** `actual` for a result, `estimated` for 预计 / 初步核算, `target` for a goal. */
  kind: z.enum(['actual', 'estimated', 'target']),
  /** The number as printed (negative for 下降), null for a target stated in words (`同步`). */
  value: z.number().nullable(),
  /** The unit as printed. */
  unit: z.enum(['万亿元', '亿元', '万元', '元', '%', '万人', '人']),
  /** A word that qualifies the number as printed (`左右`, `以上`, `力争`, `以内`; `同步`, `高于` for a target in words), or null. */
  qualifier: z.enum(['左右', '以上', '力争', '以内', '同步', '高于']).nullable(),
  /** The source line the figure is printed on (1-based), inside the paragraph the figure links to. */
  line: z.number().int().positive(),
});

/** The top-level section of the outline. */
export const expectedPartSchema = z.strictObject({
  /** The label as printed (`一、`, `第一章`), null when the heading was lost or the part is unnumbered. */
  label: z.string().nullable(),
  /** The heading's title, null when none was printed. */
  title: z.string().nullable(),
  /** Number of direct subsections. */
  children: z.number().int().nonnegative(),
});

export const reportExpectationsSchema = z.strictObject({
  /** The report's id, as in `seeds/manifest.json` and the file name. */
  report: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What the title block states, as parsed (null where the text does not state it). */
  titleBlock: z.strictObject({
    /** The printed title. */
    title: z.string().nullable(),
    /** The date of the report, `YYYY-MM-DD`. */
    date: z.string().nullable(),
    /** The session line (`在…第一次会议上`). */
    session: z.string().nullable(),
    /** The speaker's name. */
    speaker: z.string().nullable(),
  }),
  /** The outline: the top-level sections in order, each with its label, title and number of subsections. */
  outline: z.array(expectedPartSchema).min(1),
  /** Number of notes in the notes appendix (0 without one). */
  notes: z.number().int().nonnegative(),
  /** Number of attachments after the closing (`附件1` …), the notes attachment not counted. */
  appendices: z.number().int().nonnegative(),
  /** Whether a closing (the last appeal to the deputies) was found. */
  closing: z.boolean(),
  /**
   * `reviewed` once an editor has written the glossary entries for the report's notes and its quoted terms; from then
   * on every note must be cited and its quoted strings count toward the three-report rule (tests/glossary). Absent for
   * a report just added, so adding a report never breaks the glossary tests before its entries are written.
   */
  glossary: z.literal('reviewed').optional(),
  /**
   * Headline figures read by hand from the text: exactly what `extractFigures` must find in this report. Absent
   * when nobody has read them yet; then the report's figures are not checked against a reading.
   */
  figures: z.array(expectedFigureSchema).optional(),
});

export type ExpectedFigure = z.infer<typeof expectedFigureSchema>;
export type ReportExpectations = z.infer<typeof reportExpectationsSchema>;

/**
 * Headline figures read by hand from a report that the extractor is measured against rather than held to exactly
 * (`tests/fixtures/figures/<id>.json`): the reader records every figure as printed, without looking at the extractor.
 */
export const handReadFiguresSchema = z.strictObject({
  /** The report's id. */
  report: z.string().min(1),
  /** Who read it: always by hand, never from the extractor's output. */
  readBy: z.literal('hand'),
  figures: z.array(
    expectedFigureSchema.extend({
      /** The figure's words exactly as printed on `line`. */
      printed: z.string().min(1),
    }),
  ),
});
