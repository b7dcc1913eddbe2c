import { NOTES_HEADING } from './classify.ts';
import { isColophonLine } from './front-matter.ts';
import type { Piece } from './piece.ts';
import type { Removal } from './types.ts';

/**
 * Stage: back matter. After the report's last words come, in this order when present: attachments (`附件1`), the
 * notes appendix, colophon lines, and on web copies the page's own leftovers (related links, editor, QR code, the
 * title repeated). This module cuts them off the body; the notes and attachments are parsed by their own modules.
 */

/** Rule `trailing-leftover`: lines a web page prints after the article. */
const TRAILING_LEFTOVER = [
  /^(?:相关报道|相关链接|相关附件|相关新闻|相关文章|延伸阅读|责任编辑|编辑|审核|校对|监制|终审|稿件来源|来源|作者|扫一扫|分享到|上一篇|下一篇|打印本页|关闭窗口|【?打印】?|【?关闭】?)(?:[：:>》]|$|>>)/,
  /^(?:扫一扫|微信扫一扫|手机扫一扫)/,
  /^[0-9a-f]{16,}$/i,
  /^[0-9A-Za-z_-]{24,}$/,
  /^(?:【(?:打印|关闭|返回顶部|收藏)】[ \u3000]*)+$/,
  // Wikisource's licence block and its template values.
  /^本作品(?:是|在|不适用|来自)/,
  /^Public domain$/i,
  /^(?:true|false)$/,
];

export function isTrailingLeftover(text: string): boolean {
  return TRAILING_LEFTOVER.some((pattern) => pattern.test(text));
}

/**
 * Cuts web leftovers off the end: from the first leftover line in the last stretch of the text, everything after it
 * that is a leftover, a short line (up to 80 characters), or a repeat of the title or of the first paragraph's opening.
 */
export function cutTrailingLeftovers(pieces: Piece[], repeats: string[], removals: Removal[]): Piece[] {
  const compact = (text: string) => text.replace(/[\s\u3000*]/g, '');
  const repeated = repeats.map(compact).filter((text) => text.length >= 6);
  const isTail = (piece: Piece) =>
    isTrailingLeftover(piece.text) || repeated.some((text) => compact(piece.text).startsWith(text.slice(0, 30)) || text.startsWith(compact(piece.text))) || isColophonLine(piece.text);
  const first = pieces.findIndex((piece, index) => index > pieces.length - 40 && isTrailingLeftover(piece.text) && pieces.slice(index).every((rest) => isTail(rest) || rest.text.length <= 80));
  if (first === -1) return pieces;
  for (const piece of pieces.slice(first)) removals.push({ rule: 'trailing-leftover', text: piece.text, line: piece.lines.start });
  return pieces.slice(0, first);
}

/** `附件1`, `附件：`, `附件 2024年民生实事`: the label of an attachment, with its title when on the same line. */
const ATTACHMENT = /^(附件[ \u3000]*[0-9一二三四五六七八九十]*)[：:]?[ \u3000]*(.{0,60})$/;

export interface AttachmentStart {
  index: number;
  label: string;
  /** The title: the rest of the label's line, else the next piece when it is short. */
  title: string | null;
  /** Pieces that make up the heading (the label line, and the title line when separate). */
  headingPieces: number;
  /** Whether the attachment is the notes (`附件 《政府工作报告》有关内容名词注释`). */
  isNotes: boolean;
}

/** Attachments after the body: each `附件N` line at the start of a piece, from the first one on. */
export function findAttachments(pieces: Piece[]): AttachmentStart[] {
  const starts: AttachmentStart[] = [];
  pieces.forEach((piece, index) => {
    const match = ATTACHMENT.exec(piece.text);
    if (!match || /[。！？]$/.test(piece.text)) return;
    const sameLine = match[2]!.trim();
    const next = pieces[index + 1];
    const separateTitle = sameLine === '' && next !== undefined && next.text.length <= 60 && !/[。！？]$/.test(next.text) ? next.text : null;
    const title = sameLine !== '' ? sameLine : separateTitle;
    // `附件：1.…2.…` lists the attachments that follow; it is the report's own line, not an attachment.
    if (/^\d+[.．、]/.test(sameLine) && pieces.slice(index + 1).some((later) => /^附件[ \u3000]*[0-9一二三四五六七八九十]/.test(later.text))) return;
    starts.push({ index, label: match[1]!.replace(/[ \u3000]/g, ''), title, headingPieces: separateTitle !== null ? 2 : 1, isNotes: title !== null && NOTES_HEADING.test(title) });
  });
  // Only a run that starts after the report's own text counts: the first attachment must be in the last part.
  return starts.filter((start) => start.index >= starts[0]!.index);
}
