/**
 * Reading text as it arrives: bytes in any of the encodings transcripts come in,
 * line boundaries with CRLF, blank lines that hold only non-breaking spaces.
 */

/** A line of the text: `start` and `end` are UTF-16 offsets, `end` excludes the line break. */
export interface LineSpan {
  start: number;
  end: number;
}

export { binaryReason, bytesSource, decodeSource, decodeText, decodeUtf16, decodeWindows1252, NotTextError, sniffUtf16, type ByteSource, type DecodedText } from './decode';

/** Why this already-decoded text is not a transcript one can read, or undefined. */
export function textBinaryReason(text: string): string | undefined {
  const n = Math.min(text.length, 8192);
  // Only the head is looked at: a search of the whole text would cross megabytes for a NUL that does not count there.
  const nul = (n < text.length ? text.slice(0, n) : text).indexOf('\0');
  if (nul >= 0) return `binary content: a NUL character at offset ${nul}`;
  return undefined;
}

/** Removes a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits a text into line spans; `\r\n`, `\n` and a lone `\r` end a line. */
export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  const len = text.length;
  // A text with no CR is split on LF alone, the common case, at native speed.
  if (text.indexOf('\r') < 0) {
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      spans.push({ start, end: nl });
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    spans.push({ start, end: len });
    return spans;
  }
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      spans.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  spans.push({ start, end: len });
  return spans;
}

/** The lines of a text as two arrays of UTF-16 offsets: no object per line. */
export interface LineTable {
  count: number;
  /** Offset of each line's first character. */
  starts: Int32Array;
  /** Offset just after each line's last character, before its line break. */
  ends: Int32Array;
}

/** Splits a text into a line table; `\r\n`, `\n` and a lone `\r` end a line. */
export function lineTable(text: string): LineTable {
  const len = text.length;
  if (text.indexOf('\r') >= 0) {
    let count = 1;
    eachCrLine(text, () => count++);
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    let line = 0;
    const start = eachCrLine(text, (s, e) => {
      starts[line] = s;
      ends[line++] = e;
    });
    starts[line] = start;
    ends[line] = len;
    return { count, starts, ends };
  }
  // One search for the line breaks, not one to count them and one to place them: the columns start with room for
  // lines of 64 characters and double when full (memory reserved and never written is never taken from the system).
  let starts: Int32Array = new Int32Array((len >>> 6) + 16);
  let ends: Int32Array = new Int32Array(starts.length);
  let line = 0;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (line + 1 === starts.length) {
      starts = doubled(starts);
      ends = doubled(ends);
    }
    starts[line] = start;
    ends[line++] = nl;
    start = nl + 1;
  }
  starts[line] = start;
  ends[line] = len;
  const count = line + 1;
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

/** A column twice as long, its numbers copied. */
function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Calls `line(start, end)` for each line but the last of a text that holds a
 * `\r`. The breaks are found by the engine's string search, the next `\r` and
 * the next `\n` each remembered until passed, not by a loop over every
 * character: a transcript with `\r` breaks is often a two-byte string, slow to
 * walk. Returns the last line's start.
 */
function eachCrLine(text: string, line: (start: number, end: number) => void): number {
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  let start = 0;
  while (cr >= 0 || lf >= 0) {
    const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    line(start, at);
    start = at + (at === cr && lf === at + 1 ? 2 : 1);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
  }
  return start;
}

/** The 0-based line that holds a UTF-16 offset (a binary search of the line starts). */
export function lineAtOffset(lines: LineTable, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Unicode white space as transcripts carry it: NBSP, thin and other spaces, zero-width ones. */
const SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** True when the character code is white space of any kind. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 9) return true;
  if (c < 128) return c >= 10 && c <= 13;
  return SPACE.test(String.fromCharCode(c));
}

/** True when the character code is a capital letter, ASCII or not. */
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/**
 * True when the string holds a clock's digits, an ASCII digit, a colon and two
 * more digits (`9:05`, `[00:01:20]`): every pattern of a time needs them, and
 * a line without them is passed by without running (or compiling) a regular
 * expression that looks for one.
 */
export function hasClockDigits(s: string): boolean {
  for (let at = s.indexOf(':', 1); at > 0; at = s.indexOf(':', at + 1)) {
    if (isAsciiDigit(s.charCodeAt(at - 1)) && isAsciiDigit(s.charCodeAt(at + 1)) && isAsciiDigit(s.charCodeAt(at + 2))) return true;
  }
  return false;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when text[start, end) holds only white space (of any kind). */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Text that has leading, trailing, doubled or unusual white space. */
const NEEDS_COLLAPSE = /^[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]|[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]$|[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]{2}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** Collapses runs of any white space to one space and trims. */
export function collapseSpace(s: string): string {
  if (!NEEDS_COLLAPSE.test(s)) return s;
  return s.replace(/[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

export { webLink } from './links';
export { hasInvisible, showInvisible } from './visible';
export { emptyRecord, fieldOf, hasField, setField } from './records';
