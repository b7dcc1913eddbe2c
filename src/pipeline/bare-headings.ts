import { DASH_ITEM, HEADING_KIND_ORDER, matchCaption, matchHeading, SALUTATION, TERMINAL_PUNCTUATION, type HeadingMatch } from './classify.ts';
import type { Piece } from './piece.ts';
import { pieceHeading } from './piece-heading.ts';

/**
 * Unnumbered headings. Many copies print a report's top-level parts as bold lines without numbers
 * (`**过去五年工作回顾**`, `**2021年主要任务**`), either as printed or because a collection stripped the numbers;
 * the numbered headings inside then start again at 一、 under each part. A bold line alone, short and not a
 * sentence (or, failing that, a plain short line without any punctuation), is read as an unnumbered heading only
 * when the numbering needs it: when the outermost numbered headings start again at one after each such line, or
 * when the text has no numbered headings at all (two such lines at least).
 */

/** Longest unnumbered heading: longer bold lines are emphasis inside the text. */
const MAX_BARE_HEADING = 40;

/** Longest plain (not bold) line read as an unnumbered heading; it may hold no punctuation at all. */
const MAX_PLAIN_HEADING = 25;

/** A plain short line of one source line without sentence punctuation (`2014年工作部署`, `“十三五”时期经济社会发展`). */
function isPlainCandidate(piece: Piece): boolean {
  return piece.lines.start === piece.lines.end && piece.text.length <= MAX_PLAIN_HEADING && !/[，。；：！？、,.;:!?（）()…—\s]/u.test(piece.text) && matchHeading(piece.text) === null && /\p{Script=Han}/u.test(piece.text);
}

export function isCandidate(piece: Piece): boolean {
  const text = piece.text;
  return (
    piece.wasBoldLine === true &&
    text.length <= MAX_BARE_HEADING &&
    !TERMINAL_PUNCTUATION.includes(text.slice(-1)) &&
    !/[。；]/.test(text) &&
    matchHeading(text) === null &&
    matchCaption(text) === null &&
    !SALUTATION.test(text) &&
    !DASH_ITEM.test(text)
  );
}

/** The unnumbered headings found, and whether the text has numbered parts before the first of them (a part whose heading is not printed). */
export interface BareHeadings {
  headings: Map<Piece, HeadingMatch>;
  leadingPart: boolean;
}

/** The lines to read as unnumbered outermost headings, each with the heading it stands for: bold lines first, else plain short lines. */
export function findBareHeadings(pieces: Piece[]): BareHeadings {
  const outermostKind = HEADING_KIND_ORDER.find((kind) => pieces.some((piece) => pieceHeading(piece)?.kind === kind)) ?? null;
  const bold = chooseBareHeadings(pieces, pieces.filter(isCandidate), outermostKind);
  // Plain lines next: where numbering restarts under each of them, or where the text has no numbering at all (then
  // the short lines without punctuation after the address are the only structure the copy kept).
  const chosen = bold ?? chooseBareHeadings(pieces, pieces.filter(isPlainCandidate), outermostKind);
  const headings = new Map<Piece, HeadingMatch>();
  if (chosen === null) return { headings, leadingPart: false };
  const firstChosen = pieces.indexOf(chosen[0]!);
  const leadingPart = pieces.slice(0, firstChosen).some((piece) => pieceHeading(piece)?.kind === outermostKind);
  const offset = leadingPart ? 1 : 0;
  chosen.forEach((piece, index) => headings.set(piece, { kind: 'unnumbered', number: index + 1 + offset, label: '', titleStart: 0, titleEnd: piece.text.length, runIn: false }));
  return { headings, leadingPart };
}

function chooseBareHeadings(pieces: Piece[], candidates: Piece[], outermostKind: HeadingMatch['kind'] | null): Piece[] | null {
  if (candidates.length === 0) return null;
  const all = pieces.map((piece) => ({ piece, heading: pieceHeading(piece) })).filter((entry) => entry.heading !== null);
  const numbered = all.filter((entry) => entry.heading!.kind === outermostKind);
  if (numbered.length === 0) {
    // No numbered headings at all: two or more such lines are the only structure there is.
    return candidates.length < 2 ? null : candidates;
  }
  const position = new Map(pieces.map((piece, index) => [piece, index]));
  const before = (a: Piece, b: Piece) => position.get(a)! < position.get(b)!;
  const restarts = numbered.filter((entry, index) => index > 0 && entry.heading!.number === 1);
  // Inner items before the first outer heading (（一）… before 一、): the parts above them were printed unnumbered.
  const innerFirst = all[0]!.heading!.kind !== outermostKind;
  // One run of items (（一）… or 一、…) and such lines before its first item: the parts above were printed without
  // numbers; the part that has the items holds the run, the others (the review, the government's own work) none.
  const strippedParts = (outermostKind === 'subsection' || outermostKind === 'part') && restarts.length === 0 && !innerFirst && candidates.length >= 2 && before(candidates[0]!, all[0]!.piece);
  if (strippedParts) {
    const chosen = candidates.filter((candidate) => {
      const next = numbered.find((entry) => before(candidate, entry.piece));
      return next === undefined ? position.get(candidate)! < pieces.length - 1 : next.heading!.number === 1;
    });
    return chosen.length >= 2 ? chosen : null;
  }
  if (restarts.length === 0 && !innerFirst) return null;
  // Each restart must have a candidate since the heading before it; otherwise the numbering is broken, not bare.
  for (const restart of restarts) {
    const previous = numbered[numbered.indexOf(restart) - 1]!;
    if (!candidates.some((candidate) => before(previous.piece, candidate) && before(candidate, restart.piece))) return null;
  }
  if (innerFirst && !candidates.some((candidate) => before(candidate, all[0]!.piece))) return null;
  // A candidate is a part heading when the next numbered heading after it is a first one, or none follows.
  const runs = innerFirst ? all : numbered;
  let chosen = candidates.filter((candidate) => {
    const next = runs.find((entry) => before(candidate, entry.piece));
    return next === undefined ? position.get(candidate)! < pieces.length - 1 : next.heading!.number === 1;
  });
  // Only the last candidate before each first heading opens the part; earlier ones are headings inside its text.
  chosen = chosen.filter((candidate, index) => {
    const next = chosen[index + 1];
    if (next === undefined) return true;
    return runs.some((entry) => before(candidate, entry.piece) && before(entry.piece, next));
  });
  return chosen.length > 0 ? chosen : null;
}
