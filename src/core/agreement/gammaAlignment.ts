/**
 * The best alignment of a continuum for γ (Mathet, Widlöcher and Métivier 2015,
 * §5.1): every unit in exactly one unitary alignment (at most one unit per
 * annotator, the others empty), the sum of the unitary alignments' disorders
 * least. pygamma-agreement enumerates every tuple of units and hands the set
 * partition to an integer-programming solver; with three or more annotators
 * the tuples alone are too many (201⁵ for five annotators of 200 units). This
 * solver is exact too, by two facts of the problem's structure:
 *
 * 1. A unitary alignment is only worth keeping when each of its units pays for
 *    itself: taking a unit out of it (leaving it alone, at cost Δ∅) must not
 *    lower the total. That bounds how far apart two aligned units can be, so
 *    the candidates are found among each unit's neighbours in time, not among
 *    all tuples, and no optimum is lost (any tuple that fails the test is beaten
 *    by the same tuple without that unit, which the enumeration keeps).
 * 2. Candidates join units that are near in time, so taking the units in order
 *    of position, what is left to decide depends only on the first unit not yet
 *    aligned and which later units are already taken: a dynamic programme over
 *    those states, with no search and no solver.
 */
import { solveBlock, type Candidate } from './gammaBlocks';
import { annotatorsOf, weightedDissimilarity, type GammaOptions, type GammaUnit } from './gammaDissimilarity';

export { MAX_ALIGNMENT_STATES } from './gammaBlocks';

/** The alignment of least disorder and its disorder (per average number of units per annotator). */
export interface BestAlignment {
  /** The sum of the unitary alignments' disorders divided by the average number of units per annotator. */
  disorder: number;
  /** Each unitary alignment: one unit or none per annotator, in the annotators' sorted order. */
  alignment: Array<Array<GammaUnit | undefined>>;
  /** The annotators, sorted: the order of each unitary alignment's places. */
  annotators: string[];
}

/** Pair tables up to this many cells are arrays of every pair; larger ones keep only the near pairs, in a map. */
const DENSE_CELLS = 4_000_000;

function byPosition(a: GammaUnit, b: GammaUnit): number {
  return a.start - b.start || a.end - b.end;
}

/** First index in the sorted `xs` whose value is at least `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The best alignment: every unit in exactly one unitary alignment, the sum of
 * their disorders least. Exact; throws a RangeError when the continuum is so
 * dense that more than MAX_ALIGNMENT_STATES partial alignments would be needed.
 */
export function bestAlignment(units: readonly GammaUnit[], options: GammaOptions = {}): BestAlignment {
  const empty = options.deltaEmpty ?? 1;
  const alpha = options.alpha ?? 1;
  const annotators = annotatorsOf(units, options.annotators);
  const n = annotators.length;
  if (n < 2) throw new RangeError('The best alignment needs the units of two or more annotators.');
  if (units.length === 0) return { disorder: 0, alignment: [], annotators };
  const per = annotators.map((a) => units.filter((u) => u.annotator === a).sort(byPosition));
  const pairs = (n * (n - 1)) / 2;
  // A unit m pays for itself in a tuple when Σ over its partners (d(m, partner) − Δ∅) ≤ pairs × Δ∅.
  const allowance = pairs * empty;
  const tolerance = 1e-9 * Math.max(1, allowance);
  // So one partner can be at most this far: the others can lower the sum by at most Δ∅ each.
  const pairLimit = allowance + (n - 1) * empty;

  // Dissimilarities of the pairs of units that may share a tuple, per pair of annotators (a < b, at a × n + b), keyed i × |b| + j:
  // arrays of every pair (NaN for the far ones) while they are small enough, else maps of the near pairs.
  const lens = Int32Array.from(per, (list) => list.length);
  const dense = per.every((A, a) => per.every((B, b) => b <= a || A.length * B.length <= DENSE_CELLS));
  const cells: Float64Array[] = [];
  const maps: Array<Map<number, number>> = [];
  const pairD = dense
    ? (a: number, i: number, b: number, j: number): number => cells[a * n + b]![i * lens[b]! + j]!
    : (a: number, i: number, b: number, j: number): number => maps[a * n + b]!.get(i * lens[b]! + j) ?? NaN;
  // For each unit of a, the units of each later annotator b it may share a tuple with, nearest first.
  const neighbours: number[][][][] = per.map((list) => per.map(() => list.map(() => [])));
  const reach = alpha > 0 ? Math.sqrt(pairLimit / alpha) : Infinity;
  const beta = options.beta ?? 1;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const A = per[a]!;
      const B = per[b]!;
      if (dense) cells[a * n + b] = new Float64Array(A.length * B.length).fill(NaN);
      else maps[a * n + b] = new Map();
      const starts = B.map((u) => u.start);
      const longest = Math.max(0, ...B.map((u) => u.end - u.start));
      // A unit of no length is at positional distance 0 from another of no length anywhere: no window then.
      const windowed = Number.isFinite(reach) && [...A, ...B].every((u) => u.end > u.start);
      const found = new Float64Array(B.length);
      for (let i = 0; i < A.length; i++) {
        const u = A[i]!;
        const span = reach * (u.end - u.start + longest);
        const from = windowed ? lowerBound(starts, u.start - span) : 0;
        const to = windowed ? lowerBound(starts, u.start + span + 1e-9) : B.length;
        const list = neighbours[a]![b]![i]!;
        for (let j = from; j < to; j++) {
          const d = weightedDissimilarity(u, B[j]!, alpha, beta);
          if (d > pairLimit + tolerance) continue;
          if (dense) cells[a * n + b]![i * B.length + j] = d;
          else maps[a * n + b]!.set(i * B.length + j, d);
          found[j] = d;
          list.push(j);
        }
        // Nearest first, so that a search stops at the first neighbour too far from the tuple's first unit.
        list.sort((x, y) => found[x]! - found[y]!);
      }
    }
  }
  // Where each annotator's units start among all the units, in annotator order (a unit's global number is offsets[a] + i).
  const offsets: number[] = [];
  let total = 0;
  for (const list of per) {
    offsets.push(total);
    total += list.length;
  }
  // relief[(offsets[a] + i) × (n + 1) + k]: the most that units of annotators k and after can lower the excess of unit i of a
  // (each by Δ∅ − its nearest, if that is less).
  const relief = new Float64Array(total * (n + 1));
  per.forEach((list, a) =>
    list.forEach((_, i) => {
      const at = (offsets[a]! + i) * (n + 1);
      for (let k = n - 1; k > a; k--) {
        const first = neighbours[a]![k]![i]![0];
        const nearest = first !== undefined ? pairD(a, i, k, first) : Infinity;
        relief[at + k] = relief[at + k + 1]! + Math.max(0, empty - nearest);
      }
    }),
  );
  const reliefOf = (a: number, i: number, k: number): number => relief[(offsets[a]! + i) * (n + 1) + k]!;
  // NaN for two units too far apart to share a tuple.
  const dissimilarity = (a: number, i: number, b: number, j: number): number => (a < b ? pairD(a, i, b, j) : pairD(b, j, a, i));

  // Ranks: every unit's place in position order, across annotators.
  const owner: Array<[number, number]> = [];
  per.forEach((list, a) => list.forEach((_, i) => owner.push([a, i])));
  const order = owner.map((_, g) => g).sort((x, y) => {
    const [ax, ix] = owner[x]!;
    const [ay, iy] = owner[y]!;
    return byPosition(per[ax]![ix]!, per[ay]![iy]!) || ax - ay;
  });
  const rank = new Array<number>(total);
  order.forEach((g, r) => (rank[g] = r));
  const rankOf = (a: number, i: number): number => rank[offsets[a]! + i]!;

  // The candidates, each filed under its first unit in position order; a unit alone is always one.
  const byFirst: Candidate[][] = Array.from({ length: total }, () => []);
  for (let a = 0; a < n; a++) {
    for (let i = 0; i < per[a]!.length; i++) {
      byFirst[rankOf(a, i)]!.push({ first: rankOf(a, i), others: [], cost: empty });
    }
  }
  // The tuple being built: its units' annotators and indexes, each unit's excess, and at each depth the new unit's dissimilarities.
  const chosenA = new Int32Array(n);
  const chosenI = new Int32Array(n);
  const excess = new Float64Array(n);
  const ds = new Float64Array(n * n);
  const ranks = new Int32Array(n);
  let k = 0;
  const limit = allowance + tolerance;
  // A tuple is beaten by its two parts A and B when Σ over pairs across them (d − Δ∅) > pairs × Δ∅:
  // the excess test with A a single unit, here for parts of two units and more.
  const splits = (): boolean => {
    if (k < 4) return false;
    for (let mask = 1; mask < 1 << (k - 1); mask++) {
      let inA = 0;
      for (let m = 0; m < k; m++) if (mask & (1 << m)) inA++;
      if (inA < 2 || k - inA < 2) continue;
      let cross = 0;
      for (let x = 0; x < k; x++) {
        if (!(mask & (1 << x))) continue;
        for (let y = 0; y < k; y++) if (!(mask & (1 << y))) cross += dissimilarity(chosenA[x]!, chosenI[x]!, chosenA[y]!, chosenI[y]!) - empty;
      }
      if (cross > limit) return true;
    }
    return false;
  };
  const enumerate = (a0: number, i0: number, b: number, sum: number): void => {
    if (b === n) {
      if (k < 2) return;
      for (let m = 0; m < k; m++) if (excess[m]! > limit) return;
      if (splits()) return;
      // The ranks in order, by insertion (a handful of them): the first, and the others.
      for (let m = 0; m < k; m++) {
        const r = rankOf(chosenA[m]!, chosenI[m]!);
        let y = m;
        for (; y > 0 && ranks[y - 1]! > r; y--) ranks[y] = ranks[y - 1]!;
        ranks[y] = r;
      }
      const others = new Array<number>(k - 1);
      for (let m = 1; m < k; m++) others[m - 1] = ranks[m]!;
      byFirst[ranks[0]!]!.push({ first: ranks[0]!, others, cost: (sum + (pairs - (k * (k - 1)) / 2) * empty) / pairs });
      return;
    }
    enumerate(a0, i0, b + 1, sum);
    const level = k * n;
    const anchorRelief = reliefOf(a0, i0, b + 1);
    for (const j of neighbours[a0]![b]![i0]!) {
      // The first unit's own excess grows with each neighbour further away: past this one, none can do.
      if (excess[0]! + pairD(a0, i0, b, j) - empty - anchorRelief > limit) break;
      let own = 0;
      let added = 0;
      let fits = true;
      for (let m = 0; m < k; m++) {
        const d = dissimilarity(chosenA[m]!, chosenI[m]!, b, j);
        // NaN (too far) fails this test too.
        if (!(excess[m]! + d - empty - reliefOf(chosenA[m]!, chosenI[m]!, b + 1) <= limit)) {
          fits = false;
          break;
        }
        ds[level + m] = d;
        own += d - empty;
        added += d;
      }
      if (!fits || own - reliefOf(b, j, b + 1) > limit) continue;
      for (let m = 0; m < k; m++) excess[m]! += ds[level + m]! - empty;
      chosenA[k] = b;
      chosenI[k] = j;
      excess[k] = own;
      k++;
      enumerate(a0, i0, b + 1, sum + added);
      k--;
      for (let m = 0; m < k; m++) excess[m]! -= ds[level + m]! - empty;
    }
  };
  for (let a0 = 0; a0 < n; a0++) {
    for (let i0 = 0; i0 < per[a0]!.length; i0++) {
      chosenA[0] = a0;
      chosenI[0] = i0;
      excess[0] = 0;
      k = 1;
      enumerate(a0, i0, a0 + 1, 0);
    }
  }

  // Blocks: stretches of ranks no candidate crosses, solved one after another.
  const picks: Candidate[] = [];
  let totalCost = 0;
  let blockStart = 0;
  let furthest = -1;
  for (let r = 0; r < total; r++) {
    for (const c of byFirst[r]!) if (c.others.length) furthest = Math.max(furthest, c.others[c.others.length - 1]!);
    if (furthest <= r) {
      totalCost += solveBlock(byFirst, blockStart, r + 1, picks);
      blockStart = r + 1;
    }
  }
  return {
    disorder: totalCost / (total / n),
    alignment: picks.map((c) => {
      const slots = new Array<GammaUnit | undefined>(n).fill(undefined);
      for (const r of [c.first, ...c.others]) {
        const [a, i] = owner[order[r]!]!;
        slots[a] = per[a]![i];
      }
      return slots;
    }),
    annotators,
  };
}
