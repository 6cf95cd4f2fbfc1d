/**
 * A tag's own words standing in two pieces with other text put between them
 * (a paragraph moved in, a line of page furniture): the beginning of the words
 * right after the whole stored side before them, the rest right before the
 * whole side after them, a little further on. No passage there is 80 % like
 * the words, so no search for changed words finds it; but it is where the
 * words are, and a look-alike found elsewhere is not. Works on normalised
 * text (see normalize.ts).
 */
import { commonAfter, commonBefore } from './evidence';

/** Where a tag's words stand in two pieces, in the normalised text. */
export interface SplitPlace {
  /** Where the first piece begins (right after the side before the words). */
  from: number;
  /** Where the second piece ends (right before the side after the words). */
  to: number;
  /** How many characters of other text stand between the pieces. */
  between: number;
}

/** Sides shorter than this (once normalised) say too little to find pieces by. */
export const MIN_SIDE = 16;
/** Places of one side looked at, at most: page furniture repeated more often is no evidence. */
const MAX_SIDE_PLACES = 256;
/** Pieces further apart than this are not one passage split. */
const MAX_BETWEEN = 4096;
/**
 * How far from where the words were expected their pieces are looked for: text put into a passage leaves it where
 * it was (the same reach as the search for changed words), and a search of the whole text for each tag whose
 * words changed would cost more than all the rest.
 */
const REACH = 8192;

/**
 * The one place where `q`'s beginning follows `p` and its end is followed by
 * `s` (the nearest such end), the two pieces holding all of `q` with other
 * text between them.
 * Undefined when there is no such place near `expected`, or more than one.
 * `nearlyAfter`: where `s` stands nowhere whole, the side after may be found
 * by either half of it (a typo fixed in the other). `minSide`: the shortest
 * side (normalised, trimmed) looked for.
 */
export function splitPlace(T: string, q: string, p: string, s: string, expected: number, nearlyAfter = false, minSide = MIN_SIDE): SplitPlace | undefined {
  if (p.trim().length < minSide || s.trim().length < minSide || q.length < 2) return undefined;
  const from = Math.max(0, expected - REACH - p.length);
  const window = T.slice(from, Math.min(T.length, expected + q.length + MAX_BETWEEN + REACH + s.length));
  const heads: Array<{ at: number; length: number }> = [];
  for (let w = window.indexOf(p), n = 0; w >= 0 && n < MAX_SIDE_PLACES; w = window.indexOf(p, w + 1), n++) {
    const start = from + w + p.length;
    const length = commonAfter(T, start, q);
    if (length > 0 && length < q.length) heads.push({ at: start, length });
  }
  if (heads.length === 0) return undefined;
  const tails: Array<{ at: number; length: number }> = [];
  for (let w = window.indexOf(s), n = 0; w >= 0 && n < MAX_SIDE_PLACES; w = window.indexOf(s, w + 1), n++) {
    const at = from + w;
    const length = commonBefore(T, at, q);
    if (length > 0 && length < q.length) tails.push({ at, length });
  }
  if (nearlyAfter && tails.length === 0) {
    // The side after with a typo fixed in it: where either half of it stands, the side begins where its length puts it.
    const half = s.length >> 1;
    const starts = new Set<number>();
    for (let w = window.indexOf(s.slice(0, half)), n = 0; w >= 0 && n < MAX_SIDE_PLACES; w = window.indexOf(s.slice(0, half), w + 1), n++) starts.add(from + w);
    for (let w = window.indexOf(s.slice(half)), n = 0; w >= 0 && n < MAX_SIDE_PLACES; w = window.indexOf(s.slice(half), w + 1), n++) starts.add(from + w - half);
    for (const at of starts) {
      const length = commonBefore(T, at, q);
      if (length > 0 && length < q.length) tails.push({ at, length });
    }
  }
  // Each beginning with the first end after it that completes the words: a side repeated further on (page
  // furniture) does not make a second place.
  const found: SplitPlace[] = [];
  for (const h of heads) {
    let best: SplitPlace | undefined;
    for (const t of tails) {
      const between = t.at - t.length - (h.at + h.length);
      // Every character of the words in one piece or the other, and something else between them.
      if (h.length + t.length >= q.length && between > 0 && between <= MAX_BETWEEN && (!best || between < best.between)) best = { from: h.at, to: t.at, between };
    }
    if (best) found.push(best);
  }
  return found.length === 1 ? found[0] : undefined;
}
