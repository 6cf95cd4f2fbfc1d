/**
 * Telling a copy from a move. A tag found far from where the tags around it
 * put it either moved with its paragraph, or stands on a copy of its passage
 * whose original was then edited (a typo fixed, a word changed, a sentence
 * deleted): the copy holds its exact words and surroundings, the original its
 * words changed a little (still at least 80 % alike) between both of its
 * sides, or one of its sides without the words. A move leaves no such
 * passage behind; a copy does, and the tag is not placed on it by chance.
 */
import { anchoredDistanceAt } from './bitDistance';
import { sideAgreement } from './evidence';
import { lastWithin, within } from './window';
import { FUZZY_THRESHOLD, fuzzyCandidates } from './fuzzy';
import { normalOffset, originalRange, type NormalText } from './normalize';

/** A range of the text (UTF-16 offsets). */
export interface Range {
  start: number;
  end: number;
}

/** A shift that differs from a neighbour's by more than this many characters, plus an eighth of the distance between them, is a jump. */
const STEADY = 16;
/** Both sides of the original's surroundings agree at least this much (as for any changed words taken). */
const SIDES = 0.5;

/**
 * True when a tag found `shift` characters from where it was may not go with
 * the tags around it: its shift differs from that of a placed neighbour by
 * more than the text between them can explain (line ends, quotes written
 * another way); with no placed neighbour, from no shift at all. A copy put
 * right before its original shifts the tag as much as the tags before it, but
 * not as much as those after it. `before` and `after`: the nearest placed
 * neighbours' old offsets and shifts.
 */
export function jumped(old: number, shift: number, before: Shifted | undefined, after: Shifted | undefined): boolean {
  // No function made per call: this runs for every placed tag.
  if (!before && !after) return !goesWith(old, shift, { old: 0, shift: 0 });
  return (before !== undefined && !goesWith(old, shift, before)) || (after !== undefined && !goesWith(old, shift, after));
}

/** True when a tag found `shift` characters from where it was (`old`) shifted as much as `n` did, but for what the text between them explains. */
export function goesWith(old: number, shift: number, n: Shifted): boolean {
  return Math.abs(shift - n.shift) <= STEADY + Math.abs(old - n.old) / 8;
}

/** A placed tag's old offset, and how far from it it was found. */
export interface Shifted {
  old: number;
  shift: number;
}

/** What stands where a tag's words were copied from. */
export interface LeftBehind {
  /** The words there, changed since but still at least 80 % alike; undefined when they were deleted (or changed more). */
  original?: Range;
  /** Where one of the tag's surroundings stands there (its words gone or changed between). */
  side: Range;
}

/** How far around an expected place a side left behind is looked for, at least. */
const SIDE_REACH = 512;

/**
 * What a copy of the tag's passage left behind, when `found` is on that copy:
 * near one of the `expected` places (where the tags around it put it), one of
 * the tag's whole sides (normalised `p` or `s`) that also stands beside
 * `found`, and beside it the words changed a little (at least 80 % like the
 * normalised words `q`, both sides agreeing at least half), or not at all.
 * Undefined when no such side is there: the words moved. `within`: how far from an expected place the side may
 * stand (by default, far enough for the words' own length and a paragraph's).
 */
export function leftBehind(norm: NormalText, [p, q, s]: readonly [string, string, string], fullSides: readonly [boolean, boolean], expected: readonly number[], found: Range, within?: number, text?: string): LeftBehind | undefined {
  const T = norm.text;
  const from = normalOffset(norm, found.start);
  const to = Math.max(from + 1, normalOffset(norm, found.end));
  const last = norm.ends.length ? norm.ends[norm.ends.length - 1]! : 0;
  const centres: number[] = [];
  for (const at of expected) {
    const centre = normalOffset(norm, Math.min(Math.max(0, at), last));
    if (!centres.some((c) => Math.abs(c - centre) < q.length + 32)) centres.push(centre);
  }
  // A whole side that stands beside the copy and again near where the words were: the passage was copied there.
  // Looked for first, as it is cheap: after a move (nearly every tag that jumps) it is not there.
  const reach = within ?? Math.max(SIDE_REACH, 2 * q.length);
  const sides: Array<[string, boolean, number]> = [];
  if (fullSides[0] && p.trim() !== '' && T.startsWith(p, from - p.length)) sides.push([p, true, from - p.length]);
  if (fullSides[1] && s.trim() !== '' && T.startsWith(s, to)) sides.push([s, false, to]);
  let side: { at: number; length: number; before: boolean } | undefined;
  for (const [text, before, own] of sides) {
    for (const centre of centres) {
      // Searched in the window only: a side that is not there must not send the search to the end of the text.
      const lo = Math.max(0, centre - reach);
      const window = T.slice(lo, Math.min(T.length, centre + q.length + reach + text.length));
      for (let k = window.indexOf(text); k >= 0 && !side; k = window.indexOf(text, k + 1)) {
        const at = lo + k;
        // Not the copy's own side, nor within it.
        if (at !== own && !(at < to + text.length && at + text.length > from - text.length)) side = { at, length: text.length, before };
      }
    }
  }
  // No side beside the copy: the side that does not stand there, near where the words were, with what followed the
  // words there (what preceded them, for the side after) standing in the copy right after (before) its words. The
  // rest of the passage, its sentence with the words deleted, stands in both: it was copied. A paragraph moved
  // leaves its side behind too, but with other text beside it, not the rest of the passage.
  if (!side) side = restLeftBehind(T, [p, q, s], fullSides, centres, reach, from, to);
  // Nor that: the words themselves near where they were, beside one whole side but for a letter or two (a typo fixed
  // in it after the copy was made, the other side deleted): the original, its surroundings edited.
  if (!side) {
    const nearly = nearlyBeside(norm, [p, q, s], fullSides, centres, reach, from, to);
    if (nearly) return nearly;
    // Nor that: the seam the deletion of a long sentence (the words and both of their sides) left in the original.
    side = seamLeftBehind(norm, q, centres, reach, from, to, text, within !== undefined);
    // Nor that: the words changed a little where the tags around them put them, beside a side that agrees there and
    // not beside the copy (a side cut by the text's start, the other one edited with the words).
    if (!side) return editedNear(norm, [p, q, s], fullSides, centres, reach, from, to);
  }
  // A side said more often than at the copy and its original is repeated text (a caption's voice, a formula of
  // procedure): where it stands says nothing of where the words were.
  if (!side || timesIn(T, T.slice(side.at, side.at + side.length), 3) > 2) return undefined;
  // The words changed a little between the sides there (the edited original), looked for where that side puts them.
  const near = side.before ? side.at + side.length : side.at - q.length;
  let best: { from: number; to: number; similarity: number } | undefined;
  for (const c of fuzzyCandidates(T, q, p, s, Math.max(0, near), FUZZY_THRESHOLD)) {
    if (c.start < to && from < c.end) continue;
    if (sideAgreement(T, c.start, p, fullSides[0], true) < SIDES || sideAgreement(T, c.end, s, fullSides[1], false) < SIDES) continue;
    if (!best || c.similarity > best.similarity) best = { from: c.start, to: c.end, similarity: c.similarity };
  }
  return { original: best && originalRange(norm, best.from, best.to), side: originalRange(norm, side.at, side.at + side.length) };
}

/** Characters of the rest of a passage compared beside a side left behind, and how far into a copy they are looked for. */
const REST = 32;
const REST_REACH = 2048;

/** A whole side near the `centres`, not beside the copy [from, to), whose rest of the passage stands in the copy too (see leftBehind). */
function restLeftBehind(T: string, [p, q, s]: readonly [string, string, string], fullSides: readonly [boolean, boolean], centres: readonly number[], reach: number, from: number, to: number): { at: number; length: number; before: boolean } | undefined {
  for (const [text, before, full] of [[p, true, fullSides[0]], [s, false, fullSides[1]]] as const) {
    if (!full || text.trim() === '' || (before ? T.startsWith(p, from - p.length) : T.startsWith(s, to))) continue;
    for (const centre of centres) {
      const lo = Math.max(0, centre - reach);
      const window = T.slice(lo, Math.min(T.length, centre + q.length + reach + text.length));
      const k = window.indexOf(text);
      // Once in the window only: a side said twice there says nothing of where the words were.
      if (k < 0 || window.indexOf(text, k + 1) >= 0) continue;
      const at = lo + k;
      const rest = before ? T.slice(at + text.length, at + text.length + REST) : T.slice(Math.max(0, at - REST), at);
      if (rest.length < REST || !/[\p{L}\p{N}]/u.test(rest.slice(0, REST >> 1)) || !/[\p{L}\p{N}]/u.test(rest.slice(REST >> 1))) continue;
      const own = before ? at + text.length : at - REST;
      // In the copy, after its words (before them, for the side after): not the words themselves.
      const found = before ? within(T, rest, to, to + REST_REACH) : lastWithin(T, rest, from - REST - REST_REACH, from - REST);
      if (found < 0 || found === own) continue;
      return { at, length: text.length, before };
    }
  }
  return undefined;
}

/** Characters that must agree after a letter that differs for the letter to be a typo, not where two texts part. */
const AGREE = 8;

/** How far from where the original parts from the copy its paragraph break may be (characters both share there). */
const NEAR_SEAM = 3;

/** A blank line: where a paragraph ends. */
const PARAGRAPH_BREAK = /\n[ \t\r\u00a0]*\n/;

/** How far apart the pieces of a copy compared with its original are taken, and how many on each side of its words. */
const SEAM_STEP = 16;
const SEAM_TRIES = 24;
/** How many, where a neighbour's other place says closely where the original is (a long sentence deleted with the words). */
const SEAM_TRIES_PLACED = 128;

/** True when both halves of a piece of REST characters hold a letter or a digit (not white space and marks only). */
const wordy = (piece: string) => piece.length === REST && /[\p{L}\p{N}]/u.test(piece.slice(0, REST >> 1)) && /[\p{L}\p{N}]/u.test(piece.slice(REST >> 1));

/**
 * The seam a deletion left in the original, when the copy [from, to) lost its words and both of their sides there (a
 * long sentence deleted): a piece of the copy before its words (after them) stands once near the `centres`, the text
 * after it (before it) there agrees with the copy's up to a point before the words (after them), and from that point
 * on it is text that stands in the copy only after the words (before them). The original is the copy without a
 * stretch that held the words: the passage was copied. A paragraph moved leaves nothing of itself behind.
 */
function seamLeftBehind(norm: NormalText, q: string, centres: readonly number[], reach: number, from: number, to: number, text?: string, placed = false): { at: number; length: number; before: boolean } | undefined {
  const T = norm.text;
  // In the text as written (`text`, when known): a paragraph break within what normalised T[a, b) stands for.
  const writtenIn = (a: number, b: number, mark: RegExp) => text !== undefined && a >= 0 && a < b && mark.test(text.slice(norm.starts[a]!, b < T.length ? norm.starts[b]! : text.length));
  const breakIn = (a: number, b: number) => writtenIn(a, b, PARAGRAPH_BREAK);
  const lineIn = (a: number, b: number) => writtenIn(a, b, /\n/);
  for (const before of [true, false]) {
    for (let k = 0, tries = placed ? SEAM_TRIES_PLACED : SEAM_TRIES; k < tries; k++) {
      const own = before ? from - REST - k * SEAM_STEP : to + k * SEAM_STEP;
      if (own < 0 || own + REST > T.length) break;
      const piece = T.slice(own, own + REST);
      if (!wordy(piece)) continue;
      for (const centre of centres) {
        // Where a neighbour's other place puts the original closely, the piece is looked for where it puts the piece
        // itself: a piece far from the words (a long sentence deleted with them) stands that far from it there too.
        const off = placed ? own - from : 0;
        const lo = Math.max(0, centre + off - reach);
        const hi = Math.min(T.length, centre + off + q.length + reach) - REST;
        // Once in the window, the copy's own piece aside: a piece said twice there says nothing of where the words were.
        let at = -1;
        let times = 0;
        for (let i = within(T, piece, lo, hi); i >= 0 && times < 2; i = within(T, piece, i + 1, hi)) {
          if (i === own) continue;
          at = i;
          times++;
        }
        if (times !== 1) continue;
        // Where the original parts from the copy: it must be before the words (after them), which it lost.
        // A letter changed in one of the two (a typo fixed) is no seam: the run goes on over it when what follows agrees.
        let run = 0;
        let typos = 0;
        if (before) {
          for (let a = own + REST, b = at + REST; a + run < from && b + run < T.length; run++) {
            if (T.charCodeAt(a + run) === T.charCodeAt(b + run)) continue;
            if (typos++ > 0 || T.slice(a + run + 1, a + run + 1 + AGREE) !== T.slice(b + run + 1, b + run + 1 + AGREE)) break;
          }
        } else {
          for (let a = own, b = at; a - run > to && b - run > 0; run++) {
            if (T.charCodeAt(a - run - 1) === T.charCodeAt(b - run - 1)) continue;
            if (typos++ > 0 || a - run - 1 - AGREE < 0 || b - run - 1 - AGREE < 0 || T.slice(a - run - 1 - AGREE, a - run - 1) !== T.slice(b - run - 1 - AGREE, b - run - 1)) break;
          }
        }
        const seam = before ? at + REST + run : at - run;
        // The original's paragraph ends (or begins) at the seam, and the copy's runs on from there through the words:
        // the sentences that ended (or began) it, the words among them, were deleted from the original.
        // The two may agree on a character or two past the break (a full stop, a space): the break is looked for there.
        for (let d = -NEAR_SEAM; d <= NEAR_SEAM; d++) {
          const x = seam + d;
          if (T.charCodeAt(x) !== 32 || !lineIn(x, x + 1)) continue;
          const copyAt = (before ? own + REST + run : own - run) + d;
          // A line break that is no blank line (a turn's text under its speaker's label) begins the original's text
          // when the copy has no line break at all from there through its words.
          const inCopy = breakIn(x, x + 1) ? breakIn : lineIn;
          if (!(before ? inCopy(copyAt, to) : inCopy(from, copyAt + 1))) return { at, length: REST, before };
        }
        const next = before ? T.slice(seam, seam + REST) : T.slice(Math.max(0, seam - REST), seam);
        if (!wordy(next)) continue;
        let inCopy = before ? within(T, next, to, to + REST_REACH) : lastWithin(T, next, from - REST - REST_REACH, from - REST);
        // Or inside the copy's words: the original lost the side there and the words' first (last) part with it (a
        // sentence that began, or ended, in the words deleted), and goes on with the rest of them.
        if (inCopy < 0) inCopy = before ? within(T, next, from + 1, to - REST) : lastWithin(T, next, from, to - REST - 1);
        if (inCopy < 0) continue;
        // The seam outside the copy's stretch from one piece to the other: two places, not the same text read twice.
        const [lo2, hi2] = before ? [own, inCopy + REST] : [inCopy, own + REST];
        if (seam + REST <= lo2 || seam - REST >= hi2) return { at, length: REST, before };
      }
    }
  }
  return undefined;
}

/**
 * The words changed a little (at least 80 % alike) within reach of the `centres`, not on the copy [from, to), with
 * one of their sides agreeing at least half there that agrees less beside the copy (see leftBehind): each place has
 * what the other lacks.
 */
function editedNear(norm: NormalText, [p, q, s]: readonly [string, string, string], fullSides: readonly [boolean, boolean], centres: readonly number[], reach: number, from: number, to: number): LeftBehind | undefined {
  const T = norm.text;
  const beforeCopy = sideAgreement(T, from, p, fullSides[0], true);
  const afterCopy = sideAgreement(T, to, s, fullSides[1], false);
  if (beforeCopy >= SIDES && afterCopy >= SIDES) return undefined;
  for (const centre of centres) {
    for (const c of fuzzyCandidates(T, q, p, s, centre, FUZZY_THRESHOLD)) {
      if ((c.start < to && from < c.end) || Math.abs(c.start - centre) > reach) continue;
      // A side cut by the text's start (or end), even to nothing, is the text's start: it agrees only there.
      const before = beforeCopy < SIDES && (!fullSides[0] || p.trim() !== '') && sideAgreement(T, c.start, p, fullSides[0], true) >= SIDES;
      if (!before && !(afterCopy < SIDES && (!fullSides[1] || s.trim() !== '') && sideAgreement(T, c.end, s, fullSides[1], false) >= SIDES)) continue;
      const original = originalRange(norm, c.start, c.end);
      return { original, side: original };
    }
  }
  return undefined;
}

/** A whole side this many edits from the text beside the words still stands there (a typo fixed in it). */
const NEARLY = 2;

/** The tag's exact words near the `centres`, not the copy [from, to), beside a whole side but for NEARLY edits (see leftBehind). */
function nearlyBeside(norm: NormalText, [p, q, s]: readonly [string, string, string], fullSides: readonly [boolean, boolean], centres: readonly number[], reach: number, from: number, to: number): LeftBehind | undefined {
  const T = norm.text;
  if (q.trim() === '') return undefined;
  for (const centre of centres) {
    const lo = Math.max(0, centre - reach);
    const hi = Math.min(T.length, centre + q.length + reach);
    for (let at = within(T, q, lo, hi - q.length); at >= 0; at = within(T, q, at + 1, hi - q.length)) {
      if (at < to && from < at + q.length) continue;
      const before = fullSides[0] && p.trim() !== '' && anchoredDistanceAt(p, T, at, p.length + 8, true) <= NEARLY;
      const after = !before && fullSides[1] && s.trim() !== '' && anchoredDistanceAt(s, T, at + q.length, s.length + 8, false) <= NEARLY;
      if (!before && !after) continue;
      const side = before ? originalRange(norm, Math.max(0, at - p.length), at) : originalRange(norm, at + q.length, Math.min(T.length, at + q.length + s.length));
      return { original: originalRange(norm, at, at + q.length), side };
    }
  }
  return undefined;
}

/** How many times `needle` stands in `T`, counted up to `most`. */
function timesIn(T: string, needle: string, most: number): number {
  let n = 0;
  for (let at = T.indexOf(needle); at >= 0 && n < most; at = T.indexOf(needle, at + 1)) n++;
  return n;
}
