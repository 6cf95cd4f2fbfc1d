/**
 * A tag that lost the end (or the beginning) of its words: a sentence deleted
 * after them took their last word with it, or a paragraph moved away took
 * the words after a line break. What remains stands exactly, right after the
 * whole side before the words (or right before the whole side after them),
 * and is most of the words. Where the other side went says whether the lost
 * part went with it: nowhere (deleted together) or elsewhere with the lost
 * part right beside it (moved together). Anywhere else, the other side
 * speaks against the place. Works on normalised text (see normalize.ts).
 */
import { anchoredDistanceAt } from './bitDistance';
import { commonAfter, commonBefore } from './evidence';

/** Where what remains of a tag's words stands, in the normalised text. */
export interface TruncatedPlace {
  /** The remaining words, white space at the cut left out. */
  from: number;
  to: number;
  /** The share of the words' characters that remain there, 0 to 1. */
  share: number;
  /** Which part of the words was lost. */
  lost: 'end' | 'beginning';
}

/** Places of one side looked at, at most: a side repeated more often is page furniture, no evidence. */
const MAX_SIDE_PLACES = 16;
/** How far from where the words were their remaining part is looked for (the reach of the search for changed words). */
const REACH = 8192;
/** A side this many edits from the text beside a place still stands there (a typo fixed in it). */
const NEARLY = 2;

/**
 * Every place where at least `threshold` of `q` stands exactly beside a whole
 * side (`p` before it, or `s` after it, exactly or but for a typo or two;
 * `pFull`, `sFull`: the side holds its full 32 code points), the rest lost at a space between words, and the other
 * side standing nowhere or only with the lost part beside it (repeated
 * text, standing in many places, says nothing); sides looked
 * for within reach of `expected`.
 */
export function truncatedPlaces(T: string, q: string, p: string, s: string, pFull: boolean, sFull: boolean, threshold: number, expected: number): TruncatedPlace[] {
  const out: TruncatedPlace[] = [];
  /** Places whose other side stands elsewhere with more of the words beside it (see onlyLost). */
  const doubtful: TruncatedPlace[] = [];
  // Sides are looked for near where the words were (the part that remains stays there unless its paragraph moved
  // too): a search of the whole text for every tag that gets this far would cost more than all the rest.
  const lo = (side: string) => Math.max(0, expected - REACH - side.length);
  const hi = (side: string) => Math.min(T.length, expected + q.length + REACH + side.length);
  // Where the other side stands, anywhere: asked only of a place found.
  let pAll: number[] | undefined;
  let sAll: number[] | undefined;
  /** Where the words would begin (or end) beside the other places of the whole side, where too little of them stands exactly. */
  let others: number[] = [];
  if (pFull && p.trim() !== '') {
    for (const ends of besideSide(T, p, lo(p), hi(p), true)) {
      // Of the places a side with a typo may end, the one the most words follow.
      const from = ends.reduce((x, y) => (commonAfter(T, y, q) > commonAfter(T, x, q) ? y : x));
      const kept = keptAtSpace(q, commonAfter(T, from, q), false);
      if (kept < threshold * q.length) {
        others.push(from);
        continue;
      }
      // The lost end must have gone with the side after the words, if that side stands anywhere (repeated text, a
      // voice's name on every caption, says nothing).
      sAll ??= sFull && s.trim() !== '' ? placesOf(T, s, 0, T.length) : [];
      const near = sAll.length <= MAX_SIDE_PLACES && !sideAgrees(sAll, (b) => commonBefore(T, b, q), (b) => lostNearly(T, q, b, q.length - kept, true), q, q.length - kept, true);
      let to = from + kept;
      while (to > from && T.charCodeAt(to - 1) === 32) to--;
      (near ? doubtful : out).push({ from, to, share: kept / q.length, lost: 'end' });
    }
  }
  if (out.length === 1) out.push(...nearCopies(T, q, out[0]!, others));
  const byBefore = out.length;
  others = [];
  if (sFull && s.trim() !== '') {
    for (const starts of besideSide(T, s, lo(s), hi(s), false)) {
      const to = starts.reduce((x, y) => (commonBefore(T, y, q) > commonBefore(T, x, q) ? y : x));
      const kept = keptAtSpace(q, commonBefore(T, to, q), true);
      if (kept < threshold * q.length) {
        others.push(to);
        continue;
      }
      pAll ??= pFull && p.trim() !== '' ? placesOf(T, p, 0, T.length) : [];
      const near = pAll.length <= MAX_SIDE_PLACES && !sideAgrees(pAll, (a) => commonAfter(T, a + p.length, q), (a) => lostNearly(T, q, a + p.length, q.length - kept, false), q, q.length - kept, false);
      let from = to - kept;
      while (from < to && T.charCodeAt(from) === 32) from++;
      (near ? doubtful : out).push({ from, to, share: kept / q.length, lost: 'beginning' });
    }
  }
  if (out.length === byBefore + 1) out.push(...nearCopies(T, q, out[byBefore]!, others));
  // Two places, each with most of the words beside one whole side, the other side standing at the other one with
  // more of the words (a paragraph copied, then the original lost the sentence that ended the words): neither is
  // proven, and neither is a near copy of the other more than the other is of it. Both are candidates.
  if (out.length === 0 && doubtful.length >= 2) return doubtful.filter((d, k) => doubtful.findIndex((e) => e.from === d.from && e.to === d.to) === k);
  return out;
}

/**
 * The other places of the whole side where what remains of the words stands but for a word or so changed (one
 * character in ten): a paragraph copied and one of the two corrected since, both cut where the words were. The
 * exact one may be the copy as well as the original: each is a candidate, with as much of the words.
 */
function nearCopies(T: string, q: string, found: TruncatedPlace, others: readonly number[]): TruncatedPlace[] {
  const kept = found.to - found.from;
  const part = found.lost === 'end' ? q.slice(0, kept) : q.slice(q.length - kept);
  const allowed = Math.floor(kept / 10);
  const out: TruncatedPlace[] = [];
  for (const at of others) {
    if (found.lost === 'end' ? at >= found.from - NEARLY && at <= found.to : at >= found.from && at <= found.to + NEARLY) continue;
    if (anchoredDistanceAt(part, T, at, kept + allowed, found.lost === 'beginning') > allowed) continue;
    const place = found.lost === 'end' ? { from: at, to: Math.min(T.length, at + kept) } : { from: Math.max(0, at - kept), to: at };
    if (!out.some((o) => o.from < place.to && place.from < o.to)) out.push({ ...place, share: found.share, lost: found.lost });
  }
  return out;
}

/**
 * Where words beside `side` would begin (`before`: the side stands before
 * them) or end, within T[lo, hi): one list per place the side stands, exactly
 * (one position) or but for a typo or two (the positions where it ends
 * within NEARLY edits, found by either half of it). None when the side stands
 * exactly in more places than are looked at: repeated text says nothing.
 */
function besideSide(T: string, side: string, lo: number, hi: number, before: boolean): number[][] {
  const exact = placesOf(T, side, lo, hi);
  if (exact.length > MAX_SIDE_PLACES) return [];
  if (exact.length) return exact.map((at) => [before ? at + side.length : at]);
  const half = side.length >> 1;
  const guesses = new Set<number>();
  // The first half standing: the side ends (or begins) about where its length puts it; the same from the second.
  for (const at of placesOf(T, side.slice(0, half), lo, hi)) guesses.add(before ? at + side.length : at);
  for (const at of placesOf(T, side.slice(half), lo, hi)) guesses.add(before ? at + side.length - half : at - half);
  if (guesses.size > MAX_SIDE_PLACES) return [];
  const out: number[][] = [];
  for (const g of guesses) {
    const ends: number[] = [];
    for (let b = g - NEARLY; b <= g + NEARLY; b++) if (b >= 0 && b <= T.length && anchoredDistanceAt(side, T, b, side.length + NEARLY, before) <= NEARLY) ends.push(b);
    if (ends.length && !out.some((o) => o.some((b) => ends.includes(b)))) out.push(ends);
  }
  return out;
}

/**
 * True when the other side, wherever it stands (`places`), says the lost part went with it: beside each place stand
 * the lost characters (`beside`: how many of the words' last ones, `fromEnd`, or first ones stand there; see onlyLost),
 * or they do but for a typo (`nearly`), or, where one place holds them so, not even the word of them next to the side
 * stands (the side is text said again beside other words, a speaker's label opening another turn: no copy of the
 * words can be there, whose last word would stand beside it).
 */
function sideAgrees(places: readonly number[], beside: (at: number) => number, nearly: (at: number) => boolean, q: string, lost: number, fromEnd: boolean): boolean {
  const holds = places.map((at) => onlyLost(q, beside(at), lost, fromEnd) || nearly(at));
  if (holds.every(Boolean)) return true;
  if (!holds.some(Boolean)) return false;
  const part = fromEnd ? q.slice(q.length - lost) : q.slice(0, lost);
  const word = (fromEnd ? /\S+\s*$/ : /^\s*\S+/).exec(part)?.[0].length ?? lost;
  return places.every((at, k) => holds[k] || beside(at) < word);
}

/**
 * True when the `piece` characters of `q` beside the other side (its last
 * ones, `fromEnd`, or its first) are the `lost` ones, and at most part of a
 * word more: a whole word of what remains beside the other side too means the
 * words' own place may be there (a near copy of them was put before it).
 */
function onlyLost(q: string, piece: number, lost: number, fromEnd: boolean): boolean {
  if (piece < lost) return false;
  const extra = fromEnd ? q.slice(q.length - piece, q.length - lost) : q.slice(lost, piece);
  // A whole word: between two spaces, or between a space and the lost part (or the lost part and a space).
  return !(fromEnd ? /\s\S+(\s|$)/ : /(^|\s)\S+\s/).test(extra);
}

/**
 * True when the `lost` characters of `q` (its last ones, `fromEnd`, or its first) stand beside the other side at `at`
 * but for a typo (one in eight characters, two at most: a letter changed in the part left behind), and the whole
 * word of what remains next to them does not stand there too (a near copy of the words).
 */
function lostNearly(T: string, q: string, at: number, lost: number, fromEnd: boolean): boolean {
  const part = fromEnd ? q.slice(q.length - lost) : q.slice(0, lost);
  const allowed = Math.min(NEARLY, Math.floor(part.trim().length / 8));
  if (allowed === 0 || anchoredDistanceAt(part, T, at, part.length + allowed, fromEnd) > allowed) return false;
  const next = fromEnd ? /\S+\s*$/.exec(q.slice(0, q.length - lost)) : /^\s*\S+/.exec(q.slice(lost));
  if (!next) return true;
  const more = fromEnd ? q.slice(q.length - lost - next[0].length) : q.slice(0, lost + next[0].length);
  return anchoredDistanceAt(more, T, at, more.length + allowed, fromEnd) > allowed;
}

/** Where `side` stands within T[from, to), at most MAX_SIDE_PLACES + 1 places (more: repeated text). */
function placesOf(T: string, side: string, from: number, to: number): number[] {
  const out: number[] = [];
  const window = from === 0 && to === T.length ? T : T.slice(from, to);
  for (let at = window.indexOf(side); at >= 0 && out.length <= MAX_SIDE_PLACES; at = window.indexOf(side, at + 1)) out.push(from + at);
  return out;
}

/** A space, or a dash (which takes the spaces around it once normalised: `today — not` reads `today-not`). */
const isBreak = (c: number) => c === 32 || c === 45;

/**
 * How many of the `run` characters of `q` that stand (its first ones, or its
 * last ones `fromEnd`) to keep: up to the last space or dash between words
 * within the run (the text beside it may begin like the lost word), none when
 * the run is the whole of `q` or holds no such break.
 */
function keptAtSpace(q: string, run: number, fromEnd: boolean): number {
  if (run <= 0 || run >= q.length) return 0;
  // The run stops at a break, or right before one: all of it is kept.
  if (fromEnd ? isBreak(q.charCodeAt(q.length - run)) || isBreak(q.charCodeAt(q.length - run - 1)) : isBreak(q.charCodeAt(run - 1)) || isBreak(q.charCodeAt(run))) return run;
  // Else back to the last break within the run, kept with it.
  if (fromEnd) {
    const space = q.indexOf(' ', q.length - run);
    const dash = q.indexOf('-', q.length - run);
    const at = space < 0 ? dash : dash < 0 ? space : Math.min(space, dash);
    return at < 0 ? 0 : q.length - at;
  }
  const at = Math.max(q.lastIndexOf(' ', run - 1), q.lastIndexOf('-', run - 1));
  return at < 0 ? 0 : at + 1;
}
