/**
 * How search sees text, shared by the index builder and the search page so both sides cut text the same way
 * (Pagefind's own Chinese segmentation can disagree between indexing and querying: Pagefind issue #1237).
 * Chinese is cut into overlapping bigrams, digits into single digits (and whole numbers); Latin words stay words.
 * Punctuation is dropped, so `承诺制+标准地+全代办`, `“543”` and `62.46` match however they are typed.
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

/** Sixteen consonants that spell a code point's hex digits: no vowel, s or y, so no stemmer changes a spelled word. */
const SPELLING = 'bcdfghjklmnprtvw';

/**
 * The text Pagefind indexes, or is asked for, for tokens: a token with Chinese characters spelled in ASCII (`x`, then
 * each character's code point as five consonants), others as they are. Pagefind cuts Chinese itself, when indexing
 * and, on a `zh` page, in the query (`Intl.Segmenter`), which took the bigrams apart again (measured: “五抓” was
 * searched as 五 and 抓); a Latin word it leaves whole. The width is fixed, so a character's word is a prefix of the
 * words of the bigrams it begins, which is how a lone character is found.
 * @example searchWords(['五抓', '2021']) // => 'xbgvmgbjdmf 2021'
 */
export function searchWords(tokens: string[]): string {
  return tokens.map((token) => (/\p{Script=Han}/u.test(token) ? `x${[...token].map((character) => [...character.codePointAt(0)!.toString(16).padStart(5, '0')].map((digit) => SPELLING[parseInt(digit, 16)]).join('')).join('')}` : token)).join(' ');
}

type Unit = { han: string[] } | { words: string[] };

/**
 * A text as Chinese runs and other tokens: a run of Chinese characters goes on across punctuation (so 承诺制+标准地
 * and 承诺制标准地 are one run) and stops at a digit or a Latin word. Digits are single tokens, and each number of two
 * or more digits is also one token: single digits alone occur in nearly every paragraph, so with dozens of reports
 * the paragraphs that hold a number fell outside the candidates Pagefind ranks first.
 */
function units(text: string): Unit[] {
  const folded = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const result: Unit[] = [];
  for (const [match] of folded.matchAll(/[a-z]+|\d+|[\p{Script=Han}]/gu)) {
    const last = result.at(-1);
    if (/^\p{Script=Han}$/u.test(match)) {
      if (last && 'han' in last) last.han.push(match);
      else result.push({ han: [match] });
    } else result.push({ words: /^\d/.test(match) ? [...match, ...(match.length > 1 ? [match] : [])] : [match] });
  }
  return result;
}

const bigrams = (run: string[]) => run.slice(1).map((character, index) => run[index]! + character);

/**
 * The tokens a record is indexed under. A Chinese run of n characters gives its n − 1 overlapping bigrams, framed by
 * its first and its last character alone: 绿色转型 → 绿 绿色 色转 转型 型. Bigrams, because one token per character
 * made every query read the posting lists of its commonest characters (一, 发, 展) across the whole corpus: a query
 * cost grew with the corpus, where a bigram's list is short. The framing characters let a query that starts or ends
 * at a digit or a Latin word (2021年, 年GDP) match where the run starts or ends, and a single character be found as a
 * prefix (every character of a run begins a bigram or ends the run).
 * @example indexTokens('PM2.5和“543”') // => ['pm', '2', '5', '和', '5', '4', '3', '543']
 */
export function indexTokens(text: string): string[] {
  return units(text).flatMap((unit) => ('words' in unit ? unit.words : unit.han.length === 1 ? unit.han : [unit.han[0]!, ...bigrams(unit.han), unit.han.at(-1)!]));
}

/**
 * The tokens of a query as a phrase (Pagefind's "…": adjacent and in order), matching `indexTokens` of any text that
 * holds the query: a run's framing characters only where the query's own digits or words fix where the run starts or
 * ends. Empty for a lone Chinese character, which has no phrase: search it as a prefix (`looseTokens`).
 * @example phraseTokens('五抓一优') // => ['五抓', '抓一', '一优']  (not framed: the run may go on either side)
 * @example phraseTokens('2021年') // => ['2', '0', '2', '1', '2021', '年']
 */
export function phraseTokens(text: string): string[] {
  const all = units(text);
  return all.flatMap((unit, index) => {
    if ('words' in unit) return unit.words;
    const [first, last] = [index === 0, index === all.length - 1];
    if (unit.han.length === 1) return first && last ? [] : unit.han;
    return [...(first ? [] : [unit.han[0]!]), ...bigrams(unit.han), ...(last ? [] : [unit.han.at(-1)!])];
  });
}

/**
 * The tokens of a query for records holding all of its characters and words anywhere (the fallback when no record
 * holds the phrase, and a lone character): each Chinese character alone, which Pagefind matches as a prefix of the
 * bigrams it begins.
 */
export function looseTokens(text: string): string[] {
  return units(text).flatMap((unit) => ('han' in unit ? unit.han : unit.words));
}

/** Whether a text has Chinese characters (Chinese queries get exact-phrase matching). */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}
