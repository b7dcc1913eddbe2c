import { DASH_ITEM, matchCaption, matchHeading, NOTE_ITEM, NOTES_HEADING } from './classify.ts';
import { isCandidate } from './bare-headings.ts';
import { pieceHeading } from './piece-heading.ts';
import { ReportError } from './errors.ts';
import type { Override } from './overrides.ts';
import type { Piece } from './piece.ts';
import { endsOpen, joinAcrossBreak } from './repairs.ts';
import type { Gap } from './types.ts';

/** Stage: joins. Pieces cut by page breaks become one (rule `page-break-join`); overrides mark where text was lost. */

/** A gap left where the overrides say text was lost, between two pieces. */
export interface GapMarker {
  gap: Gap;
}

export type Item = Piece | GapMarker;

export const isGap = (item: Item): item is GapMarker => 'gap' in item;

/** Kinds of pieces that matter for joining and structure. */
export function isStructural(piece: Piece): boolean {
  return (
    piece.text.includes('\t') ||
    piece.wasListItem ||
    pieceHeading(piece) !== null ||
    matchCaption(piece.text) !== null ||
    DASH_ITEM.test(piece.text) ||
    NOTE_ITEM.test(piece.text) ||
    NOTES_HEADING.test(piece.text)
  );
}

/** Whether a piece may continue into the next one after a page break. */
export function mayContinue(piece: Piece): boolean {
  if (piece.text.includes('\t') || piece.wasListItem || matchCaption(piece.text) || isCandidate(piece)) return false;
  const heading = matchHeading(piece.text);
  if (heading && !heading.runIn) return false;
  const note = NOTE_ITEM.exec(piece.text);
  if (note && !/[：:]/.test(piece.text)) return false;
  return endsOpen(piece);
}

const ITEM_START = /^[一二三四五六七八九十]+是/;
const BOX_ITEM_LEAD_IN = /^[^，。]{1,12}。/;

/**
 * Rule `page-break-join` over a run of pieces, with the overrides that stop a join where text was lost.
 * Inside a box, a piece opening with a short lead-in (`新材料。…`) starts a new item even after an open ending:
 * box items often lack their final `。`.
 */
export function joinBreaks(
  pieces: Piece[],
  overrides: Map<number, Override>,
  used: Set<Override>,
  /** Pieces that stand alone whatever their ending (unnumbered headings). */
  standAlone: ReadonlySet<Piece> = new Set(),
): Item[] {
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
      !standAlone.has(previous) &&
      !standAlone.has(piece) &&
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
