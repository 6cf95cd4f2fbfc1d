/** How rankings of sentences are scored, as the CLEF CheckThat! lab scored them. */

/**
 * Average precision of a ranking: the mean, over the worth-checking
 * sentences, of the precision of the ranking down to each of them. Ties are
 * broken by text order. NaN when no sentence is worth checking.
 */
export function averagePrecision(scores: readonly number[], labels: readonly (0 | 1 | boolean)[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  let sum = 0;
  order.forEach((i, rank) => {
    if (labels[i]) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits === 0 ? NaN : sum / hits;
}

/** The mean of the average precisions of several transcripts' rankings, leaving out those with nothing worth checking. */
export function meanAveragePrecision(rankings: ReadonlyArray<{ scores: readonly number[]; labels: readonly (0 | 1 | boolean)[] }>): number {
  const aps = rankings.map((r) => averagePrecision(r.scores, r.labels)).filter((x) => !Number.isNaN(x));
  return aps.length === 0 ? NaN : aps.reduce((a, b) => a + b, 0) / aps.length;
}

/**
 * Precision at k: the share of the k best-ranked sentences that are worth
 * checking (ties broken by text order), as CheckThat! defines it: out of k
 * even where the transcript has fewer sentences.
 */
export function precisionAt(k: number, scores: readonly number[], labels: readonly (0 | 1 | boolean)[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  let hits = 0;
  for (let r = 0; r < Math.min(k, order.length); r++) if (labels[order[r]!]) hits++;
  return hits / k;
}
