/**
 * English text split into runs, each Chinese run apart, so renderers can mark it `lang="zh-CN"` (WCAG 3.1.2). A run
 * starts at a Han character, takes in the punctuation, symbols, digits and Latin letters between Han characters
 * (`三化三制、“1+N”改革`, `承诺制+标准地`, full-width `（２０２１）`) but no space (so `运城/Yuncheng/盐湖` is one Chinese
 * run: written without spaces, it is read as one Chinese expression), and ends at its last Han character or full-width / CJK
 * punctuation mark: the English sentence's own `).` or `,` after a bracketed Chinese term stays English. Used by EnglishText.astro and the search page's results.
 */
export function languageRuns(text: string): { text: string; chinese: boolean }[] {
  return text
    .split(/(\p{Script=Han}(?:[\p{Script=Han}\p{P}\p{S}\dA-Za-z\u3000-\u303F\uFF00-\uFFEF]*[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])?)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, chinese: /^\p{Script=Han}/u.test(part) }));
}
