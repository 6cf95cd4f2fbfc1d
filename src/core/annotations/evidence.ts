/**
 * How well the text beside a place agrees with a tag's stored surroundings:
 * the evidence re-anchoring weighs. Works on normalised text (see normalize.ts).
 */
import { anchoredDistanceAt } from './bitDistance';
import { editDistance } from './fuzzy';
import { CONTEXT_LENGTH } from './tag';
import { codePointLength } from './positions';

/** True when a stored side holds the full 32 code points (it was not cut by the start or end of the text). */
export function isFullSide(side: string): boolean {
  return side.length >= CONTEXT_LENGTH && (side.length >= 2 * CONTEXT_LENGTH || codePointLength(side) >= CONTEXT_LENGTH);
}

export function commonBefore(T: string, at: number, p: string): number {
  let k = 0;
  while (k < p.length && at - k - 1 >= 0 && T.charCodeAt(at - k - 1) === p.charCodeAt(p.length - k - 1)) k++;
  return k;
}

export function commonAfter(T: string, at: number, s: string): number {
  let k = 0;
  while (k < s.length && at + k < T.length && T.charCodeAt(at + k) === s.charCodeAt(k)) k++;
  return k;
}

/**
 * How well the stored side agrees with the text beside a place, 0 to 1. A
 * full side (32 code points) is compared with the text next to the place,
 * allowing edits; a side cut by the start or end of the text must still be cut
 * there: text added beyond it counts against it.
 */
export function sideAgreement(T: string, at: number, stored: string, full: boolean, before: boolean): number {
  const here = agreementAt(T, at, stored, full, before);
  if (here === 1 || caseOnly(T, at, stored, full, before)) return 1;
  // White space between the words and their side is one space once normalised: when the words' last space (or
  // first) has swallowed the side's (the words lost what stood between), that space belongs to both.
  const shared = before ? stored.endsWith(' ') && T.charCodeAt(at) === 32 && T.charCodeAt(at - 1) !== 32 : stored.startsWith(' ') && T.charCodeAt(at - 1) === 32 && T.charCodeAt(at) !== 32;
  return shared ? Math.max(here, agreementAt(T, before ? at + 1 : at - 1, stored, full, before)) : here;
}

function agreementAt(T: string, at: number, stored: string, full: boolean, before: boolean): number {
  const run = before ? commonBefore(T, at, stored) : commonAfter(T, at, stored);
  if (run === stored.length && (full || (before ? at === run : at + run === T.length))) return 1;
  // Half for the unbroken run of agreeing text next to the words (the strongest evidence), half for the whole side allowing edits.
  const adjacent = stored.length ? run / stored.length : 0;
  let similar: number;
  if (full) {
    const d = anchoredDistanceAt(stored, T, at, stored.length + 8, before);
    similar = Math.max(0, 1 - d / Math.max(1, stored.length));
  } else {
    const window = before ? T.slice(Math.max(0, at - 2 * CONTEXT_LENGTH), at) : T.slice(at, at + 2 * CONTEXT_LENGTH);
    similar = Math.max(0, 1 - editDistance(stored, window) / Math.max(1, stored.length, window.length));
  }
  return (adjacent + similar) / 2;
}

/** A letter's code unit in lower case (ASCII letters by arithmetic, others as the language folds them). */
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c < 0x80 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * True when the side stands whole beside the place but for the letter case of some of its letters: a re-scrape that
 * retitled a speaker's label (`THE PRESIDENT:` as `The President:`, a site's style writing labels in capitals) changed
 * how the words are written, not which they are. The side still vouches for the place as a whole side; the words
 * themselves are compared as written.
 */
function caseOnly(T: string, at: number, stored: string, full: boolean, before: boolean): boolean {
  const n = stored.length;
  const from = before ? at - n : at;
  if (n === 0 || from < 0 || from + n > T.length || !(full || (before ? from === 0 : from + n === T.length))) return false;
  // Most places differ by a character that is no case of the stored one: the first difference says so at once.
  const run = before ? commonBefore(T, at, stored) : commonAfter(T, at, stored);
  const k = before ? n - run - 1 : run;
  if (lower(T.charCodeAt(from + k)) !== lower(stored.charCodeAt(k))) return false;
  for (let i = 0; i < n; i++) if (lower(T.charCodeAt(from + i)) !== lower(stored.charCodeAt(i))) return false;
  return true;
}
