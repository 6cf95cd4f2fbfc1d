/**
 * Changed words found between their two sides: the whole side before them
 * and the whole side after them still stand, a little apart, and what stands
 * between is at least 80 % like the words (a sentence deleted inside them, a
 * line of page furniture put in). The search for changed words looks around
 * the words' own first and last characters, and when those changed the
 * passage it finds may run into the sides; the sides themselves say where
 * the words begin and end. Works on normalised text (see normalize.ts).
 */
import { editDistance } from './fuzzy';

/** Words between their two sides, in the normalised text. */
export interface BetweenPlace {
  from: number;
  to: number;
  /** 1 − edit distance ÷ the longer of the words and the passage. */
  similarity: number;
}

/** How far from where the words were their sides are looked for first (the reach of the search for changed words). */
const REACH = 8192;
/** Places of one side looked at, at most: a side repeated more often is page furniture, no evidence. */
const MAX_SIDE_PLACES = 16;
/** Words longer than this are compared by the search for words instead: the full table would be too slow. */
const MAX_WORDS = 2000;

/**
 * Every passage at least `threshold` like `q` with `p` right before it and
 * `s` right after it. A side that was cut by the start or end of the text
 * (`pFull`, `sFull` false) must still be cut there. The side before is looked
 * for near `expected`, then, when it stands nowhere there, wherever
 * `sideAnywhere` finds it.
 */
export function betweenSides(T: string, q: string, p: string, s: string, pFull: boolean, sFull: boolean, threshold: number, expected: number, sideAnywhere?: (side: string) => number[]): BetweenPlace[] {
  const m = q.length;
  if (m === 0 || m > MAX_WORDS || (pFull && p.trim() === '') || (sFull && s.trim() === '')) return [];
  // Words alike in order may be shorter (the lost words were long ones) or longer (the words put in were: a line of
  // page furniture) than characters alike allow: a passage down to (up from) `threshold` of that is weighed too.
  const shortest = Math.floor(m * threshold * threshold);
  const longest = Math.ceil(m / (threshold * threshold));
  let starts: number[];
  if (!pFull) starts = T.startsWith(p) ? [p.length] : [];
  else {
    const lo = Math.max(0, expected - REACH - p.length);
    const window = T.slice(lo, Math.min(T.length, expected + m + REACH));
    starts = [];
    for (let at = window.indexOf(p); at >= 0 && starts.length <= MAX_SIDE_PLACES; at = window.indexOf(p, at + 1)) starts.push(lo + at + p.length);
    // Not within reach: a paragraph moved far takes the words and both of their whole sides with it, and those sides
    // say where the words are as well there. Looked for in the whole text only then, where `sideAnywhere` says.
    if (starts.length === 0 && sideAnywhere) for (const at of sideAnywhere(p).slice(0, MAX_SIDE_PLACES + 1)) starts.push(at + p.length);
    if (starts.length > MAX_SIDE_PLACES) return [];
  }
  const out: BetweenPlace[] = [];
  for (const from of starts) {
    const ends: number[] = [];
    if (!sFull) {
      const to = T.length - s.length;
      if (T.endsWith(s) && to - from >= shortest && to - from <= longest) ends.push(to);
    } else {
      const window = T.slice(from + shortest, Math.min(T.length, from + longest + s.length));
      for (let at = window.indexOf(s); at >= 0 && ends.length <= MAX_SIDE_PLACES; at = window.indexOf(s, at + 1)) ends.push(from + shortest + at);
    }
    // The side after the words standing twice within reach: the passage most like the words.
    let best: BetweenPlace | undefined;
    for (const to of ends) {
      const passage = T.slice(from, to);
      const byCharacters = 1 - editDistance(q, passage) / Math.max(m, passage.length);
      // Between both whole sides, words that stand in order count as a reader counts them: four words in five as they
      // were are 80 % alike, however many characters the lost ones had (a label and a timestamp are three words).
      const similarity = byCharacters >= threshold ? byCharacters : Math.max(byCharacters, wordsInOrder(q, passage));
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { from, to, similarity };
    }
    if (best) out.push(best);
  }
  return out;
}

/** How many of the words of `a` stand in `b` in order (the longest common run of words, not necessarily together), over the larger count: 0 to 1. */
export function wordsInOrder(a: string, b: string): number {
  const x = a.split(' ').filter(Boolean);
  const y = b.split(' ').filter(Boolean);
  if (x.length === 0 || y.length === 0) return 0;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]! / Math.max(x.length, y.length);
}
