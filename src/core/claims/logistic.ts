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

const B1 = 0.9;
const B2 = 0.999;

/** Adam (Kingma and Ba, β1 0.9, β2 0.999): the moment estimates of each weight, and one weight's step; every fit of the model uses it. */
export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;

  constructor(size: number, private readonly rate: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  /** Moves weight `j` of `w` against its gradient `g` at step `epoch` (1-based). */
  step(w: Float64Array, j: number, g: number, epoch: number): void {
    const m = (this.m[j] = B1 * this.m[j]! + (1 - B1) * g);
    const v = (this.v[j] = B2 * this.v[j]! + (1 - B2) * g * g);
    const mh = m / (1 - B1 ** epoch);
    const vh = v / (1 - B2 ** epoch);
    w[j] = w[j]! - (this.rate * mh) / (Math.sqrt(vh) + 1e-8);
  }
}

/** Fits weights to labelled vectors. */
export function fitLogistic(xs: readonly FeatureVector[], ys: readonly (0 | 1)[], size: number, o: FitOptions): Float64Array {
  const w = new Float64Array(size);
  const adam = new Adam(size, o.learningRate);
  const g = new Float64Array(size);
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
      adam.step(w, j, g[j]!, epoch);
    }
  }
  return w;
}
