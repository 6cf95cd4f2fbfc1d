/**
 * Telling a copy from a move. A tag found far from where the tags around it
 * put it either moved with its paragraph, or stands on a copy of its passage
 * whose original was then edited (a typo fixed, a word changed): the copy
 * holds its exact words and surroundings, the original its words changed a
 * little, still at least 80 % alike, between both of its sides. A move leaves
 * no such passage behind; a copy does, and the tag is not placed on either by
 * chance.
 */
import { sideAgreement } from './evidence';
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
 * another way), or it lacks a placed neighbour on one side (a copy put right
 * before its original shifts nothing before it). `before` and `after`: the
 * nearest placed neighbours' old offsets and shifts.
 */
export function jumped(old: number, shift: number, before: Shifted | undefined, after: Shifted | undefined): boolean {
  if (!before || !after) return true;
  return [before, after].some((n) => Math.abs(shift - n.shift) > STEADY + Math.abs(old - n.old) / 8);
}

/** A placed tag's old offset, and how far from it it was found. */
export interface Shifted {
  old: number;
  shift: number;
}

/**
 * Where the words a tag was found on were copied from and then edited: a
 * passage other than `found`, near one of the `expected` places (where the
 * tags around it put it), at least 80 % like the tag's normalised words `q`
 * with at least half of both normalised sides `p` and `s` agreeing. Undefined
 * when there is none (the words moved).
 */
export function editedOriginal(norm: NormalText, [p, q, s]: readonly [string, string, string], fullSides: readonly [boolean, boolean], expected: readonly number[], found: Range): Range | undefined {
  const T = norm.text;
  const from = normalOffset(norm, found.start);
  const to = Math.max(from + 1, normalOffset(norm, found.end));
  let best: { from: number; to: number; similarity: number } | undefined;
  const seen: number[] = [];
  for (const at of expected) {
    const centre = normalOffset(norm, Math.min(Math.max(0, at), norm.ends.length ? norm.ends[norm.ends.length - 1]! : 0));
    if (seen.some((c) => Math.abs(c - centre) < q.length + 32)) continue;
    seen.push(centre);
    for (const c of fuzzyCandidates(T, q, p, s, centre, FUZZY_THRESHOLD)) {
      if (c.start < to && from < c.end) continue;
      if (sideAgreement(T, c.start, p, fullSides[0], true) < SIDES || sideAgreement(T, c.end, s, fullSides[1], false) < SIDES) continue;
      if (!best || c.similarity > best.similarity) best = { from: c.start, to: c.end, similarity: c.similarity };
    }
  }
  return best && originalRange(norm, best.from, best.to);
}
