/**
 * The fits the protocol chooses among, over feature rows packed once per
 * transcript (compressed sparse rows, zeros left out): the same full-batch
 * Adam as `src/core/claims/logistic.ts`, several times faster than walking
 * one object per sentence, with three more losses that look at each
 * transcript (its length, its order) rather than at sentences one by one.
 */
import type { FeatureVector } from '../../src/core/claims/features';
import { Adam, sigmoid, type FitOptions } from '../../src/core/claims/logistic';

/** One transcript's feature rows, packed: row i is entries [rowStart[i], rowStart[i + 1]). */
export interface PackedRows {
  rowStart: Int32Array;
  index: Int32Array;
  value: Float32Array;
  /** 1 where fact-checkers marked the sentence. */
  labels: Uint8Array;
}

/** Packs feature vectors, leaving out zero values (they add nothing to a sum). */
export function pack(xs: readonly FeatureVector[], labels: readonly (0 | 1)[]): PackedRows {
  let count = 0;
  for (const x of xs) for (let k = 0; k < x.value.length; k++) if (x.value[k] !== 0) count++;
  const out: PackedRows = { rowStart: new Int32Array(xs.length + 1), index: new Int32Array(count), value: new Float32Array(count), labels: Uint8Array.from(labels) };
  let at = 0;
  xs.forEach((x, i) => {
    out.rowStart[i] = at;
    for (let k = 0; k < x.value.length; k++) {
      if (x.value[k] === 0) continue;
      out.index[at] = x.index[k]!;
      out.value[at++] = x.value[k]!;
    }
  });
  out.rowStart[xs.length] = at;
  return out;
}

/**
 * How each fit weighs its errors:
 * - `logistic`: every sentence counts alike, a worth-checking one `positiveWeight` times (the shipped fit until now);
 * - `balanced`: logistic, but each transcript counts alike whatever its length, and within it the worth-checking
 *   sentences weigh as much as the others together (the 2020 data marks one sentence in 135, the 2019 data one in 37);
 * - `listwise`: the order inside each transcript: the cross-entropy of a softmax over its sentences' margins against
 *   its worth-checking ones, each transcript counting alike (a transcript's ranking is all that is scored);
 * - `pairwise`: the order of pairs inside each transcript: the mean over its (worth-checking, other) pairs of
 *   log(1 + e^-(z₊ − z₋)) (RankNet's loss), each transcript counting alike; nothing across transcripts is compared.
 */
export type Loss = 'logistic' | 'balanced' | 'listwise' | 'pairwise';

/** How to fit: the shipped fit's options (`positiveWeight` counts for `logistic` only), and which loss over which features. */
export interface FitSettings extends FitOptions {
  loss: Loss;
  /** Leave out the hashed words (indices below `denseFrom`): a model of the cues alone. */
  denseOnly?: boolean;
  /** Leave out the hashed buckets found in fewer than this many of the transcripts fitted on (words one debate repeats). */
  minTranscripts?: number;
}

function marginOf(w: Float64Array, r: PackedRows, i: number, from: number): number {
  let z = 0;
  for (let k = r.rowStart[i]!; k < r.rowStart[i + 1]!; k++) if (r.index[k]! >= from) z += w[r.index[k]!]! * r.value[k]!;
  return z;
}

/** The margins of one transcript's sentences under some weights. */
export function marginsWith(w: ArrayLike<number>, r: PackedRows, denseFrom = 0): number[] {
  const out = new Array<number>(r.labels.length);
  for (let i = 0; i < r.labels.length; i++) out[i] = marginOf(w as Float64Array, r, i, denseFrom);
  return out;
}

/**
 * Adds to `g` the gradient of one transcript's pairwise loss, scaled by
 * `share`: each (worth-checking, other) pair pulls the first up and the
 * second down by the chance the model orders them wrongly. `z` is scratch.
 */
function pairwiseGradient(w: Float64Array, rows: PackedRows, from: number, share: number, z: Float64Array, g: Float64Array): void {
  const n = rows.labels.length;
  const pos: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < n; i++) {
    z[i] = marginOf(w, rows, i, from);
    (rows.labels[i] ? pos : neg).push(i);
  }
  if (pos.length === 0 || neg.length === 0) return;
  const d = new Float64Array(n);
  const scale = share / (pos.length * neg.length);
  // σ(z₋ − z₊) = 1 / (1 + e^(z₊ − c) · e^(c − z₋)): two exponentials a sentence instead of one a pair.
  const c = z[pos[0]!]!;
  const up = neg.map((j) => Math.exp(c - z[j]!));
  for (const i of pos) {
    const a = Math.exp(z[i]! - c);
    for (let k = 0; k < neg.length; k++) {
      const wrong = scale / (1 + a * up[k]!);
      d[i]! -= wrong;
      d[neg[k]!]! += wrong;
    }
  }
  for (let i = 0; i < n; i++) {
    if (d[i] === 0) continue;
    for (let k = rows.rowStart[i]!; k < rows.rowStart[i + 1]!; k++) if (rows.index[k]! >= from) g[rows.index[k]!]! += d[i]! * rows.value[k]!;
  }
}

/** Fits weights (`size` of them) to labelled transcripts, each given as packed rows counted `times` times. */
export function fitPacked(data: ReadonlyArray<{ rows: PackedRows; times: number }>, size: number, o: FitSettings): Float64Array {
  const w = new Float64Array(size);
  const adam = new Adam(size, o.learningRate);
  const g = new Float64Array(size);
  const from = o.denseOnly ? o.denseFrom : 0;
  // Buckets left out stay at 0: their gradient is never applied.
  const kept = new Uint8Array(size).fill(1);
  if (o.minTranscripts && o.minTranscripts > 1) {
    const seen = new Int32Array(o.denseFrom);
    const mark = new Int32Array(o.denseFrom).fill(-1);
    data.forEach(({ rows }, t) => {
      for (let k = 0; k < rows.index.length; k++) {
        const j = rows.index[k]!;
        if (j < o.denseFrom && mark[j] !== t) {
          mark[j] = t;
          seen[j]!++;
        }
      }
    });
    for (let j = 0; j < o.denseFrom; j++) if (seen[j]! < o.minTranscripts) kept[j] = 0;
  }
  // Each row's weight in the loss (logistic and balanced), fixed for the whole fit.
  const rowWeights = data.map(({ rows, times }) => {
    const n = rows.labels.length;
    let positives = 0;
    for (let i = 0; i < n; i++) positives += rows.labels[i]!;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const y = rows.labels[i]!;
      if (o.loss === 'logistic') out[i] = times * (y ? o.positiveWeight : 1);
      else out[i] = times * (positives === 0 || positives === n ? 1 / n : y ? 0.5 / positives : 0.5 / (n - positives));
    }
    return out;
  });
  let total = 0;
  for (const r of rowWeights) for (let i = 0; i < r.length; i++) total += r[i]!;
  const transcripts = data.reduce((a, d) => a + (d.rows.labels.some((y) => y === 1) ? d.times : 0), 0);
  const z = new Float64Array(data.reduce((a, d) => Math.max(a, d.rows.labels.length), 0));
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    g.fill(0);
    data.forEach(({ rows, times }, t) => {
      const n = rows.labels.length;
      if (o.loss === 'listwise') {
        let positives = 0;
        let top = -Infinity;
        for (let i = 0; i < n; i++) {
          positives += rows.labels[i]!;
          z[i] = marginOf(w, rows, i, from);
          if (z[i]! > top) top = z[i]!;
        }
        if (positives === 0) return;
        let sum = 0;
        for (let i = 0; i < n; i++) sum += Math.exp(z[i]! - top);
        for (let i = 0; i < n; i++) {
          const d = ((times / transcripts) * (Math.exp(z[i]! - top) / sum - rows.labels[i]! / positives));
          for (let k = rows.rowStart[i]!; k < rows.rowStart[i + 1]!; k++) if (rows.index[k]! >= from) g[rows.index[k]!]! += d * rows.value[k]!;
        }
        return;
      }
      if (o.loss === 'pairwise') {
        pairwiseGradient(w, rows, from, times / transcripts, z, g);
        return;
      }
      const rw = rowWeights[t]!;
      for (let i = 0; i < n; i++) {
        const d = ((sigmoid(marginOf(w, rows, i, from)) - rows.labels[i]!) * rw[i]!) / total;
        for (let k = rows.rowStart[i]!; k < rows.rowStart[i + 1]!; k++) if (rows.index[k]! >= from) g[rows.index[k]!]! += d * rows.value[k]!;
      }
    });
    for (let j = from; j < size; j++) {
      if (!kept[j]) continue;
      if (j !== o.denseFrom) g[j]! += (j < o.denseFrom ? o.l2Words : o.l2Dense) * w[j]!;
      adam.step(w, j, g[j]!, epoch);
    }
  }
  return w;
}
