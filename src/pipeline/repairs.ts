import { joinPieces, lineAt, type Piece } from './piece.ts';
import { TERMINAL_PUNCTUATION } from './classify.ts';
import type { Annotation } from './types.ts';

/**
 * Repairs of extraction damage. Each is a named rule with its own tests; none changes a character of the
 * report's own text: they remove what is not the report's (logged as a Removal) or join what a page break cut.
 */

/** Rule `web-leftover`: navigation, font-size and print/download lines copied from a web page. */
const WEB_LEFTOVERS = [
  /^(?:首页|当前位置|您的位置)[ \u3000]*[>＞›»:：]/,
  /^【?[ \u3000]*字号[：:]?.*[大中小]/,
  /^【?(?:打印|下载|分享|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错)】?(?:[ \u3000]*【?(?:打印|下载|分享|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错)】?)*$/,
  /^(?:发布时间|浏览次数|阅读次数|来源|时间|发布日期|信息来源)[：:]/,
];

export function isWebLeftover(text: string): boolean {
  return WEB_LEFTOVERS.some((pattern) => pattern.test(text));
}

/** Rule `page-number`: a printed page number on a line of its own (`12`, `- 12 -`, `—3—`, `·3·`, `第 5 页`). */
export function isPageNumber(text: string): boolean {
  return (
    /^\d{1,3}$/.test(text) ||
    /^[-—－–·•][ \u3000]*\d{1,3}[ \u3000]*[-—－–·•]$/.test(text) ||
    /^第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000]*共[ \u3000]*\d+[ \u3000]*页)?$/.test(text)
  );
}

/** Rule `continuation-mark`: a newspaper's `(上接第一版)` at the start or `(下转第二版)` at the end of a piece. */
export const CONTINUED_FROM = /^[(（]上接第([^)）]{1,4})版[)）]/;
export const CONTINUED_TO = /[(（]下转第[^)）]{1,4}版[)）]$/;

/** Rule `running-header`: a page header repeating the report's genre or title inside the body. */
export function isRunningHeader(text: string, title: string | null): boolean {
  if (text.length > 40) return false;
  if (title !== null && text.replace(/[ \u3000]/g, '') === title) return true;
  // The genre as a page header, possibly with year and place (`2024年XX县政府工作报告`); a plan report's title.
  return /^(?:.{0,20}政府工作报告|.{0,12}国民经济和社会发展.{0,30}(?:计划|规划)(?:纲要)?(?:[（(]草案[）)])?(?:的报告)?)$/.test(text) && !/[。，；：]/.test(text);
}

/** Characters that end a sentence: after them a blank line is a real paragraph break. */
function isClosedEnding(text: string): boolean {
  const visible = text.replace(/\s+$/u, '');
  const last = visible.slice(-1);
  if (last === '') return true;
  if (last === '”' || last === '’' || last === '）' || last === ')') {
    const before = visible.slice(-2, -1);
    return before !== '' && TERMINAL_PUNCTUATION.replace(/[；;]/g, '').includes(before);
  }
  // A semicolon ends a clause, not a paragraph: page breaks after `；` are common inside long enumerations.
  if (last === '；' || last === ';') return false;
  return TERMINAL_PUNCTUATION.includes(last);
}

/**
 * Rule `page-break-join`: whether a paragraph was cut by a page break. Sources turn page breaks into the same
 * blank line as paragraph breaks, so a paragraph that does not end a sentence continues in the next one.
 */
export function endsOpen(piece: Piece): boolean {
  return !isClosedEnding(piece.text);
}

/** Characters that are doubled on purpose in Chinese (人人, 天天, 年年 …): not flagged at a page join. */
const REDUPLICATIVES = new Set('人天年个件层步常处时事家户村样声点'.split(''));

/**
 * Rule `page-break-join`: joins two pieces cut by a page break. When the same character ends the first and
 * starts the second (`细颗|颗粒物`), the duplicate is kept and flagged for an editor: it may be an extraction
 * artifact or a real word.
 */
export function joinAcrossBreak(first: Piece, second: Piece): { piece: Piece; annotations: Annotation[] } {
  const last = first.text.slice(-1);
  const annotations: Annotation[] = [];
  if (last !== '' && last === second.text.slice(0, 1) && /\p{Script=Han}/u.test(last) && !REDUPLICATIVES.has(last)) {
    annotations.push({
      kind: 'doubled-at-break',
      line: lineAt(second, 0),
      message: `“${last}” ends line ${lineAt(first, first.text.length - 1)} and starts line ${lineAt(second, 0)}: possibly doubled by the page break`,
      span: { start: first.text.length - 1, end: first.text.length + 1 },
      suggestion: null,
    });
  }
  const joined = joinPieces(first, second);
  return { piece: { ...joined, annotations: [...joined.annotations, ...annotations] }, annotations };
}
