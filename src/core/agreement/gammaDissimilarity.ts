/**
 * The units γ aligns and how far apart two of them are (Mathet, Widlöcher and
 * Métivier 2015; pygamma-agreement's combined categorical dissimilarity).
 */

/** One annotator's unit: a span and its category. */
export interface GammaUnit {
  /** Who placed the unit. */
  annotator: string;
  /** Where the span starts (inclusive). */
  start: number;
  /** Where the span ends (exclusive). */
  end: number;
  /** The unit's category. */
  category: string;
}

/** The weights of the dissimilarity and who the annotators are. */
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
  return weightedDissimilarity(a, b, options.alpha ?? 1, options.beta ?? 1);
}

/** unitDissimilarity with its weights given: the alignment's search asks it of every pair of units near in time. */
export function weightedDissimilarity(a: GammaUnit, b: GammaUnit, alpha: number, beta: number): number {
  const lengths = a.end - a.start + (b.end - b.start);
  const positional = lengths > 0 ? ((Math.abs(a.start - b.start) + Math.abs(a.end - b.end)) / lengths) ** 2 : 0;
  return alpha * positional + beta * (a.category === b.category ? 0 : 1);
}

/** The annotators of a continuum, sorted: the given ones, and any other with a unit. */
export function annotatorsOf(units: readonly GammaUnit[], given?: readonly string[]): string[] {
  return [...new Set([...(given ?? []), ...units.map((u) => u.annotator)])].sort();
}
