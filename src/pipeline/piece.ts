import type { Annotation, LineRange, Mark, Removal } from './types.ts';

/** A source line's first character inside a piece's text. */
export interface LineAnchor {
  offset: number;
  line: number;
}

/**
 * A paragraph of source text on its way through the pipeline: its text, the source lines it spans and where
 * each line begins inside the text, so any character can be traced back to its line.
 */
export interface Piece {
  text: string;
  lines: LineRange;
  anchors: LineAnchor[];
  marks: Mark[];
  /** Whether the piece was a markdown list item (`- `) before its marker was removed. */
  wasListItem: boolean;
  /** Whether the whole piece was one closed `**…**` run in the source (a bold line; see bare-headings.ts). */
  wasBoldLine?: boolean;
  /** What the repairs noticed but did not change (a character doubled at a page join). */
  annotations: Annotation[];
}

/** The source line of a character offset inside a piece. */
export function lineAt(piece: Piece, offset: number): number {
  let line = piece.lines.start;
  for (const anchor of piece.anchors) {
    if (anchor.offset <= offset) line = anchor.line;
    else break;
  }
  return line;
}

/** A span to remove from a piece's text, with the rule that removes it. */
export interface Cut {
  start: number;
  end: number;
  rule: Removal['rule'];
}

/**
 * Removes spans from a piece, logging each as a Removal, and moves marks and line anchors accordingly.
 * Cuts must not overlap.
 */
export function cutPiece(piece: Piece, cuts: Cut[]): { piece: Piece; removals: Removal[] } {
  if (cuts.length === 0) return { piece, removals: [] };
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const removals: Removal[] = [];
  let text = '';
  let cursor = 0;
  for (const cut of sorted) {
    text += piece.text.slice(cursor, cut.start);
    const removed = piece.text.slice(cut.start, cut.end);
    if (removed.trim() !== '') removals.push({ rule: cut.rule, text: removed, line: lineAt(piece, cut.start) });
    cursor = cut.end;
  }
  text += piece.text.slice(cursor);
  /** New offset of an old offset: every removed character before it shifts it left. */
  const map = (offset: number): number => {
    let shift = 0;
    for (const cut of sorted) {
      if (cut.end <= offset) shift += cut.end - cut.start;
      else if (cut.start < offset) shift += offset - cut.start;
    }
    return offset - shift;
  };
  const marks = piece.marks
    .map((mark) => ({ ...mark, start: map(mark.start), end: map(mark.end) }))
    .filter((mark) => mark.end > mark.start);
  const anchors = piece.anchors.map((anchor) => ({ ...anchor, offset: map(anchor.offset) }));
  return { piece: { ...piece, text, marks, anchors }, removals };
}

/** Joins two pieces with no separator (a sentence cut by a page break), keeping marks and line anchors. */
export function joinPieces(first: Piece, second: Piece): Piece {
  const shift = first.text.length;
  return {
    ...first,
    text: first.text + second.text,
    lines: { start: first.lines.start, end: second.lines.end },
    anchors: [...first.anchors, ...second.anchors.map((anchor) => ({ ...anchor, offset: anchor.offset + shift }))],
    marks: [...first.marks, ...second.marks.map((mark) => ({ ...mark, start: mark.start + shift, end: mark.end + shift }))],
    annotations: [...first.annotations, ...second.annotations.map((annotation) => (annotation.span ? { ...annotation, span: { start: annotation.span.start + shift, end: annotation.span.end + shift } } : annotation))],
  };
}

/** The part of a piece from `start` to `end`, with its own offsets, anchors and marks. */
export function slicePiece(piece: Piece, start: number, end = piece.text.length): Piece {
  const anchors = piece.anchors
    .filter((anchor) => anchor.offset < end)
    .map((anchor) => ({ ...anchor, offset: Math.max(anchor.offset - start, 0) }));
  // Several anchors can collapse to offset 0; the last of them is the line the slice starts on.
  const firstLine = lineAt(piece, start);
  const kept = [{ offset: 0, line: firstLine }, ...anchors.filter((anchor) => anchor.offset > 0)];
  const marks = piece.marks
    .map((mark) => ({ ...mark, start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }))
    .filter((mark) => mark.end > mark.start);
  const annotations = piece.annotations
    .filter((annotation) => annotation.span === null || (annotation.span.end > start && annotation.span.start < end))
    .map((annotation) => (annotation.span ? { ...annotation, span: { start: Math.max(annotation.span.start, start) - start, end: Math.min(annotation.span.end, end) - start } } : annotation));
  const lastLine = lineAt(piece, Math.max(end - 1, start));
  return { ...piece, text: piece.text.slice(start, end), lines: { start: firstLine, end: lastLine }, anchors: kept, marks, annotations };
}
