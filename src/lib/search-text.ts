/**
 * How search sees text, shared by the index builder and the search page so both sides cut text the same way
 * (Pagefind's own Chinese segmentation can disagree between indexing and querying: Pagefind issue #1237).
 * Every Chinese character and every digit is its own token; Latin words stay words. Punctuation is dropped, so
 * `承诺制+标准地+全代办`, `“543”` and `62.46` match however they are typed.
 */

const CJK = /[\p{Script=Han}]/u;
const PUNCTUATION = /[\p{P}\p{S}\s]/gu;
/**
 * Punctuation between two digits separates numbers (`“111”“1311”`, `62.46`): it becomes one separator instead of
 * vanishing, so 1311 does not run into its neighbours and 62.46 stays distinct from 6246.
 */
const NUMBER_BREAK = /(?<=\d)[\p{P}\p{S}\s]+(?=\d)/gu;
const NUMBER_SEPARATOR = '\u0001';

/**
 * The comparable form of a text: full-width folded (NFKC), lowercase, tone marks removed, without punctuation,
 * symbols or spaces (between digits, one separator). A query matches exactly when its comparable form occurs in the
 * record's.
 * @example comparable('“承诺制+标准地+全代办”') // => '承诺制标准地全代办'
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(NUMBER_BREAK, NUMBER_SEPARATOR)
    .replace(PUNCTUATION, '');
}

/**
 * Tokens for the index and for queries: single Chinese characters, single digits, whole Latin words, and each
 * number of two or more digits also whole. The whole number narrows a numeric query (“543”, 13710) to the records
 * that print it: single digits alone occur in nearly every paragraph, so with dozens of reports the paragraphs that
 * hold the number fell outside the candidates Pagefind ranks first.
 * @example tokens('PM2.5和“543”') // => ['pm', '2', '5', '和', '5', '4', '3', '543']
 */
export function tokens(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const result: string[] = [];
  for (const [match] of folded.matchAll(/[a-z]+|\d+|[\p{Script=Han}]/gu)) {
    if (!/^\d/.test(match)) result.push(match);
    else result.push(...match, ...(match.length > 1 ? [match] : []));
  }
  return result;
}

/** Whether a text has Chinese characters (Chinese queries get exact-phrase matching). */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}
