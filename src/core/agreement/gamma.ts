/**
 * Mathet's γ (Mathet, Widlöcher and Métivier 2015, "The Unified and Holistic
 * Method Gamma"): agreement on spans that may overlap, by the best alignment
 * of the annotators' units. γ = 1 − observed disorder / expected disorder,
 * where the observed disorder is that of the alignment of least disorder and
 * the expected one is the mean disorder of random continua drawn from the
 * same statistics (number of units per annotator, gaps, lengths, categories),
 * as pygamma-agreement draws them.
 */

import { bestAlignment } from './gammaAlignment';
import { annotatorsOf, type GammaOptions, type GammaUnit } from './gammaDissimilarity';

export { bestAlignment, MAX_ALIGNMENT_STATES, type BestAlignment } from './gammaAlignment';
export { unitDissimilarity, type GammaOptions, type GammaUnit } from './gammaDissimilarity';

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

/** The seed chance continua are drawn with unless told otherwise, so one continuum always gives the same γ. */
export const GAMMA_SEED = 20150401;

/** A deterministic source of numbers in [0, 1) (mulberry32): γ's chance draws repeat from run to run, unlike pygamma's. */
export function seededRandom(seed: number = GAMMA_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
 * `samples` random continua (default 30, as pygamma, drawn with a fixed seed
 * unless `random` is given), or of the continua given in
 * `sampled` (to replay a reference's draws). Identical annotators give 1.
 */
export function gammaAgreement(units: readonly GammaUnit[], options: GammaOptions & { samples?: number; random?: () => number; sampled?: ReadonlyArray<readonly GammaUnit[]> } = {}): GammaResult {
  const observed = bestAlignment(units, options).disorder;
  const draws: Array<readonly GammaUnit[]> = options.sampled ? [...options.sampled] : [];
  const random = options.random ?? seededRandom();
  for (let i = draws.length; i < (options.sampled ? 0 : options.samples ?? 30); i++) draws.push(sampleContinuum(units, random, options.annotators));
  const expected = draws.reduce((s, c) => s + bestAlignment(c, options).disorder, 0) / draws.length;
  const value = observed === 0 ? 1 : 1 - observed / expected;
  return { value, observed, expected, samples: draws.length };
}
