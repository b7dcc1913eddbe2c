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
