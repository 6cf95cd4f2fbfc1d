/**
 * A small gradient-boosted ensemble of regression trees over the dense cues,
 * fitted with the pairwise (RankNet) loss inside each transcript, each
 * transcript counting alike (its pairs' losses averaged), as the linear
 * pairwise fit is (fitting.ts): the
 * trees can learn interactions a linear model cannot ("a figure and a claim
 * verb", "the first sentence of an answer and a number"). Each round fits one
 * tree of a fixed depth to the loss's Newton step (gradient over hessian,
 * with a penalty `lambda` on each leaf), splits chosen over at most 32
 * thresholds a cue (quantiles of the values fitted on). No sampling: the same
 * data give the same trees.
 */
import { DENSE_COUNT, type FeatureVector } from '../../src/core/claims/features';

/** What the trees read of a transcript (the protocol's Example has it). */
export interface Example {
  /** Each sentence's dense cues, DENSE_COUNT values in DENSE_FEATURES order. */
  dense: FeatureVector[];
  t: { labels: ReadonlyArray<0 | 1> };
  /** How many times the transcript counts (1 when absent). */
  weight?: number;
}

/** How the trees are grown. */
export interface TreeSettings {
  depth: number;
  rounds: number;
  /** Each tree's leaves are multiplied by this before they are added (shrinkage). */
  rate: number;
  /** The penalty on a leaf's value, against the sum of its sentences' hessians. */
  lambda: number;
  /** A split is made only if each side's hessian is at least this. */
  minHessian: number;
  /**
   * `ndcg`: each pair's gradient and hessian weighed by how much swapping the
   * two would change the transcript's NDCG under the current margins
   * (LambdaMART), so that the top of each ranking counts most; otherwise every
   * pair alike (RankNet).
   */
  weighting?: 'ndcg';
}

/** One tree, breadth first: node k splits on `feature[k]` at `threshold[k]` (value <= threshold goes left, to 2k + 1); leaves hold `leaf`. */
export interface Tree {
  feature: Int32Array;
  threshold: Float64Array;
  /** The value of each of the 2^depth leaves, left to right. */
  leaf: Float64Array;
}

/** A fitted ensemble: its trees, all of one depth. */
export interface Forest {
  depth: number;
  trees: Tree[];
}

/** The dense cues of a transcript's sentences, one row of DENSE_COUNT values each. */
function matrixOf(e: Example): Float64Array {
  const n = e.dense.length;
  const out = new Float64Array(n * DENSE_COUNT);
  for (let i = 0; i < n; i++) {
    const v = e.dense[i]!.value;
    for (let d = 0; d < DENSE_COUNT; d++) out[i * DENSE_COUNT + d] = v[d]!;
  }
  return out;
}

/** Up to 31 thresholds a cue: midpoints between its distinct values, or between quantiles when there are more. */
function thresholdsOf(xs: readonly Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (let d = 0; d < DENSE_COUNT; d++) {
    const values: number[] = [];
    for (const x of xs) for (let k = d; k < x.length; k += DENSE_COUNT) values.push(x[k]!);
    values.sort((a, b) => a - b);
    const distinct = values.filter((v, i) => i === 0 || v !== values[i - 1]);
    let cuts: number[];
    if (distinct.length <= 32) cuts = distinct.slice(1).map((v, i) => (v + distinct[i]!) / 2);
    else {
      const qs = new Set<number>();
      for (let q = 1; q < 32; q++) qs.add(values[Math.floor((q * values.length) / 32)]!);
      const sorted = [...qs].sort((a, b) => a - b);
      cuts = sorted.slice(0, -1).map((v, i) => (v + sorted[i + 1]!) / 2);
    }
    out.push(Float64Array.from(cuts));
  }
  return out;
}

/** The bin of each value: how many thresholds it is above. */
function binsOf(x: Float64Array, cuts: readonly Float64Array[]): Uint8Array {
  const out = new Uint8Array(x.length);
  for (let k = 0; k < x.length; k++) {
    const c = cuts[k % DENSE_COUNT]!;
    let b = 0;
    while (b < c.length && x[k]! > c[b]!) b++;
    out[k] = b;
  }
  return out;
}

/** The forest's margin of one sentence, given its DENSE_COUNT cues from `at` in `x`. */
export function forestMargin(f: Forest, x: ArrayLike<number>, at = 0): number {
  let z = 0;
  for (const t of f.trees) {
    let k = 0;
    for (let level = 0; level < f.depth; level++) k = 2 * k + (x[at + t.feature[k]!]! <= t.threshold[k]! ? 1 : 2);
    z += t.leaf[k - (2 ** f.depth - 1)]!;
  }
  return z;
}

/** The forest's margins of one transcript's sentences. */
export function forestMargins(f: Forest, e: Example): number[] {
  const x = matrixOf(e);
  return Array.from({ length: e.dense.length }, (_, i) => forestMargin(f, x, i * DENSE_COUNT));
}

/** Fits a forest to some transcripts. */
export function fitForest(on: readonly Example[], s: TreeSettings): Forest {
  const xs = on.map(matrixOf);
  const cuts = thresholdsOf(xs);
  const bins = xs.map((x) => binsOf(x, cuts));
  // All sentences in one array: transcript t's are from start[t].
  const start = [0];
  for (const e of on) start.push(start[start.length - 1]! + e.dense.length);
  const total = start[start.length - 1]!;
  const bin = new Uint8Array(total * DENSE_COUNT);
  bins.forEach((b, t) => bin.set(b, start[t]! * DENSE_COUNT));
  const F = new Float64Array(total);
  const g = new Float64Array(total);
  const h = new Float64Array(total);
  const node = new Int32Array(total);
  const trees: Tree[] = [];
  const leaves = 2 ** s.depth;
  const inner = leaves - 1;
  const maxBins = 32;
  const G = new Float64Array(inner * DENSE_COUNT * maxBins);
  const H = new Float64Array(inner * DENSE_COUNT * maxBins);
  for (let round = 0; round < s.rounds; round++) {
    g.fill(0);
    h.fill(0);
    on.forEach((e, t) => {
      const from = start[t]!;
      const labels = e.t.labels;
      const pos: number[] = [];
      const neg: number[] = [];
      for (let i = 0; i < labels.length; i++) (labels[i] ? pos : neg).push(from + i);
      if (pos.length === 0 || neg.length === 0) return;
      let scale = (e.weight ?? 1) / (pos.length * neg.length);
      // With `ndcg`: each sentence's discount at its current rank (ties to the earlier sentence), and the pairs' weights
      // scaled so that a transcript still counts as much as under RankNet (their mean is 1).
      let discount: Float64Array | undefined;
      if (s.weighting === 'ndcg') {
        const n = labels.length;
        const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => F[from + y]! - F[from + x]! || x - y);
        discount = new Float64Array(n);
        order.forEach((i, r) => (discount![i] = 1 / Math.log2(r + 2)));
        let sum = 0;
        for (const i of pos) for (const j of neg) sum += Math.abs(discount[i - from]! - discount[j - from]!);
        if (sum === 0) return;
        scale *= (pos.length * neg.length) / sum;
      }
      const c = F[pos[0]!]!;
      const up = neg.map((j) => Math.exp(c - F[j]!));
      for (const i of pos) {
        const a = Math.exp(F[i]! - c);
        for (let k = 0; k < neg.length; k++) {
          const j = neg[k]!;
          const w = discount ? scale * Math.abs(discount[i - from]! - discount[j - from]!) : scale;
          // p: the chance the pair is ordered wrongly; the loss's gradient and hessian in each margin.
          const p = 1 / (1 + a * up[k]!);
          g[i]! -= w * p;
          g[j]! += w * p;
          const q = w * p * (1 - p);
          h[i]! += q;
          h[j]! += q;
        }
      }
    });
    const tree: Tree = { feature: new Int32Array(inner), threshold: new Float64Array(inner), leaf: new Float64Array(leaves) };
    // Each split's last bin on the left (255: no split, every sentence goes left).
    const splitBin = new Int32Array(inner);
    node.fill(0);
    for (let level = 0; level < s.depth; level++) {
      const first = 2 ** level - 1;
      const count = 2 ** level;
      G.fill(0, 0, count * DENSE_COUNT * maxBins);
      H.fill(0, 0, count * DENSE_COUNT * maxBins);
      for (let i = 0; i < total; i++) {
        const base = (node[i]! - first) * DENSE_COUNT * maxBins;
        const gi = g[i]!;
        const hi = h[i]!;
        const row = i * DENSE_COUNT;
        for (let d = 0; d < DENSE_COUNT; d++) {
          const k = base + d * maxBins + bin[row + d]!;
          G[k]! += gi;
          H[k]! += hi;
        }
      }
      for (let m = 0; m < count; m++) {
        let best = { gain: 0, feature: 0, bin: -1 };
        for (let d = 0; d < DENSE_COUNT; d++) {
          const at = (m * DENSE_COUNT + d) * maxBins;
          let [gAll, hAll] = [0, 0];
          for (let b = 0; b < maxBins; b++) {
            gAll += G[at + b]!;
            hAll += H[at + b]!;
          }
          let [gl, hl] = [0, 0];
          for (let b = 0; b < cuts[d]!.length; b++) {
            gl += G[at + b]!;
            hl += H[at + b]!;
            const [gr, hr] = [gAll - gl, hAll - hl];
            if (hl < s.minHessian || hr < s.minHessian) continue;
            const gain = (gl * gl) / (hl + s.lambda) + (gr * gr) / (hr + s.lambda) - (gAll * gAll) / (hAll + s.lambda);
            if (gain > best.gain + 1e-15) best = { gain, feature: d, bin: b };
          }
        }
        // No useful split: every sentence goes left (a threshold above every value).
        tree.feature[first + m] = best.feature;
        tree.threshold[first + m] = best.bin < 0 ? Infinity : cuts[best.feature]![best.bin]!;
        splitBin[first + m] = best.bin < 0 ? 255 : best.bin;
      }
      for (let i = 0; i < total; i++) {
        const k = node[i]!;
        node[i] = 2 * k + (bin[i * DENSE_COUNT + tree.feature[k]!]! <= splitBin[k]! ? 1 : 2);
      }
    }
    const gl = new Float64Array(leaves);
    const hl = new Float64Array(leaves);
    for (let i = 0; i < total; i++) {
      gl[node[i]! - inner]! += g[i]!;
      hl[node[i]! - inner]! += h[i]!;
    }
    for (let l = 0; l < leaves; l++) tree.leaf[l] = (-s.rate * gl[l]!) / (hl[l]! + s.lambda);
    for (let i = 0; i < total; i++) F[i]! += tree.leaf[node[i]! - inner]!;
    trees.push(tree);
  }
  return { depth: s.depth, trees };
}
