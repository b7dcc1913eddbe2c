import { z } from 'zod';
import { manifestEntrySchema } from './manifest.ts';

/**
 * The published report (`/data/reports/<id>.json` and the content collection): manifest metadata plus the
 * parsed tree. Mirrors `src/pipeline/types.ts`; a type test keeps the two identical.
 */

/** Inclusive 1-based source lines. */
const lineRange = z.object({ start: z.number().int().positive(), end: z.number().int().positive() });

const mark = z.object({
  /** strong: bold in the source; sub: subscript (`PM_{2.5}`); note-ref: a `［1］` note marker. */
  kind: z.enum(['strong', 'sub', 'note-ref']),
  /** UTF-16 offsets into the owning text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

const runIn = z.object({
  /** `一是` as printed; null for an unnumbered lead-in sentence. */
  marker: z.string().nullable(),
  number: z.number().int().positive().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** Anchor id, unique within the section. */
  id: z.string(),
});

const annotation = z.object({
  /** doubled-at-break and unbalanced-quote: found by the parser; suspected-typo: from the editors' list. */
  kind: z.enum(['doubled-at-break', 'unbalanced-quote', 'suspected-typo']),
  line: z.number().int().positive(),
  message: z.string(),
  /** Offsets of the characters concerned in the paragraph text. */
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).nullable(),
  /** A suspected typo's probable intended text; the published text is never changed. */
  suggestion: z.string().nullable(),
});

const paragraph = z.object({
  type: z.literal('paragraph'),
  /** `p1`, `p2` … within the section; `c1` … in the closing. */
  id: z.string(),
  /** The faithful text. Render as text, never as HTML or markdown. */
  text: z.string().min(1),
  lines: lineRange,
  marks: z.array(mark),
  /** address: speaks to the deputies (`各位代表…`); dash-item: a `——` item. */
  role: z.enum(['body', 'address', 'dash-item']),
  runIns: z.array(runIn),
  annotations: z.array(annotation),
});

const list = z.object({
  type: z.literal('list'),
  id: z.string(),
  lines: lineRange,
  items: z.array(z.object({ text: z.string().min(1), lines: lineRange, marks: z.array(mark) })).min(1),
});

const gap = z.object({
  type: z.literal('gap'),
  /** The lines on either side of the lost text. */
  lines: lineRange,
  reason: z.string(),
});

const tableCell = z.object({
  text: z.string(),
  colSpan: z.number().int().min(2).optional(),
  rowSpan: z.number().int().min(2).optional(),
});

const table = z.object({
  type: z.literal('table'),
  id: z.string(),
  /** `表 1：` as printed; null for a table that is a box's body. */
  label: z.string().nullable(),
  title: z.string().nullable(),
  columns: z.number().int().positive(),
  rows: z.array(
    z.object({
      kind: z.enum(['header', 'group', 'body', 'sub', 'note']),
      cells: z.array(tableCell),
      lines: lineRange,
    }),
  ),
  lines: lineRange,
});

const box = z.object({
  type: z.literal('box'),
  /** `box-4` from `专栏 4`. */
  id: z.string(),
  label: z.string(),
  title: z.string(),
  blocks: z.array(z.discriminatedUnion('type', [paragraph, table])),
  lines: lineRange,
});

const block = z.discriminatedUnion('type', [paragraph, list, gap, table, box]);

/**
 * A section id: the numbers of its headings joined by hyphens (`3-2`); a second run of numbering among the same
 * siblings carries the run's letter (`2-b1`: the first item of part 二's second （一） run).
 */
export const SECTION_ID = /^[a-z]?\d+(?:-[a-z]?\d+)*$/;
const SECTION_ID_SOURCE = SECTION_ID.source.slice(1, -1);
/** A section id inside a longer pattern (translation keys), without the anchors. */
export { SECTION_ID_SOURCE };

const sectionBase = z.object({
  /** From the numbering: `3-2`, or `2-b1` in a second run. One URL segment. */
  id: z.string().regex(SECTION_ID, 'section ids are numbers joined by hyphens (2-b1 in a second run)'),
  number: z.array(z.number().int().positive()).min(1),
  kind: z.enum(['unnumbered', 'volume', 'chapter', 'section', 'part', 'subsection']),
  /** As printed (`（三）`), null when the heading was lost. */
  label: z.string().nullable(),
  title: z.string().nullable(),
  headingStyle: z.enum(['line', 'run-in', 'none']),
  headingLines: lineRange.nullable(),
  lines: lineRange,
  blocks: z.array(block),
});

type SectionOutput = z.output<typeof sectionBase> & { children: SectionOutput[]; afterChildren: z.output<typeof block>[] };
const section: z.ZodType<SectionOutput> = sectionBase.extend({
  children: z.lazy(() => z.array(section)),
  /** The section's own blocks after its last child (a part's summary after its numbered items). */
  afterChildren: z.array(block),
});

/** An attachment after the report's text (`附件1 2024年省级民生实事`), in print order. */
const appendix = z.object({
  /** `a1`, `a2` … in print order: the anchor on the report page. */
  id: z.string().regex(/^a\d+$/, 'appendix ids are a1, a2 …'),
  /** The attachment label as printed (`附件1`, `附件`), without a trailing colon. */
  label: z.string().min(1),
  /** The attachment's title, null when it has none. */
  title: z.string().nullable(),
  headingLines: lineRange,
  lines: lineRange,
  blocks: z.array(block),
});

const frontItem = z.object({
  role: z.enum(['title', 'subtitle', 'speaker', 'date', 'other']),
  text: z.string(),
  lines: lineRange,
});

export const reportTreeSchema = z.object({
  /** What the title block, colophon and opening state. */
  metadata: z.object({
    title: z.string().nullable(),
    date: z.string().nullable(),
    session: z.string().nullable(),
    speaker: z.object({ organization: z.string().nullable(), role: z.string(), name: z.string() }).nullable(),
    printedDate: z.string().nullable(),
    continuedFrom: z.string().nullable(),
    /** A Markdown copy's YAML front matter: the collection's own title for the text and the official URL it cites. */
    sourceHeader: z.object({ title: z.string().nullable(), url: z.string().nullable() }).nullable(),
  }),
  front: z.array(frontItem),
  preamble: z.array(block),
  sections: z.array(section).min(1),
  closing: z.array(block),
  /** Attachments after the closing (附件1 …), before the notes. */
  appendices: z.array(appendix),
  /** The notes appendix: `marker` and `separator` as printed, so label and text can be quoted exactly. */
  notes: z.array(
    z.object({
      number: z.number().int().positive(),
      marker: z.string(),
      label: z.string(),
      separator: z.string(),
      text: z.string(),
      lines: lineRange,
    }),
  ),
  notesHeading: z.object({ text: z.string(), lines: lineRange }).nullable(),
  colophon: z.array(frontItem),
  /** The source's table of contents, dropped from the body and kept for the cross-check. */
  toc: z.array(z.object({ label: z.string(), title: z.string(), page: z.number().int().nullable(), line: z.number().int().positive() })),
  /** Everything removed from the source, with the rule that removed it: the conservation test's ledger. */
  removals: z.array(
    z.object({
      rule: z.enum(['toc', 'running-header', 'continuation-mark', 'web-leftover', 'page-number', 'markdown-heading', 'markdown-emphasis', 'markdown-list-marker', 'subscript-markup', 'source-front-matter', 'html-comment', 'markdown-image', 'html-fold', 'markdown-blockquote', 'trailing-leftover']),
      text: z.string(),
      line: z.number().int().positive(),
    }),
  ),
  warnings: z.array(z.object({ line: z.number().int().positive(), message: z.string() })),
  stats: z.object({
    paragraphs: z.number().int().nonnegative(),
    tables: z.number().int().nonnegative(),
    boxes: z.number().int().nonnegative(),
    /** Non-whitespace characters of published text. */
    characters: z.number().int().nonnegative(),
  }),
});

/** One published report: who issued it and what it says. */
export const reportDocumentSchema = z.object({
  report: manifestEntrySchema,
  tree: reportTreeSchema,
});

export type ReportDocument = z.infer<typeof reportDocumentSchema>;
