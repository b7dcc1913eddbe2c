import { DASH_ITEM, matchCaption, matchHeading, SALUTATION, TERMINAL_PUNCTUATION, type HeadingMatch } from './classify.ts';
import { isGap, type Item } from './joins.ts';
import type { Piece } from './piece.ts';

/**
 * Unnumbered headings. Many copies print a report's top-level parts as bold lines without numbers
 * (`**过去五年工作回顾**`, `**2021年主要任务**`), either as printed or because a collection stripped the numbers;
 * the numbered headings inside then start again at 一、 under each part. A bold line alone, short and not a
 * sentence, is read as an unnumbered heading only when the numbering needs it: when the outermost numbered headings
 * start again at one after each such line, or when the text has no numbered headings at all.
 */

/** Longest unnumbered heading: longer bold lines are emphasis inside the text. */
const MAX_BARE_HEADING = 40;

export function isCandidate(piece: Piece): boolean {
  const text = piece.text;
  return (
    piece.wasBoldLine === true &&
    text.length <= MAX_BARE_HEADING &&
    !TERMINAL_PUNCTUATION.includes(text.slice(-1)) &&
    !/[。，；]/.test(text) &&
    matchHeading(text) === null &&
    matchCaption(text) === null &&
    !SALUTATION.test(text) &&
    !DASH_ITEM.test(text)
  );
}

/** The bold lines to read as unnumbered outermost headings, each with the heading it stands for. */
export function findBareHeadings(items: Item[], outermostKind: HeadingMatch['kind'] | null): Map<Piece, HeadingMatch> {
  const pieces = items.filter((item): item is Piece => !isGap(item));
  const found = new Map<Piece, HeadingMatch>();
  const candidates = pieces.filter(isCandidate);
  if (candidates.length === 0) return found;
  const numbered = pieces.map((piece) => ({ piece, heading: matchHeading(piece.text) })).filter((entry) => entry.heading !== null && entry.heading.kind === outermostKind);
  let chosen: Piece[];
  if (numbered.length === 0) {
    // No numbered headings at all: two or more bold lines are the only structure there is.
    if (candidates.length < 2) return found;
    chosen = candidates;
  } else {
    const restarts = numbered.filter((entry, index) => index > 0 && entry.heading!.number === 1);
    if (restarts.length === 0) return found;
    const position = new Map(pieces.map((piece, index) => [piece, index]));
    // Each restart must have a bold line since the heading before it; otherwise the numbering is broken, not bare.
    for (const restart of restarts) {
      const previous = numbered[numbered.indexOf(restart) - 1]!;
      const between = candidates.some((candidate) => position.get(candidate)! > position.get(previous.piece)! && position.get(candidate)! < position.get(restart.piece)!);
      if (!between) return found;
    }
    // A bold line is a part heading when the next outermost heading after it is a first one, or none follows.
    chosen = candidates.filter((candidate) => {
      const next = numbered.find((entry) => position.get(entry.piece)! > position.get(candidate)!);
      return next === undefined ? position.get(candidate)! < pieces.length - 1 : next.heading!.number === 1;
    });
    // Only the last bold line before each first heading opens the part; earlier ones are headings inside its text.
    chosen = chosen.filter((candidate) => {
      const next = chosen[chosen.indexOf(candidate) + 1];
      if (next === undefined) return true;
      return numbered.some((entry) => position.get(entry.piece)! > position.get(candidate)! && position.get(entry.piece)! < position.get(next)!);
    });
  }
  chosen.forEach((piece, index) => found.set(piece, { kind: 'unnumbered', number: index + 1, label: '', titleStart: 0, titleEnd: piece.text.length, runIn: false }));
  return found;
}
