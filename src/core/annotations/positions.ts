/**
 * Positions in a text three ways: UTF-16 offsets (what JavaScript strings and
 * the editor count), Unicode code points (what sidecars store, as the W3C Web
 * Annotation model counts characters) and 1-based line and column for people.
 */

/** A 1-based line and a 1-based column counted in code points. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Converts between offsets of one text; built once per text in linear time. */
export class TextIndex {
  /** UTF-16 offsets of the high half of each surrogate pair, in order. */
  private readonly pairs: number[] = [];
  /** UTF-16 offset of the start of each line (`\r\n`, `\n` and a lone `\r` end a line). */
  private readonly lineStarts: number[] = [0];

  /**
   * `firstLine`: the 0-based line of a larger text where this text starts
   * (a passage of it), so that line numbers in messages are the larger text's.
   */
  constructor(
    readonly text: string,
    readonly firstLine = 0,
  ) {
    const hasCr = text.indexOf('\r') >= 0;
    if (!hasCr) {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.lineStarts.push(nl + 1);
    }
    // Only text that holds characters outside the Basic Multilingual Plane needs a character scan for pairs.
    const astral = /[\ud800-\udbff][\udc00-\udfff]/g;
    if (hasCr) {
      // Line ends found by indexOf, not a character at a time: `\r\n`, a lone `\r` and a lone `\n`.
      let cr = text.indexOf('\r');
      let nl = text.indexOf('\n');
      while (cr >= 0 || nl >= 0) {
        if (cr >= 0 && (nl < 0 || cr < nl)) {
          const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
          this.lineStarts.push(end);
          if (end === cr + 2) nl = text.indexOf('\n', end);
          cr = text.indexOf('\r', cr + 1);
        } else {
          this.lineStarts.push(nl + 1);
          nl = text.indexOf('\n', nl + 1);
        }
      }
    }
    for (let m = astral.exec(text); m; m = astral.exec(text)) this.pairs.push(m.index);
  }

  /** The number of code points in the text. */
  get codePointLength(): number {
    return this.text.length - this.pairs.length;
  }

  /** The code-point offset of a UTF-16 offset; one that splits a surrogate pair counts as the pair's start. */
  toCodePoint(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const before = countBelow(this.pairs, o);
    if (before > 0 && this.pairs[before - 1] === o - 1) return o - 1 - (before - 1);
    return o - before;
  }

  /** The UTF-16 offset of a code-point offset, clamped to the text. */
  toUtf16(codePoint: number): number {
    const cp = Math.max(0, Math.min(Math.floor(codePoint), this.codePointLength));
    // The pair at index k starts at code point pairs[k] - k; each pair before cp adds one UTF-16 unit.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** The 0-based line that holds a UTF-16 offset. */
  lineOf(offset: number): number {
    return countAtOrBelow(this.lineStarts, offset) - 1;
  }

  /** The 1-based line number of a UTF-16 offset, as messages give it (counted in the larger text when this is a passage of it). */
  lineNumber(offset: number): number {
    return this.firstLine + this.lineOf(offset) + 1;
  }

  /** The UTF-16 offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** The number of lines (an empty text has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 1-based line and code-point column of a UTF-16 offset. */
  lineColumn(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line: line + 1, column: this.toCodePoint(o) - this.toCodePoint(this.lineStarts[line]!) + 1 };
  }

  /** The 0-based line and UTF-16 character of a UTF-16 offset, as the editor counts them. */
  editorPosition(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line]! };
  }

  /** The UTF-16 offset of a 0-based editor line and UTF-16 character, clamped to the text. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line]!;
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (line + 1 < this.lineStarts.length) {
      if (this.text.charCodeAt(end - 1) === 10) end--;
      if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return Math.min(start + Math.max(0, character), end);
  }
}

/** The number of entries below `value` in a sorted list. */
export function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of entries at or below `value` in a sorted list. */
function countAtOrBelow(sorted: number[], value: number): number {
  return countBelow(sorted, value + 1);
}

/** The first `count` code points of a string, or its last ones with `fromEnd`. */
export function codePointSlice(s: string, count: number, fromEnd = false): string {
  if (!fromEnd) {
    let i = 0;
    for (let k = 0; k < count && i < s.length; k++) i += isHighSurrogateAt(s, i) ? 2 : 1;
    return s.slice(0, i);
  }
  let i = s.length;
  for (let k = 0; k < count && i > 0; k++) i -= isLowSurrogateAt(s, i - 1) && isHighSurrogateAt(s, i - 2) ? 2 : 1;
  return s.slice(i);
}

function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

function isLowSurrogateAt(s: string, i: number): boolean {
  return i >= 0 && (s.charCodeAt(i) & 0xfc00) === 0xdc00;
}

/** The number of code points in a string. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    if (isHighSurrogateAt(s, i)) {
      n--;
      i++;
    }
  }
  return n;
}
