import { matchHeading, type HeadingMatch } from './classify.ts';
import type { Piece } from './piece.ts';

/**
 * The numbered heading at the start of a piece, reading its markup too. A bold run at the start that is a heading on
 * its own (`**一、深化改革开放** 全年…`, `**（三）聚焦培育现代产业体系，**实施…`) is a run-in heading whose title ends
 * where the bold ends; otherwise the text alone decides (`matchHeading`).
 */
export function pieceHeading(piece: Piece): HeadingMatch | null {
  const lead = piece.marks.find((mark) => mark.kind === 'strong' && mark.start === 0);
  if (lead && lead.end < piece.text.length) {
    const bold = matchHeading(piece.text.slice(0, lead.end).replace(/[ \u3000]+$/, ''));
    if (bold && !bold.runIn && bold.titleEnd > bold.titleStart) return { ...bold, runIn: true };
  }
  return matchHeading(piece.text);
}
