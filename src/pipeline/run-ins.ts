import { NUMERAL_CHARS, parseNumeral } from './chinese-numerals.ts';
import type { Mark, RunIn } from './types.ts';

/**
 * Headings that run into their paragraph: numbered items (`一是…。`, anywhere a sentence starts) and unnumbered
 * lead-in sentences (`积极扩大有效投资。` opening a paragraph). They are sub-headings a reader can link to.
 */

const ITEM_MARKER = new RegExp(`[${NUMERAL_CHARS}]+是`, 'g');
/** An item heading longer than this is a whole item sentence, not a heading: only its marker is the heading. */
const MAX_ITEM_HEADING = 40;
const MAX_LEAD_IN = 28;
const MIN_LEAD_IN = 4;
const MAX_LEAD_IN_HALF = 10;
/** Openings of ordinary sentences that are short enough to look like lead-ins. */
const NOT_LEAD_IN = /^(?:各位代表|今年|一年来|同时|此外|总之|其中|对此)/;

function startsSentence(text: string, index: number, marks: Mark[]): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  if ('。；：！？'.includes(before)) return true;
  return marks.some((mark) => mark.kind === 'strong' && mark.start === index);
}

/**
 * Finds `一是 … 二是 …` items. A marker counts when it starts a sentence and continues the count: 一是 always,
 * N是 only after (N-1)是 in the same section (`统一是` or a stray 三是 is prose).
 * @param lastItem number of the last item seen earlier in the section (0 if none)
 */
export function findItems(text: string, marks: Mark[], lastItem: number): Omit<RunIn, 'id'>[] {
  const items: Omit<RunIn, 'id'>[] = [];
  let expected = lastItem + 1;
  for (const match of text.matchAll(ITEM_MARKER)) {
    const start = match.index;
    const number = parseNumeral(match[0].slice(0, -1));
    if (number === null || !startsSentence(text, start, marks)) continue;
    if (number !== 1 && number !== expected) continue;
    const stop = /[。；！？]/.exec(text.slice(start));
    const sentenceEnd = stop ? start + stop.index + 1 : text.length;
    const end = sentenceEnd - start <= MAX_ITEM_HEADING ? sentenceEnd : start + match[0].length;
    items.push({ marker: match[0], number, start, end });
    expected = number + 1;
  }
  return items;
}

/** An unnumbered lead-in: a short first sentence ending in `。` followed by more text. */
export function findLeadIn(text: string, offset: number): Omit<RunIn, 'id'> | null {
  const rest = text.slice(offset);
  const stop = rest.indexOf('。');
  if (stop < MIN_LEAD_IN - 1 || stop + 1 > MAX_LEAD_IN || stop + 1 >= rest.length) return null;
  const sentence = rest.slice(0, stop + 1);
  if (NOT_LEAD_IN.test(sentence) || /^\d/.test(sentence)) return null;
  if (/[：:；]/.test(sentence)) return null;
  // A comma is allowed between two short parallel phrases (`提高政治站位，建设忠诚政府。`), which headings use;
  // a longer first sentence with a comma is ordinary prose.
  const halves = sentence.slice(0, -1).split(/[，,]/);
  if (halves.length > 2 || (halves.length === 2 && halves.some((half) => half.length > MAX_LEAD_IN_HALF))) return null;
  return { marker: null, number: null, start: offset, end: offset + stop + 1 };
}
