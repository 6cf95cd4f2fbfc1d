/**
 * Nearness to sentences already marked, tried by the protocol (`--near`):
 * politicians repeat their talking points, so a sentence close in words to
 * one a fact-checker marked in another transcript may be worth checking too.
 *
 * Two cues for each sentence, computed again for every fit from the
 * transcripts that fit is made on (never from those it scores, never from the
 * sentence's own transcript): the highest cosine between its words and word
 * pairs and those of any marked sentence of the other transcripts fitted on,
 * and how many of those marked sentences come at least `CLOSE` near it (as
 * log(1 + n)); sentences of fewer than MIN_WORDS words get neither. Words and pairs are weighted by tf-idf, the idf counted over
 * the sentences of the transcripts fitted on alone, so that the text of the
 * transcripts scored is not looked at either. The product does not compute
 * these cues.
 *
 * `bucketTerms` gives the product's own terms instead: the hashed buckets of
 * a sentence's words and word pairs (features.ts), which its scorer already
 * reads, and `keep` cuts each marked sentence to its weightiest terms, as a
 * shipped table of signatures would.
 */
import { vectorTokens } from './vectors';

/** The cosine from which a marked sentence counts as near (decided before any figure was seen). */
export const CLOSE = 0.5;

/**
 * Sentences of fewer words are neither compared nor compared with: a marked
 * sentence cut down to a stage direction such as `(APPLAUSE)` would otherwise
 * match every other one exactly (seen before any figure of the protocol).
 */
export const MIN_WORDS = 4;

/** A sentence's terms: its words, and its word pairs (as `a b`); none for a sentence of fewer than MIN_WORDS words. */
export function terms(text: string): string[] {
  const words = vectorTokens(text);
  if (words.length < MIN_WORDS) return [];
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** A sentence's terms as the product's hashed buckets of its words and word pairs (indices below `hashSize` of its features); none under MIN_WORDS words. */
export function bucketTerms(text: string, index: ArrayLike<number>, hashSize: number): string[] {
  if (vectorTokens(text).length < MIN_WORDS) return [];
  const out: string[] = [];
  for (let k = 0; k < index.length; k++) if (index[k]! < hashSize) out.push(String(index[k]));
  return out;
}

/** One transcript's sentences' terms and labels. */
export interface NearSource {
  terms: string[][];
  labels: readonly (0 | 1)[];
}

interface Weighted {
  ids: Int32Array;
  w: Float64Array;
}

/**
 * The two cues of every sentence of `targets`, from the marked sentences of
 * `reference` (a target that is also in the reference is never compared with
 * its own sentences). The idf comes from the reference's sentences only.
 */
export function nearness(reference: readonly NearSource[], targets: readonly NearSource[], keep = Infinity): Float64Array[][] {
  const df = new Map<string, number>();
  let n = 0;
  for (const r of reference)
    for (const ts of r.terms) {
      n++;
      for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
    }
  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  // Terms found in no reference sentence have no idf: they cannot meet a marked sentence anyway.
  const weigh = (ts: readonly string[]): Weighted => {
    const tf = new Map<string, number>();
    for (const t of ts) if (df.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const out = { ids: new Int32Array(tf.size), w: new Float64Array(tf.size) };
    let norm = 0;
    let k = 0;
    for (const [t, c] of tf) {
      out.ids[k] = idOf(t);
      const v = (1 + Math.log(c)) * Math.log((n + 1) / (df.get(t)! + 1));
      out.w[k++] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) out.w[j]! /= norm;
    return out;
  };
  // An inverted index of the marked sentences: for each term, (sentence, weight).
  const postings = new Map<number, { s: number; w: number }[]>();
  const ownerOf: number[] = [];
  reference.forEach((r, ri) =>
    r.terms.forEach((ts, i) => {
      if (r.labels[i] !== 1) return;
      const s = ownerOf.length;
      ownerOf.push(ri);
      const x = weigh(ts);
      // With `keep`, only its `keep` weightiest terms (a signature small enough to ship), their weights as they were.
      const order = Array.from(x.ids.keys()).sort((a, b) => x.w[b]! - x.w[a]!).slice(0, keep);
      for (const j of order) {
        const list = postings.get(x.ids[j]!) ?? [];
        list.push({ s, w: x.w[j]! });
        postings.set(x.ids[j]!, list);
      }
    }),
  );
  const dot = new Float64Array(ownerOf.length);
  const touched: number[] = [];
  return targets.map((target) => {
    const own = reference.indexOf(target);
    return target.terms.map((ts) => {
      const x = weigh(ts);
      for (let j = 0; j < x.ids.length; j++)
        for (const p of postings.get(x.ids[j]!) ?? []) {
          if (ownerOf[p.s] === own) continue;
          if (dot[p.s] === 0) touched.push(p.s);
          dot[p.s]! += x.w[j]! * p.w;
        }
      let [best, near] = [0, 0];
      for (const s of touched) {
        best = Math.max(best, dot[s]!);
        if (dot[s]! >= CLOSE) near++;
        dot[s] = 0;
      }
      touched.length = 0;
      return Float64Array.of(best, Math.log1p(near));
    });
  });
}
