import { HEADING_KIND_ORDER, DASH_ITEM, matchCaption, matchHeading, NOTE_ITEM, NOTES_HEADING, SALUTATION, TOC_ENTRY, TOC_HEADING, type CaptionMatch, type HeadingMatch } from './classify.ts';
import { ReportError } from './errors.ts';
import { frontRole, isColophonLine, readMetadata } from './front-matter.ts';
import { stripEmphasis, stripListMarker, stripMarkdownHeading, stripSubscripts } from './markup.ts';
import { parseNotes } from './notes.ts';
import { splitIntoPieces } from './paragraphs.ts';
import { cutPiece, lineAt, slicePiece, type Piece } from './piece.ts';
import { CONTINUED_FROM, CONTINUED_TO, endsOpen, isPageNumber, isRunningHeader, isWebLeftover, joinAcrossBreak } from './repairs.ts';
import { findItems, findLeadIn } from './run-ins.ts';
import { buildTable } from './tables.ts';
import type { Annotation, Block, Box, FrontItem, Gap, List, Paragraph, Removal, ReportTree, RunIn, Section, SectionKind, TocEntry, Warning } from './types.ts';

/** A decision no general rule can make, for one report, with the source line it applies to and why. */
export interface Override {
  /** First source line of the paragraph the override applies to. */
  line: number;
  /**
   * text-lost-at-break: the paragraph does not continue the one before it although that one ends mid-sentence;
   *   words were lost at the page join, shown as a gap.
   * box-ends-before: the box (专栏) open before this paragraph ends here; the paragraph is body text again.
   * closing-starts: this paragraph and the rest of the body close the report; they belong to no section.
   * parent-resumes: this paragraph belongs to the parent of the open subsection, after its subsections (a part's
   *   summary after its last numbered item); nothing but the numbering marks where a subsection ends.
   */
  rule: 'text-lost-at-break' | 'box-ends-before' | 'closing-starts' | 'parent-resumes';
  reason: string;
}

/** An editor's note that a word is probably mistyped in the source; shown to readers, never applied. */
export interface SuspectedTypo {
  /** Source line where the text is printed. */
  line: number;
  /** The characters as printed (unique on that line). */
  text: string;
  /** What was probably meant. */
  suggestion: string;
  /** Why, for readers and reviewers. */
  note: string;
}

export interface ParseOptions {
  overrides?: Override[];
  suspectedTypos?: SuspectedTypo[];
}

/** A gap left where the overrides say text was lost, between two pieces. */
interface GapMarker {
  gap: Gap;
}

type Item = Piece | GapMarker;

const isGap = (item: Item): item is GapMarker => 'gap' in item;

/** Removes what is not the report's text from each piece: web leftovers, page numbers, markup, continuation marks. */
function cleanPieces(pieces: Piece[], removals: Removal[], warnings: Warning[]): { pieces: Piece[]; continuedFrom: string | null } {
  let continuedFrom: string | null = null;
  let boldOpen = false;
  const cleaned: Piece[] = [];
  for (const original of pieces) {
    if (isWebLeftover(original.text) || isPageNumber(original.text)) {
      removals.push({ rule: isWebLeftover(original.text) ? 'web-leftover' : 'page-number', text: original.text, line: original.lines.start });
      continue;
    }
    let piece = original;
    for (const step of [stripMarkdownHeading, stripListMarker, stripSubscripts]) {
      const result = step(piece);
      piece = result.piece;
      removals.push(...result.removals);
    }
    const emphasis = stripEmphasis(piece, boldOpen);
    piece = emphasis.piece;
    removals.push(...emphasis.removals);
    // Bold left open at the end of a piece continues into the next one (a page break inside a bold run).
    boldOpen = emphasis.unpaired;
    const from = CONTINUED_FROM.exec(piece.text);
    const to = CONTINUED_TO.exec(piece.text);
    const cuts = [
      ...(from ? [{ start: 0, end: from[0].length, rule: 'continuation-mark' as const }] : []),
      ...(to ? [{ start: to.index, end: piece.text.length, rule: 'continuation-mark' as const }] : []),
    ];
    if (from && cleaned.length === 0) continuedFrom = from[1]!;
    const cut = cutPiece(piece, cuts);
    removals.push(...cut.removals);
    piece = cut.piece;
    if (piece.text.trim() !== '') cleaned.push(piece);
  }
  const last = cleaned.at(-1);
  if (boldOpen && last) warnings.push({ line: last.lines.end, message: 'a ** bold marker is never closed: the rest of the text is marked strong' });
  return { pieces: cleaned, continuedFrom };
}

/** A contents line without a numbered label but with dot leaders and a page number (`前  言……1`). */
const UNLABELLED_TOC_ENTRY = /^([^\t.…·]{1,40}?)[ \t]*(?:\.{2,}|…{2,}|·{2,}|\t)[ \t.…·]*(\d+)[ \t]*$/;

/**
 * Table of contents: dropped from the body (logged), kept as entries for the cross-check. It runs from `目录` while
 * lines look like entries: a numbered label, or leaders and a page number. Web copies give entries without page
 * numbers; there the contents end where the first entry's label comes round again (the body's first heading).
 */
function takeToc(pieces: Piece[], removals: Removal[]): { pieces: Piece[]; toc: TocEntry[] } {
  const start = pieces.findIndex((piece) => TOC_HEADING.test(piece.text));
  if (start === -1) return { pieces, toc: [] };
  const toc: TocEntry[] = [];
  let end = start + 1;
  for (; end < pieces.length; end++) {
    const piece = pieces[end]!;
    const labelled = TOC_ENTRY.exec(piece.text);
    const unlabelled = labelled ? null : UNLABELLED_TOC_ENTRY.exec(piece.text);
    if (labelled) {
      const hasPage = /\.{2,}|…|\t|\d\s*$/.test(piece.text);
      if (!hasPage && toc.some((entry) => entry.label === labelled[1])) break;
      toc.push({ label: labelled[1]!, title: labelled[2]!.replace(/[ \t.…·]+$/, ''), page: labelled[3] ? Number(labelled[3]) : null, line: piece.lines.start });
    } else if (unlabelled) {
      toc.push({ label: '', title: unlabelled[1]!.trim(), page: Number(unlabelled[2]), line: piece.lines.start });
    } else {
      break;
    }
  }
  for (const piece of pieces.slice(start, end)) removals.push({ rule: 'toc', text: piece.text, line: piece.lines.start });
  return { pieces: [...pieces.slice(0, start), ...pieces.slice(end)], toc };
}

function isBodyLike(piece: Piece): boolean {
  return /[。！？]$/.test(piece.text) || piece.text.length > 80;
}

/** Kinds of pieces that matter for joining and structure. */
function isStructural(piece: Piece): boolean {
  return (
    piece.text.includes('\t') ||
    piece.wasListItem ||
    matchHeading(piece.text) !== null ||
    matchCaption(piece.text) !== null ||
    DASH_ITEM.test(piece.text) ||
    NOTE_ITEM.test(piece.text) ||
    NOTES_HEADING.test(piece.text)
  );
}

/** Whether a piece may continue into the next one after a page break. */
function mayContinue(piece: Piece): boolean {
  if (piece.text.includes('\t') || piece.wasListItem || matchCaption(piece.text)) return false;
  const heading = matchHeading(piece.text);
  if (heading && !heading.runIn) return false;
  const note = NOTE_ITEM.exec(piece.text);
  if (note && !/[：:]/.test(piece.text)) return false;
  return endsOpen(piece);
}

/** An inline note reference (`［1］`) pointing into the notes appendix. */
const NOTE_REF = /［\d+］|\[\d+\]/g;

const ITEM_START = /^[一二三四五六七八九十]+是/;
const BOX_ITEM_LEAD_IN = /^[^，。]{1,12}。/;

/**
 * Rule `page-break-join` over a run of pieces, with the overrides that stop a join where text was lost.
 * Inside a box, a piece opening with a short lead-in (`新材料。…`) starts a new item even after an open ending:
 * box items often lack their final `。`.
 */
function joinBreaks(pieces: Piece[], overrides: Map<number, Override>, used: Set<Override>): Item[] {
  const items: Item[] = [];
  let inBox = false;
  for (const piece of pieces) {
    const caption = matchCaption(piece.text.split('\t')[0]!);
    const override = overrides.get(piece.lines.start);
    if (matchHeading(piece.text) || caption) inBox = caption?.kind === 'box';
    if (override?.rule === 'box-ends-before') inBox = false;
    const previous = items.at(-1);
    const canJoin =
      previous !== undefined &&
      !isGap(previous) &&
      mayContinue(previous) &&
      !isStructural(piece) &&
      !ITEM_START.test(piece.text) &&
      !(inBox && BOX_ITEM_LEAD_IN.test(piece.text));
    if (override?.rule === 'text-lost-at-break') {
      if (!canJoin) throw new ReportError(piece.lines.start, `override text-lost-at-break: no page-break join would happen before line ${piece.lines.start}`);
      used.add(override);
      const before = previous as Piece;
      items.push({ gap: { type: 'gap', lines: { start: before.lines.end, end: piece.lines.start }, reason: override.reason } });
      items.push(piece);
      continue;
    }
    if (canJoin) {
      items[items.length - 1] = joinAcrossBreak(previous as Piece, piece).piece;
    } else {
      items.push(piece);
    }
  }
  return items;
}

/** Per-section counters for ids and item numbering. */
interface Counter {
  paragraphs: number;
  lastItem: number;
  prefix: string;
}

function makeParagraph(piece: Piece, counter: Counter, warnings: Warning[]): Paragraph {
  const id = `${counter.prefix}${++counter.paragraphs}`;
  const role: Paragraph['role'] = SALUTATION.test(piece.text) ? 'address' : DASH_ITEM.test(piece.text) ? 'dash-item' : 'body';
  const items = findItems(piece.text, piece.marks, counter.lastItem);
  if (items.length > 0) counter.lastItem = items.at(-1)!.number!;
  // Two item lists in one paragraph (`问题：一是…二是…。下一步：一是…`) would repeat ids; later ones get a suffix.
  const taken = new Set<string>();
  const runIns: RunIn[] = items.map((item) => {
    let itemId = `${id}-i${item.number}`;
    for (let copy = 2; taken.has(itemId); copy++) itemId = `${id}-i${item.number}-${copy}`;
    taken.add(itemId);
    return { ...item, id: itemId };
  });
  if (role !== 'address' && !runIns.some((item) => item.start <= (role === 'dash-item' ? 2 : 0))) {
    const leadIn = findLeadIn(piece.text, role === 'dash-item' ? 2 : 0);
    if (leadIn && !runIns.some((item) => item.start < leadIn.end)) runIns.unshift({ ...leadIn, id: `${id}-lead` });
  }
  const noteRefs = [...piece.text.matchAll(NOTE_REF)].map((match) => ({ kind: 'note-ref' as const, start: match.index, end: match.index + match[0].length }));
  const annotations: Annotation[] = [...piece.annotations];
  const opening = (piece.text.match(/“/g) ?? []).length;
  const closing = (piece.text.match(/”/g) ?? []).length;
  if (opening !== closing) {
    const message = `unbalanced quotation marks: ${opening} “ and ${closing} ”`;
    annotations.push({ kind: 'unbalanced-quote', line: piece.lines.start, message, span: null, suggestion: null });
    warnings.push({ line: piece.lines.start, message });
  }
  for (const annotation of piece.annotations) warnings.push({ line: annotation.line, message: annotation.message });
  return { type: 'paragraph', id, text: piece.text, lines: { ...piece.lines }, marks: [...piece.marks, ...noteRefs], role, runIns, annotations };
}

/**
 * A last paragraph that addresses the deputies (`各位代表！让我们…`) closes the whole report rather than its last
 * section, when the last section has other text of its own. Returns its first line, or null.
 */
function findClosingLine(items: Item[], overrides: Override[]): number | null {
  if (overrides.some((override) => override.rule === 'closing-starts')) return null;
  const pieces = items.filter((item): item is Piece => !isGap(item));
  const last = pieces.at(-1);
  const lastHeading = pieces.findLastIndex((piece) => matchHeading(piece.text) !== null);
  if (!last || !SALUTATION.test(last.text) || lastHeading === -1) return null;
  const between = pieces.length - 1 - lastHeading;
  const headingHasBody = matchHeading(pieces[lastHeading]!.text)!.runIn;
  return between >= 2 || (between === 1 && headingHasBody) ? last.lines.start : null;
}

/** Builds the section tree and the blocks of each section from the body items. */
function buildSections(
  items: Item[],
  fragment: boolean,
  /** First line of the report's closing, when a general rule found it (no override needed). */
  closingLine: number | null,
  overrides: Map<number, Override>,
  used: Set<Override>,
  warnings: Warning[],
): { preamble: Block[]; sections: Section[]; closing: Block[] } {
  const headings = items.filter((item): item is Piece => !isGap(item) && matchHeading(item.text) !== null);
  const kinds = HEADING_KIND_ORDER.filter((kind) => headings.some((piece) => matchHeading(piece.text)!.kind === kind));
  const depthOf = (kind: SectionKind) => kinds.indexOf(kind) + 1;
  if (headings.length === 0) throw new ReportError(1, 'no recognizable structure: no numbered headings (一、 （一） 第一章 …)');

  const preamble: Block[] = [];
  const closing: Block[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  const counters = new Map<Section | 'preamble' | 'closing', Counter>([
    ['preamble', { paragraphs: 0, lastItem: 0, prefix: 'p' }],
    ['closing', { paragraphs: 0, lastItem: 0, prefix: 'c' }],
  ]);
  let inClosing = false;
  /** A section whose own text resumed after its subsections (override parent-resumes). */
  let resumed: Section | null = null;
  let box: Box | null = null;
  let tableRows: Piece[] = [];
  let tableCaption: CaptionMatch | null = null;
  let list: List | null = null;
  let previousWasListItem = false;

  const current = (): Section | null => stack.at(-1) ?? null;
  const counter = (): Counter => counters.get(inClosing ? 'closing' : current() ?? 'preamble')!;
  const container = (): Block[] => {
    if (box) return box.blocks as Block[];
    if (inClosing) return closing;
    const section = current();
    if (!section) return preamble;
    return section === resumed ? section.afterChildren : section.blocks;
  };

  const flushTable = () => {
    if (tableRows.length === 0) return;
    // A caption can also be the first TAB row itself (`专栏 2：…⇥⇥`, `表 1：…⇥⇥`).
    const rowCaption = matchCaption(tableRows[0]!.text.split('\t')[0]!);
    const rows = rowCaption ? tableRows.slice(1) : tableRows;
    const caption = rowCaption ?? tableCaption;
    const lines = { start: tableRows[0]!.lines.start, end: tableRows.at(-1)!.lines.end };
    if (caption?.kind === 'box') {
      const tableBox: Box = { type: 'box', id: `box-${caption.number}`, label: caption.label, title: caption.title, blocks: [], lines };
      if (rows.length > 0) tableBox.blocks.push(buildTable(rows, `box-${caption.number}-table`, null, null));
      box = null;
      container().push(tableBox);
      box = tableBox;
    } else if (rows.length > 0) {
      const id = caption ? `table-${caption.number}` : `table-at-${lines.start}`;
      container().push(buildTable(rows, id, caption?.label ?? null, caption?.title ?? null));
    } else {
      // A table caption row with no rows under it: keep the caption as a paragraph.
      container().push(makeParagraph({ ...tableRows[0]!, text: tableRows[0]!.text.replace(/\t+$/, '') }, counter(), warnings));
    }
    tableRows = [];
    tableCaption = null;
  };

  /** The last number given to each kind of heading, for numbering that runs on across parents (第三章 in 第二篇). */
  const lastNumberOfKind = new Map<SectionKind, number>();

  const openSection = (heading: HeadingMatch | null, kind: SectionKind, number: number, piece: Piece | null) => {
    let depth = depthOf(kind);
    // A heading of a kind that is already open is that section's sibling, wherever the kind sits in the order.
    const openOfKind = stack.findIndex((section) => section.kind === kind);
    if (openOfKind !== -1) depth = openOfKind + 1;
    else if (depth > stack.length + 1) {
      const parentKind = kinds[depth - 2]!;
      if (stack.length === 0) throw new ReportError(piece?.lines.start ?? 1, `${heading?.label ?? kind} appears before any ${parentKind} heading`);
      // A level can be skipped (a chapter with 一、 parts but no 节): the heading nests under the open section.
      depth = stack.length + 1;
    }
    stack.length = depth - 1;
    resumed = null;
    const parent = stack.at(-1);
    const siblings = parent ? parent.children : sections;
    const last = siblings.at(-1);
    const fragmentStart = fragment && last === undefined && (parent === undefined || parent.headingStyle === 'none');
    if (heading && last && heading.number !== last.number.at(-1)! + 1) {
      const what = heading.number === last.number.at(-1) ? `repeats ${heading.label}` : `jumps from ${last.label ?? '(lost heading)'} to ${heading.label}`;
      throw new ReportError(piece!.lines.start, `numbering ${what}`);
    }
    const runsOn = heading !== null && heading.number === (lastNumberOfKind.get(kind) ?? 0) + 1;
    if (heading && !last && heading.number !== 1 && !fragmentStart && !runsOn) {
      throw new ReportError(piece!.lines.start, `numbering starts at ${heading.label}; expected the first heading of its level`);
    }
    lastNumberOfKind.set(kind, number);
    const numbers = [...(parent?.number ?? []), number];
    const section: Section = {
      id: numbers.join('-'),
      number: numbers,
      kind,
      label: heading?.label ?? null,
      title: heading && piece ? piece.text.slice(heading.titleStart, heading.titleEnd) : null,
      headingStyle: heading ? (heading.runIn ? 'run-in' : 'line') : 'none',
      headingLines: heading && piece ? { start: piece.lines.start, end: lineAt(piece, heading.titleEnd - 1) } : null,
      lines: piece ? { ...piece.lines } : { start: 0, end: 0 },
      blocks: [],
      children: [],
      afterChildren: [],
    };
    siblings.push(section);
    stack.push(section);
    counters.set(section, { paragraphs: 0, lastItem: 0, prefix: 'p' });
  };

  // A fragment that begins inside a subsection keeps its surviving text in a part whose heading was lost.
  const firstPiece = items.find((item): item is Piece => !isGap(item));
  const firstHeading = firstPiece ? matchHeading(firstPiece.text) : null;
  if (fragment && (firstHeading === null || depthOf(firstHeading.kind) > 1)) {
    const firstTop = headings.map((piece) => matchHeading(piece.text)!).find((heading) => depthOf(heading.kind) === 1);
    // Text before part 一 would be the preamble; text before a later part is the tail of the part before it.
    if (firstTop === undefined || firstTop.number > 1) openSection(null, kinds[0]!, firstTop ? firstTop.number - 1 : 1, null);
  }

  items.forEach((item, index) => {
    const override = isGap(item) ? undefined : overrides.get(item.lines.start);
    if (override?.rule === 'closing-starts' || (!isGap(item) && item.lines.start === closingLine)) {
      if (override?.rule === 'closing-starts') used.add(override);
      flushTable();
      box = null;
      inClosing = true;
    }
    if (override?.rule === 'parent-resumes') {
      if (stack.length < 2) throw new ReportError(override.line, 'override parent-resumes: no subsection is open here');
      used.add(override);
      flushTable();
      box = null;
      stack.pop();
      resumed = current();
    }
    if (override?.rule === 'box-ends-before') {
      if (!box) throw new ReportError(override.line, 'override box-ends-before: no box is open here');
      used.add(override);
      box = null;
    }
    if (isGap(item)) {
      flushTable();
      container().push(item.gap);
      previousWasListItem = false;
      return;
    }
    const piece = item;
    if (piece.text.includes('\t')) {
      if (tableRows.length === 0 && matchCaption(piece.text.split('\t')[0]!)) box = null;
      tableRows.push(piece);
      return;
    }
    flushTable();
    const heading = matchHeading(piece.text);
    if (heading && !inClosing) {
      box = null;
      openSection(heading, heading.kind, heading.number, piece);
      if (heading.runIn) {
        const rest = slicePiece(piece, heading.titleEnd);
        container().push(makeParagraph(rest, counter(), warnings));
      }
      previousWasListItem = false;
      return;
    }
    const caption = matchCaption(piece.text);
    if (caption?.kind === 'box') {
      box = null;
      const opened: Box = { type: 'box', id: `box-${caption.number}`, label: caption.label, title: caption.title, blocks: [], lines: { ...piece.lines } };
      container().push(opened);
      box = opened;
      previousWasListItem = false;
      return;
    }
    const next = items[index + 1];
    if (caption?.kind === 'table' && next !== undefined && !isGap(next) && next.text.includes('\t')) {
      box = null;
      tableCaption = caption;
      return;
    }
    if (piece.wasListItem) {
      if (!previousWasListItem || !list) {
        list = { type: 'list', id: `${counter().prefix}${++counter().paragraphs}`, lines: { ...piece.lines }, items: [] };
        container().push(list);
      }
      list.items.push({ text: piece.text, lines: { ...piece.lines }, marks: piece.marks });
      list.lines.end = piece.lines.end;
      previousWasListItem = true;
      return;
    }
    previousWasListItem = false;
    container().push(makeParagraph(piece, counter(), warnings));
  });
  flushTable();
  return { preamble, sections, closing };
}

/** Sets each section's line range from its heading to its last block or descendant, and each box's to its last block. */
function settleLines(section: Section): void {
  section.children.forEach(settleLines);
  for (const block of section.blocks) {
    if (block.type === 'box') block.lines.end = Math.max(block.lines.end, ...block.blocks.map((inner) => inner.lines.end));
  }
  const ranges = [
    ...(section.headingLines ? [section.headingLines] : []),
    ...section.blocks.map((block) => block.lines),
    ...section.children.map((child) => child.lines),
    ...section.afterChildren.map((block) => block.lines),
  ];
  section.lines = { start: Math.min(...ranges.map((range) => range.start)), end: Math.max(...ranges.map((range) => range.end)) };
}

/** Every id a reader can link to must be unique within its page. */
function checkIds(section: Section): void {
  checkBlockIds(`section ${section.id}`, [...section.blocks, ...section.afterChildren]);
  section.children.forEach(checkIds);
}

function checkBlockIds(where: string, blocks: Block[]): void {
  const seen = new Map<string, number>();
  const visit = (id: string, line: number) => {
    if (seen.has(id)) throw new ReportError(line, `duplicate id ${id} in ${where} (first at line ${seen.get(id)})`);
    seen.set(id, line);
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'gap') continue;
      visit(block.id, block.lines.start);
      if (block.type === 'paragraph') block.runIns.forEach((runIn) => visit(runIn.id, block.lines.start));
      if (block.type === 'box') walk(block.blocks);
    }
  };
  walk(blocks);
}

/** Puts each suspected typo on the paragraph that prints it; a typo that cannot be found is an error in the list. */
function attachSuspectedTypos(typos: SuspectedTypo[], blocks: Block[]): void {
  const paragraphs = blocks.flatMap((block) => (block.type === 'box' ? block.blocks : [block])).filter((block): block is Paragraph => block.type === 'paragraph');
  for (const typo of typos) {
    const paragraph = paragraphs.find((candidate) => candidate.lines.start <= typo.line && typo.line <= candidate.lines.end && candidate.text.includes(typo.text));
    if (!paragraph) throw new ReportError(typo.line, `suspected typo “${typo.text}” is not printed in a paragraph at line ${typo.line}`);
    const start = paragraph.text.indexOf(typo.text);
    if (paragraph.text.indexOf(typo.text, start + 1) !== -1) throw new ReportError(typo.line, `suspected typo “${typo.text}” occurs more than once in its paragraph; quote more of it`);
    paragraph.annotations.push({ kind: 'suspected-typo', line: typo.line, message: typo.note, span: { start, end: start + typo.text.length }, suggestion: typo.suggestion });
  }
}

/** Flattens the headings of a tree in reading order. */
function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** Warns where the table of contents and the body headings disagree; the body is authoritative. */
function crossCheckToc(toc: TocEntry[], sections: Section[], warnings: Warning[]): void {
  if (toc.length === 0) return;
  const compact = (text: string) => text.replace(/[\s\u3000]/g, '');
  const headings = allSections(sections).filter((section) => section.label !== null);
  if (headings.length !== toc.length) {
    warnings.push({ line: toc[0]!.line, message: `table of contents has ${toc.length} entries, the body ${headings.length} headings` });
  }
  toc.forEach((entry, index) => {
    const section = headings[index];
    if (!section) return;
    if (compact(entry.label) !== compact(section.label!) || compact(entry.title) !== compact(section.title ?? '')) {
      warnings.push({
        line: section.headingLines!.start,
        message: `table of contents line ${entry.line} “${entry.label} ${entry.title}” differs from body heading “${section.label} ${section.title}”`,
      });
    }
  });
}

function countStats(tree: Omit<ReportTree, 'stats'>): ReportTree['stats'] {
  let paragraphs = 0;
  let tables = 0;
  let boxes = 0;
  let characters = 0;
  const count = (text: string) => {
    characters += text.replace(/\s/gu, '').length;
  };
  const walk = (blocks: Block[], inBox: boolean) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') {
        paragraphs++;
        count(block.text);
      } else if (block.type === 'list') {
        paragraphs += block.items.length;
        block.items.forEach((item) => count(item.text));
      } else if (block.type === 'table') {
        if (!inBox) tables++;
        count(`${block.label ?? ''}${block.title ?? ''}`);
        block.rows.forEach((row) => row.cells.forEach((cell) => count(cell.text)));
      } else if (block.type === 'box') {
        boxes++;
        count(block.label + block.title);
        walk(block.blocks, true);
      }
    }
  };
  walk(tree.preamble, false);
  for (const section of allSections(tree.sections)) {
    count(`${section.label ?? ''}${section.title ?? ''}`);
    walk(section.blocks, false);
    walk(section.afterChildren, false);
  }
  walk(tree.closing, false);
  tree.front.forEach((item) => count(item.text));
  tree.colophon.forEach((item) => count(item.text));
  tree.notes.forEach((note) => count(`${note.marker}${note.label}${note.separator}${note.text}`));
  return { paragraphs, tables, boxes, characters };
}

/**
 * Parses the decoded text of a report into its section tree. Pure: no files, no Astro.
 * Throws a ReportError (with the source line) for input it cannot parse faithfully.
 */
export function parseReport(text: string, { overrides: overrideList = [], suspectedTypos = [] }: ParseOptions = {}): ReportTree {
  const removals: Removal[] = [];
  const warnings: Warning[] = [];
  const overrides = new Map(overrideList.map((override) => [override.line, override]));
  const used = new Set<Override>();

  const split = splitIntoPieces(text);
  if (split.length === 0) throw new ReportError(1, 'empty file (only whitespace)');
  const { pieces: cleaned, continuedFrom } = cleanPieces(split, removals, warnings);
  const { pieces, toc } = takeToc(cleaned, removals);

  // Front matter: everything before the first heading, salutation or body paragraph.
  const bodyStart = continuedFrom !== null ? 0 : pieces.findIndex((piece) => matchHeading(piece.text) !== null || SALUTATION.test(piece.text) || isBodyLike(piece));
  const frontPieces = bodyStart === -1 ? pieces : pieces.slice(0, bodyStart);
  const front: FrontItem[] = frontPieces.map((piece) => ({ role: frontRole(piece.text), text: piece.text, lines: { ...piece.lines } }));
  let rest = bodyStart === -1 ? [] : pieces.slice(bodyStart);

  // Back matter: colophon lines at the very end, then the notes appendix.
  let colophonStart = rest.length;
  while (colophonStart > 0 && isColophonLine(rest[colophonStart - 1]!.text)) colophonStart--;
  const colophon: FrontItem[] = rest.slice(colophonStart).map((piece) => ({ role: 'other', text: piece.text, lines: { ...piece.lines } }));
  rest = rest.slice(0, colophonStart);
  const notesStart = rest.findIndex((piece) => NOTES_HEADING.test(piece.text));
  const notePieces = notesStart === -1 ? [] : rest.slice(notesStart + 1);
  const notesHeading = notesStart === -1 ? null : rest[notesStart]!;
  let body = notesStart === -1 ? rest : rest.slice(0, notesStart);

  const opening = body.slice(0, 3).map((piece) => piece.text).join('\n');
  const metadata = readMetadata(front, colophon, opening, continuedFrom);

  // Rule `running-header`: a page header left inside the body.
  body = body.filter((piece, index) => {
    if (index === 0 || matchHeading(piece.text) || !isRunningHeader(piece.text, metadata.title)) return true;
    removals.push({ rule: 'running-header', text: piece.text, line: piece.lines.start });
    return false;
  });

  const items = joinBreaks(body, overrides, used);
  const { preamble, sections, closing } = buildSections(items, continuedFrom !== null, findClosingLine(items, overrideList), overrides, used, warnings);

  const joinedNotes = joinBreaks(notePieces, new Map(), new Set()).filter((item): item is Piece => !isGap(item));
  const { notes, warnings: noteWarnings } = parseNotes(joinedNotes);
  warnings.push(...noteWarnings);

  for (const override of overrideList) {
    if (!used.has(override)) throw new ReportError(override.line, `override ${override.rule} at line ${override.line} was not used: no paragraph starts there, or the general rules already handle it`);
  }
  sections.forEach(settleLines);
  sections.forEach(checkIds);
  // The preamble and the closing share the report page.
  checkBlockIds('the report page', [...preamble, ...closing]);
  attachSuspectedTypos(suspectedTypos, [...preamble, ...allSections(sections).flatMap((section) => [...section.blocks, ...section.afterChildren]), ...closing]);
  crossCheckToc(toc, sections, warnings);

  const tree: Omit<ReportTree, 'stats'> = {
    metadata,
    front,
    preamble,
    sections,
    closing,
    notes,
    appendices: [],
    notesHeading: notesHeading ? { text: notesHeading.text, lines: { ...notesHeading.lines } } : null,
    colophon,
    toc,
    removals,
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
  return { ...tree, stats: countStats(tree) };
}
