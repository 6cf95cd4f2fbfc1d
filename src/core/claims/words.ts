/**
 * Words of a stretch of text as hashes, read in one pass without cutting
 * strings: what the check-worthiness features and the repeats index need at
 * the speed of the outline (hundreds of megabytes).
 */
import { codeUnits, type CodeUnits } from './codeUnits';

/** The word is a number (`3.5`, `12,000`), a percentage (`38%`), a year (`2019`). */
export const W_NUMBER = 1;
export const W_PERCENT = 2;
export const W_YEAR = 4;
/** It starts with a capital; every letter is a capital (two or more). */
export const W_CAPITAL = 8;
export const W_ALLCAPS = 16;
/** It ends in `ed` (five letters or more), `est` (six or more), `n't`. */
export const W_ED = 32;
export const W_EST = 64;
export const W_NT = 128;
/** A sign that counts as a word: `$ € £ % ? !`. */
export const W_SIGN = 256;

/** Text-level flags: a quotation mark was seen. */
export const T_QUOTE = 1;
/** White space other than single plain spaces was seen: a line break, a tab, two spaces in a row. */
export const T_ODD_SPACE = 2;

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash of a word as the scanner computes it: FNV-1a of its lower-case letters, `’` read as `'`. */
export function wordHash(word: string): number {
  let h = FNV;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 39;
    else if (c >= 128) c = lower(c);
    h = Math.imul(h ^ c, PRIME);
  }
  return h >>> 0;
}

/** Hashes of the classes numbers are read as. */
export const NUMBER_HASH = wordHash('<num>');
export const PERCENT_HASH = wordHash('<pct>');
export const YEAR_HASH = wordHash('<year>');

/**
 * Characters below this have their answers (lower case, letter or not) kept
 * in typed arrays, filled as characters are met: Latin, Greek, Cyrillic,
 * Hebrew, Arabic, Indic scripts... A transcript in French or Russian reads
 * them at almost every word, and a Map look-up there cost more than the
 * rest of the word. Characters above keep theirs in Maps.
 */
const TABLED = 0x3000;

/** Lower case by character, 0 where not yet worked out (no character's lower case is 0). */
let lowerTable: Uint16Array | undefined;
const lowerCache = new Map<number, number>();
function lower(c: number): number {
  if (c < TABLED) {
    const table = (lowerTable ??= new Uint16Array(TABLED));
    const l = table[c]!;
    if (l !== 0) return l;
    return (table[c] = lowerOf(c));
  }
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = lowerOf(c);
    lowerCache.set(c, l);
  }
  return l;
}

/** The lower case of a character, or the character itself when it lower-cases to more than one. */
function lowerOf(c: number): number {
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

/** 1 for a letter, 2 for another character, 0 where not yet worked out. */
let letterTable: Uint8Array | undefined;
const letterCache = new Map<number, boolean>();
const LETTER = /[\p{L}\p{M}]/u;
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < TABLED) {
    const table = (letterTable ??= new Uint8Array(TABLED));
    let l = table[c]!;
    if (l === 0) l = table[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    return l === 1;
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let l = letterCache.get(c);
  if (l === undefined) {
    l = LETTER.test(String.fromCharCode(c));
    letterCache.set(c, l);
  }
  return l;
}

/**
 * The lower case of each character under 256 and 1 for each that is a
 * letter, as the scanner decides them (`lower`, `isLetter`): the
 * WebAssembly scanner (wasmScanner.ts) reads them from these tables.
 */
export function narrowTables(): { lower: Uint16Array; letter: Uint8Array } {
  const lowerCase = new Uint16Array(256);
  const letter = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    lowerCase[c] = lower(c);
    letter[c] = isLetter(c) ? 1 : 0;
  }
  return { lower: lowerCase, letter };
}

/** The byte the WebAssembly scanner reads `“` as: a quotation mark that closes nothing (wasmScanner.ts uses it only in a text without this byte). */
export const OPEN_QUOTE_BYTE = 1;

/**
 * A character under 256 that the scanner reads exactly as it reads `c`, a
 * character of 256 or more, or -1 where none is read so: `'` for `’` (in a
 * word and out of it), `"` for `”`, OPEN_QUOTE_BYTE for `“`, a vertical tab
 * for white space, `#` for any other character that is neither a letter
 * nor `€` (dashes, `…`, `‘`, `„`, symbols: passed over between words). The
 * WebAssembly scanner reads texts of bytes; this lets it read a text whose
 * only wide characters are punctuation.
 */
export function narrowStandIn(c: number): number {
  if (c === 0x2019) return 39;
  if (c === 0x201d) return 34;
  if (c === 0x201c) return OPEN_QUOTE_BYTE;
  if (isWhite(c)) return 11;
  if (c === 0x20ac || isLetter(c)) return -1;
  return 35;
}

/** White space as `\s` means it. */
export function isWhite(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The character at `at` as a word's hash reads it: lower case, `’` as `'`. */
function foldAt(text: CodeUnits, at: number): number {
  const c = text[at]!;
  if (c < 128) return (c - 65) >>> 0 < 26 ? c + 32 : c;
  return c === 0x2019 ? 39 : lower(c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Receives each word: its hash, its `W_` flags and its length in UTF-16 units. */
export type WordSink = (hash: number, flags: number, length: number) => void;

/**
 * What `scanWordsInto` gives each word to, as it finds it: a buffer, or a
 * reader that takes the word's measure at once (the claim cues), so that no
 * second pass reads the words again.
 */
export interface WordTarget {
  /** Takes the next word: its hash, its `W_` flags and its length in UTF-16 units. */
  push(hash: number, flags: number, length: number): void;
}

/** Words as `scanWordsInto` finds them: the k-th word's hash, `W_` flags and length, for k under `count`. */
export class WordBuffer implements WordTarget {
  hashes = new Uint32Array(256);
  flags = new Uint16Array(256);
  lengths = new Uint32Array(256);
  count = 0;

  push(hash: number, flags: number, length: number): void {
    if (this.count === this.hashes.length) this.grow();
    const k = this.count++;
    this.hashes[k] = hash;
    this.flags[k] = flags;
    this.lengths[k] = length;
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    const hashes = new Uint32Array(n);
    const flags = new Uint16Array(n);
    const lengths = new Uint32Array(n);
    hashes.set(this.hashes);
    flags.set(this.flags);
    lengths.set(this.lengths);
    this.hashes = hashes;
    this.flags = flags;
    this.lengths = lengths;
  }
}

/** A buffer for `scanWords`, free unless a sink is scanning again from inside. */
let spare: WordBuffer | undefined;

/**
 * Calls `sink` for each word of text[from, to) in order, as `scanWordsInto`
 * finds them. Returns `T_` flags of the text.
 */
export function scanWords(text: string, from: number, to: number, sink: WordSink, exactNumbers = false): number {
  const buffer = spare ?? new WordBuffer();
  spare = undefined;
  buffer.count = 0;
  const textFlags = scanWordsInto(codeUnits(text), from, to, buffer, exactNumbers);
  const { hashes, flags, lengths, count } = buffer;
  try {
    for (let k = 0; k < count; k++) sink(hashes[k]!, flags[k]!, lengths[k]!);
  } finally {
    spare = buffer;
  }
  return textFlags;
}

/**
 * What the claim cues take from a sentence's words, worked out by the scanner
 * itself as it finds each word (cues.ts sets the tables and reads the
 * results): its hashed word and word-pair buckets, their weights summed or
 * the buckets kept, and its counts of words on the lexicon's lists. The
 * scanner holds all of it in local variables while it reads a sentence and
 * writes it back here at the end: kept in an object's fields, it was read and
 * written again at every word (scoring took about a tenth longer).
 */
export class CueSums {
  /** The lexicon, a perfect hash of word hashes: each slot's word hash and its list bits side by side (at 2 × slot and after), the multiplier and the shift that give a slot. */
  lexicon: Int32Array = new Int32Array(2);
  multiplier = 0;
  shift = 31;
  /** The list bits counted here: comparatives, policy words, capitalised words that often start a sentence (not counted as names), words that only look like superlatives. */
  comparativeBit = 0;
  policyBit = 0;
  stopCapBit = 0;
  notEstBit = 0;
  /** The flag given to a superlative-like word, and the marks given to a sentence holding `?` or `!`. */
  estish = 0;
  questionMark = 0;
  exclamationMark = 0;
  /** The hash table's size less one: a bucket is a mix of hashes masked with it. */
  mask = 0;
  /** Weights summed by bucket (scoring), or, with `keep`, the buckets written to `buckets` from index `first`, two a word (fitting). */
  w: ArrayLike<number> = new Float32Array(1);
  keep = false;
  buckets: Int32Array = new Int32Array(0);
  first = 0;
  // The sentence read so far: carried from one call to the next, set by the caller between sentences.
  /** The sum of its buckets' weights and its number of words. */
  sum = 0;
  count = 0;
  /** The last word's mix head (`mixHead`), a 32-bit integer: its pair with the next word needs only the tail of the mix. */
  prevHead = 0;
  /** The `W_` flags of its words (with `estish`), and the list bits. */
  flags = 0;
  lists = 0;
  /** How many numbers, comparatives, policy words, acronyms and capitalised words inside it. */
  numbers = 0;
  comparatives = 0;
  policy = 0;
  acronyms = 0;
  capsInside = 0;
  /** `questionMark` and `exclamationMark` when it holds those signs. */
  marks = 0;
}

/**
 * Gives each word of text[from, to) to `out`, in order (`text` as its code
 * units: `codeUnits`, with the 0 after them): runs of letters
 * (with inner `'`, `’` and `-`), numbers (with inner `.` and `,`, and a
 * trailing `%`; read as their class, or as written with `exactNumbers`), and
 * the signs `$ € £ % ? !`; or, given `CueSums`, takes their cues into it.
 * Returns `T_` flags of the text (white space that is not a single plain
 * space is seen between words only, as words never hold it).
 */
export function scanWordsInto(text: CodeUnits, from: number, to: number, out: WordTarget | CueSums, exactNumbers = false): number {
  // The hash's constants as locals: a bundler makes module constants variables, which the engine would
  // read again, and check, at every character.
  const fnv = FNV;
  const prime = PRIME;
  const cues = out instanceof CueSums ? out : undefined;
  // The cues' tables and the sentence's measures so far, as locals (see CueSums).
  const { lexicon, multiplier, shift, comparativeBit, policyBit, stopCapBit, notEstBit, estish, questionMark, exclamationMark, mask, w, keep, buckets, first } = cues ?? NO_CUES;
  let { sum, count, prevHead, flags: allFlags, lists, numbers, comparatives, policy, acronyms, capsInside, marks } = cues ?? NO_CUES;
  let textFlags = 0;
  let i = from;
  // The character at `i` (0 past the end), read once: each branch leaves the one that stopped it here.
  let c = i < to ? text[i]! : 0;
  while (i < to) {
    // The word found, if any: every kind of word leaves here with its hash, `W_` flags and length, and is
    // given to `out` at one place below (one call for the engine to inline, not one per kind).
    let hash: number;
    let flags = 0;
    let len: number;
    word: {
      // Most characters between words are spaces: one is passed here and what follows it read at once,
      // not at another turn of the loop.
      if (c === 32) {
        if (++i >= to) break;
        c = text[i]!;
        // A space followed by white space: what `\s+` would make one space (other white space is odd by itself, below).
        if (c === 32) {
          textFlags |= T_ODD_SPACE;
          continue;
        }
      }
      // Most words are runs of small ASCII letters followed by a space: read them with nothing else to decide.
      if ((c - 97) >>> 0 < 26) {
        const start = i;
        let h = fnv;
        let last = 0;
        // No test of the stretch's end per character: the loop may read on past it (into the text's next
        // characters, or the 0 after the last), and a word that did is read again below. Four characters a
        // turn: V8 checks the array (its map, whether detached) once a turn, not once a character, as the
        // check for interrupts at each turn keeps it from taking those checks out of the loop.
        for (;;) {
          h = Math.imul(h ^ c, prime);
          last = c;
          c = text[++i]! | 0;
          if ((c - 97) >>> 0 >= 26) break;
          h = Math.imul(h ^ c, prime);
          last = c;
          c = text[++i]! | 0;
          if ((c - 97) >>> 0 >= 26) break;
          h = Math.imul(h ^ c, prime);
          last = c;
          c = text[++i]! | 0;
          if ((c - 97) >>> 0 >= 26) break;
          h = Math.imul(h ^ c, prime);
          last = c;
          c = text[++i]! | 0;
          if ((c - 97) >>> 0 >= 26) break;
        }
        if (i <= to) {
          if (i === to) c = 0;
          if (c === 32 || c === 0 || !maybeInWord(c)) {
            hash = h >>> 0;
            len = i - start;
            // `d` (100) and `t` (116) alone differ by the bit 16 only: one comparison.
            if ((last | 16) === 116) flags = endingFlags(text, i, len, last);
            break word;
          }
        }
        // A capital, another letter or an inner mark follows, or the word ran past the stretch: the general case reads it again.
        i = start;
        c = text[i]!;
      }
      if (isDigit(c)) {
        const start = i;
        let digitsOnly = true;
        i++;
        c = 0;
        while (i < to) {
          c = text[i]!;
          if (isDigit(c)) i++;
          else if ((c === 46 || c === 44) && i + 1 < to && isDigit(text[i + 1]!)) {
            digitsOnly = false;
            i++;
          } else break;
          c = 0;
        }
        const percent = c === 37;
        if (percent) c = ++i < to ? text[i]! : 0;
        len = i - start;
        if (exactNumbers) {
          // The figure itself, as written: `38%` and `38 %` differ, `12,000` and `12000` too.
          let h = fnv;
          for (let k = start; k < i; k++) h = Math.imul(h ^ text[k]!, prime);
          hash = h >>> 0;
          flags = W_NUMBER | (percent ? W_PERCENT : 0);
          break word;
        }
        if (percent) {
          hash = PERCENT_HASH;
          flags = W_NUMBER | W_PERCENT;
          break word;
        }
        if (digitsOnly && len === 4) {
          const a = text[start]!;
          const b = text[start + 1]!;
          if ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) {
            hash = YEAR_HASH;
            flags = W_NUMBER | W_YEAR;
            break word;
          }
        }
        hash = NUMBER_HASH;
        flags = W_NUMBER;
        break word;
      }
      if (isLetter(c)) {
        const start = i;
        let h = fnv;
        let upper = 0;
        // Inner apostrophes and hyphens: the word's letters are its length less these.
        let marks = 0;
        // `ch` is the character at `i`, part of the word and not yet in its hash; `last` the last one hashed, as hashed.
        let ch = c;
        let last = 0;
        for (;;) {
          if ((ch - 97) >>> 0 < 26 || ch === 39 || ch === 45) {
            // A small letter, or an inner mark: hashed as it is.
          } else if ((ch - 65) >>> 0 < 26) {
            ch += 32;
            upper++;
          } else if (ch === 0x2019) ch = 39;
          else {
            const lc = lower(ch);
            if (lc !== ch) upper++;
            ch = lc;
          }
          h = Math.imul(h ^ ch, prime);
          last = ch;
          i++;
          ch = 0;
          // Most of a word is a run of small ASCII letters: a loop that does nothing else.
          while (i < to) {
            ch = text[i]!;
            if ((ch - 97) >>> 0 >= 26) break;
            h = Math.imul(h ^ ch, prime);
            last = ch;
            i++;
            ch = 0;
          }
          if (i >= to) break;
          // A capital or any other letter goes on; so does an apostrophe or hyphen inside a word (`don't`, `well-known`).
          if ((ch - 65) >>> 0 < 26 || (ch >= 128 && ch !== 0x2019 && isLetter(ch))) continue;
          if ((ch === 39 || ch === 0x2019 || ch === 45) && i + 1 < to && isLetter(text[i + 1]!)) {
            marks++;
            continue;
          }
          break;
        }
        c = ch;
        len = i - start;
        const first = text[start]!;
        if ((first >= 65 && first <= 90) || (first >= 128 && lower(first) !== first)) flags |= W_CAPITAL;
        if (upper === len - marks && upper >= 2) flags |= W_ALLCAPS;
        if ((last | 16) === 116) flags |= endingFlags(text, i, len, last);
        hash = h >>> 0;
        break word;
      }
      if (c === 36 || c === 0x20ac || c === 0xa3 || c === 37 || c === 63 || c === 33) {
        hash = Math.imul(fnv ^ c, prime) >>> 0;
        flags = W_SIGN;
        len = 1;
        i++;
        c = i < to ? text[i]! : 0;
        break word;
      }
      if (c === 34 || c === 0x201c || c === 0x201d) textFlags |= T_QUOTE;
      else if (isWhite(c)) textFlags |= T_ODD_SPACE;
      i++;
      c = i < to ? text[i]! : 0;
      continue;
    }
    if (cues === undefined) {
      (out as WordTarget).push(hash, flags, len);
      continue;
    }
    const head = mixHead(hash);
    const slot = 2 * (Math.imul(hash, multiplier) >>> shift);
    // 0 when the slot holds this word, else -1: the slot's bits are kept or cleared without a branch.
    const other = lexicon[slot]! ^ hash;
    const onLists = lexicon[slot + 1]! & (((other | -other) >> 31) ^ -1);
    const one = mixTail(head, 0) & mask;
    const two = mixTail(prevHead, hash) & mask;
    const k = count++;
    prevHead = head;
    if (keep) {
      buckets[first + 2 * k] = one;
      buckets[first + 2 * k + 1] = two;
    } else sum += w[one]! + w[two]!;
    // Most words are on no list and have no flag (small letters, no ending to note): nothing more to count.
    if ((flags | onLists) === 0) continue;
    lists |= onLists;
    allFlags |= flags;
    if (flags & W_NUMBER) numbers++;
    if (onLists & comparativeBit) comparatives++;
    if (onLists & policyBit) policy++;
    if (flags & W_ALLCAPS && len <= 6) acronyms++;
    else if (k > 0 && flags & W_CAPITAL && !(flags & W_ALLCAPS) && !(onLists & stopCapBit)) capsInside++;
    if (flags & W_EST && !(onLists & notEstBit)) allFlags |= estish;
    // Signs are the only words with W_SIGN: `?` and `!` among them.
    if (flags & W_SIGN) {
      if (hash === QUESTION_HASH) marks |= questionMark;
      else if (hash === EXCLAMATION_HASH) marks |= exclamationMark;
    }
  }
  if (cues !== undefined) {
    cues.sum = sum;
    cues.count = count;
    cues.prevHead = prevHead;
    cues.flags = allFlags;
    cues.lists = lists;
    cues.numbers = numbers;
    cues.comparatives = comparatives;
    cues.policy = policy;
    cues.acronyms = acronyms;
    cues.capsInside = capsInside;
    cues.marks = marks;
  }
  return textFlags;
}

/** What the scanner reads when not given cues (never used: the words go to their target). */
const NO_CUES = new CueSums();
const QUESTION_HASH = wordHash('?');
const EXCLAMATION_HASH = wordHash('!');

/**
 * The ending flags of the word of `len` characters that ends before `end`, its
 * last character `last` as hashed (`d` or `t`): read back from its last
 * characters only where that letter may end one.
 */
function endingFlags(text: CodeUnits, end: number, len: number, last: number): number {
  if (last === 100) return len > 4 && foldAt(text, end - 2) === 101 ? W_ED : 0;
  if (len < 3) return 0;
  const c2 = foldAt(text, end - 2);
  const c3 = foldAt(text, end - 3);
  if (len > 5 && c3 === 101 && c2 === 115) return W_EST;
  return c3 === 110 && c2 === 39 ? W_NT : 0;
}

/** Whether a character may go on a word: a letter, or an apostrophe or hyphen (inside a word when a letter follows). */
function maybeInWord(c: number): boolean {
  return (c - 65) >>> 0 < 26 || c === 39 || c === 45 || (c >= 128 && (c === 0x2019 || isLetter(c)));
}

/** Mixes two hashes into one (for word pairs and trigrams). */
export function mix(a: number, b: number): number {
  return mixTail(mixHead(a), b);
}

/**
 * The part of `mix(a, b)` that depends on `a` alone: a word's head serves
 * both its own bucket, `mix(h, 0)`, and the next word's pair, `mix(h, next)`.
 */
export function mixHead(a: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
}

/** `mix(a, b)` from `a`'s head. */
export function mixTail(head: number, b: number): number {
  const h = Math.imul(head ^ (head >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
