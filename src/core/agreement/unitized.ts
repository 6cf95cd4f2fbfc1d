/**
 * Krippendorff's unitized α (αu; Krippendorff 1995, 2004 ch. 12.4): agreement
 * on where units begin and end on a continuum (here: the code points of a
 * text) and which category they have, computed one category at a time.
 *
 * For a category, each coder's continuum is cut into that coder's units of the
 * category and the gaps between them. Two coders' segments that overlap differ
 * by (Δbegin)² + (Δend)² when both are units, by the unit's length² when a
 * unit lies wholly inside the other's gap, and not at all otherwise. The
 * expected disagreement is that of every way the same units and gaps could
 * have been laid out on the continuum.
 */

/** One coder's unit on the continuum. */
export interface ContinuumUnit {
  /** Index of the coder, 0-based. */
  coder: number;
  /** First position of the unit and how many positions it covers. */
  start: number;
  length: number;
  category: string;
}

/** A unitizing study: coders, a continuum `[begin, begin + length)` and the units on it. */
export interface UnitizingStudy {
  coders: number;
  begin: number;
  length: number;
  units: readonly ContinuumUnit[];
}

/** αu of one category with its observed and expected disagreement. */
export interface UnitizedCategory {
  /** `null` when neither disagreement can be computed (no unit of the category, or one coder). */
  value: number | null;
  observed: number;
  expected: number;
  /** How many units (after joining one coder's overlapping units) of the category. */
  units: number;
}

/** αu overall and per category. */
export interface UnitizedResult {
  /** 1 − Σ D_o(c) / Σ D_e(c), as Krippendorff pools categories; `null` when no category has units. */
  value: number | null;
  byCategory: Map<string, UnitizedCategory>;
  /** How many units in all. */
  units: number;
}

interface Segment {
  start: number;
  end: number;
  unit: boolean;
}

/**
 * One coder's units of one category, sorted, cut to the continuum, with units
 * that overlap joined into one (a coder cannot mark the same stretch twice),
 * then the gaps between them: segments that tile the continuum.
 */
function segmentsOf(spans: Array<[number, number]>, begin: number, end: number): { segments: Segment[]; units: number } {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const joined: Array<[number, number]> = [];
  for (const [s0, e0] of spans) {
    const s = Math.max(s0, begin);
    const e = Math.min(e0, end);
    if (e <= s) continue;
    const last = joined[joined.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else joined.push([s, e]);
  }
  const segments: Segment[] = [];
  let pos = begin;
  for (const [s, e] of joined) {
    if (s > pos) segments.push({ start: pos, end: s, unit: false });
    segments.push({ start: s, end: e, unit: true });
    pos = e;
  }
  if (pos < end) segments.push({ start: pos, end, unit: false });
  return { segments, units: joined.length };
}

/** The disagreement of two overlapping segments of two coders. */
function distance(a: Segment, b: Segment): number {
  if (a.unit && b.unit) return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  if (a.unit && b.start <= a.start && a.end <= b.end) return (a.end - a.start) ** 2;
  if (b.unit && a.start <= b.start && b.end <= a.end) return (b.end - b.start) ** 2;
  return 0;
}

/** αu of each category and overall. */
export function unitizedAlpha(study: UnitizingStudy): UnitizedResult {
  const m = study.coders;
  const L = study.length;
  const begin = study.begin;
  const end = begin + L;
  const spans = new Map<string, Array<Array<[number, number]>>>();
  for (const u of study.units) {
    if (u.coder < 0 || u.coder >= m) throw new RangeError(`A unit's coder ${u.coder} is not one of the study's ${m} coders.`);
    let perCoder = spans.get(u.category);
    if (!perCoder) spans.set(u.category, (perCoder = Array.from({ length: m }, () => [])));
    perCoder[u.coder]!.push([u.start, u.start + u.length]);
  }
  const byCategory = new Map<string, UnitizedCategory>();
  let sumObserved = 0;
  let sumExpected = 0;
  let total = 0;
  for (const [category, perCoder] of spans) {
    const result = categoryAlpha(perCoder.map((s) => segmentsOf(s, begin, end)), m, L);
    byCategory.set(category, result);
    total += result.units;
    if (result.value !== null) {
      sumObserved += result.observed;
      sumExpected += result.expected;
    }
  }
  const value = sumExpected > 0 ? 1 - sumObserved / sumExpected : null;
  return { value, byCategory, units: total };
}

function categoryAlpha(coders: Array<{ segments: Segment[]; units: number }>, m: number, L: number): UnitizedCategory {
  const units = coders.reduce((n, c) => n + c.units, 0);
  if (m < 2 || L <= 0 || units === 0) return { value: null, observed: 0, expected: 0, units };
  // Observed: every overlapping pair of segments of every pair of coders, met once by walking both tilings together.
  let sum = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const a = coders[i]!.segments;
      const b = coders[j]!.segments;
      let x = 0;
      let y = 0;
      while (x < a.length && y < b.length) {
        const sa = a[x]!;
        const sb = b[y]!;
        sum += distance(sa, sb);
        if (sa.end < sb.end) x++;
        else if (sb.end < sa.end) y++;
        else {
          x++;
          y++;
        }
      }
    }
  }
  const observed = (2 * sum) / (m * (m - 1) * L * L);
  // Expected (Krippendorff 2004, eq. 12.4.x): each unit against every place it could fall, in a gap as long or longer.
  const lengths: number[] = [];
  const gaps: number[] = [];
  for (const c of coders) {
    for (const s of c.segments) (s.unit ? lengths : gaps).push(s.end - s.start);
  }
  gaps.sort((p, q) => p - q);
  // suffix[k]: the sum of gaps[k..]; gaps at or past the first one ≥ l are the ones a unit of length l fits in.
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gaps[k]!;
  const Nc = lengths.length;
  let squared = 0;
  let numerator = 0;
  for (const l of lengths) {
    squared += l * (l - 1);
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (gaps[mid]! < l) lo = mid + 1;
      else hi = mid;
    }
    const fitting = gaps.length - lo;
    const places = suffix[lo]! - fitting * (l - 1);
    numerator += ((Nc - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * places;
  }
  const denominator = m * L * (m * L - 1) - squared;
  const expected = denominator > 0 ? ((2 / L) * numerator) / denominator : 0;
  const value = expected > 0 ? 1 - observed / expected : observed === 0 ? 1 : null;
  return { value, observed, expected, units };
}
