import { NUMERAL_CHARS, parseNumeral } from './chinese-numerals.ts';
import type { SectionKind } from './types.ts';

const NUMERAL = `[${NUMERAL_CHARS}]+`;

/** Punctuation that ends a sentence; a line ending in one of these ends its paragraph. */
export const TERMINAL_PUNCTUATION = '。！？：；…!?:;';

/** A numbered heading found at the start of a piece. */
export interface HeadingMatch {
  kind: SectionKind;
  number: number;
  /** The number as printed: `第三章`, `一、`, `（二）`. */
  label: string;
  /** Offset where the title starts (after the label and any separator). */
  titleStart: number;
  /** Offset after the title: the end of the text, or after the first sentence of a run-in heading. */
  titleEnd: number;
  /** True when body text follows the title in the same paragraph. */
  runIn: boolean;
}

/** Heading styles from the outermost to the innermost, as Chinese reports nest them. */
export const HEADING_KIND_ORDER: SectionKind[] = ['unnumbered', 'volume', 'chapter', 'section', 'part', 'subsection'];

/** `第三章`, `第3章`, `第一部分`: the label of a volume, chapter, section or part. */
export const CHAPTER_LABEL = `第(?:${NUMERAL}|\\d+)(?:篇|章|节|部分)`;
const CHAPTER_LIKE = new RegExp(`^(第(${NUMERAL}|\\d+)(篇|章|节|部分))[ \\t\\u3000]*`);
const PART = new RegExp(`^((${NUMERAL})、)[ \\u3000]*`);
const SUBSECTION = new RegExp(`^([（(](${NUMERAL})[）)])[ \\u3000]*`);
/** Longest own-line heading we accept; longer paragraphs starting with a number are body text. */
const MAX_HEADING_LENGTH = 60;

/**
 * Recognizes a numbered heading at the start of a piece's text: 第X篇/章/节 and X、 on their own line,
 * （X）/(X) on its own line or run into its paragraph (the heading is then the first sentence).
 */
export function matchHeading(text: string): HeadingMatch | null {
  if (text.includes('\t')) return null;
  const chapter = CHAPTER_LIKE.exec(text);
  if (chapter) {
    const number = parseNumeral(chapter[2]!);
    const kind: SectionKind = chapter[3] === '篇' ? 'volume' : chapter[3] === '章' ? 'chapter' : chapter[3] === '节' ? 'section' : 'part';
    if (number === null || text.length > MAX_HEADING_LENGTH || /[。！？]./.test(text)) return null;
    return { kind, number, label: chapter[1]!, titleStart: chapter[0].length, titleEnd: text.length, runIn: false };
  }
  const part = PART.exec(text);
  if (part) {
    const number = parseNumeral(part[2]!);
    if (number === null || text.length > MAX_HEADING_LENGTH || /[。！？]./.test(text)) return null;
    return { kind: 'part', number, label: part[1]!, titleStart: part[0].length, titleEnd: text.length, runIn: false };
  }
  const subsection = SUBSECTION.exec(text);
  if (subsection) {
    const number = parseNumeral(subsection[2]!);
    if (number === null) return null;
    const titleStart = subsection[0].length;
    const stop = /[。！？]/.exec(text.slice(titleStart));
    const titleEnd = stop ? titleStart + stop.index + 1 : text.length;
    if (titleEnd === text.length && text.length > MAX_HEADING_LENGTH) return null;
    return { kind: 'subsection', number, label: subsection[1]!, titleStart, titleEnd, runIn: titleEnd < text.length };
  }
  return null;
}

/** `专栏 4：title` (a box) or `表 1：title` (a table caption), possibly followed by TABs. */
export interface CaptionMatch {
  kind: 'box' | 'table';
  number: number;
  label: string;
  title: string;
}

const CAPTION = /^((专栏|表)[ \u3000]*(\d+)[：:])[ \u3000]*([^\t]*?)[\t ]*$/;

export function matchCaption(text: string): CaptionMatch | null {
  const match = CAPTION.exec(text);
  if (!match || match[4]!.length > MAX_HEADING_LENGTH) return null;
  return { kind: match[2] === '专栏' ? 'box' : 'table', number: Number(match[3]), label: match[1]!, title: match[4]! };
}

/** The heading of a notes appendix: `相关注释`, `附注：`, `名词解释`, `注释`, `《政府工作报告》有关内容名词注释`, with `附件` before it. */
export const NOTES_HEADING = /^(?:附件?[0-9一二三四五六七八九十]*[：:]?[ \u3000]*)?(?:《[^《》]{1,30}》)?(?:有关内容|有关|中的|部分)?(相关注释|附注|名词解释|注释|注解|名词注释|名词术语解释|词语解释|名词解释和说明)[：:]?$/;

/** A numbered note: `1. `, `1.`, `1、`, `［1］`, `[1]`, `〔1〕`, `﹝1﹞`, `①`; not a decimal such as `172.71`. */
export const NOTE_ITEM = /^(?:(\d+)(?:[.．](?!\d)|、)|[［\[〔﹝](\d+)[］\]〕﹞]|([①-⑳]))[ \u3000]*/;

/** Markers that number a note only inside a notes appendix (in the body they number other things): `（1）`, `[^1]:`. */
export const APPENDIX_NOTE_ITEM = /^(?:[（(](\d+)[）)]|\[\^(\d+)\]:)[ \u3000]*/;

/** The number of a NOTE_ITEM or APPENDIX_NOTE_ITEM match: its digits, or the circled number. */
export function noteNumber(match: RegExpExecArray): number {
  const value = match.slice(1).find((group) => group !== undefined)!;
  return /^[①-⑳]$/.test(value) ? value.charCodeAt(0) - 0x2460 + 1 : Number(value);
}

/** A contents heading: `目 录`, `目录`. */
export const TOC_HEADING = /^目[ \u3000]*录$/;

/** A contents entry: heading label, title, then optional dot leaders or TAB and a page number. */
export const TOC_ENTRY = new RegExp(`^(${CHAPTER_LABEL}|${NUMERAL}、|[（(]${NUMERAL}[）)])[ \\t\\u3000]*(.+?)[ \\t]*(?:\\.{2,}|…+|·{2,})?[ \\t]*(\\d+)?[ \\t]*$`);

/** The salutation that opens a speech: `各位代表：`. */
export const SALUTATION = /^各位代表(?:、同志们)?[：:，,！!]/;

/** A `——` item (principles, goals in plans). */
export const DASH_ITEM = /^——/;
