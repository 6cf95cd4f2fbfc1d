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
  if (here === 1) return here;
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
