/**
 * Agreement measures for coding studies: every unit (a sentence, a turn, a
 * tag) gets one value from each coder, or none (missing). Percent agreement,
 * Cohen's κ, Fleiss' κ and Krippendorff's α, as defined by their authors and
 * checked against the published examples in test/unit/agreement-coding.test.ts.
 */

/**
 * One unit's values, one per coder in the study's coder order; `null` when the coder gave none.
 * Every measure also takes an optional weight per unit: how many identical units it stands for
 * (a run of code points coded alike counts once per code point).
 */
export type CodedUnit = ReadonlyArray<string | null>;

/** A chance-corrected measure: its value, the observed and expected agreement or disagreement it rests on, and how many units. */
export interface MeasureResult {
  /** The coefficient; `null` when the data cannot decide it (no unit with two values, one coder only). */
  value: number | null;
  /** For κ: observed and expected agreement. For α: observed and expected disagreement. */
  observed: number;
  expected: number;
  /** How many units the measure used. */
  units: number;
}

/** How far apart two values are for Krippendorff's α. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** Values of a unit that are present. */
function present(unit: CodedUnit): string[] {
  const out: string[] = [];
  for (const v of unit) if (v !== null) out.push(v);
  return out;
}

/** Counts of each value in a list. */
function countValues(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * The coincidence matrix of Krippendorff (2004, ch. 11.3): every ordered pair
 * of values coders gave one unit, weighted 1 / (m_u − 1). Units with fewer than
 * two values are not pairable and are left out.
 */
export function coincidences(units: readonly CodedUnit[], weights?: readonly number[]): { matrix: Map<string, Map<string, number>>; totals: Map<string, number>; n: number; units: number } {
  const matrix = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  let n = 0;
  let used = 0;
  for (let u = 0; u < units.length; u++) {
    const values = present(units[u]!);
    const m = values.length;
    if (m < 2) continue;
    const w = weights ? weights[u]! : 1;
    used += w;
    const counts = countValues(values);
    for (const [c, nc] of counts) {
      let row = matrix.get(c);
      if (!row) matrix.set(c, (row = new Map()));
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs) row.set(k, (row.get(k) ?? 0) + (w * pairs) / (m - 1));
      }
      totals.set(c, (totals.get(c) ?? 0) + w * nc);
    }
    n += w * m;
  }
  return { matrix, totals, n, units: used };
}

/**
 * Percent agreement: the share of pairable value pairs that agree, each unit
 * weighted by how many values it has (for two coders without missing values,
 * simply the share of units they coded alike). Equals 1 − Krippendorff's
 * observed nominal disagreement.
 */
export function percentAgreement(units: readonly CodedUnit[], weights?: readonly number[]): { value: number | null; units: number } {
  const { matrix, n, units: used } = coincidences(units, weights);
  if (n === 0) return { value: null, units: 0 };
  let agree = 0;
  for (const [c, row] of matrix) agree += row.get(c) ?? 0;
  return { value: agree / n, units: used };
}

/**
 * Cohen's κ (1960) for two coders: (p_o − p_e) / (1 − p_e) with p_e from each
 * coder's own distribution. Only units both coders coded count. When both
 * coders used one and the same value throughout, κ is 1 (they agree perfectly).
 * `maximum` is the largest κ the two marginal distributions allow (Cohen 1960, p. 42).
 */
export function cohenKappa(units: readonly CodedUnit[], weights?: readonly number[], coderA = 0, coderB = 1): MeasureResult & { maximum: number | null } {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let n = 0;
  let agree = 0;
  for (let u = 0; u < units.length; u++) {
    const a = units[u]![coderA] ?? null;
    const b = units[u]![coderB] ?? null;
    if (a === null || b === null) continue;
    const w = weights ? weights[u]! : 1;
    n += w;
    if (a === b) agree += w;
    rows.set(a, (rows.get(a) ?? 0) + w);
    cols.set(b, (cols.get(b) ?? 0) + w);
  }
  if (n === 0) return { value: null, observed: 0, expected: 0, units: 0, maximum: null };
  let pe = 0;
  let maxAgree = 0;
  for (const [c, r] of rows) {
    const k = cols.get(c) ?? 0;
    pe += (r / n) * (k / n);
    maxAgree += Math.min(r, k);
  }
  const po = agree / n;
  const pmax = maxAgree / n;
  if (pe >= 1) return { value: po === 1 ? 1 : null, observed: po, expected: pe, units: n, maximum: null };
  return { value: (po - pe) / (1 - pe), observed: po, expected: pe, units: n, maximum: (pmax - pe) / (1 - pe) };
}

/**
 * Fleiss' κ (1971) for any number of coders: only units every coder coded
 * count (Fleiss assumes the same number of ratings per unit). `byCategory` holds
 * Fleiss' κ_j of each value (his eq. 12 ff.), which is the κ of the study
 * recoded as "this value or another".
 */
export function fleissKappa(units: readonly CodedUnit[], weights?: readonly number[]): MeasureResult & { byCategory: Map<string, number | null> } {
  const complete: string[][] = [];
  const completeWeights: number[] = [];
  let raters = -1;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const values = present(unit);
    if (values.length !== unit.length || values.length < 2) continue;
    if (raters < 0) raters = values.length;
    if (values.length === raters) {
      complete.push(values);
      completeWeights.push(weights ? weights[u]! : 1);
    }
  }
  const byCategory = new Map<string, number | null>();
  let N = 0;
  for (const w of completeWeights) N += w;
  if (N === 0) return { value: null, observed: 0, expected: 0, units: 0, byCategory };
  const n = raters;
  const totals = new Map<string, number>();
  const disagreeing = new Map<string, number>();
  let sumPi = 0;
  complete.forEach((values, u) => {
    const w = completeWeights[u]!;
    const counts = countValues(values);
    let sq = 0;
    for (const [c, k] of counts) {
      sq += k * k;
      totals.set(c, (totals.get(c) ?? 0) + w * k);
      disagreeing.set(c, (disagreeing.get(c) ?? 0) + w * k * (n - k));
    }
    sumPi += (w * (sq - n)) / (n * (n - 1));
  });
  const observed = sumPi / N;
  let expected = 0;
  for (const [c, total] of totals) {
    const p = total / (N * n);
    expected += p * p;
    const pq = p * (1 - p);
    byCategory.set(c, pq === 0 ? (disagreeing.get(c) === 0 ? 1 : null) : 1 - (disagreeing.get(c) ?? 0) / (N * n * (n - 1) * pq));
  }
  const value = expected >= 1 ? (observed === 1 ? 1 : null) : (observed - expected) / (1 - expected);
  return { value, observed, expected, units: N, byCategory };
}

/** The order of values for the ordinal and interval metrics: numeric when every value is a number, else as given or sorted. */
function orderOf(values: Iterable<string>, order?: readonly string[]): string[] {
  const all = [...values];
  if (order) return [...order, ...all.filter((v) => !order.includes(v)).sort()];
  if (all.every((v) => v.trim() !== '' && Number.isFinite(Number(v)))) return all.sort((a, b) => Number(a) - Number(b));
  return all.sort();
}

/**
 * Krippendorff's α (2004, ch. 11): 1 − D_o / D_e from the coincidence matrix,
 * for any number of coders and missing values (units with one value are not
 * pairable and are left out). Nominal by default; ordinal and interval for
 * ranked or numeric values. When every value is the same, D_e is 0 and α is 1.
 */
export function krippendorffAlpha(units: readonly CodedUnit[], metric: AlphaMetric = 'nominal', order?: readonly string[], weights?: readonly number[]): MeasureResult {
  const { matrix, totals, n, units: used } = coincidences(units, weights);
  if (n < 2) return { value: null, observed: 0, expected: 0, units: used };
  const values = orderOf(totals.keys(), order);
  const rank = new Map(values.map((v, i) => [v, i]));
  // Cumulative totals along the order, for the ordinal metric.
  const cumulative: number[] = [];
  let run = 0;
  for (const v of values) cumulative.push((run += totals.get(v) ?? 0));
  const delta2 = (c: string, k: string): number => {
    if (c === k) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return (Number(c) - Number(k)) ** 2;
    let lo = rank.get(c)!;
    let hi = rank.get(k)!;
    if (lo > hi) [lo, hi] = [hi, lo];
    const between = cumulative[hi]! - (lo > 0 ? cumulative[lo - 1]! : 0);
    return (between - ((totals.get(c) ?? 0) + (totals.get(k) ?? 0)) / 2) ** 2;
  };
  let observed = 0;
  for (const [c, row] of matrix) for (const [k, o] of row) observed += o * delta2(c, k);
  observed /= n;
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk * delta2(c, k);
  expected /= n * (n - 1);
  if (expected === 0) return { value: 1, observed, expected, units: used };
  return { value: 1 - observed / expected, observed, expected, units: used };
}

/** The study recoded for one category: `value` where a coder gave it, another value where they gave something else. */
export function dichotomize(units: readonly CodedUnit[], value: string, has: (coded: string, value: string) => boolean = (a, b) => a === b): CodedUnit[] {
  const other = value === '\u0000other' ? '\u0000else' : '\u0000other';
  return units.map((u) => u.map((v) => (v === null ? null : has(v, value) ? value : other)));
}
