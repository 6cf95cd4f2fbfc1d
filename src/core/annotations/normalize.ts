/**
 * Text as anchoring compares it: line endings and runs of white space are one
 * space, curly and straight quotes one quote, dashes (and the spaces around a
 * dash) one hyphen, a list's bullet between spaces and an ordered list's number at the start of a line (`12. `) nothing, `…` three dots, zero-width characters nothing, an HTML
 * character reference (`&amp;`, `&#39;`, `&#x2019;`) the character it names,
 * a timestamp's decimal comma a point, a timestamp's hours of zero (`00:` of
 * `00:01:02`) nothing, and every character in Unicode NFC. Each character of the result remembers the span of
 * the original it came from, so a match found in the normalised text is a
 * range of the original.
 */

/** A normalised text and, for each of its UTF-16 units, the original span it stands for. */
export interface NormalText {
  text: string;
  /** Original UTF-16 offset where each unit's source starts. */
  starts: Int32Array;
  /** Original UTF-16 offset where each unit's source ends. */
  ends: Int32Array;
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x00b4, 0x0060, 0x02bc, 0xff07]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb, 0xff02]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
/** Marks of a list's items: layout, not words, where they stand between spaces. */
const BULLETS = new Set([0x2022, 0x2023, 0x2043, 0x2219, 0x25aa, 0x25ab, 0x25a0, 0x25cb, 0x25cf, 0x25e6]);

/** True for a dash of any kind (most characters are not, and need no set look-up). */
function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && DASHES.has(c));
}

/** True for a character of no width. */
function isZeroWidth(c: number): boolean {
  return c >= 0xad && ZERO_WIDTH.has(c);
}

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0x80) return false;
  return c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isMark(c: number): boolean {
  if (c < 0x300) return false;
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0x3099 && c <= 0x309a);
}

/**
 * Normalises text[from, to) for comparison, keeping where each unit came from;
 * `hours`: false keeps a timestamp's hours of zero (for a tag on nothing else).
 */
export function normalizeText(text: string, from = 0, to = text.length, hours = true): NormalText {
  const out = new Output(to - from + 16);
  out.hours = hours;
  return normalizeInto(out, text, from, to).finish();
}

/** Strings up to this long are normalised in one scratch buffer, made once: re-anchoring normalises thousands. */
const SCRATCH = 4096;
let scratch: Output | undefined;

/** Just the normalised string; `hours` as for normalizeText. */
export function normalized(s: string, hours = true): string {
  if (plain(s)) return s;
  if (s.length > SCRATCH) return normalizeText(s, 0, s.length, hours).text;
  const out = (scratch ??= new Output(SCRATCH + 16));
  out.length = 0;
  out.surrogates = false;
  out.hours = hours;
  normalizeInto(out, s, 0, s.length);
  return unitsToString(out.codes, out.length, out.surrogates);
}

/** Normalises text[from, to) into `out`. */
function normalizeInto(out: Output, text: string, from: number, to: number): Output {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Plain ASCII that stands for itself, the common case: a whole run of it in one loop, without a call or a
    // property write per character.
    if (c > 32 && c < 0x7f && c !== 0x2d && c !== 0x60 && c !== 0x26) {
      const number = isDigit(c) ? listNumber(text, i, to) : 0;
      if (number) {
        // An ordered list's number at the start of a line (a paragraph made an item) is layout, as a bullet is.
        if (out.length && out.codes[out.length - 1] === 32) out.ends[out.length - 1] = number;
        i = number;
        continue;
      }
      i = plainRun(text, i, to, out);
      if (i < to && isMark(text.charCodeAt(i))) {
        // The run's last character goes with the marks after it.
        out.length--;
        i = cluster(text, i - 1, to, out);
      }
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < to && (isSpace(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
      // Spaces before a dash belong to the dash.
      if (j < to && isDash(text.charCodeAt(j))) {
        i = dash(text, i, j, to, out);
        continue;
      }
      out.push(32, i, j);
      i = j;
      continue;
    }
    if (c === 0x26) {
      i = reference(text, i, to, out);
      continue;
    }
    if (c < 0x80 && c !== 0x2d && c !== 0x60) {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (DASHES.has(c)) {
      i = dash(text, i, i, to, out);
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      i++;
      continue;
    }
    if (BULLETS.has(c) && isSpace(text.charCodeAt(i + 1)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      // A list's mark between spaces (a paragraph made an item) is layout: it and the spaces after it are nothing.
      let j = i + 1;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (out.length && out.codes[out.length - 1] === 32) out.ends[out.length - 1] = j;
      i = j;
      continue;
    }
    if (SINGLE_QUOTES.has(c)) {
      out.push(39, i, i + 1);
      i++;
      continue;
    }
    if (DOUBLE_QUOTES.has(c)) {
      out.push(34, i, i + 1);
      i++;
      continue;
    }
    if (c === 0x2026) {
      out.push(46, i, i + 1);
      out.push(46, i, i + 1);
      out.push(46, i, i + 1);
      i++;
      continue;
    }
    i = cluster(text, i, to, out);
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Where the spaces after an ordered list's number at `i` end (`12. ` of a line `12. Words`), 0 when there is none:
 * one to three digits, a point and a space or a tab, at the start of the text or of a line (spaces before it
 * allowed). A number in the middle of a line (`chapter 3. Then`) is words.
 */
export function listNumber(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 4 && isDigit(text.charCodeAt(j))) j++;
  if (j - i > 3 || j + 1 >= to || text.charCodeAt(j) !== 0x2e) return 0;
  const after = text.charCodeAt(j + 1);
  if (after !== 32 && after !== 9 && after !== 0xa0) return 0;
  for (let k = i - 1; k >= 0; k--) {
    const b = text.charCodeAt(k);
    if (b === 10 || b === 13 || b === 0x2028 || b === 0x2029) break;
    if (b !== 32 && b !== 9 && b !== 0xa0) return 0;
  }
  j += 2;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
  return j;
}

/** Copies the run of plain printable ASCII (no dash, no backtick) that starts at `i`; returns where it ends. */
function plainRun(text: string, i: number, to: number, out: Output): number {
  if (out.length === out.codes.length) out.grow();
  const { codes, starts, ends } = out;
  let n = out.length;
  // As far as there is room; the caller comes back for the rest.
  const end = Math.min(to, i + codes.length - n);
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 0x7f || c === 0x2d || c === 0x60 || c === 0x26) break;
    if (c === 0x30 && out.hours) {
      const skip = zeroHours(text, i, to);
      if (skip) {
        i += skip - 1;
        continue;
      }
    }
    // A timestamp's decimal comma (SRT's `00:01:02,500`) is the point other caption formats write.
    codes[n] = c === 0x2c && n >= 3 && codes[n - 3] === 0x3a && isDigit(codes[n - 1]!) && isDigit(codes[n - 2]!) && isDigit(text.charCodeAt(i + 1)) ? 0x2e : c;
    starts[n] = i;
    ends[n++] = i + 1;
  }
  out.length = n;
  return i;
}

/**
 * How long the hours of zero of a timestamp at `i` are (`00:` or `0:` before
 * `01:02`), 0 when there are none: a caption written again with its zero hours
 * dropped (or added) says the same time.
 */
function zeroHours(text: string, i: number, to: number): number {
  const before = text.charCodeAt(i - 1);
  if (isDigit(before) || before === 0x3a || before === 0x2e || before === 0x2c) return 0;
  let j = i + 1;
  if (text.charCodeAt(j) === 0x30) j++;
  if (text.charCodeAt(j) !== 0x3a || j + 6 > to) return 0;
  const at = (k: number) => text.charCodeAt(j + k);
  if (!isDigit(at(1)) || !isDigit(at(2)) || at(3) !== 0x3a || !isDigit(at(4)) || !isDigit(at(5))) return 0;
  return j + 6 < to && isDigit(at(6)) ? 0 : j + 1 - i;
}

/** The normalised units as they are made, in typed arrays that grow. */
class Output {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** True once a unit that is half of a surrogate pair was pushed. */
  surrogates = false;
  /** False to keep a timestamp's hours of zero. */
  hours = true;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  grow(): void {
    const n = this.codes.length * 2;
    const codes = new Uint16Array(n);
    codes.set(this.codes);
    const starts = new Int32Array(n);
    starts.set(this.starts);
    const ends = new Int32Array(n);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
  push(code: number, s: number, e: number): void {
    if (this.length === this.codes.length) this.grow();
    if ((code & 0xf800) === 0xd800) this.surrogates = true;
    this.codes[this.length] = code;
    this.starts[this.length] = s;
    this.ends[this.length++] = e;
  }
  finish(): NormalText {
    return { text: unitsToString(this.codes, this.length, this.surrogates), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

/** Decodes UTF-16 units in one call, where the platform is little-endian (as all it runs on are). */
const decoder = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** The string of the first `length` units of `codes`; `surrogates` when any of them is half of a pair (or a lone half). */
function unitsToString(codes: Uint16Array, length: number, surrogates: boolean): string {
  const units = codes.subarray(0, length);
  // Large texts decode a hundred times faster in one call; the decoder would replace a lone surrogate, so a text
  // with any takes the slow way, which keeps every unit as it is.
  if (decoder && length > 256 && !surrogates) return decoder.decode(units);
  const parts: string[] = [];
  for (let k = 0; k < length; k += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]));
  return parts.join('');
}

/** A run of dashes (with the white space before, from `spaceStart`, and after it) as one hyphen. */
function dash(text: string, spaceStart: number, at: number, to: number, out: Output): number {
  let j = at;
  while (j < to && isDash(text.charCodeAt(j))) j++;
  const dashEnd = j;
  while (j < to && (isSpace(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
  // A plain hyphen inside a word (`well-known`) keeps its place; any dash with spaces, or longer, is one hyphen.
  out.push(45, spaceStart, j > dashEnd || spaceStart < at ? j : dashEnd);
  return j;
}

/** The characters HTML's named references most often found in scraped pages stand for. */
const NAMED: Record<string, number> = { amp: 0x26, quot: 0x22, apos: 0x27, lt: 0x3c, gt: 0x3e, nbsp: 0x20 };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-z]{2,4}));/y;

/** An `&` that starts an HTML character reference as the character it names (folded as that character is); else itself. */
function reference(text: string, i: number, to: number, out: Output): number {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(text);
  const c = m && i + m[0].length <= to ? (m[3] !== undefined ? NAMED[m[3]] : parseInt(m[1] ?? m[2]!, m[1] !== undefined ? 10 : 16)) : undefined;
  if (m === null || c === undefined || c === 0 || c > 0xffff || (c >= 0xd800 && c <= 0xdfff)) {
    out.push(0x26, i, i + 1);
    return i + 1;
  }
  let j = i + m[0].length;
  const folded = isSpace(c) ? 32 : isDash(c) ? 45 : SINGLE_QUOTES.has(c) ? 39 : DOUBLE_QUOTES.has(c) ? 34 : c;
  if (folded === 32 || folded === 45) {
    // A space or a dash takes the white space around it, as one written as itself does.
    let start = i;
    if (out.length && out.codes[out.length - 1] === 32) start = out.starts[--out.length]!;
    while (j < to && (isSpace(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
    out.push(folded, start, j);
  } else out.push(folded, i, j);
  return j;
}

/** A character with its combining marks, in NFC. */
function cluster(text: string, i: number, to: number, out: Output): number {
  let j = i + 1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && j < to && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
  while (j < to && isMark(text.charCodeAt(j))) j++;
  const piece = text.slice(i, j);
  const nfc = piece.length === 1 && piece.charCodeAt(0) < 0x300 ? piece : piece.normalize('NFC');
  for (let k = 0; k < nfc.length; k++) out.push(nfc.charCodeAt(k), i, j);
  return j;
}

/** True when normalising leaves `s` as it is: printable ASCII, no dash, backtick, `&`, timestamp comma or zero hours, no two spaces together. */
function plain(s: string): boolean {
  if (isDigit(s.charCodeAt(0)) && listNumber(s, 0, s.length)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x7f && c !== 0x2d && c !== 0x60 && c !== 0x26 && (c !== 0x2c || s.charCodeAt(i - 3) !== 0x3a) && (c !== 0x3a || s.charCodeAt(i - 1) !== 0x30)) continue;
    if (c === 32 && s.charCodeAt(i + 1) !== 32 && s.charCodeAt(i + 1) !== 0x2d) continue;
    return false;
  }
  return true;
}

/** The index of the first normalised unit that comes from at or after an original offset. */
export function normalOffset(norm: NormalText, original: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.ends[mid]! <= original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original range a normalised range [from, to) stands for. */
export function originalRange(norm: NormalText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < norm.starts.length ? norm.starts[from]! : norm.ends.length ? norm.ends[norm.ends.length - 1]! : 0;
    return { start: at, end: at };
  }
  return { start: norm.starts[from]!, end: norm.ends[to - 1]! };
}
