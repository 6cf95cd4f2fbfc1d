/**
 * How far a short stored string is from the closest beginning of the text
 * next to a place, computed a whole column at a time (Myers' bit-vector
 * algorithm in Hyyrö's form for a distance anchored at one end). Re-anchoring
 * asks this for both sides of every place it weighs, so the quadratic table
 * it replaces was most of its time; the answer is the same.
 */
import { lastEditRow } from './fuzzy';

/** Patterns up to this many UTF-16 units fit in one 32-bit word; longer ones take the table. */
const WORD = 32;
/** For each UTF-16 unit, the bits of the pattern's positions that hold it; all zero between calls. */
const peq = new Int32Array(65536);

/**
 * The least edit distance between `stored` and the `span` units of `T` that
 * begin at `at` (forwards) or end at `at` (`backwards`, both read from `at`
 * outwards), over every length of that text from nothing to `span`.
 */
export function anchoredDistanceAt(stored: string, T: string, at: number, span: number, backwards: boolean): number {
  const m = stored.length;
  const n = backwards ? Math.min(span, at) : Math.max(0, Math.min(span, T.length - at));
  if (m === 0) return 0;
  if (m > WORD) return tableDistance(stored, T, at, n, backwards);
  // The pattern as read from the place outwards: a side before the place is read from its end.
  for (let i = 0; i < m; i++) peq[stored.charCodeAt(backwards ? m - 1 - i : i)]! |= 1 << i;
  const top = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j++) {
    const eq = peq[backwards ? T.charCodeAt(at - 1 - j) : T.charCodeAt(at + j)]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & top) score++;
    else if (mh & top) score--;
    // Row 0 of the table counts the text read so far: each column adds one there.
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) peq[stored.charCodeAt(i)] = 0;
  return best;
}

/** The same by the full table, for patterns longer than a word. */
function tableDistance(stored: string, T: string, at: number, n: number, backwards: boolean): number {
  const a = backwards ? reverse(stored) : stored;
  const b = backwards ? reverse(T.slice(at - n, at)) : T.slice(at, at + n);
  const row = lastEditRow(a, b);
  let best = Infinity;
  for (let j = 0; j <= b.length; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

/** The UTF-16 units of `s` in reverse order. */
function reverse(s: string): string {
  return s.split('').reverse().join('');
}
