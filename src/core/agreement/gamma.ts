/**
 * Mathet's γ (Mathet, Widlöcher and Métivier 2015, "The Unified and Holistic
 * Method Gamma"): agreement on spans that may overlap, by the best alignment
 * of the annotators' units. γ = 1 − observed disorder / expected disorder,
 * where the observed disorder is that of the alignment of least disorder and
 * the expected one is the mean disorder of random continua drawn from the
 * same statistics (number of units per annotator, gaps, lengths, categories),
 * as pygamma-agreement draws them.
 */

/** One annotator's unit: a span and its category. */
export interface GammaUnit {
  annotator: string;
  start: number;
  end: number;
  category: string;
}

export interface GammaOptions {
  /** Weight of the positional dissimilarity (default 1). */
  alpha?: number;
  /** Weight of the categorical dissimilarity (default 1). */
  beta?: number;
  /** The cost of a unit aligned with no unit of another annotator (default 1). */
  deltaEmpty?: number;
  /** Every annotator of the continuum, including any without a unit (default: those with units). */
  annotators?: readonly string[];
}

/** How far apart two units are: α × ((|Δstart| + |Δend|) / (length₁ + length₂))² + β × (categories differ ? 1 : 0). */
export function unitDissimilarity(a: GammaUnit, b: GammaUnit, options: GammaOptions = {}): number {
  const alpha = options.alpha ?? 1;
  const beta = options.beta ?? 1;
  const lengths = a.end - a.start + (b.end - b.start);
  const positional = lengths > 0 ? ((Math.abs(a.start - b.start) + Math.abs(a.end - b.end)) / lengths) ** 2 : 0;
  return alpha * positional + beta * (a.category === b.category ? 0 : 1);
}

/** The alignment of least disorder and its disorder (per average number of units per annotator). */
export interface BestAlignment {
  disorder: number;
  /** Each unitary alignment: one unit or none per annotator, in the annotators' sorted order. */
  alignment: Array<Array<GammaUnit | undefined>>;
  annotators: string[];
}

/** The largest number of candidate tuples (the product of each annotator's units + 1) the exact solver takes on. */
export const MAX_CANDIDATE_TUPLES = 5_000_000;

/**
 * The best alignment: every unit in exactly one unitary alignment (with at most
 * one unit per annotator, the others empty), the sum of their disorders least.
 * A unitary alignment's disorder is the mean over pairs of annotators of their
 * units' dissimilarity (`deltaEmpty` where one is missing); candidates worse than
 * leaving every unit alone are never chosen (Mathet et al. 2015, §5.1.1). Exact:
 * branch and bound over the candidates.
 */
export function bestAlignment(units: readonly GammaUnit[], options: GammaOptions = {}): BestAlignment {
  const empty = options.deltaEmpty ?? 1;
  const annotators = annotatorsOf(units, options.annotators);
  const n = annotators.length;
  if (n < 2) throw new RangeError('The best alignment needs the units of two or more annotators.');
  const per = annotators.map((a) => units.filter((u) => u.annotator === a));
  let product = 1;
  for (const list of per) {
    product *= list.length + 1;
    if (product > MAX_CANDIDATE_TUPLES) throw new RangeError(`Too many units for the exact alignment (more than ${MAX_CANDIDATE_TUPLES} candidate tuples).`);
  }
  const pairs = (n * (n - 1)) / 2;
  const limit = pairs * empty * n;
  // Dissimilarities of each pair of annotators' units; index = length stands for "no unit".
  const d: number[][][][] = [];
  for (let a = 0; a < n; a++) {
    d[a] = [];
    for (let b = 0; b < a; b++) {
      const m: number[][] = [];
      for (let i = 0; i <= per[a]!.length; i++) {
        m.push([]);
        for (let j = 0; j <= per[b]!.length; j++) {
          m[i]![j] = i === per[a]!.length || j === per[b]!.length ? empty : unitDissimilarity(per[a]![i]!, per[b]![j]!, options);
        }
      }
      d[a]![b] = m;
    }
  }
  // Global ids of units: offset of each annotator's first unit.
  const offsets: number[] = [];
  let total = 0;
  for (const list of per) {
    offsets.push(total);
    total += list.length;
  }
  const candidates: Array<{ members: number[]; tuple: number[]; cost: number }> = [];
  const tuple = new Array<number>(n).fill(0);
  for (;;) {
    let raw = 0;
    let members = 0;
    for (let a = 0; a < n; a++) {
      if (tuple[a]! < per[a]!.length) members++;
      for (let b = 0; b < a; b++) raw += d[a]![b]![tuple[a]!]![tuple[b]!]!;
    }
    if (members > 0 && raw <= limit) {
      const ids: number[] = [];
      for (let a = 0; a < n; a++) if (tuple[a]! < per[a]!.length) ids.push(offsets[a]! + tuple[a]!);
      candidates.push({ members: ids, tuple: [...tuple], cost: raw / pairs });
    }
    let a = 0;
    for (; a < n; a++) {
      tuple[a]!++;
      if (tuple[a]! <= per[a]!.length) break;
      tuple[a] = 0;
    }
    if (a === n) break;
  }
  // For each unit, its candidates by cost; a lower bound on what covering it costs.
  const byUnit: number[][] = Array.from({ length: total }, () => []);
  candidates.forEach((c, i) => c.members.forEach((u) => byUnit[u]!.push(i)));
  for (const list of byUnit) list.sort((x, y) => candidates[x]!.cost - candidates[y]!.cost);
  const bound = byUnit.map((list) => Math.min(...list.map((i) => candidates[i]!.cost / candidates[i]!.members.length)));
  const covered = new Uint8Array(total);
  let best = Infinity;
  let bestChoice: number[] = [];
  const chosen: number[] = [];
  let remainingBound = bound.reduce((s, x) => s + x, 0);
  const search = (cost: number): void => {
    if (cost + remainingBound >= best - 1e-12) return;
    let u = 0;
    while (u < total && covered[u]) u++;
    if (u === total) {
      best = cost;
      bestChoice = [...chosen];
      return;
    }
    for (const ci of byUnit[u]!) {
      const c = candidates[ci]!;
      if (c.members.some((m) => covered[m])) continue;
      let freed = 0;
      for (const m of c.members) {
        covered[m] = 1;
        freed += bound[m]!;
      }
      remainingBound -= freed;
      chosen.push(ci);
      search(cost + c.cost);
      chosen.pop();
      remainingBound += freed;
      for (const m of c.members) covered[m] = 0;
    }
  };
  search(0);
  if (total === 0) return { disorder: 0, alignment: [], annotators };
  const average = total / n;
  return {
    disorder: best / average,
    alignment: bestChoice.map((ci) => candidates[ci]!.tuple.map((t, a) => per[a]![t])),
    annotators,
  };
}

/** The statistics a random continuum is drawn from. */
interface ContinuumStatistics {
  annotators: string[];
  units: [number, number];
  gap: [number, number];
  length: [number, number];
  categories: Array<[string, number]>;
}

function meanDeviation(xs: readonly number[]): [number, number] {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return [mean, Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length)];
}

/** The annotators of a continuum, sorted: the given ones, and any other with a unit. */
function annotatorsOf(units: readonly GammaUnit[], given?: readonly string[]): string[] {
  return [...new Set([...(given ?? []), ...units.map((u) => u.annotator)])].sort();
}

function statisticsOf(units: readonly GammaUnit[], given?: readonly string[]): ContinuumStatistics {
  const annotators = annotatorsOf(units, given);
  const per = annotators.map((a) => units.filter((u) => u.annotator === a).sort((x, y) => x.start - y.start || x.end - y.end));
  // As pygamma: a gap of 0 always among them, the gaps between one annotator's units, and where each first unit starts.
  const gaps = [0];
  for (const list of per) for (let i = 1; i < list.length; i++) gaps.push(list[i]!.start - list[i - 1]!.end);
  for (const list of per) if (list.length && list[0]!.start > 0) gaps.push(list[0]!.start);
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.category, (counts.get(u.category) ?? 0) + 1);
  return {
    annotators,
    units: meanDeviation(per.map((l) => l.length)),
    gap: meanDeviation(gaps),
    length: meanDeviation(units.map((u) => u.end - u.start)),
    categories: [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, k]) => [c, k / units.length]),
  };
}

/** A normal draw by the Box–Muller transform. */
function normal(random: () => number, [mean, deviation]: [number, number]): number {
  const u = 1 - random();
  const v = random();
  return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One random continuum with the statistics of the given one (pygamma's statistical sampler), positions rounded to whole characters. */
export function sampleContinuum(units: readonly GammaUnit[], random: () => number, annotators?: readonly string[]): GammaUnit[] {
  const s = statisticsOf(units, annotators);
  const out: GammaUnit[] = [];
  for (const annotator of s.annotators) {
    let count = Math.abs(Math.trunc(normal(random, s.units)));
    if (out.length === 0) count = Math.max(1, count);
    let last = 0;
    for (let k = 0; k < count; k++) {
      const start = last + normal(random, s.gap);
      let length = Math.abs(normal(random, s.length));
      for (let tries = 0; Math.round(start + length) - Math.round(start) < 1; tries++) {
        length = tries < 100 ? Math.abs(normal(random, s.length)) : 1;
      }
      const r = random();
      let sum = 0;
      let category = s.categories[s.categories.length - 1]![0];
      for (const [c, w] of s.categories) {
        sum += w;
        if (r < sum) {
          category = c;
          break;
        }
      }
      out.push({ annotator, start: Math.round(start), end: Math.round(start + length), category });
      last = start + length;
    }
  }
  return out;
}

/** γ with its observed and expected disorder. */
export interface GammaResult {
  value: number;
  observed: number;
  expected: number;
  samples: number;
}

/**
 * γ of a continuum. The expected disorder is the mean best-alignment disorder of
 * `samples` random continua (default 30, as pygamma), or of the continua given in
 * `sampled` (to replay a reference's draws). Identical annotators give 1.
 */
export function gammaAgreement(units: readonly GammaUnit[], options: GammaOptions & { samples?: number; random?: () => number; sampled?: ReadonlyArray<readonly GammaUnit[]> } = {}): GammaResult {
  const observed = bestAlignment(units, options).disorder;
  const draws: Array<readonly GammaUnit[]> = options.sampled ? [...options.sampled] : [];
  const random = options.random ?? Math.random;
  for (let i = draws.length; i < (options.sampled ? 0 : options.samples ?? 30); i++) draws.push(sampleContinuum(units, random, options.annotators));
  const expected = draws.reduce((s, c) => s + bestAlignment(c, options).disorder, 0) / draws.length;
  const value = observed === 0 ? 1 : 1 - observed / expected;
  return { value, observed, expected, samples: draws.length };
}
