/**
 * A logistic regression over sparse feature vectors, fitted by full-batch
 * Adam with an L2 penalty. Used by the fitting script and by the tests that
 * check the scorer on held-apart transcripts; the product only scores.
 */
import type { FeatureVector } from './features';

/** How to fit. */
export interface FitOptions {
  /** The L2 penalty on hashed word weights and on dense feature weights (the bias is free). */
  l2Words: number;
  l2Dense: number;
  /** First index of the dense features (they take `l2Dense`). */
  denseFrom: number;
  /** The weight of a worth-checking example relative to the others. */
  positiveWeight: number;
  epochs: number;
  learningRate: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The model's raw score of a vector: the weighted sum before the sigmoid. */
export function margin(weights: ArrayLike<number>, x: FeatureVector): number {
  let z = 0;
  for (let k = 0; k < x.index.length; k++) z += weights[x.index[k]!]! * x.value[k]!;
  return z;
}

/** Fits weights to labelled vectors. */
export function fitLogistic(xs: readonly FeatureVector[], ys: readonly (0 | 1)[], size: number, o: FitOptions): Float64Array {
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const b1 = 0.9;
  const b2 = 0.999;
  let totalWeight = 0;
  for (const y of ys) totalWeight += y ? o.positiveWeight : 1;
  const bias = o.denseFrom;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    g.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      const p = sigmoid(margin(w, x));
      const d = (p - y) * (y ? o.positiveWeight : 1) / totalWeight;
      for (let k = 0; k < x.index.length; k++) g[x.index[k]!]! += d * x.value[k]!;
    }
    for (let j = 0; j < size; j++) {
      if (j !== bias) g[j]! += (j < o.denseFrom ? o.l2Words : o.l2Dense) * w[j]!;
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      const mh = m[j]! / (1 - b1 ** epoch);
      const vh = v[j]! / (1 - b2 ** epoch);
      w[j] = w[j]! - o.learningRate * mh / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}
