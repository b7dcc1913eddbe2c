const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Characters that may appear in a Chinese numeral, for regular expressions that find candidates; parseNumeral decides. */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十';

/**
 * Parses a Chinese numeral below 100 (`三` → 3, `十二` → 12, `二十` → 20) or ASCII digits.
 * Returns null when the string is not such a number.
 * @example parseNumeral('十四') // => 14
 */
export function parseNumeral(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(value);
  if (!match || value === '') return null;
  const [, tensDigit, ten, unitDigit] = match;
  if (!ten) return tensDigit && !unitDigit ? DIGITS[tensDigit]! : null;
  return (tensDigit ? DIGITS[tensDigit]! : 1) * 10 + (unitDigit ? DIGITS[unitDigit]! : 0);
}
