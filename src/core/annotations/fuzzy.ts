/**
 * Finding words that changed a little: the passage of a text closest to a
 * quote by edit distance (Sellers' algorithm), searched in windows around the
 * places the quote's surroundings and its first and last words point to; a
 * long quote by its beginning and end, checked against its middle.
 */
import { distanceAtLeast } from './bitDistance';

/** Below this similarity (1 − edit distance ÷ length) a passage is not taken for a tag's words. */
export const FUZZY_THRESHOLD = 0.8;
const PROBE = 16;
const CENTRES_PER_PROBE = 4;
/** How far from the expected place probes are looked for: words that changed are rarely far from where they were. */
const REACH = 8192;
const MAX_OCCURRENCES = 256;
/** At most this many places are searched closely for one quote. */
const MAX_CENTRES = 8;

/** A passage close to a quote. */
export interface FuzzyMatch {
  start: number;
  end: number;
  /** 1 − edit distance ÷ the longer of the quote and the passage. */
  similarity: number;
}

/**
 * The passage of `text` most like `quote`, looking near `expected` and near
 * where the quote's context and its first and last words still stand.
 * Undefined when nothing reaches the threshold.
 */
export function fuzzyFind(text: string, quote: string, prefix: string, suffix: string, expected: number, threshold = FUZZY_THRESHOLD): FuzzyMatch | undefined {
  let best: FuzzyMatch | undefined;
  for (const c of fuzzyCandidates(text, quote, prefix, suffix, expected, threshold)) {
    if (!best || c.similarity > best.similarity || (c.similarity === best.similarity && Math.abs(c.start - expected) < Math.abs(best.start - expected))) best = c;
  }
  return best;
}

/**
 * Every passage, one per place searched, that is at least `threshold` like
 * `quote`: near `expected`, near the quote's context and near its first and
 * last words. Long quotes are found by their beginning and end separately and
 * checked against the middle.
 */
export function fuzzyCandidates(text: string, quote: string, prefix: string, suffix: string, expected: number, threshold = FUZZY_THRESHOLD): FuzzyMatch[] {
  const m = quote.length;
  if (m === 0 || text.length === 0) return [];
  if (m > LONG_QUOTE) return longCandidates(text, quote, prefix, suffix, expected, threshold);
  const centres: number[] = [expected];
  const probe = Math.min(PROBE, Math.max(4, Math.floor(m / 3)));
  const add = (needle: string, shift: number) => {
    if (needle.length < 4) return;
    for (const at of nearest(text, needle, expected - shift, CENTRES_PER_PROBE)) centres.push(at + shift);
  };
  add(quote.slice(0, probe), 0);
  add(quote.slice(m - probe), -(m - probe));
  add(prefix.slice(-PROBE), Math.min(PROBE, prefix.length));
  add(suffix.slice(0, PROBE), -m);
  const slack = Math.max(32, Math.ceil(m * (1 - threshold)) + 16);
  const out: FuzzyMatch[] = [];
  const seen: number[] = [];
  // The expected place first, then the others by nearness to it.
  const ordered = [centres[0]!, ...centres.slice(1).sort((x, y) => Math.abs(x - expected) - Math.abs(y - expected))];
  for (const c of ordered) {
    if (seen.length >= MAX_CENTRES) break;
    if (seen.some((x) => Math.abs(x - c) < slack)) continue;
    seen.push(c);
    const from = Math.max(0, Math.min(text.length, c - slack));
    const to = Math.max(from, Math.min(text.length, c + m + slack));
    // A passage further than this is never `threshold` alike: 1 - d / max(m, its length) with its length at most m + d.
    const reach = Math.ceil(((1 - threshold) * m) / threshold) + 1;
    // Most windows hold nothing that close: a bound computed a word of the quote at a time says so, for a fraction of the table.
    if (distanceAtLeast(quote, text, from, to, reach) > reach) continue;
    const found = closestPassage(text, from, to, quote, reach);
    if (!found) continue;
    const similarity = 1 - found.distance / Math.max(m, found.end - found.start);
    if (similarity >= threshold && !out.some((o) => o.start === found.start && o.end === found.end)) out.push({ start: found.start, end: found.end, similarity });
  }
  return out;
}

/** Quotes longer than this are found by their beginning and end. */
const LONG_QUOTE = 600;
const END_PIECE = 160;

/** A long quote: its beginning and its end found separately, then the middle between them compared piece by piece. */
function longCandidates(text: string, quote: string, prefix: string, suffix: string, expected: number, threshold: number): FuzzyMatch[] {
  const m = quote.length;
  const heads = fuzzyCandidates(text, quote.slice(0, END_PIECE), prefix, '', expected, threshold);
  const tails = fuzzyCandidates(text, quote.slice(m - END_PIECE), '', suffix, expected + m - END_PIECE, threshold);
  const out: FuzzyMatch[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (length < m * threshold || length > m / threshold) continue;
      const similarity = pieceSimilarity(text.slice(h.start, t.end), quote);
      if (similarity >= threshold) out.push({ start: h.start, end: t.end, similarity });
    }
  }
  return out;
}

/** How much of `quote`, cut in pieces of 32, stands in `passage` in order: 0 to 1. */
function pieceSimilarity(passage: string, quote: string): number {
  const size = 32;
  const count = Math.ceil(quote.length / size);
  let found = 0;
  let from = 0;
  for (let k = 0; k < count; k++) {
    const piece = quote.slice(k * size, (k + 1) * size);
    const at = passage.indexOf(piece, from);
    if (at >= 0) {
      found++;
      from = at + piece.length;
    }
  }
  return found / count;
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return lastEditRow(a, b)[b.length]!;
}

/** The last row of the edit-distance table of `a` against `b`: entry j is the distance from `a` to `b`'s first j characters. */
export function lastEditRow(a: string, b: string): Int32Array {
  const n = b.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (b.charCodeAt(j - 1) === c ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/** Up to `count` occurrences of `needle` nearest to `near`, within REACH of it. */
function nearest(text: string, needle: string, near: number, count: number): number[] {
  const all: number[] = [];
  const from = Math.max(0, near - REACH);
  // Searched in the window only: a needle that is not there must not send the search to the end of the text.
  const window = text.slice(from, Math.min(text.length, near + REACH + needle.length));
  for (let at = window.indexOf(needle); at >= 0 && all.length < MAX_OCCURRENCES; at = window.indexOf(needle, at + 1)) all.push(from + at);
  all.sort((x, y) => Math.abs(x - near) - Math.abs(y - near));
  return all.slice(0, count);
}

/**
 * The substring of text[from, to) with the least edit distance to `quote`, with
 * that distance. With `maxDistance`, only passages at most that far are looked
 * for (Ukkonen's cut-off: each column is computed down to its last row within
 * reach): the answer is the same whenever the best passage is within reach,
 * and undefined otherwise.
 */
export function closestPassage(text: string, from: number, to: number, quote: string, maxDistance?: number): { start: number; end: number; distance: number } | undefined {
  const m = quote.length;
  const n = to - from;
  if (n <= 0) return undefined;
  if (maxDistance !== undefined && maxDistance < m) return closestWithin(text, from, n, quote, maxDistance);
  let prev = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  for (let i = 1; i <= m; i++) {
    const q = quote.charCodeAt(i - 1);
    cur[0] = i;
    curStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      let d = prev[j - 1]! + (text.charCodeAt(from + j - 1) === q ? 0 : 1);
      let st = prevStart[j - 1]!;
      const del = prev[j]! + 1;
      if (del < d) {
        d = del;
        st = prevStart[j]!;
      }
      const ins = cur[j - 1]! + 1;
      if (ins < d) {
        d = ins;
        st = curStart[j - 1]!;
      }
      cur[j] = d;
      curStart[j] = st;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let bestJ = 0;
  for (let j = 1; j <= n; j++) {
    const d = prev[j]!;
    const b = prev[bestJ]!;
    // Among equally close ends, the one that gives the quote's own length: a tie never drops a character.
    if (d < b || (d === b && Math.abs(j - prevStart[j]! - m) < Math.abs(bestJ - prevStart[bestJ]! - m))) bestJ = j;
  }
  return { start: from + prevStart[bestJ]!, end: from + bestJ, distance: prev[bestJ]! };
}

/**
 * `closestPassage` within `k` edits, column by column (one column per text
 * position), each column computed only down to the last row whose distance is
 * at most `k`; rows below count as out of reach. The choices between equal
 * predecessors are those of the full table (the diagonal, then the row above,
 * then the column before), so a passage within reach comes out the same.
 */
function closestWithin(text: string, from: number, n: number, quote: string, k: number): { start: number; end: number; distance: number } | undefined {
  const m = quote.length;
  const FAR = k + 1;
  // Column j-1 (prev) and column j (cur), rows 0..m: distance and where the passage starts.
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i <= k ? i : FAR;
  // The last row of the previous column within reach.
  let last = Math.min(k, m);
  let bestJ = -1;
  let bestD = FAR;
  let bestStart = 0;
  const consider = (j: number, d: number, start: number) => {
    if (d < bestD || (d === bestD && Math.abs(j - start - m) < Math.abs(bestJ - bestStart - m))) {
      bestJ = j;
      bestD = d;
      bestStart = start;
    }
  };
  if (last === m) consider(0, prev[m]!, 0);
  for (let j = 1; j <= n; j++) {
    const c = text.charCodeAt(from + j - 1);
    cur[0] = 0;
    curStart[0] = j;
    const reach = Math.min(m, last + 1);
    for (let i = 1; i <= reach; i++) {
      // The full table's order: the diagonal, then the row above (a quote character left out), then the column before (a text character left out).
      let d = prev[i - 1]! + (quote.charCodeAt(i - 1) === c ? 0 : 1);
      let st = prevStart[i - 1]!;
      const up = cur[i - 1]! + 1;
      if (up < d) {
        d = up;
        st = curStart[i - 1]!;
      }
      const left = i <= last ? prev[i]! + 1 : FAR;
      if (left < d) {
        d = left;
        st = prevStart[i]!;
      }
      cur[i] = d > FAR ? FAR : d;
      curStart[i] = st;
    }
    // Rows below `reach` are left as they were: no later column reads them (it reads down to its own `last` only).
    let next = reach;
    while (next > 0 && cur[next]! > k) next--;
    last = next;
    if (last === m) consider(j, cur[m]!, curStart[m]!);
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return bestJ < 0 ? undefined : { start: from + bestStart, end: from + bestJ, distance: bestD };
}
