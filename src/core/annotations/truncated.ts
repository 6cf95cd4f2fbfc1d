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

/**
 * Every place where at least `threshold` of `q` stands exactly beside a whole
 * side (`p` before it, or `s` after it; `pFull`, `sFull`: the side holds its
 * full 32 code points), the rest lost at a space between words, and the other
 * side standing nowhere or only with the lost part beside it; sides looked
 * for within reach of `expected`.
 */
export function truncatedPlaces(T: string, q: string, p: string, s: string, pFull: boolean, sFull: boolean, threshold: number, expected: number): TruncatedPlace[] {
  const out: TruncatedPlace[] = [];
  // Sides are looked for near where the words were (the part that remains stays there unless its paragraph moved
  // too): a search of the whole text for every tag that gets this far would cost more than all the rest.
  const near = (side: string) => placesOf(T, side, Math.max(0, expected - REACH - side.length), Math.min(T.length, expected + q.length + REACH + side.length));
  const pPlaces = pFull && p.trim() !== '' ? near(p) : [];
  const sPlaces = sFull && s.trim() !== '' ? near(s) : [];
  // Where the other side stands, anywhere: asked only of a place found.
  let pAll: number[] | undefined;
  let sAll: number[] | undefined;
  // A side repeated in more places than are looked at is repeated text: it says nothing.
  if (pPlaces.length <= MAX_SIDE_PLACES) {
    for (const at of pPlaces) {
      const from = at + p.length;
      const kept = keptAtSpace(q, commonAfter(T, from, q), false);
      if (kept < threshold * q.length) continue;
      // The lost end must have gone with the side after the words, if that side stands anywhere (repeated text, a
      // voice's name on every caption, says nothing).
      sAll ??= sFull && s.trim() !== '' ? placesOf(T, s, 0, T.length) : [];
      if (sAll.length <= MAX_SIDE_PLACES && !sAll.every((b) => commonBefore(T, b, q) >= q.length - kept)) continue;
      let to = from + kept;
      while (to > from && T.charCodeAt(to - 1) === 32) to--;
      out.push({ from, to, share: kept / q.length, lost: 'end' });
    }
  }
  if (sPlaces.length <= MAX_SIDE_PLACES) {
    for (const at of sPlaces) {
      const kept = keptAtSpace(q, commonBefore(T, at, q), true);
      if (kept < threshold * q.length) continue;
      pAll ??= pFull && p.trim() !== '' ? placesOf(T, p, 0, T.length) : [];
      if (pAll.length <= MAX_SIDE_PLACES && !pAll.every((a) => commonAfter(T, a + p.length, q) >= q.length - kept)) continue;
      let from = at - kept;
      while (from < at && T.charCodeAt(from) === 32) from++;
      out.push({ from, to: at, share: kept / q.length, lost: 'beginning' });
    }
  }
  return out;
}

/** Where `side` stands within T[from, to), at most MAX_SIDE_PLACES + 1 places (more: repeated text). */
function placesOf(T: string, side: string, from: number, to: number): number[] {
  const out: number[] = [];
  const window = from === 0 && to === T.length ? T : T.slice(from, to);
  for (let at = window.indexOf(side); at >= 0 && out.length <= MAX_SIDE_PLACES; at = window.indexOf(side, at + 1)) out.push(from + at);
  return out;
}

/**
 * How many of the `run` characters of `q` that stand (its first ones, or its
 * last ones `fromEnd`) to keep: up to the last space between words within
 * the run (the text beside it may begin like the lost word), none when the
 * run is the whole of `q` or holds no such space.
 */
function keptAtSpace(q: string, run: number, fromEnd: boolean): number {
  if (run <= 0 || run >= q.length) return 0;
  // The run stops at a space, or right before one: all of it is kept.
  if (fromEnd ? q.charCodeAt(q.length - run) === 32 || q.charCodeAt(q.length - run - 1) === 32 : q.charCodeAt(run - 1) === 32 || q.charCodeAt(run) === 32) return run;
  // Else back to the last space within the run, kept with it.
  if (fromEnd) {
    const at = q.indexOf(' ', q.length - run);
    return at < 0 ? 0 : q.length - at;
  }
  const at = q.lastIndexOf(' ', run - 1);
  return at < 0 ? 0 : at + 1;
}
