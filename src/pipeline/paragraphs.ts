import type { Piece } from './piece.ts';
import { NUMERAL_CHARS } from './chinese-numerals.ts';
import { CHAPTER_LABEL, NOTE_ITEM, NOTES_HEADING, SALUTATION, TERMINAL_PUNCTUATION } from './classify.ts';
import { DATELINE, frontRole, isColophonLine, isSubtitleLine } from './front-matter.ts';
import { isPageNumber, isWebLeftover } from './repairs.ts';
import { isTrailingLeftover } from './back-matter.ts';


const HEADING_START = new RegExp(`^(?:#+\\s*)?(?:\\*\\*)?(?:${CHAPTER_LABEL}|[${NUMERAL_CHARS}]+、|[（(][${NUMERAL_CHARS}]+[）)])`);
const LIST_ITEM_START = /^\s*[-*+]\s/;
/** A table-of-contents line: dot leaders or a TAB before a trailing page number. */
const TOC_LINE = /(?:\.{2,}|…{1,}|\t)\s*\d+\s*$/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function lastVisibleCharacter(line: string): string {
  return line.replace(/[\s*]+$/u, '').slice(-1);
}

/**
 * Whether a line starts a new paragraph although no blank line precedes it. Most sources separate paragraphs
 * by blank lines, but web copies put one paragraph per line, so a line break also ends a paragraph when
 * the next line is indented, starts a heading, list item or table row, or the line ends a sentence.
 * Otherwise the line break is a soft wrap (a title split over two lines).
 */
function startsNewParagraph(previous: string, line: string): boolean {
  if (previous.includes('\t') || line.includes('\t')) return true;
  if (/^[\u3000]|^ {2,}/.test(line)) return true;
  if (LIST_ITEM_START.test(line) || HEADING_START.test(line.trim()) || HEADING_START.test(previous.trim())) return true;
  if (TOC_LINE.test(previous) || TOC_LINE.test(line)) return true;
  // Lines that are whole units of their own: web-page leftovers, page numbers, colophon lines, and the lines of a
  // title block (`——…会议上`, the speaker, `各位代表：`).
  if ([previous, line].some((text) => isWebLeftover(text.trim()) || isTrailingLeftover(text.trim()) || isPageNumber(text.trim()) || isColophonLine(text.trim()))) return true;
  // A news agency's dateline and the date-and-session line are units of their own in a title block.
  if ([previous, line].some((text) => DATELINE.test(text.trim()) || isSubtitleLine(text.trim()))) return true;
  if (/^(?:——|──)/.test(line.trim()) || SALUTATION.test(line.trim()) || frontRole(line.trim()) === 'speaker') return true;
  // A notes heading, a numbered note and an attachment label are units of their own, whatever the line before ends with.
  if (NOTES_HEADING.test(previous.trim()) || /^附件[0-9一二三四五六七八九十]*[：:]?$/.test(previous.trim())) return true;
  if (NOTE_ITEM.test(line.trim())) return true;
  return TERMINAL_PUNCTUATION.includes(lastVisibleCharacter(previous));
}

/** Joins a soft-wrapped line: no separator between CJK characters or digits, one space between Latin words. */
function softJoin(text: string, next: string): string {
  return /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(next) ? `${text} ${next}` : text + next;
}

/**
 * Splits decoded text into pieces: runs of non-blank lines, cut further where a line starts a new paragraph.
 * Leading and trailing whitespace of each line (indents, markdown hard-break spaces) is dropped; TAB-separated
 * rows keep their inner TABs.
 */
export function splitIntoPieces(text: string): Piece[] {
  const lines = text.split('\n');
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  let previousLine = '';
  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    if (isBlank(rawLine)) {
      current = null;
      return;
    }
    // Table rows keep their leading and trailing TABs: empty cells count.
    const content = rawLine.includes('\t') ? rawLine.replace(/^[ \u3000]+|[ \u3000]+$/gu, '') : rawLine.trim();
    if (current !== null && !startsNewParagraph(previousLine, rawLine)) {
      const piece: Piece = current;
      piece.text = softJoin(piece.text, content);
      piece.anchors.push({ offset: piece.text.length - content.length, line: lineNumber });
      piece.lines.end = lineNumber;
    } else {
      current = {
        text: content,
        lines: { start: lineNumber, end: lineNumber },
        anchors: [{ offset: 0, line: lineNumber }],
        marks: [],
        wasListItem: false,
        annotations: [],
      };
      pieces.push(current);
    }
    previousLine = rawLine;
  });
  return pieces;
}
