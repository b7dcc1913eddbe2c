/**
 * Display and search forms of report text. The published text stays as printed; these functions derive what a
 * reader sees and what the search index holds.
 */

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };
/** Han characters, CJK punctuation and full-width forms: a half-width mark next to one of these is typeset CJK. */
const CJK_CONTEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

const isCjk = (character: string | undefined): boolean => character !== undefined && CJK_CONTEXT.test(character);

/**
 * Converts half-width `, ; : ! ?` to full width where a neighbour is CJK (`发展,推动` → `发展，推动`), and a pair of
 * `( )` where the pair touches CJK outside or inside (`(九)` → `（九）`); marks between digits or Latin letters
 * stay (`(0/1)`, `7:30`). Length-preserving, so marks and offsets stay valid.
 * @example normalizePunctuation('(九)兜牢民生底线,不断') // => '（九）兜牢民生底线，不断'
 */
export function normalizePunctuation(text: string): string {
  const characters = [...text];
  characters.forEach((character, index) => {
    if (character === '(' || character === ')' || !HALF_TO_FULL[character]) return;
    if (isCjk(characters[index - 1]) || isCjk(characters[index + 1])) characters[index] = HALF_TO_FULL[character]!;
  });
  const open: number[] = [];
  characters.forEach((character, index) => {
    if (character === '(') open.push(index);
    if (character !== ')' || open.length === 0) return;
    const start = open.pop()!;
    const touchesCjk = [characters[start - 1], characters[start + 1], characters[index - 1], characters[index + 1]].some(isCjk);
    if (touchesCjk) {
      characters[start] = '（';
      characters[index] = '）';
    }
  });
  return characters.join('');
}

const SUBSCRIPT_DIGITS: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9' };
const ROMAN_NUMERALS: Record<string, string> = { 'Ⅰ': 'I', 'Ⅱ': 'II', 'Ⅲ': 'III', 'Ⅳ': 'IV', 'Ⅴ': 'V', 'Ⅵ': 'VI', 'Ⅶ': 'VII', 'Ⅷ': 'VIII', 'Ⅸ': 'IX', 'Ⅹ': 'X' };

/**
 * The form a search index holds: display punctuation, no spaces between CJK and digits or Latin letters
 * (`2022 年` and `2022年` match alike), subscript digits and Roman-numeral characters as ASCII (`PM₁₀` → `PM10`,
 * `Ⅲ类` → `III类`). Spaces between two CJK characters are kept: slogans use them (`华夏古文明 山西好风光`).
 * @example toSearchText('地区生产总值完成 172.71 亿元') // => '地区生产总值完成172.71亿元'
 */
export function toSearchText(text: string): string {
  return normalizePunctuation(text)
    .replace(/[₀-₉]/g, (digit) => SUBSCRIPT_DIGITS[digit]!)
    .replace(/[Ⅰ-Ⅹ]/g, (numeral) => ROMAN_NUMERALS[numeral]!)
    .replace(/(?<=[\p{Script=Han}\uff00-\uffef“”])[ \u3000]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%.])[ \u3000]+(?=[\p{Script=Han}\uff00-\uffef“”])/gu, '');
}
