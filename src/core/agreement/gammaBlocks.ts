/**
 * The second half of γ's best alignment: given the candidate unitary
 * alignments, filed under their first unit in position order, choose the
 * partition of the units into candidates of least total disorder. A dynamic
 * programme over (first rank not yet aligned, later ranks already taken), one
 * block of ranks at a time; see gammaAlignment.ts for why it is exact. From
 * each state the first unit alone is tried first; a candidate that takes k
 * more units can lower what is left by at most k × Δ∅ (each of them could
 * have been left alone), so once even that cannot beat the best choice found,
 * the rest are not followed, and the states only they lead to are never
 * solved. Five annotators need half the states this way.
 */

/** The most partial alignments the solver keeps before it gives up on a continuum (with a RangeError). */
export const MAX_ALIGNMENT_STATES = 3_000_000;

/** A unitary alignment worth considering: its units (by rank in position order) and its disorder. */
export interface Candidate {
  /** Rank of its first unit. */
  first: number;
  /** Ranks of its units other than the first, ascending. */
  others: number[];
  /** Its disorder: the mean over pairs of annotators of their units' dissimilarity (Δ∅ where one is missing). */
  cost: number;
}

/**
 * Whether going on with `value` and `count` unitary alignments beats the best
 * so far: less disorder, and between equal disorders the fewer unitary
 * alignments (as pygamma's solver returns).
 */
function beats(value: number, count: number, bestValue: number, bestCount: number): boolean {
  if (bestCount === 0) return true;
  return ties(value, bestValue) ? count < bestCount : value < bestValue;
}

/** Whether two disorders are equal but for rounding. */
function ties(value: number, bestValue: number): boolean {
  return Math.abs(value - bestValue) <= 1e-12 * Math.max(1, bestValue);
}

function tooManyStates(): RangeError {
  return new RangeError(`Too many overlapping units for the exact alignment (more than ${MAX_ALIGNMENT_STATES} partial alignments).`);
}

/**
 * The least total disorder of the ranks [from, to), whose candidates stay
 * inside it; the chosen candidates are appended to `picks`.
 */
export function solveBlock(byFirst: readonly Candidate[][], from: number, to: number, picks: Candidate[]): number {
  let narrow = true;
  for (let r = from; r < to && narrow; r++) for (const c of byFirst[r]!) if (c.others.length && c.others[c.others.length - 1]! - r > 31) narrow = false;
  return narrow ? solveNarrowBlock(byFirst, from, to, picks) : solveWideBlock(byFirst, from, to, picks);
}

/**
 * The solved states of a narrow block, (first, taken) → entry, by open
 * addressing over typed arrays: a block can have hundreds of thousands of
 * states, and a Map of objects spends most of its time collecting garbage.
 */
class StateTable {
  private firsts = new Int32Array(1 << 10);
  private takens = new Int32Array(1 << 10);
  /** Entry + 1 in each slot; 0 for an empty slot. */
  private entries = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private shift = 32 - 10;
  size = 0;

  private slot(first: number, taken: number): number {
    // The high bits of a multiplicative hash: the low ones of a product see only the low bits of its factors.
    let h = Math.imul(first ^ Math.imul(taken ^ (taken >>> 15), 0x85ebca77), 0x9e3779b1) >>> this.shift;
    while (this.entries[h] !== 0 && (this.firsts[h] !== first || this.takens[h] !== taken)) h = (h + 1) & this.mask;
    return h;
  }

  /** The entry of a solved state, or -1. */
  get(first: number, taken: number): number {
    return this.entries[this.slot(first, taken)]! - 1;
  }

  /** Files a newly solved state's entry. */
  set(first: number, taken: number, entry: number): void {
    if (++this.size * 2 > this.entries.length) this.grow();
    const h = this.slot(first, taken);
    this.firsts[h] = first;
    this.takens[h] = taken;
    this.entries[h] = entry + 1;
  }

  private grow(): void {
    const { firsts, takens, entries } = this;
    this.firsts = new Int32Array(entries.length * 2);
    this.takens = new Int32Array(entries.length * 2);
    this.entries = new Int32Array(entries.length * 2);
    this.mask = entries.length * 2 - 1;
    this.shift--;
    for (let h = 0; h < entries.length; h++) {
      if (entries[h] === 0) continue;
      const to = this.slot(firsts[h]!, takens[h]!);
      this.firsts[to] = firsts[h]!;
      this.takens[to] = takens[h]!;
      this.entries[to] = entries[h]!;
    }
  }
}

/**
 * solveBlock when no candidate reaches more than 31 ranks past its first: the
 * ranks taken are then a 31-bit mask from the first rank not aligned, and a
 * state is two numbers.
 */
function solveNarrowBlock(byFirst: readonly Candidate[][], from: number, to: number, picks: Candidate[]): number {
  // The block's candidates in flat arrays, those of rank r at [starts[r − from], starts[r − from + 1]): the unit
  // alone first, then the others by how much they can save at best (see `bound` below), so the search can stop early.
  const starts = new Int32Array(to - from + 1);
  const all: Candidate[] = [];
  const masks: number[] = [];
  const costs: number[] = [];
  const sizes: number[] = [];
  // Each candidate's place in its rank's list as given: between equal choices, the earlier one is kept, whatever the order tried.
  const places: number[] = [];
  for (let r = from; r < to; r++) {
    starts[r - from] = all.length;
    const given = byFirst[r]!;
    const alone = given[0]!.cost;
    const rest = given.map((c, place) => ({ c, place, least: c.cost - c.others.length * alone }));
    rest.sort((x, y) => (x.place === 0 ? -1 : y.place === 0 ? 1 : x.least - y.least || x.place - y.place));
    for (const { c, place } of rest) {
      all.push(c);
      let mask = 0;
      for (const o of c.others) mask |= 1 << (o - r - 1);
      masks.push(mask);
      costs.push(c.cost);
      sizes.push(c.others.length);
      places.push(place);
    }
  }
  starts[to - from] = all.length;
  // Each solved state's least disorder to the block's end, its number of unitary alignments, and the candidate picked.
  const values: number[] = [];
  const counts: number[] = [];
  const chosen: number[] = [];
  const table = new StateTable();
  // The state after picking candidate c in (first, taken): the ranks right after `first` that are taken are skipped.
  let nextFirst = 0;
  let nextTaken = 0;
  const step = (first: number, taken: number, c: number): void => {
    const merged = masks[c]! | taken;
    const run = 31 - Math.clz32(~merged & (merged + 1));
    nextFirst = first + 1 + run;
    nextTaken = run >= 31 ? 0 : merged >>> (run + 1);
  };
  const solve = (first: number, taken: number): number => {
    if (first >= to) return -1;
    const known = table.get(first, taken);
    if (known >= 0) return known;
    const begin = starts[first - from]!;
    const alone = costs[begin]!;
    // The unit alone: every other choice is measured against the rest of the block solved after it.
    step(first, taken, begin);
    const afterAlone = solve(nextFirst, nextTaken);
    const rest = afterAlone >= 0 ? values[afterAlone]! : 0;
    let bestValue = alone + rest;
    let bestCount = 1 + (afterAlone >= 0 ? counts[afterAlone]! : 0);
    let bestPick = begin;
    const slack = 1e-9 * Math.max(1, Math.abs(bestValue));
    for (let c = begin + 1, end = starts[first - from + 1]!; c < end; c++) {
      if (masks[c]! & taken) continue;
      // Taking k more units out of what is left lowers its least disorder by at most k × Δ∅ (each could be left alone),
      // so a candidate cannot do better than this; the candidates come in the order of this bound.
      const bound = costs[c]! - sizes[c]! * alone + rest;
      if (bound > bestValue + slack) break;
      step(first, taken, c);
      const after = solve(nextFirst, nextTaken);
      const value = costs[c]! + (after >= 0 ? values[after]! : 0);
      const count = 1 + (after >= 0 ? counts[after]! : 0);
      if (beats(value, count, bestValue, bestCount) || (count === bestCount && ties(value, bestValue) && places[c]! < places[bestPick]!)) {
        bestValue = value;
        bestCount = count;
        bestPick = c;
      }
    }
    if (table.size >= MAX_ALIGNMENT_STATES) throw tooManyStates();
    values.push(bestValue);
    counts.push(bestCount);
    chosen.push(bestPick);
    table.set(first, taken, values.length - 1);
    return values.length - 1;
  };
  const root = solve(from, 0);
  let first = from;
  let taken = 0;
  while (first < to) {
    const c = chosen[table.get(first, taken)]!;
    picks.push(all[c]!);
    step(first, taken, c);
    first = nextFirst;
    taken = nextTaken;
  }
  return root >= 0 ? values[root]! : 0;
}

/** A best choice from a state of a wide block: its disorder and number of unitary alignments to the block's end, the candidate picked, the state after it. */
interface Step {
  value: number;
  count: number;
  pick: Candidate;
  next: number;
  rest: number[];
}

/** The memo's key of a state: the first rank not aligned and the later ranks taken, as offsets from it. */
function stateKey(first: number, taken: readonly number[]): string {
  let key = String.fromCharCode(first >>> 16, first & 0xffff);
  for (const t of taken) key += String.fromCharCode(Math.min(t - first, 0xffff));
  return taken.length && taken[taken.length - 1]! - first >= 0xffff ? `${first}:${taken.join(',')}` : key;
}

/** solveBlock for any reach: the ranks taken as a sorted list. */
function solveWideBlock(byFirst: readonly Candidate[][], from: number, to: number, picks: Candidate[]): number {
  const memo = new Map<string, Step>();
  const solve = (first: number, taken: readonly number[]): Step | undefined => {
    if (first >= to) return undefined;
    const key = stateKey(first, taken);
    const known = memo.get(key);
    if (known) return known;
    let best: Step | undefined;
    for (const c of byFirst[first]!) {
      // Merge the two sorted lists, refusing a candidate that takes a rank already taken.
      const others = c.others;
      const merged: number[] = [];
      let x = 0;
      let y = 0;
      let clash = false;
      while (x < taken.length || y < others.length) {
        if (y === others.length || (x < taken.length && taken[x]! < others[y]!)) merged.push(taken[x++]!);
        else if (x === taken.length || others[y]! < taken[x]!) merged.push(others[y++]!);
        else {
          clash = true;
          break;
        }
      }
      if (clash) continue;
      let next = first + 1;
      let k = 0;
      while (k < merged.length && merged[k] === next) {
        next++;
        k++;
      }
      const rest = k ? merged.slice(k) : merged;
      const after = solve(next, rest);
      const value = c.cost + (after ? after.value : 0);
      const count = 1 + (after ? after.count : 0);
      if (beats(value, count, best?.value ?? 0, best?.count ?? 0)) best = { value, count, pick: c, next, rest };
    }
    if (memo.size >= MAX_ALIGNMENT_STATES) throw tooManyStates();
    memo.set(key, best!);
    return best;
  };
  const first = solve(from, []);
  for (let step = first; step; step = solve(step.next, step.rest)) picks.push(step.pick);
  return first?.value ?? 0;
}
