import { cutPiece, type Cut, type Piece } from './piece.ts';
import type { Mark, Removal } from './types.ts';

/**
 * Markdown residue: some reports passed through a markdown converter on their way to us. The markers are not
 * text of the report, so they are removed (and logged); what they meant is kept: a `#` line is a heading, a
 * `- ` line a list item, `**…**` a strong mark. The report text is never handed to a markdown renderer.
 */

const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
const LIST_MARKER = /^[-*+][ \t]+/;
const SUBSCRIPT = /_\{([^{}]*)\}/g;

/** Rule `markdown-heading`: drops a leading `#`…`######`; the heading is recognized by its number, not its depth. */
export function stripMarkdownHeading(piece: Piece): { piece: Piece; removals: Removal[] } {
  const match = MARKDOWN_HEADING.exec(piece.text);
  if (!match) return { piece, removals: [] };
  return cutPiece(piece, [{ start: 0, end: match[0].length, rule: 'markdown-heading' }]);
}

/** Rule `markdown-list-marker`: drops a leading `- ` and remembers the piece was a list item. */
export function stripListMarker(piece: Piece): { piece: Piece; removals: Removal[] } {
  if (piece.text.includes('\t')) return { piece, removals: [] };
  const match = LIST_MARKER.exec(piece.text);
  if (!match) return { piece, removals: [] };
  const result = cutPiece(piece, [{ start: 0, end: match[0].length, rule: 'markdown-list-marker' }]);
  return { piece: { ...result.piece, wasListItem: true }, removals: result.removals };
}

/**
 * Rule `markdown-emphasis`: removes `**` pairs and records what they enclosed as a strong mark.
 * Bold cut by a page break leaves an unpaired `**`: with `openAtStart` (the previous piece ended inside bold) the
 * first `**` closes a span that starts at the beginning; an opening `**` left at the end marks the rest of the piece
 * and is reported as `unpaired`, so the next piece can be read with `openAtStart`.
 */
export function stripEmphasis(piece: Piece, openAtStart = false): { piece: Piece; removals: Removal[]; unpaired: boolean } {
  const positions: number[] = [];
  for (let index = piece.text.indexOf('**'); index !== -1; index = piece.text.indexOf('**', index + 2)) positions.push(index);
  if (positions.length === 0) return { piece, removals: [], unpaired: false };
  const cuts: Cut[] = positions.map((start) => ({ start, end: start + 2, rule: 'markdown-emphasis' }));
  const spans: { start: number; end: number }[] = [];
  const markers = openAtStart ? [-2, ...positions] : positions;
  for (let index = 0; index < markers.length; index += 2) {
    const open = markers[index]! + 2;
    const close = markers[index + 1] ?? piece.text.length;
    spans.push({ start: open, end: close });
  }
  const withMarks: Piece = { ...piece, marks: [...piece.marks, ...spans.map((span): Mark => ({ kind: 'strong', ...span }))] };
  const result = cutPiece(withMarks, cuts);
  return { ...result, unpaired: markers.length % 2 === 1 };
}

/** Rule `subscript-markup`: `PM_{2.5}` becomes `PM2.5` with a subscript mark on `2.5`. */
export function stripSubscripts(piece: Piece): { piece: Piece; removals: Removal[] } {
  const cuts: Cut[] = [];
  const marks: Mark[] = [];
  for (const match of piece.text.matchAll(SUBSCRIPT)) {
    const start = match.index;
    cuts.push({ start, end: start + 2, rule: 'subscript-markup' });
    cuts.push({ start: start + match[0].length - 1, end: start + match[0].length, rule: 'subscript-markup' });
    marks.push({ kind: 'sub', start: start + 2, end: start + match[0].length - 1 });
  }
  if (cuts.length === 0) return { piece, removals: [] };
  return cutPiece({ ...piece, marks: [...piece.marks, ...marks] }, cuts);
}
