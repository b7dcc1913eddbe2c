import { NUMERAL_CHARS, parseNumeral } from './chinese-numerals.ts';
import type { HeadingMatch } from './classify.ts';
import { isGap, type Item } from './joins.ts';
import { slicePiece, type Piece } from './piece.ts';
import { pieceHeading } from './piece-heading.ts';

/**
 * Numbered headings that only their numbering gives away. Copies lose the line break after a heading
 * (`（一）着力稳定经济增长，提高发展质量效益坚决办好…`) or run the first item into the sentence that announces it
 * (`一年来，我们主要抓好以下工作：（一）…`). On its own such a paragraph is body text (too long for a heading, or the
 * label is not at its start); between （N−1） and （N+1） it is （N）. No character changes: a paragraph is at most
 * split in two at the label, and the heading's title ends at its first full stop, or is the whole paragraph.
 */

const LEADING_LABEL = new RegExp(`^(?:([${NUMERAL_CHARS}]+)、|[（(]([${NUMERAL_CHARS}]+)[）)])`);
/** `：（一）` inside a paragraph: a first item announced by a colon. */
const ITEM_AFTER_COLON = new RegExp(`[：:][ \\u3000]*(?=[（(]一[）)]|一、)`);
/** How far ahead the next numbered heading may be for a paragraph to count as the one between. */
const LOOKAHEAD = 400;

function leadingLabel(text: string): { kind: 'part' | 'subsection'; number: number; length: number } | null {
  const match = LEADING_LABEL.exec(text);
  if (!match) return null;
  const number = parseNumeral(match[1] ?? match[2]!);
  return number === null ? null : { kind: match[1] ? 'part' : 'subsection', number, length: match[0].length };
}

/** The strictly recognized heading of the same kind that comes next, within the lookahead. */
function nextStrict(pieces: Piece[], from: number, kind: string): HeadingMatch | null {
  for (let index = from + 1; index < Math.min(pieces.length, from + LOOKAHEAD); index++) {
    const heading = pieceHeading(pieces[index]!);
    if (heading?.kind === kind) return heading;
  }
  return null;
}

/**
 * Splits a paragraph before a first item announced by a colon when the second item follows as a heading of its own.
 * Returns the items with such paragraphs split in two.
 */
export function splitItemsAfterColon(items: Item[]): Item[] {
  const pieces = items.filter((item): item is Piece => !isGap(item));
  return items.flatMap((item) => {
    if (isGap(item) || pieceHeading(item) !== null) return [item];
    const colon = ITEM_AFTER_COLON.exec(item.text);
    if (!colon) return [item];
    const at = colon.index + colon[0].length;
    const label = leadingLabel(item.text.slice(at));
    // `步骤是：（一）…；（二）…` lists its items inside the sentence: not headings.
    if (label && item.text.slice(at + label.length).includes(label.kind === 'part' ? '二、' : '（二）')) return [item];
    const next = label ? nextStrict(pieces, pieces.indexOf(item), label.kind) : null;
    if (!label || next === null || next.number !== 2) return [item];
    return [slicePiece(item, 0, colon.index + 1), slicePiece(item, at)];
  });
}

/** Headings recognized from their numbering: a paragraph labelled （N） between （N−1） and （N+1）. */
export function findHeadingsInContext(items: Item[]): Map<Piece, HeadingMatch> {
  const pieces = items.filter((item): item is Piece => !isGap(item));
  const found = new Map<Piece, HeadingMatch>();
  const lastNumber = new Map<string, number>();
  pieces.forEach((piece, index) => {
    const strict = pieceHeading(piece);
    if (strict) {
      lastNumber.set(strict.kind, strict.number);
      return;
    }
    const label = leadingLabel(piece.text);
    if (!label) return;
    const previous = lastNumber.get(label.kind) ?? 0;
    const next = nextStrict(pieces, index, label.kind);
    if (next === null || next.number !== label.number + 1 || (previous !== label.number - 1 && label.number !== 1)) return;
    const stop = /[。！？]/.exec(piece.text.slice(label.length));
    const titleEnd = stop ? label.length + stop.index + 1 : piece.text.length;
    found.set(piece, { kind: label.kind, number: label.number, label: piece.text.slice(0, label.length), titleStart: label.length, titleEnd, runIn: titleEnd < piece.text.length });
    lastNumber.set(label.kind, label.number);
  });
  return found;
}
