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
import { annotatorsOf, unitDissimilarity, type GammaOptions, type GammaUnit } from './gammaDissimilarity';

/** The alignment of least disorder and its disorder (per average number of units per annotator). */
export interface BestAlignment {
  /** The sum of the unitary alignments' disorders divided by the average number of units per annotator. */
  disorder: number;
  /** Each unitary alignment: one unit or none per annotator, in the annotators' sorted order. */
  alignment: Array<Array<GammaUnit | undefined>>;
  /** The annotators, sorted: the order of each unitary alignment's places. */
  annotators: string[];
}

/** The most partial alignments the solver keeps before it gives up on a continuum (with a RangeError). */
export const MAX_ALIGNMENT_STATES = 3_000_000;

/** A unitary alignment worth considering: its units (by rank in position order) and its disorder. */
interface Candidate {
  /** Ranks of its units other than the first, ascending. */
  others: number[];
  /** For each annotator, the index of its unit in that annotator's list, or -1 for none. */
  slots: number[];
  /** Its disorder: the mean over pairs of annotators of their units' dissimilarity (Δ∅ where one is missing). */
  cost: number;
}

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

  // Dissimilarities of the pairs of units that may share a tuple, per pair of annotators (a < b), keyed i × |b| + j.
  const near: Array<Array<Map<number, number>>> = per.map(() => per.map(() => new Map()));
  // For each unit of a, the units of each later annotator b it may share a tuple with.
  const neighbours: number[][][][] = per.map((list) => per.map(() => list.map(() => [])));
  const reach = alpha > 0 ? Math.sqrt(pairLimit / alpha) : Infinity;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const A = per[a]!;
      const B = per[b]!;
      const starts = B.map((u) => u.start);
      const longest = Math.max(0, ...B.map((u) => u.end - u.start));
      // A unit of no length is at positional distance 0 from another of no length anywhere: no window then.
      const windowed = Number.isFinite(reach) && [...A, ...B].every((u) => u.end > u.start);
      for (let i = 0; i < A.length; i++) {
        const u = A[i]!;
        const span = reach * (u.end - u.start + longest);
        const from = windowed ? lowerBound(starts, u.start - span) : 0;
        const to = windowed ? lowerBound(starts, u.start + span + 1e-9) : B.length;
        for (let j = from; j < to; j++) {
          const d = unitDissimilarity(u, B[j]!, options);
          if (d > pairLimit + tolerance) continue;
          near[a]![b]!.set(i * B.length + j, d);
          neighbours[a]![b]![i]!.push(j);
        }
      }
    }
  }
  // Nearest first, so that a search stops at the first neighbour too far from the tuple's first unit.
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) neighbours[a]![b]!.forEach((list, i) => list.sort((x, y) => near[a]![b]!.get(i * per[b]!.length + x)! - near[a]![b]!.get(i * per[b]!.length + y)!));
  // relief[a][i][k]: the most that units of annotators k and after can lower the excess of unit i of a (each by Δ∅ − its nearest, if that is less).
  const relief: number[][][] = per.map((list, a) =>
    list.map((_, i) => {
      const out = new Array<number>(n + 1).fill(0);
      for (let k = n - 1; k > a; k--) {
        const nearest = neighbours[a]![k]![i]!.length ? near[a]![k]!.get(i * per[k]!.length + neighbours[a]![k]![i]![0]!)! : Infinity;
        out[k] = out[k + 1]! + Math.max(0, empty - nearest);
      }
      return out;
    }),
  );
  const dissimilarity = (a: number, i: number, b: number, j: number): number | undefined =>
    a < b ? near[a]![b]!.get(i * per[b]!.length + j) : near[b]![a]!.get(j * per[a]!.length + i);

  // Ranks: every unit's place in position order, across annotators.
  const offsets: number[] = [];
  let total = 0;
  for (const list of per) {
    offsets.push(total);
    total += list.length;
  }
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
      const slots = new Array<number>(n).fill(-1);
      slots[a] = i;
      byFirst[rankOf(a, i)]!.push({ others: [], slots, cost: empty });
    }
  }
  const chosen: Array<[number, number]> = [];
  const excess: number[] = [];
  // A tuple is beaten by its two parts A and B when Σ over pairs across them (d − Δ∅) > pairs × Δ∅:
  // the test above with A a single unit, here for parts of two units and more.
  const splits = (members: ReadonlyArray<[number, number]>): boolean => {
    const k = members.length;
    if (k < 4) return false;
    for (let mask = 1; mask < 1 << (k - 1); mask++) {
      let inA = 0;
      for (let m = 0; m < k; m++) if (mask & (1 << m)) inA++;
      if (inA < 2 || k - inA < 2) continue;
      let cross = 0;
      for (let x = 0; x < k; x++) {
        if (!(mask & (1 << x))) continue;
        for (let y = 0; y < k; y++) {
          if (mask & (1 << y)) continue;
          const [ax, ix] = members[x]!;
          const [ay, iy] = members[y]!;
          cross += dissimilarity(ax, ix, ay, iy)! - empty;
        }
      }
      if (cross > allowance + tolerance) return true;
    }
    return false;
  };
  const enumerate = (a0: number, i0: number, b: number, sum: number): void => {
    if (b === n) {
      const k = chosen.length;
      if (k < 2 || excess.some((e) => e > allowance + tolerance) || splits(chosen)) return;
      const slots = new Array<number>(n).fill(-1);
      for (const [a, i] of chosen) slots[a] = i;
      const ranks = chosen.map(([a, i]) => rankOf(a, i)).sort((x, y) => x - y);
      byFirst[ranks[0]!]!.push({ others: ranks.slice(1), slots, cost: (sum + (pairs - (k * (k - 1)) / 2) * empty) / pairs });
      return;
    }
    enumerate(a0, i0, b + 1, sum);
    for (const j of neighbours[a0]![b]![i0]!) {
      // The first unit's own excess grows with each neighbour further away: past this one, none can do.
      if (excess[0]! + near[a0]![b]!.get(i0 * per[b]!.length + j)! - empty - relief[a0]![i0]![b + 1]! > allowance + tolerance) break;
      const ds: number[] = [];
      for (const [a, i] of chosen) {
        const d = dissimilarity(a, i, b, j);
        if (d === undefined) break;
        ds.push(d);
      }
      if (ds.length < chosen.length) continue;
      let own = 0;
      let hopeless = false;
      for (let m = 0; m < ds.length; m++) {
        own += ds[m]! - empty;
        const [a, i] = chosen[m]!;
        if (excess[m]! + ds[m]! - empty - relief[a]![i]![b + 1]! > allowance + tolerance) hopeless = true;
      }
      if (hopeless || own - relief[b]![j]![b + 1]! > allowance + tolerance) continue;
      for (let m = 0; m < ds.length; m++) excess[m]! += ds[m]! - empty;
      chosen.push([b, j]);
      excess.push(own);
      enumerate(a0, i0, b + 1, sum + ds.reduce((s, d) => s + d, 0));
      excess.pop();
      chosen.pop();
      for (let m = 0; m < ds.length; m++) excess[m]! -= ds[m]! - empty;
    }
  };
  for (let a0 = 0; a0 < n; a0++) {
    for (let i0 = 0; i0 < per[a0]!.length; i0++) {
      chosen.push([a0, i0]);
      excess.push(0);
      enumerate(a0, i0, a0 + 1, 0);
      excess.pop();
      chosen.pop();
    }
  }

  // Blocks: stretches of ranks no candidate crosses, solved one after another.
  const picks: Candidate[] = [];
  let total_cost = 0;
  let blockStart = 0;
  let furthest = -1;
  for (let r = 0; r < total; r++) {
    for (const c of byFirst[r]!) if (c.others.length) furthest = Math.max(furthest, c.others[c.others.length - 1]!);
    if (furthest <= r) {
      total_cost += solveBlock(byFirst, blockStart, r + 1, picks);
      blockStart = r + 1;
    }
  }
  return {
    disorder: total_cost / (total / n),
    alignment: picks.map((c) => c.slots.map((i, a) => (i < 0 ? undefined : per[a]![i]))),
    annotators,
  };
}

/**
 * The least total disorder of the ranks [from, to), whose candidates stay
 * inside it, by a dynamic programme over (first rank not yet aligned, later
 * ranks already aligned); the chosen candidates are appended to `picks`.
 */
function solveBlock(byFirst: readonly Candidate[][], from: number, to: number, picks: Candidate[]): number {
  const memo = new Map<string, { value: number; count: number; pick: Candidate; next: number; rest: number[] }>();
  const solve = (first: number, taken: readonly number[]): number => {
    if (first >= to) return 0;
    const key = `${first}:${taken.join(',')}`;
    const known = memo.get(key);
    if (known) return known.value;
    let best: { value: number; count: number; pick: Candidate; next: number; rest: number[] } | undefined;
    for (const c of byFirst[first]!) {
      if (c.others.some((x) => taken.includes(x))) continue;
      const merged = [...taken, ...c.others].sort((x, y) => x - y);
      let next = first + 1;
      let k = 0;
      while (k < merged.length && merged[k] === next) {
        next++;
        k++;
      }
      const rest = merged.slice(k);
      const value = c.cost + solve(next, rest);
      const count = 1 + (next >= to ? 0 : memo.get(`${next}:${rest.join(',')}`)!.count);
      // Between alignments of equal disorder, the one with fewer unitary alignments (as pygamma's solver returns).
      const tie = best !== undefined && Math.abs(value - best.value) <= 1e-12 * Math.max(1, best.value);
      if (!best || (tie ? count < best.count : value < best.value)) best = { value, count, pick: c, next, rest };
    }
    if (memo.size >= MAX_ALIGNMENT_STATES) throw new RangeError(`Too many overlapping units for the exact alignment (more than ${MAX_ALIGNMENT_STATES} partial alignments).`);
    memo.set(key, best!);
    return best!.value;
  };
  const value = solve(from, []);
  let first = from;
  let taken: readonly number[] = [];
  while (first < to) {
    const step = memo.get(`${first}:${taken.join(',')}`)!;
    picks.push(step.pick);
    first = step.next;
    taken = step.rest;
  }
  return value;
}
