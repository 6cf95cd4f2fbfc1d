/**
 * A second hashed table beside the words and word pairs: the character
 * 4-grams of each word, with a space at either end (` tax`, `taxe`, `axes`,
 * `xes `). They let the model weigh the parts of words it has never seen
 * whole (`-ion`, `-ed `, ` mil`), which a transcript it was not fitted on is
 * full of. Words are runs of ASCII letters (lower-cased), digits (each
 * read as 0, so every figure of a length looks alike) and apostrophes.
 */
import type { CodeUnits } from './codeUnits';

/** Bits of the character 4-gram table. */
export const CHAR_BITS = 12;
/** Size of the character 4-gram table. */
export const CHAR_SIZE = 1 << CHAR_BITS;

const CHAR_MASK = CHAR_SIZE - 1;
const SPACE = 32;

/**
 * Each code unit as a word reads it: a to z for either case, 0 for every
 * digit, a straight apostrophe for either kind; 0 between words. Built the
 * first time a sentence is read: one table read per character, no branches.
 */
let units: Uint8Array | undefined;
function unitTable(): Uint8Array {
  if (units) return units;
  units = new Uint8Array(65536);
  for (let k = 0; k < 26; k++) units[97 + k] = units[65 + k] = 97 + k;
  for (let k = 48; k <= 57; k++) units[k] = 48;
  units[39] = units[0x2019] = 39;
  return units;
}

/** FNV-1a of four code units, in the table. */
function gramBucket(a: number, b: number, c: number, d: number): number {
  let h = 2166136261;
  h = Math.imul(h ^ a, 16777619);
  h = Math.imul(h ^ b, 16777619);
  h = Math.imul(h ^ c, 16777619);
  h = Math.imul(h ^ d, 16777619);
  return (h >>> 0) & CHAR_MASK;
}

/**
 * The buckets of text[from, to)'s character 4-grams, in order: pushed to
 * `out` when given; returns how many, and with `weights` (indexed from
 * `offset`) the sum of theirs in `sum[0]`.
 */
export function charGrams(text: CodeUnits, from: number, to: number, out?: number[], weights?: ArrayLike<number>, offset = 0, sum?: Float64Array): number {
  const table = unitTable();
  let count = 0;
  let total = 0;
  // The last three units read, the oldest first; `run` counts the word's units so far plus its opening space.
  let a = 0;
  let b = 0;
  let c = 0;
  let run = 0;
  for (let i = from; i <= to; i++) {
    const u = i < to ? table[text[i]!]! : 0;
    if (u === 0) {
      if (run >= 3) {
        const g = gramBucket(a, b, c, SPACE);
        count++;
        if (out) out.push(g);
        if (weights) total += weights[offset + g]!;
      }
      run = 0;
      continue;
    }
    if (run === 0) {
      a = 0;
      b = 0;
      c = SPACE;
      run = 1;
    }
    if (run >= 3) {
      const g = gramBucket(a, b, c, u);
      count++;
      if (out) out.push(g);
      if (weights) total += weights[offset + g]!;
    }
    a = b;
    b = c;
    c = u;
    run++;
  }
  if (sum) sum[0] = total;
  return count;
}
