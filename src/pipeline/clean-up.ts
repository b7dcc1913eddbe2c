import { TOC_ENTRY, TOC_HEADING } from './classify.ts';
import { stripEmphasis, stripListMarker, stripMarkdownHeading, stripSubscripts } from './markup.ts';
import { cutPiece, type Piece } from './piece.ts';
import { CONTINUED_FROM, CONTINUED_TO, isPageNumber, isWebLeftover } from './repairs.ts';
import type { Removal, TocEntry, Warning } from './types.ts';

/** Stage: clean-up rules. Removes what is not the report's text from the pieces (each removal logged with its rule). */

/** Page tools a web copy runs into a title line: `全屏`, a timestamp and source, the font-size switch, `分享：`. */
const PAGE_TOOLS = /^全屏|(?:\d{4}年\d{1,2}月\d{1,2}日[ \u3000]*\d{1,2}[时:]\d{2}分?[^【]{0,12})?【[^】]{0,6}(?:字号|字体)[^】]{0,12}】(?:[ \u3000]*分享[：:]?)?/g;

/** Removes what is not the report's text from each piece: web leftovers, page numbers, markup, continuation marks. */
export function cleanPieces(pieces: Piece[], removals: Removal[], warnings: Warning[]): { pieces: Piece[]; continuedFrom: string | null } {
  let continuedFrom: string | null = null;
  let boldOpen = false;
  const cleaned: Piece[] = [];
  for (const original of pieces) {
    if (isWebLeftover(original.text) || isPageNumber(original.text)) {
      removals.push({ rule: isWebLeftover(original.text) ? 'web-leftover' : 'page-number', text: original.text, line: original.lines.start });
      continue;
    }
    let piece = original;
    // Rule `web-leftover` inside a line: page tools run into the title (`全屏【字号：加大还原减小】`, a timestamp and
    // source before `【字体：大中小】分享：`).
    const hasTools = original.text.includes('【') || original.text.startsWith('全屏');
    const tools = !hasTools ? [] : [...original.text.matchAll(PAGE_TOOLS)].map((match) => ({ start: match.index, end: match.index + match[0].length, rule: 'web-leftover' as const }));
    if (tools.length > 0 && original.text.length < 200) {
      const cut = cutPiece(piece, tools);
      removals.push(...cut.removals);
      piece = cut.piece;
      if (piece.text.trim() === '') continue;
    }
    for (const step of [stripMarkdownHeading, stripListMarker, stripSubscripts]) {
      const result = step(piece);
      piece = result.piece;
      removals.push(...result.removals);
    }
    const emphasis = stripEmphasis(piece, boldOpen);
    const wasBoldLine = !boldOpen && !emphasis.unpaired && emphasis.piece.marks.some((mark) => mark.kind === 'strong' && mark.start === 0 && mark.end === emphasis.piece.text.length);
    piece = wasBoldLine ? { ...emphasis.piece, wasBoldLine } : emphasis.piece;
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
export function takeToc(pieces: Piece[], removals: Removal[]): { pieces: Piece[]; toc: TocEntry[] } {
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

export function isBodyLike(piece: Piece): boolean {
  return /[。！？]$/.test(piece.text) || piece.text.length > 80;
}
