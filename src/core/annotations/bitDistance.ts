/**
 * How far a short stored string is from the closest beginning of the text
 * next to a place, computed a whole column at a time (Myers' bit-vector
 * algorithm in Hyyrö's form for a distance anchored at one end). Re-anchoring
 * asks this for both sides of every place it weighs, so the quadratic table
 * it replaces was most of its time; the answer is the same. The same
 * column-at-a-time search bounds how close a quote can be to any passage of a
 * window, so that windows holding nothing close enough skip the full search.
 */

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

/** The same by the full table, for patterns longer than a word: the least distance in the last row of `alignFrom`. */
function tableDistance(stored: string, T: string, at: number, n: number, backwards: boolean): number {
  const row = backwards ? alignFrom(T, at - n, at, stored, true) : alignFrom(T, at, at + n, stored, false);
  let best = stored.length;
  for (let j = 0; j <= n; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

/**
 * The edit distance between `q` and T[from, from + k) for every k (forwards),
 * or between `q` and T[to - k, to) for every k (`backwards`, over T[from, to)).
 */
export function alignFrom(T: string, from: number, to: number, q: string, backwards: boolean): Int32Array {
  const n = to - from;
  const m = q.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = backwards ? q.charCodeAt(m - i) : q.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const t = backwards ? T.charCodeAt(to - j) : T.charCodeAt(from + j - 1);
      const sub = prev[j - 1]! + (t === c ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/**
 * A lower bound of how far `quote` is from the closest passage of
 * text[from, to): the quote cut in pieces of 32 units, each piece's least
 * distance from any passage of the window, added up (the pieces of the best
 * alignment stand in disjoint passages, each at least that far). Stops
 * counting once the bound passes `enough`.
 */
export function distanceAtLeast(quote: string, text: string, from: number, to: number, enough: number): number {
  let total = 0;
  for (let k = 0; k < quote.length && total <= enough; k += WORD) total += closestAnywhere(quote, k, Math.min(quote.length, k + WORD), text, from, to);
  return total;
}

/** The least edit distance between quote[qFrom, qTo) (at most 32 units) and any passage of text[from, to), empty included. */
function closestAnywhere(quote: string, qFrom: number, qTo: number, text: string, from: number, to: number): number {
  const m = qTo - qFrom;
  for (let i = 0; i < m; i++) peq[quote.charCodeAt(qFrom + i)]! |= 1 << i;
  const top = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = from; j < to && best > 0; j++) {
    const eq = peq[text.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & top) score++;
    else if (mh & top) score--;
    // Row 0 is all zeros: a passage may start anywhere.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) peq[quote.charCodeAt(qFrom + i)] = 0;
  return best;
}
