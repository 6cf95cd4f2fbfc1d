/**
 * Labels written alike, matched once: a transcript repeats its few labels
 * (`MODERATOR: `, `Dr Amal Reyes: `) on thousands of lines, and what a label
 * matches depends only on the line's start up to its colon when the words
 * after the colon start plainly (a space, then a letter). Such lines share the
 * first line's match; every match written alike is one object, kept until the
 * turns are built.
 */
import { matchLabel, type LabelMatch, type LabelOptions } from './labels';

/** How much of a line a label may reach (as `matchLabel` reads it). */
const LABEL_WINDOW = 240;

/** How many distinct labels are remembered. */
const REMEMBERED = 4096;

/** Matches labels line by line, in text order, remembering the labels written alike. */
export class LabelMemo {
  /** Matches by the line's start up to its colon. */
  private readonly byPrefix = new Map<string, LabelMatch>();
  /** Matches of lines that start with a time, by the time's shape and the rest of the prefix (`matchTimed`). */
  private readonly byClock = new Map<string, LabelMatch>();
  /** Matches by every field, for sharing one object among matches written alike. */
  private readonly byFields = new Map<string, LabelMatch>();
  /** The next `@` at or after the last line looked at (-1: none): a contact address turns a label's words into something else. */
  private nextAt = -2;

  constructor(
    private readonly text: string,
    private readonly options: LabelOptions,
  ) {}

  /**
   * The label at the start of the line text[start, end), or undefined;
   * `colon` is the offset of the line's first colon (ASCII or full-width), or
   * -1 when it has none near its start. Lines come in text order.
   */
  match(start: number, end: number, colon: number): LabelMatch | undefined {
    const text = this.text;
    const headEnd = Math.min(end, start + LABEL_WINDOW);
    // Only a line that starts with a digit or a bracket can start with a time.
    const first = text.charCodeAt(start);
    if (colon >= 0 && (first === 91 || first === 40 || isDigit(first)) && !this.options.labelPatterns?.length) {
      const clockEnd = leadingClockEnd(text, start, headEnd);
      if (clockEnd > 0) return this.matchTimed(start, headEnd, clockEnd);
    }
    const prefix = colon >= 0 && !this.options.labelPatterns?.length ? this.plainPrefix(start, headEnd, colon) : undefined;
    if (prefix !== undefined) {
      const known = this.byPrefix.get(prefix);
      if (known) return known;
    }
    const found = matchLabel(text.slice(start, headEnd), this.options);
    if (!found) return undefined;
    const m = this.shared(found);
    // Remembered only where the label ends with the prefix and the words start one space after it: then the rest of the line played no part.
    if (prefix !== undefined && m.end === prefix.length && m.textStart === prefix.length + 1 && !m.bare && this.byPrefix.size < REMEMBERED) this.byPrefix.set(prefix, m);
    return m;
  }

  /**
   * The label of a line that starts with a time (`[00:01:05] Guest: Yes.`):
   * the time holds the line's first colon and changes from line to line, so
   * the label is remembered by the time's shape (where its digits are) and
   * the rest of the prefix as written. A regular expression reads any digit
   * alike, so lines of one shape match alike but for the timestamp, which is
   * the line's own.
   */
  private matchTimed(start: number, headEnd: number, clockEnd: number): LabelMatch | undefined {
    const text = this.text;
    const colon = text.indexOf(':', clockEnd);
    const prefix = colon >= 0 && colon < headEnd ? this.plainPrefix(start, headEnd, colon) : undefined;
    const stamp = text.slice(start, clockEnd);
    const key = prefix === undefined ? undefined : clockShape(stamp) + prefix.slice(stamp.length);
    const known = key === undefined ? undefined : this.byClock.get(key);
    if (known) return known.timestamp === stamp ? known : { ...known, timestamp: stamp };
    const m = matchLabel(text.slice(start, headEnd), this.options);
    // Remembered where the time is the label's timestamp, whole, and the rest as for byPrefix.
    if (m && key !== undefined && m.timestamp === stamp && m.timestampStart === 0 && m.end === prefix!.length && m.textStart === prefix!.length + 1 && !m.bare && this.byClock.size < REMEMBERED) this.byClock.set(key, m);
    return m;
  }

  /**
   * The line's start up to and with its colon (and the bold markup a label
   * closes after it, `**Name:**`), where the words after it start plainly:
   * one space and a letter that starts no web address, with no `@` in reach
   * (an ASCII colon); undefined otherwise.
   */
  private plainPrefix(start: number, headEnd: number, colon: number): string | undefined {
    const text = this.text;
    if (text.charCodeAt(colon) !== 58) return undefined;
    let space = colon + 1;
    const mark = text.charCodeAt(space);
    if ((mark === 42 || mark === 95) && text.charCodeAt(space + 1) === mark) space += 2;
    if (space + 1 >= headEnd || text.charCodeAt(space) !== 32) return undefined;
    const lead = text.charCodeAt(space + 1) | 0x20;
    if (lead < 97 || lead > 122) return undefined;
    if ((lead === 104 || lead === 119) && startsAddress(text, space + 1)) return undefined;
    if (this.nextAt !== -1 && this.nextAt < start) this.nextAt = text.indexOf('@', start);
    if (this.nextAt >= 0 && this.nextAt < headEnd) return undefined;
    return text.slice(start, space);
  }

  /** One object for every match written alike (same name, same offsets in its line, same convention). */
  private shared(m: LabelMatch): LabelMatch {
    // Strings with their lengths: no two different matches give the same key.
    const key = `${m.start} ${m.end} ${m.textStart} ${m.bare ? 1 : 0}${m.custom ? 1 : 0} ${m.convention ?? ''} ${m.timestampStart ?? ''} ${m.raw.length} ${m.name.length} ${m.timestamp?.length ?? -1} ${m.parenthetical?.length ?? -1} ${m.raw}${m.name}${m.timestamp ?? ''}${m.parenthetical ?? ''}`;
    const known = this.byFields.get(key);
    if (known) return known;
    // Transcripts with timestamps on every label have as many labels as keys: keep the map from growing with them.
    if (this.byFields.size < REMEMBERED) this.byFields.set(key, m);
    return m;
  }
}

/** Whether the words at `at` start as a web address does (`http`, `www.`, in any case): the label's checks read them. */
function startsAddress(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 0x20;
  const b = text.charCodeAt(at + 1) | 0x20;
  const c = text.charCodeAt(at + 2) | 0x20;
  const d = text.charCodeAt(at + 3);
  return (a === 104 && b === 116 && c === 116 && (d | 0x20) === 112) || (a === 119 && b === 119 && c === 119 && d === 46);
}

/**
 * Where a time at the very start of a line ends (`[00:01:05]`, `(1:05)`,
 * `00:01:05.250`: digits with a colon, and dots and commas, its closing
 * bracket included), when a space follows it; -1 when the line starts
 * otherwise.
 */
function leadingClockEnd(text: string, start: number, headEnd: number): number {
  const open = text.charCodeAt(start);
  const close = open === 91 ? 93 : open === 40 ? 41 : -1;
  let i = close < 0 ? start : start + 1;
  const first = i;
  let colons = 0;
  while (i < headEnd && i - first < 16) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (!(isDigit(c) || c === 46 || c === 44)) break;
    i++;
  }
  // A time has a colon: a court's line number (`12 MR. SMITH:`) is no time.
  if (colons === 0 || !isDigit(text.charCodeAt(first))) return -1;
  if (close >= 0) {
    if (text.charCodeAt(i) !== close) return -1;
    i++;
  }
  return i < headEnd && text.charCodeAt(i) === 32 ? i : -1;
}

/** A time with its digits as `0`: times of one shape are read alike. */
function clockShape(stamp: string): string {
  return stamp.replace(DIGITS, '0');
}

const DIGITS = /\d/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
