/**
 * Finding words that changed in many small ways at once (a re-scrape: a typo
 * fixed, a letter doubled, a sentence dropped from a long passage) by their
 * words rather than their characters. The quote's three-word landmarks, from
 * its beginning, its end and evenly between, are looked up in the text;
 * landmarks that agree in order vote for a place, and the words there are
 * aligned with the quote's, a word at a time. Works on normalised text (see
 * normalize.ts), where every difference of form is already folded.
 */

/** Words, in order, with their offsets in the text they came from. */
export interface Words {
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
}

/** The words of a normalised text: runs of characters between single spaces. */
export function wordsOf(s: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < s.length; ) {
    while (i < s.length && s.charCodeAt(i) === 32) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && s.charCodeAt(j) !== 32) j++;
    words.push(s.slice(i, j));
    starts.push(i);
    ends.push(j);
    i = j;
  }
  return { words, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** A hash of s[from, to). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** One hash for three words' hashes. */
function mix3(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
}

/**
 * The words of a text with an index of its three-word sequences, made once
 * for all the tags of one re-anchoring: typed arrays only (a hash table with
 * chains), as a megabyte holds some 200,000 words.
 */
export class WordIndex {
  /** Where each word starts and ends in the text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
  private readonly hashes: Int32Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly mask: number;
  constructor(readonly text: string) {
    const s = text;
    let capacity = 1024;
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let hashes = new Int32Array(capacity);
    let n = 0;
    for (let i = 0; i < s.length; ) {
      while (i < s.length && s.charCodeAt(i) === 32) i++;
      if (i >= s.length) break;
      let j = i;
      let h = 0x811c9dc5;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 32) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (n === capacity) {
        capacity *= 2;
        const grow = (a: Int32Array) => {
          const b = new Int32Array(capacity);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
        hashes = grow(hashes);
      }
      starts[n] = i;
      ends[n] = j;
      hashes[n++] = h;
      i = j;
    }
    this.count = n;
    this.starts = starts.subarray(0, n);
    this.ends = ends.subarray(0, n);
    this.hashes = hashes.subarray(0, n);
    // A bucket for every two or so sequences: a table small enough to stay in the cache while it fills (its
    // random writes were most of the time), and chains short enough for the few look-ups a re-anchoring makes.
    let size = 1024;
    while (size * 2 < n) size *= 2;
    const mask = size - 1;
    const head = new Int32Array(size).fill(-1);
    const next = new Int32Array(Math.max(0, n));
    for (let j = 0; j + 2 < n; j++) {
      const b = mix3(hashes[j]!, hashes[j + 1]!, hashes[j + 2]!) & mask;
      next[j] = head[b]!;
      head[b] = j;
    }
    this.mask = mask;
    this.head = head;
    this.next = next;
  }
  /** Word `j` of the text. */
  word(j: number): string {
    return this.text.slice(this.starts[j], this.ends[j]);
  }
  /** Where the three words `a b c` start, as word indices (up to `limit` + 1 of them). */
  at(a: string, b: string, c: string, limit: number): number[] {
    const ha = hashRange(a, 0, a.length);
    const hb = hashRange(b, 0, b.length);
    const hc = hashRange(c, 0, c.length);
    const out: number[] = [];
    for (let j = this.head[mix3(ha, hb, hc) & this.mask]!; j >= 0 && out.length <= limit; j = this.next[j]!) {
      if (this.hashes[j] === ha && this.hashes[j + 1] === hb && this.hashes[j + 2] === hc && this.word(j) === a && this.word(j + 1) === b && this.word(j + 2) === c) out.push(j);
    }
    return out.reverse();
  }
}

/**
 * Where `side` (normalised text, such as a tag's stored surroundings) stands in
 * the indexed text, found by three of its whole words (not its first or last,
 * which its 32 code points may cut): at most `limit` + 1 places. None for a
 * side of fewer than five words.
 */
export function sidePlaces(index: WordIndex, side: string, limit: number): number[] {
  const w = wordsOf(side);
  if (w.words.length < 5) return [];
  const out: number[] = [];
  for (const j of index.at(w.words[1]!, w.words[2]!, w.words[3]!, limit * 4)) {
    const at = index.starts[j]! - w.starts[1]!;
    if (at >= 0 && index.text.startsWith(side, at)) out.push(at);
    if (out.length > limit) break;
  }
  return out;
}

/** A passage found by its words. */
export interface WordMatch {
  /** Range in the normalised text. */
  from: number;
  to: number;
  /** 1 − edit distance ÷ the longer length, in characters, with the words aligned as wholes. */
  similarity: number;
  /** Share of the quote's landmarks that agree with this place, in order. */
  landmarks: number;
  /** Share of the quote's landmarks that agree with this place and with another one too (part of it copied elsewhere). */
  elsewhere: number;
  /**
   * True when every other place that shares landmarks with this one agrees only on a stretch of the quote inside
   * the stretch this one agrees on, and a shorter one: what stands there is part of the words said again.
   */
  widest: boolean;
  /** Where the landmarks it shares with other places stand there, from the first to the last (normalised ranges). */
  others: Array<{ from: number; to: number }>;
}

/** Fewest words for a quote to be found by its landmarks. */
export const MIN_WORDS = 4;
/** At most this many landmarks are looked up for one quote. */
const MAX_LANDMARKS = 48;
/** A landmark standing in more places than this says nothing about where the quote is. */
const MAX_PLACES = 12;
/** At most this many places are aligned word by word. */
const MAX_REGIONS = 3;

/**
 * The passages of the text most like `quote`, found by landmarks: at most a
 * few, best first, each at least `threshold` similar word by word.
 */
export function landmarkCandidates(index: WordIndex, quote: string, threshold: number): WordMatch[] {
  const text = index.text;
  const q = wordsOf(quote);
  const W = q.words.length;
  if (W < MIN_WORDS) return [];
  // Landmarks: every three-word sequence of a short quote, evenly spread ones (the first and last always) of a long one.
  const last = W - 3;
  const count = Math.min(last + 1, MAX_LANDMARKS);
  const picks = new Set<number>();
  for (let k = 0; k < count; k++) picks.add(count === 1 ? 0 : Math.round((k * last) / (count - 1)));
  const hits: Array<{ i: number; j: number }> = [];
  let looked = 0;
  for (const i of picks) {
    const places = index.at(q.words[i]!, q.words[i + 1]!, q.words[i + 2]!, MAX_PLACES);
    if (places.length > MAX_PLACES) continue;
    looked++;
    for (const j of places) hits.push({ i, j });
  }
  if (hits.length === 0 || looked === 0) return [];
  // Landmarks agree when they put the quote's first word at nearly the same place (words dropped or added between).
  const tol = Math.max(2, Math.ceil(W * 0.25));
  hits.sort((x, y) => x.j - x.i - (y.j - y.i));
  const regions: Array<{ lo: number; hi: number; votes: number; seen: Set<number>; first: number; last: number }> = [];
  for (let a = 0; a < hits.length; a++) {
    const d0 = hits[a]!.j - hits[a]!.i;
    const seen = new Set<number>();
    let hi = d0;
    // The text's words the landmarks stand on, from the first to the last.
    let first = Infinity;
    let last = -1;
    for (let b = a; b < hits.length && hits[b]!.j - hits[b]!.i <= d0 + tol; b++) {
      seen.add(hits[b]!.i);
      hi = hits[b]!.j - hits[b]!.i;
      first = Math.min(first, hits[b]!.j);
      last = Math.max(last, hits[b]!.j + 2);
    }
    regions.push({ lo: d0, hi, votes: seen.size, seen, first, last });
  }
  regions.sort((x, y) => y.votes - x.votes || x.lo - y.lo);
  const chosen: typeof regions = [];
  for (const r of regions) {
    if (chosen.length >= MAX_REGIONS) break;
    // A region that puts the quote's first word where one already chosen does is the same place.
    if (chosen.some((c) => r.lo <= c.hi + tol && c.lo <= r.hi + tol)) continue;
    // Most landmarks must agree for the place to be worth aligning (a few for a rival).
    if (r.votes < Math.max(1, Math.ceil(looked * 0.2))) continue;
    chosen.push(r);
  }
  const T = index;
  const out: WordMatch[] = [];
  for (const r of chosen) {
    const from = Math.max(0, r.lo - 2);
    const to = Math.min(T.count, r.hi + W + 2);
    const words: string[] = [];
    for (let j = from; j < to; j++) words.push(T.word(j));
    const found = alignWords(q.words, words, 0, words.length);
    if (found) {
      found.start += from;
      found.end += from;
    }
    if (!found) continue;
    const length = T.ends[found.end - 1]! - T.starts[found.start]!;
    const similarity = 1 - found.cost / Math.max(quote.length, length);
    if (similarity < threshold || out.some((o) => o.from === T.starts[found.start]! - q.starts[0]!)) continue;
    // Characters before the quote's first word and after its last (an opening quote mark, a full stop) go with it.
    const start = Math.max(0, T.starts[found.start]! - q.starts[0]!);
    const end = Math.min(text.length, T.ends[found.end - 1]! + (quote.length - q.ends[W - 1]!));
    // The same landmarks standing at another place too: that part of the quote was copied there.
    const sharing = chosen.filter((c) => c !== r && [...c.seen].some((i) => r.seen.has(i)));
    const elsewhere = Math.max(0, ...sharing.map((c) => [...c.seen].filter((i) => r.seen.has(i)).length));
    const [lo, hi] = stretch(r.seen);
    const widest = sharing.every((c) => {
      const [a, b] = stretch(c.seen);
      return a >= lo && b <= hi && b - a < hi - lo;
    });
    const others = sharing.map((c) => ({ from: T.starts[c.first]!, to: T.ends[c.last]! }));
    out.push({ from: start, to: end, similarity, landmarks: r.votes / looked, elsewhere: elsewhere / looked, widest, others });
  }
  return out.sort((x, y) => y.similarity - x.similarity);
}

/** The first and the last of the quote's landmarks (word indexes) that agree with a place. */
function stretch(seen: ReadonlySet<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of seen) {
    lo = Math.min(lo, i);
    hi = Math.max(hi, i);
  }
  return [lo, hi];
}

/**
 * What replacing word `a` with word `b` costs, in characters: nothing for the
 * same word, its edit distance for a word a letter or two off, else all of it.
 */
function wordCost(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.max(a.length, b.length);
  if (n >= 3 && Math.abs(a.length - b.length) <= 2) {
    const d = smallDistance(a, b);
    if (d <= Math.max(1, Math.floor(n / 4))) return d;
  }
  return n;
}

/** Edit distance of two short strings. */
function smallDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The run of words T[start, end) within [from, to) closest to `q` (Sellers'
 * algorithm over words), with its cost in characters: a word put in or left
 * out costs its length and a space.
 */
function alignWords(q: string[], T: string[], from: number, to: number): { start: number; end: number; cost: number } | undefined {
  const n = to - from;
  if (n <= 0) return undefined;
  let prev = new Float64Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let cur = new Float64Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  for (let i = 1; i <= q.length; i++) {
    const w = q[i - 1]!;
    cur[0] = prev[0]! + w.length + 1;
    curStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      const t = T[from + j - 1]!;
      let d = prev[j - 1]! + wordCost(w, t);
      let st = prevStart[j - 1]!;
      if (prev[j]! + w.length + 1 < d) {
        d = prev[j]! + w.length + 1;
        st = prevStart[j]!;
      }
      if (cur[j - 1]! + t.length + 1 < d) {
        d = cur[j - 1]! + t.length + 1;
        st = curStart[j - 1]!;
      }
      cur[j] = d;
      curStart[j] = st;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let best = -1;
  for (let j = 1; j <= n; j++) {
    if (j - prevStart[j]! <= 0) continue;
    if (best < 0 || prev[j]! < prev[best]! - 1e-9 || (Math.abs(prev[j]! - prev[best]!) < 1e-9 && Math.abs(j - prevStart[j]! - q.length) < Math.abs(best - prevStart[best]! - q.length))) best = j;
  }
  if (best < 0) return undefined;
  return { start: from + prevStart[best]!, end: from + best, cost: prev[best]! };
}
