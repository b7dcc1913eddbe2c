/** Ranking measures for the search quality test: recall@k, precision@k and reciprocal rank of one query. */
export interface QueryScore {
  recall: number;
  precision: number;
  reciprocalRank: number;
}

/**
 * @param results result URLs in ranked order
 * @param relevant the URLs a reader must find
 * @example scoreQuery(['/a', '/x', '/b'], ['/a', '/b'], 10) // => { recall: 1, precision: 0.666…, reciprocalRank: 1 }
 */
export function scoreQuery(results: string[], relevant: string[], k = 10): QueryScore {
  const top = results.slice(0, k);
  const wanted = new Set(relevant);
  const found = top.filter((url) => wanted.has(url)).length;
  const firstRelevant = results.findIndex((url) => wanted.has(url));
  return {
    recall: relevant.length === 0 ? 1 : found / Math.min(k, relevant.length),
    precision: top.length === 0 ? 0 : found / top.length,
    reciprocalRank: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
  };
}

/** Mean of each measure over a group of queries. */
export function meanScores(scores: QueryScore[]): QueryScore {
  const mean = (pick: (score: QueryScore) => number) => scores.reduce((sum, score) => sum + pick(score), 0) / Math.max(scores.length, 1);
  return { recall: mean((score) => score.recall), precision: mean((score) => score.precision), reciprocalRank: mean((score) => score.reciprocalRank) };
}

/** A paragraph a search can find: its result URL and its text as published. */
export interface ParagraphText {
  url: string;
  text: string;
}

/** Text as a reader compares it by eye: full-width forms folded (NFKC), spaces and line breaks dropped. */
const flat = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/**
 * The relevant results of an exact-phrase query, computed from the content rather than listed by hand: every
 * paragraph whose text contains the phrase, where a phrase that starts or ends with a digit is not part of a longer
 * number (`8374` is not in `83740` nor `62.46` in `162.46`). Independent of the search's own matching on purpose.
 * @example phraseOracle([{ url: '/a', text: '招商 引资' }, { url: '/b', text: '招商' }], '招商引资') // => ['/a']
 */
export function phraseOracle(paragraphs: ParagraphText[], phrase: string): string[] {
  const wanted = flat(phrase);
  const digitAt = (text: string, index: number) => /\d/.test(text[index] ?? '');
  // A digit, or a decimal point between digits, continues a number.
  const continuesNumber = (text: string, index: number, step: 1 | -1) => digitAt(text, index) || (text[index] === '.' && digitAt(text, index + step));
  return paragraphs
    .filter(({ text }) => {
      const haystack = flat(text);
      for (let index = haystack.indexOf(wanted); index !== -1; index = haystack.indexOf(wanted, index + 1)) {
        const numberBefore = /^\d/.test(wanted) && continuesNumber(haystack, index - 1, -1);
        const numberAfter = /\d$/.test(wanted) && continuesNumber(haystack, index + wanted.length, 1);
        if (!numberBefore && !numberAfter) return true;
      }
      return false;
    })
    .map(({ url }) => url);
}

/** The report a result URL belongs to (`/zh/reports/<id>/…`), null for glossary entries, places and other pages. */
export const reportOfUrl = (url: string): string | null => /^\/[a-z]+\/reports\/([^/#?]+)/.exec(url)?.[1] ?? null;

/**
 * Results as a query judged by hand against some reports sees them: results from reports it was not judged
 * against are left out, neither relevant nor counted against it; entries and places stay.
 * @example scopeResults(['/zh/reports/a/1/#p1', '/zh/reports/b/1/#p1', '/zh/glossary/x/'], ['a']) // => ['/zh/reports/a/1/#p1', '/zh/glossary/x/']
 */
export function scopeResults(results: string[], reports: readonly string[]): string[] {
  const judged = new Set(reports);
  return results.filter((url) => {
    const report = reportOfUrl(url);
    return report === null || judged.has(report);
  });
}
