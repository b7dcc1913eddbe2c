/**
 * English text split into runs, each Chinese run (Han characters with the punctuation and digits inside it) apart,
 * so renderers can mark it `lang="zh-CN"` (WCAG 3.1.2). Used by EnglishText.astro and the search page's results.
 */
export function languageRuns(text: string): { text: string; chinese: boolean }[] {
  return text
    .split(/(\p{Script=Han}[\p{Script=Han}\p{P}\d]*)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, chinese: /^\p{Script=Han}/u.test(part) }));
}
