/**
 * The shape of a parsed report: what `parseReport` returns and what the site and the open data publish.
 * Every node keeps the 1-based physical source lines it came from.
 */

/** Inclusive 1-based physical line range in the source file. */
export interface LineRange {
  start: number;
  end: number;
}

/** A span of a text that carried markup in the source (`**bold**`, `PM_{2.5}`) or a note reference (`［1］`). */
export interface Mark {
  kind: 'strong' | 'sub' | 'note-ref';
  /** UTF-16 offset of the first character, in the owning text. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
}

/** A heading that runs into its paragraph: a lead-in sentence (`积极扩大有效投资。`) or an item (`一是…。`). */
export interface RunIn {
  /** The item marker as printed (`一是`), or null for an unnumbered lead-in sentence. */
  marker: string | null;
  /** Item number parsed from the marker (一是 → 1), null for lead-ins. */
  number: number | null;
  /** Offset of the first character of the run-in heading (the marker, if any). */
  start: number;
  /** Offset after the heading's closing punctuation. */
  end: number;
  /** Anchor id, unique within the section (`p3-i2`, `p5-lead`). */
  id: string;
}

/** Something the parser noticed in the text but did not change. */
export interface Annotation {
  /** doubled-at-break and unbalanced-quote are found by the parser; suspected-typo comes from an editor's list. */
  kind: 'doubled-at-break' | 'unbalanced-quote' | 'suspected-typo';
  /** Source line the annotation refers to. */
  line: number;
  /** Human-readable explanation. */
  message: string;
  /** The characters concerned, as offsets in the paragraph's text; null when the whole paragraph is meant. */
  span: { start: number; end: number } | null;
  /** What the text probably meant, for a suspected typo; never applied to the text. */
  suggestion: string | null;
}

export interface Paragraph {
  type: 'paragraph';
  /** Unique within its section (or the preamble): `p1`, `p2` … in reading order. */
  id: string;
  /** The faithful text: source characters in source order; markdown markers removed (logged), page breaks joined. */
  text: string;
  lines: LineRange;
  marks: Mark[];
  /** What kind of paragraph this is, where it is more than plain body text. */
  role: 'body' | 'address' | 'dash-item';
  runIns: RunIn[];
  annotations: Annotation[];
}

/** A markdown `- ` list in the source: one item per line. */
export interface List {
  type: 'list';
  id: string;
  lines: LineRange;
  items: { text: string; lines: LineRange; marks: Mark[] }[];
}

/** A place where text is missing from the source (a page join that lost words); rendered as a visible editorial marker. */
export interface Gap {
  type: 'gap';
  /** The lines on either side of the lost text. */
  lines: LineRange;
  /** Why we believe text is missing (from the overrides file). */
  reason: string;
}

export interface TableCell {
  text: string;
  colSpan?: number | undefined;
  rowSpan?: number | undefined;
}

export interface TableRow {
  /** header: column headings; group: a category row (`一、经济发展（6 项）`); body: data; sub: a row under the numbered row above it; note: a footnote row. */
  kind: 'header' | 'group' | 'body' | 'sub' | 'note';
  /** Cells as printed, empty cells kept. Header rows omit the cells covered by a span. */
  cells: TableCell[];
  lines: LineRange;
}

export interface Table {
  type: 'table';
  /** `table-1` from `表 1`, or `box-2-table` for a table inside `专栏 2`. */
  id: string;
  /** `表 1：` as printed, with its colon; null when the table belongs to a box caption. */
  label: string | null;
  title: string | null;
  /** Number of columns (TAB-separated cells per row). */
  columns: number;
  rows: TableRow[];
  lines: LineRange;
}

/** A `专栏 N` box: a captioned aside with its own paragraphs or table. */
export interface Box {
  type: 'box';
  /** `box-4` from `专栏 4`. */
  id: string;
  /** `专栏 4：` as printed, with its colon. */
  label: string;
  title: string;
  blocks: (Paragraph | Table)[];
  lines: LineRange;
}

export type Block = Paragraph | List | Gap | Table | Box;

/** unnumbered: a bold heading line without a number, above the numbered headings (see bare-headings.ts). */
export type SectionKind = 'unnumbered' | 'volume' | 'chapter' | 'section' | 'part' | 'subsection';

export interface Section {
  /** Derived from the numbering, not the text: `3-2` for 第三章第二节 or 三、（二）. */
  id: string;
  /** The numbers of this section and its ancestors: [3, 2]. */
  number: number[];
  kind: SectionKind;
  /** The number as printed (`一、`, `（三）`, `(三)`, `第二章`); null for a part whose heading was lost or is printed without a number. */
  label: string | null;
  /** The heading text without the label, as printed (markdown removed); null when the heading was lost. */
  title: string | null;
  /** line: heading on its own line; run-in: heading is the first sentence of a paragraph; none: heading lost. */
  headingStyle: 'line' | 'run-in' | 'none';
  /** Where the heading is printed; null when lost. */
  headingLines: LineRange | null;
  /** From the heading to the end of the last block of the last descendant. */
  lines: LineRange;
  blocks: Block[];
  children: Section[];
  /** Blocks after the last child that belong to this section itself (a part's closing paragraphs). */
  afterChildren: Block[];
}

export interface Note {
  /** The note number (1, 2 …). */
  number: number;
  /** The number as printed: `1.`, `1、`, `［1］`. */
  marker: string;
  /** The term explained, as printed (`“六稳”`, `“三化三制”改革`). */
  label: string;
  /** What separates label and text as printed (`：`), empty when the text is on its own line. */
  separator: string;
  text: string;
  lines: LineRange;
}

/** An attachment printed after the report (`附件1`, `附件：…`): its heading lines as printed and its blocks. */
export interface Appendix {
  /** `a1`, `a2` … in print order. */
  id: string;
  /** The attachment label as printed (`附件1`, `附件`), without a trailing colon. */
  label: string;
  /** The attachment's title (`2024年省级民生实事`), from the label's line or the next one; null when it has none. */
  title: string | null;
  headingLines: LineRange;
  lines: LineRange;
  blocks: Block[];
}

/** The title block and other front matter, kept verbatim. */
export interface FrontItem {
  role: 'title' | 'subtitle' | 'speaker' | 'date' | 'other';
  text: string;
  lines: LineRange;
}

/** A character run the pipeline removed, with the rule that removed it. */
export interface Removal {
  rule:
    | 'toc'
    | 'running-header'
    | 'continuation-mark'
    | 'web-leftover'
    | 'page-number'
    | 'markdown-heading'
    | 'markdown-emphasis'
    | 'markdown-list-marker'
    | 'subscript-markup'
    | 'source-front-matter'
    | 'html-comment'
    | 'markdown-image'
    | 'html-fold'
    | 'markdown-blockquote'
    | 'trailing-leftover';
  text: string;
  line: number;
}

/** A finding worth a human look that does not stop the parse (TOC/body mismatch, unmatched quote …). */
export interface Warning {
  line: number;
  message: string;
}

export interface TocEntry {
  label: string;
  title: string;
  page: number | null;
  line: number;
}

export interface ReportMetadata {
  /** The title as printed in the title block, lines joined, spacing inside a spaced-out title removed. */
  title: string | null;
  /** ISO date (YYYY-MM-DD or YYYY-MM) of delivery or of the cover. */
  date: string | null;
  /** The congress session as stated (`运城市盐湖区第十七届人民代表大会第二次会议`). */
  session: string | null;
  /** The speaker as printed; `role` is empty when the copy prints the name alone. */
  speaker: { organization: string | null; role: string; name: string } | null;
  /** Date on the colophon (`2021年4月7日印` → 2021-04-07). */
  printedDate: string | null;
  /** `(上接第一版)`: the page the text continues from, when the source starts mid-report. */
  continuedFrom: string | null;
  /** What a collection's YAML front matter says of the copy (its own title, the official URL); null without one. */
  sourceHeader: { title: string | null; url: string | null } | null;
}

export interface ReportTree {
  metadata: ReportMetadata;
  front: FrontItem[];
  /** Paragraphs between the title block and the first heading (salutation, introduction). */
  preamble: Block[];
  sections: Section[];
  /** Closing paragraphs after the last section (`各位代表！让我们…`). */
  closing: Block[];
  notes: Note[];
  /** Attachments after the report (`附件1 …`), each kept as a titled run of blocks; a notes attachment is read as `notes`. */
  appendices: Appendix[];
  /** The heading of the notes appendix as printed (`相关注释`, `附注：`), null without notes. */
  notesHeading: { text: string; lines: LineRange } | null;
  /** Colophon lines at the end (`…秘书处`, `2021年4月7日印`), kept verbatim. */
  colophon: FrontItem[];
  toc: TocEntry[];
  removals: Removal[];
  warnings: Warning[];
  stats: { paragraphs: number; tables: number; boxes: number; characters: number };
}
