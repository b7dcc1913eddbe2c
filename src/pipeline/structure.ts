import { HEADING_KIND_ORDER, DASH_ITEM, matchCaption, matchHeading, SALUTATION, type CaptionMatch, type HeadingMatch } from './classify.ts';
import { ReportError } from './errors.ts';
import type { BareHeadings } from './bare-headings.ts';
import { findHeadingsInContext } from './headings-in-context.ts';
import { pieceHeading } from './piece-heading.ts';
import { isGap, type Item } from './joins.ts';
import type { Override } from './overrides.ts';
import { lineAt, slicePiece, type Piece } from './piece.ts';
import { findItems, findLeadIn } from './run-ins.ts';
import { buildTable } from './tables.ts';
import type { Annotation, Block, Box, List, Paragraph, RunIn, Section, SectionKind, Warning } from './types.ts';

/** Stage: structure. The body's pieces become the section tree: headings, paragraphs with run-ins, lists, boxes, tables. */


/** An inline note reference (`［1］`) pointing into the notes appendix. */
const NOTE_REF = /［\d+］|\[\d+\]|〔\d+〕|﹝\d+﹞|\[\^\d+\]/g;

/** Per-section counters for ids and item numbering. */
export interface Counter {
  paragraphs: number;
  lastItem: number;
  prefix: string;
}

export function makeParagraph(piece: Piece, counter: Counter, warnings: Warning[]): Paragraph {
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
export function findClosingLine(items: Item[], overrides: Override[]): number | null {
  if (overrides.some((override) => override.rule === 'closing-starts')) return null;
  const pieces = items.filter((item): item is Piece => !isGap(item));
  const lastHeading = pieces.findLastIndex((piece) => matchHeading(piece.text) !== null);
  if (lastHeading === -1) return null;
  // The closing starts at the last address to the deputies (`各位代表！` alone or run into the appeal), when at most
  // two paragraphs follow it, they appeal, and the last section keeps text of its own.
  const address = pieces.findLastIndex((piece, index) => index > lastHeading && SALUTATION.test(piece.text));
  if (address === -1 || pieces.length - 1 - address > 2) return null;
  // A closing is an appeal (`各位代表！…`, `让我们…奋斗！`); `各位代表，成绩来之不易。…` after a part's last item is the part's own tail.
  if (!/^各位代表(?:、同志们)?[！!]/.test(pieces[address]!.text) && !pieces.slice(address).some((piece) => /让我们|[！!]$/.test(piece.text))) return null;
  const between = address - lastHeading;
  const headingHasBody = matchHeading(pieces[lastHeading]!.text)!.runIn;
  return between >= 2 || (between === 1 && headingHasBody) ? pieces[address]!.lines.start : null;
}

/**
 * The usual tail of a part, printed after its last numbered item: the thanks (`各位代表，成绩来之不易`), the problems
 * (`同时也要清醒看到…`, `一年来…虽然取得了…成绩…`). It belongs to the part, not to the item before it.
 */
const PART_TAIL = /^(?:各位代表[，,！!：:]?[^。]{0,12}(?:成绩|成就)|[^。，]{0,12}成绩来之不易|(?:同时|但是?|当然|在看到成绩的同时)[，,]?[^。]{0,12}清醒(?:地)?(?:看到|认识到)|我们也清醒(?:地)?(?:看到|认识到)|(?:一年来|过去一年|五年来|过去五年)[，,][^。]{0,30}虽然取得)/;

/** Whether a paragraph is a part's tail: it says so, a subsection is open, and no sibling subsection follows. */
function isPartTail(piece: Piece, stack: Section[], nextKind: SectionKind | null): boolean {
  const open = stack.at(-1);
  return stack.length >= 2 && open !== undefined && open.kind !== nextKind && PART_TAIL.test(piece.text);
}

/**
 * A run numbered like the parts inside a part: part 二、 lists its points as 一、…十、 and part 三、 follows. When the
 * numbering starts again at one and the heading after that run continues the numbering from before it, the run
 * belongs to the part before it, one level down (its headings are read as the next kind, their labels as printed).
 */
function findNestedRuns(headings: { piece: Piece; heading: HeadingMatch }[]): Map<Piece, HeadingMatch> {
  const nested = new Map<Piece, HeadingMatch>();
  for (const kind of ['part', 'chapter'] as const) {
    const deeper: SectionKind = kind === 'part' ? 'subsection' : 'section';
    const ofKind = headings.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.heading.kind === kind);
    for (let start = 1; start < ofKind.length; start++) {
      if (ofKind[start]!.heading.number !== 1) continue;
      let end = start;
      while (end + 1 < ofKind.length && ofKind[end + 1]!.heading.number === ofKind[end]!.heading.number + 1) end++;
      const after = ofKind[end + 1];
      const before = ofKind[start - 1]!;
      // The run must not hold headings of the deeper kind already: they would collide with the demoted ones.
      const span = headings.slice(ofKind[start]!.index, (after?.index ?? headings.length));
      if (after && after.heading.number === before.heading.number + 1 && !span.some((entry) => entry.heading.kind === deeper)) {
        for (const entry of ofKind.slice(start, end + 1)) nested.set(entry.piece, { ...entry.heading, kind: deeper });
        start = end;
      }
    }
  }
  return nested;
}

/**
 * The nesting of heading kinds is the usual one (第X章 over 一、 over （一）) unless the document says otherwise: when
 * it opens with the inner kind, goes on with it after the outer kind appears, and every run of the outer kind starts
 * at one after an inner heading, the inner kind is the outer one here (old State Council reports: `（一）当前的经济形势`, then `一、…` `二、…` inside it).
 */
function invertedOrder(kinds: SectionKind[], headings: HeadingMatch[]): SectionKind[] {
  const [outer, inner] = kinds;
  if (outer !== 'part' || inner !== 'subsection' || headings[0]!.kind !== inner) return kinds;
  // The inner kind must go on after the outer run (（二） … 一、…十、 … （三）), or it is a list before the parts.
  const firstOuter = headings.findIndex((heading) => heading.kind === outer);
  if (!headings.slice(firstOuter).some((heading) => heading.kind === inner)) return kinds;
  let previous = 0;
  for (const heading of headings) {
    if (heading.kind === inner) previous = 0;
    else if (heading.kind === outer) {
      if (heading.number !== previous + 1) return kinds;
      previous = heading.number;
    }
  }
  return [inner, outer, ...kinds.slice(2)];
}

/** Builds the section tree and the blocks of each section from the body items. */
export function buildSections(
  items: Item[],
  /** Unnumbered headings found before the joins (see bare-headings.ts). */
  bare: BareHeadings,
  fragment: boolean,
  /** First line of the report's closing, when a general rule found it (no override needed). */
  closingLine: number | null,
  overrides: Map<number, Override>,
  used: Set<Override>,
  warnings: Warning[],
): { preamble: Block[]; sections: Section[]; closing: Block[] } {
  const inContext = findHeadingsInContext(items);
  const found = (piece: Piece): HeadingMatch | null => bare.headings.get(piece) ?? inContext.get(piece) ?? pieceHeading(piece);
  const nested = findNestedRuns(items.filter((item): item is Piece => !isGap(item) && found(item) !== null).map((piece) => ({ piece, heading: found(piece)! })));
  const headingOf = (piece: Piece): HeadingMatch | null => nested.get(piece) ?? found(piece);
  const headings = items.filter((item): item is Piece => !isGap(item) && headingOf(item) !== null);
  const kinds = invertedOrder(
    HEADING_KIND_ORDER.filter((kind) => headings.some((piece) => headingOf(piece)!.kind === kind)),
    headings.map((piece) => headingOf(piece)!),
  );
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

  /** How many runs of numbering each parent (null: the top level) has had. */
  const runOf = new Map<Section | null, number>();
  const openSection = (heading: HeadingMatch | null, kind: SectionKind, number: number, piece: Piece | null): void => {
    let depth = depthOf(kind);
    // A heading of a kind that is already open is that section's sibling, wherever the kind sits in the order.
    const openOfKind = stack.findIndex((section) => section.kind === kind);
    if (openOfKind !== -1) depth = openOfKind + 1;
    else if (depth > stack.length + 1) {
      const parentKind = kinds[depth - 2]!;
      if (stack.length === 0) {
        // Items before the first part heading, when that heading is 二、 or later: part 一's heading was not printed.
        const firstParent = headings.slice(piece ? headings.indexOf(piece) + 1 : 0).map(headingOf).find((next) => next?.kind === parentKind);
        if (!firstParent || firstParent.number < 2 || depth !== 2) throw new ReportError(piece?.lines.start ?? 1, `${heading?.label ?? kind} appears before any ${parentKind} heading`);
        warnings.push({ line: piece?.lines.start ?? 1, message: `${heading?.label ?? kind} appears before any ${parentKind} heading: the heading of the part before ${firstParent.label} is not printed` });
        openSection(null, parentKind, firstParent.number - 1, null);
      }
      // A level can be skipped (a chapter with 一、 parts but no 节): the heading nests under the open section.
      depth = stack.length + 1;
    }
    stack.length = depth - 1;
    resumed = null;
    const parent = stack.at(-1);
    const siblings = parent ? parent.children : sections;
    const last = siblings.at(-1);
    const fragmentStart = fragment && last === undefined && (parent === undefined || parent.headingStyle === 'none');
    // Numbering that starts again at one among the same siblings is a second run of items (a part that lists last
    // year's work and then the five years' as two （一）…（七） runs); its ids carry the run's letter (`1-b1`).
    const restarts = heading !== null && last !== undefined && heading.number === 1 && last.kind === kind && last.number.at(-1)! >= 2;
    if (restarts) {
      runOf.set(parent ?? null, (runOf.get(parent ?? null) ?? 1) + 1);
      warnings.push({ line: piece!.lines.start, message: `numbering starts again at ${heading.label} after ${last.label ?? '(lost heading)'}: a second run of items, or a heading above it that was not recognized` });
    } else if (heading && last && heading.number <= last.number.at(-1)!) {
      // A repeated number would give two sections one id, and usually means a copy pasted twice.
      const what = heading.number === last.number.at(-1) ? `repeats ${heading.label}` : `goes back from ${last.label ?? '(lost heading)'} to ${heading.label}`;
      throw new ReportError(piece!.lines.start, `numbering ${what}`);
    } else if (heading && last && heading.number > last.number.at(-1)! + 1) {
      // A skipped number: the copy lost that heading or ran it into the text. The text is all there; say where.
      warnings.push({ line: piece!.lines.start, message: `numbering jumps from ${last.label ?? '(lost heading)'} to ${heading.label}: a heading between them is not printed as one` });
    }
    const runsOn = heading !== null && heading.number === (lastNumberOfKind.get(kind) ?? 0) + 1;
    if (heading && !last && heading.number !== 1 && !fragmentStart && !runsOn) {
      warnings.push({ line: piece!.lines.start, message: `numbering starts at ${heading.label}: the first heading of its level is not printed as one` });
    }
    lastNumberOfKind.set(kind, number);
    const numbers = [...(parent?.number ?? []), number];
    const run = runOf.get(parent ?? null) ?? 1;
    const segment = `${run > 1 ? String.fromCharCode(0x60 + run) : ''}${number}`;
    const section: Section = {
      id: parent ? `${parent.id}-${segment}` : segment,
      number: numbers,
      kind,
      label: heading?.label || null,
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
  const firstHeading = firstPiece ? headingOf(firstPiece) : null;
  if (fragment && (firstHeading === null || depthOf(firstHeading.kind) > 1)) {
    const firstTop = headings.map((piece) => headingOf(piece)!).find((heading) => depthOf(heading.kind) === 1);
    // Text before part 一 would be the preamble; text before a later part is the tail of the part before it.
    if (firstTop === undefined || firstTop.number > 1) openSection(null, kinds[0]!, firstTop ? firstTop.number - 1 : 1, null);
  }

  // The kind of the next heading after each item, for the part-tail rule.
  const nextHeadingKind: (SectionKind | null)[] = [];
  for (let index = items.length - 1, next: SectionKind | null = null; index >= 0; index--) {
    nextHeadingKind[index] = next;
    const item = items[index]!;
    const heading = isGap(item) ? null : headingOf(item);
    if (heading) next = heading.kind;
  }

  items.forEach((item, index) => {
    const override = isGap(item) ? undefined : overrides.get(item.lines.start);
    if (override?.rule === 'closing-starts' || (!isGap(item) && item.lines.start === closingLine)) {
      if (override?.rule === 'closing-starts') used.add(override);
      flushTable();
      box = null;
      inClosing = true;
    }
    const tail = !isGap(item) && !inClosing && override?.rule !== 'parent-resumes' && resumed === null && isPartTail(item, stack, nextHeadingKind[index] ?? null);
    if (override?.rule === 'parent-resumes' || tail) {
      if (stack.length < 2) throw new ReportError(override!.line, 'override parent-resumes: no subsection is open here');
      if (override) used.add(override);
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
    const heading = headingOf(piece);
    if (heading && !inClosing) {
      box = null;
      // Numbered parts before the first unnumbered heading belong to a part whose heading is not printed.
      if (bare.leadingPart && stack.length === 0 && sections.length === 0 && heading.kind !== 'unnumbered') openSection(null, 'unnumbered', 1, null);
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
