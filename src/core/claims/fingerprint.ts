/**
 * The fingerprint the repeats index keeps of each transcript: the winnowed
 * hashes of its word trigrams (the rightmost smallest of every window of four),
 * sorted, each once. Any run of six or more words a claim shares with a
 * transcript shares one of these hashes with the claim's own fingerprint.
 *
 * Made in one tight pass over the text, at a fraction of the outline's time, so
 * the Transcripts view's background index can make it for every transcript it
 * reads. Words here are simply runs of letters and digits, lower-cased: the
 * fingerprint only picks the transcripts worth measuring, and claim and
 * transcript are cut the same way; the measure itself reads words as
 * `words.scanWords` does.
 */

/** Trigrams per window: every run of WINDOW + 2 words keeps at least one hash. */
const WINDOW = 4;
const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/** For each ASCII code: its lower-case code when it belongs to a word, else 0. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 97; c <= 122; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = c + 32;

const lowerCache = new Map<number, number>();
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** A non-ASCII code's lower-case form when it belongs to a word (a letter, mark or digit, or half of a surrogate pair), else 0. */
function wordCode(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c);
    l = WORD.test(s) ? s.toLowerCase().charCodeAt(0) : 0;
    lowerCache.set(c, l);
  }
  return l;
}

/** Scratch: the trigram hashes of the text being read, and the winnowed ones. */
let trigrams = new Uint32Array(1 << 16);

/** The hash of three words' hashes, in order. */
function trigram(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}
let kept = new Uint32Array(1 << 15);

/** Code units are read from a typed array a piece at a time: V8 reads its elements faster than `charCodeAt`, which checks the string's shape at every call. */
const PIECE = 1 << 15;
const units = new Uint16Array(PIECE);

/** The shape of Node's Buffer this module uses, where the host has it (not in a web worker). */
interface NodeBufferClass {
  from(buffer: ArrayBufferLike): { write(text: string, offset: number, length: number, encoding: 'utf16le'): number };
}
const nodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;
/** `units` as a Node Buffer, which copies a string's code units natively; elsewhere a loop copies them. */
const unitBytes = nodeBuffer?.from(units.buffer);

/** Copies the code units of text[from, to), at most PIECE of them, to the start of `units`. */
function readPiece(text: string, from: number, to: number): void {
  if (unitBytes) unitBytes.write(text.substring(from, to), 0, 2 * (to - from), 'utf16le');
  else for (let i = from; i < to; i++) units[i - from] = text.charCodeAt(i);
}

/** The word trigram hashes of text[from, to) into `trigrams`; returns how many (one hash of all the words when fewer than three). */
function hashTrigrams(text: string, from: number, to: number): number {
  // At most one trigram per two characters (a word and a separator).
  if (trigrams.length < (to - from) / 2 + 2) trigrams = new Uint32Array(Math.ceil((to - from) / 2) + 2);
  const out = trigrams;
  let count = 0;
  let a = 0;
  let b = 0;
  let words = 0;
  let h = FNV;
  let inWord = false;
  for (let at = from; at < to; at += PIECE) {
    const n = Math.min(PIECE, to - at);
    readPiece(text, at, at + n);
    for (let i = 0; i < n; i++) {
      const c = units[i]!;
      const l = c < 128 ? ASCII[c]! : wordCode(c);
      if (l !== 0) {
        h = Math.imul(h ^ l, PRIME);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      const w = h >>> 0;
      h = FNV;
      inWord = false;
      if (words >= 2) out[count++] = trigram(a, b, w);
      a = b;
      b = w;
      words++;
    }
  }
  if (inWord) {
    const w = h >>> 0;
    if (words >= 2) out[count++] = trigram(a, b, w);
    a = b;
    b = w;
    words++;
  }
  if (words === 1) out[count++] = trigram(0, 0, b);
  else if (words === 2) out[count++] = trigram(a, b, 0);
  return count;
}

/** Winnows the first `count` hashes of `trigrams` into `kept`, in order; returns how many were kept. */
function winnow(count: number): number {
  if (kept.length < count) kept = new Uint32Array(count);
  const t = trigrams;
  if (count === 0) return 0;
  if (count <= WINDOW) {
    let min = t[0]!;
    for (let i = 1; i < count; i++) if (t[i]! < min) min = t[i]!;
    kept[0] = min;
    return 1;
  }
  let n = 0;
  let last = -1;
  for (let i = 0; i + WINDOW <= count; i++) {
    let best = i;
    if (last >= i) {
      // The previous pick is still in the window: only the new last hash can beat it.
      best = t[i + WINDOW - 1]! <= t[last]! ? i + WINDOW - 1 : last;
    } else {
      for (let k = i + 1; k < i + WINDOW; k++) if (t[k]! <= t[best]!) best = k;
    }
    if (best !== last) {
      kept[n++] = t[best]!;
      last = best;
    }
  }
  return n;
}

/** A claim's fingerprint: its winnowed word trigram hashes, each once, in the order first met. */
export function claimFingerprint(claim: string): number[] {
  return [...new Set(kept.subarray(0, winnow(hashTrigrams(claim, 0, claim.length))))];
}

/** Scratch for the radix sort: the other buffer and the counts of each byte. */
let spare: Uint32Array = new Uint32Array(1 << 15);
const counts = new Uint32Array(256);

/**
 * Sorts a[0, n) by four passes of a byte each (least significant first),
 * using `spare` as the other buffer; the result ends in `a` (an even number
 * of passes). Hashes are evenly spread, so counting beats comparing here.
 */
function radixSort(a: Uint32Array, n: number): void {
  if (spare.length < n) spare = new Uint32Array(n);
  let from: Uint32Array = a;
  let to: Uint32Array = spare;
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(from[i]! >>> shift) & 255]!++;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[(v >>> shift) & 255]!++] = v;
    }
    const t = from;
    from = to;
    to = t;
  }
}

/** A transcript's fingerprint: its winnowed word trigram hashes, sorted, each once. */
export function textFingerprint(text: string): Uint32Array {
  const count = winnow(hashTrigrams(text, 0, text.length));
  // Small sets sort faster by comparing.
  if (count < 256) kept.subarray(0, count).sort();
  else radixSort(kept, count);
  let n = 0;
  for (let i = 0; i < count; i++) if (i === 0 || kept[i] !== kept[i - 1]) kept[n++] = kept[i]!;
  return kept.slice(0, n);
}
