/**
 * What each line of a plain transcript can be, decided in the same pass that
 * finds the lines: blank, a possible label, a possible deposition heading, a
 * possible start of a page's news list, a line opening with two capitals, and
 * where its words start and end. The plain reader's later stages read these
 * instead of looking at every line again: the reader runs once per process,
 * mostly before the engine has optimised it, one small loop is optimised
 * sooner than six, and each line's first and last characters are read while
 * the search for its end has just brought them into the processor's cache
 * (read again later, line by line across megabytes, each costs a trip to
 * memory).
 */
import { isSpeakerMark } from './markedLabels';
import { isSpaceCode, isUpperCode as isUpper, lineTable, type LineTable } from '../text';
import { CAPS_ALONE_MAX, HEARING_OFFICES, HEARING_RANKS } from './labels';
import { mayStartNewsList } from './chrome';
import type { LabelMemo } from './labelMemo';
import { LineLabels } from './lineLabels';

/** The line may hold a label at its start (`mayHoldLabel`). */
export const MAY_LABEL = 1;
/** The line starts with `[` (a bracketed page number, `[15]`) or with a capital and a word a deposition heading starts with (`BY `, `CROSS`…). */
export const MAY_HEADING = 2;
/** The line is short enough and starts with characters that can start a news heading or a dated teaser (`mayStartNewsList`). */
export const MAY_NEWS = 4;
/** The line's first two characters are ASCII capitals: only such a line can finish a label broken over two lines. */
export const CAPS_START = 8;

/** The lines, the flags of every line, and where each line's words start and end. */
export interface LineKinds {
  /** Where each line starts and ends. */
  lines: LineTable;
  /** 1 for each line that holds only white space. */
  blank: Uint8Array;
  /** Each line's flags (`MAY_LABEL`, `MAY_HEADING`, `MAY_NEWS`, `CAPS_START`); 0 for a blank line. */
  kind: Uint8Array;
  /** Offset of each line's first character that is not white space; -1 for a blank line. */
  first: Int32Array;
  /** Offset just after each line's last character that is not white space; the line's start for a blank line. */
  last: Int32Array;
  /** The lines with `MAY_LABEL`, in order (four bytes a line: a transcript with a label on every line has half a million). */
  labelLines: Int32Array;
  /** The lines that are not blank, at most `SHORT_LINE` long and hold a digit (a page's running head or number can be one), in order. */
  markLines: number[];
  /** The lines with `MAY_HEADING`, in order. */
  headingLines: number[];
  /** The label at the start of each line with `MAY_LABEL`, where a memo was given to match them (blank lines and front matter included: the reader drops those). */
  labels: LineLabels;
}

/** The longest line that can be a page mark. */
export const SHORT_LINE = 120;

/** How far from a line's start the colon of a label can be. */
export const LABEL_COLON_WINDOW = 120;

/**
 * Splits the text into lines (`\r\n`, `\n` and a lone `\r` end one) and flags
 * every line (see `LineKinds`), in one loop; with a memo, the lines that may
 * hold a label are matched in the same loop, while their characters are at
 * hand.
 */
export function classifyLines(text: string, memo?: LabelMemo): LineKinds {
  // The lines are found first, by small loops of their own that the engine optimises at once: searched for in this loop, each line's end was a call made from code not yet optimised, the costliest step of the loop.
  const lines = lineTable(text);
  const { starts, ends } = lines;
  const n = lines.count;
  const blank = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  // Room for every line, cut to the lines found at the end: no array of numbers grown by copies.
  const labelLines = new Int32Array(n);
  let labelCount = 0;
  const markLines: number[] = [];
  const headingLines: number[] = [];
  // The next colon (ASCII or full-width) at or after the line being read (-1: none after it; -2: not looked for yet): each is found once by the native search as the lines pass it, not looked for again in every line's first characters.
  let asciiColon = -2;
  let wideColon = -2;
  // The next full stop before a dash (`President. – `, `Anna Lind, Member of the Commission. – `: the European Parliament's record), found the same way.
  let stopDash = -2;
  const labels = new LineLabels(n);
  for (let i = 0; i < n; i++) {
    const ls = starts[i]!;
    const le = ends[i]!;
    let f = ls;
    let c = 32;
    while (f < le) {
      c = text.charCodeAt(f);
      // Nearly every line starts with a printable ASCII character: one comparison, no call.
      if ((c > 32 && c < 128) || !isSpaceCode(c)) break;
      f++;
    }
    if (f >= le) {
      blank[i] = 1;
      first[i] = -1;
      last[i] = ls;
      continue;
    }
    first[i] = f;
    if (le - ls <= SHORT_LINE && hasDigit(text, ls, le)) markLines.push(i);
    let e = le;
    while (e > f) {
      const d = text.charCodeAt(e - 1);
      if ((d > 32 && d < 128) || !isSpaceCode(d)) break;
      e--;
    }
    last[i] = e;
    const next = text.charCodeAt(f + 1);
    const upper = c >= 65 && c <= 90;
    let flags = 0;
    if (upper && next >= 65 && next <= 90) flags |= CAPS_START;
    if (c === 91 || (upper && isUpper(next) && startsHeadingWord(text, f))) {
      flags |= MAY_HEADING;
      headingLines.push(i);
    }
    const digit = c >= 48 && c <= 57;
    if (le - f <= (digit ? 400 : 60) && mayStartNewsList(text, f)) flags |= MAY_NEWS;
    if (asciiColon !== -1 && asciiColon < ls) asciiColon = text.indexOf(':', ls);
    if (wideColon !== -1 && wideColon < ls) wideColon = text.indexOf('\uff1a', ls);
    const colon = asciiColon < 0 ? wideColon : wideColon < 0 ? asciiColon : Math.min(asciiColon, wideColon);
    const colonNear = colon >= 0 && colon < le && colon < ls + LABEL_COLON_WINDOW;
    if (stopDash !== -1 && stopDash < ls && (upper || c > 127)) stopDash = text.indexOf('. \u2013', ls);
    const dashNear = (upper || c > 127) && stopDash >= 0 && stopDash < le && stopDash < ls + LABEL_COLON_WINDOW + 80;
    if (colonNear || dashNear || mayHoldLabelAt(text, f, le, e, c, next)) {
      flags |= MAY_LABEL;
      labelLines[labelCount++] = i;
      const m = memo?.match(ls, le, colonNear ? colon : -1);
      if (m) labels.set(i, m);
    }
    kind[i] = flags;
  }
  return { lines, blank, kind, first, last, labelLines: labelLines.subarray(0, labelCount), markLines, headingLines, labels };
}

/** Whether text[start, end) holds a digit: page marks all do, and most lines of speech do not. */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether a line without a colon near its start can hold a label: a time, or a letter that can be `Q`/`A` or a court line number; its first character `c` (then `next`) is at `f`, its last but white space just before `last`. */
function mayHoldLabelAt(text: string, f: number, end: number, last: number, c: number, next: number): boolean {
  // `Q` and `A` followed by a space, a tab or a dot; court line numbers; `[SPEAKER_1]`; `**Emma**`, `__Emma__`.
  if ((c === 81 || c === 65) && (next === 32 || next === 9 || next === 0xa0 || next === 46)) return true;
  if ((c >= 48 && c <= 57) || c === 91 || c === 42 || c === 95) return true;
  // `○佐藤一郎君 …`: Japanese minutes' circle.
  if (isSpeakerMark(c)) return true;
  // `【官房長官】`: the lenticular brackets of Japan's government press conferences.
  if (c === 0x3010) return true;
  // `### Interviewer`: a heading that names the speaker below it.
  if (c === 35) return end - f <= 80;
  // `Mr. SMITH.`, `The PRESIDING OFFICER.`, `Senator GRASSLEY.`, `Chairman Nadler.`: the Record and printed hearings.
  if (c >= 65 && c <= 90 && ((RECORD_TITLE_INITIALS >>> (c - 65)) & 1) !== 0) {
    let w = f;
    while (w < end && w - f < 16 && isLetter(text.charCodeAt(w))) w++;
    // The title's name follows, capitalised: `Mr. SMITH.`, `Senator GRASSLEY.`, `Chairman Nadler.`.
    const after = text.charCodeAt(w) === 46 ? w + 2 : w + 1;
    // French: `M. Paul Martin.`, and `M. le président.`, `Mme la ministre.` with the office in small letters.
    const title = text.slice(f, w);
    if ((isUpper(text.charCodeAt(after)) || (text.charCodeAt(after) === 108 && FRENCH_TITLES.has(title))) && RECORD_TITLES.has(title)) return true;
  }
  // `PRESIDENTE. La seduta…`, `MARIO ROSSI, Ministro. …`, `ROSSI (FdI). …`: Italy's record, capitals up to a stop, a comma or a bracket.
  if (isUpper(c) && isUpper(next) && capsThenStop(text, f, end)) return true;
  // `O SR. PRESIDENTE (…) - `: Brazil's record (`A SRA.` starts like `A ` above).
  if (c === 79 && text.startsWith('O SR', f)) return true;
  // `Председательствующий.`, `Иванов П. С., фракция ….`: the Russian record, a Cyrillic capital, then a stop or initials within the first words.
  if (c >= 0x401 && c <= 0x42f && russianRecordAt(text, f, end)) return true;
  // `Jane Doe (Northtown) (Lab)`, `The Prime Minister (John Smith)`: Hansard's speaker alone on a line, ending with a bracket.
  if (isUpper(c) && text.charCodeAt(last - 1) === 41 && last - f <= 160) return true;
  return end - f <= 80 && mayStandAlone(text, f, end, last);
}

/** Whether the capitals (and spaces, apostrophes, hyphens) that start text[f, end) end at a full stop, a comma or a bracket. */
function capsThenStop(text: string, f: number, end: number): boolean {
  const stop = Math.min(end, f + 60);
  let i = f;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isUpper(c) || c === 32 || c === 39 || c === 45 || c === 0x2019) i++;
    // `McALISTER`, `MacLEOD`, `DeLUCA`: a name's particle ends in one or two small letters before its capitals.
    else if (c >= 97 && c <= 122 && i >= f + 2 && text.charCodeAt(i - 2) === 32 && isUpper(text.charCodeAt(i - 1))) {
      const j = isUpper(text.charCodeAt(i + 1)) ? i + 1 : text.charCodeAt(i + 1) >= 97 && text.charCodeAt(i + 1) <= 122 && isUpper(text.charCodeAt(i + 2)) ? i + 2 : -1;
      if (j < 0) break;
      i = j;
    } else break;
  }
  const c = text.charCodeAt(i);
  return c === 46 || c === 44 || c === 40;
}

/** Whether text[f, end) opens as the Russian record's label: the chair's office with its stop, or a surname and an initial (` П.`). */
function russianRecordAt(text: string, f: number, end: number): boolean {
  if (text.startsWith('Председател', f)) return true;
  const stop = Math.min(end, f + 40);
  for (let i = f + 2; i + 2 < stop; i++) {
    const c = text.charCodeAt(i + 1);
    if (text.charCodeAt(i) === 32 && c >= 0x401 && c <= 0x42f && text.charCodeAt(i + 2) === 46) return true;
  }
  return false;
}

/** A short line that can be a label on its own: a name in capitals (`PREGUNTA`), or a name and a time (Otter); its words are text[f, last), the line ends at `end`. */
function mayStandAlone(text: string, f: number, end: number, last: number): boolean {
  if (end - f <= CAPS_ALONE_MAX && isUpper(text.charCodeAt(f)) && isUpper(text.charCodeAt(f + 1))) return true;
  const c = text.charCodeAt(last - 1);
  // `Ann Lee` alone: a short line of two words or more that starts with a capital and ends with a letter (Otter without times).
  if (last - f <= CAPS_ALONE_MAX && isUpper(text.charCodeAt(f)) && (isLetter(c) || c > 127) && text.lastIndexOf(' ', last) > f) return true;
  return c >= 48 && c <= 57;
}

/** Whether text at `at` starts with a word EXAMINATION can start with: `BY `, `DIRECT`, `CROSS`, `REDIRECT`, `RECROSS`, `FURTHER`, `EXAMINATION`. */
function startsHeadingWord(text: string, at: number): boolean {
  switch (text.charCodeAt(at)) {
    case 66:
      return text.startsWith('BY ', at);
    case 67:
      return text.startsWith('CROSS', at);
    case 68:
      return text.startsWith('DIRECT', at);
    case 69:
      return text.startsWith('EXAMINATION', at);
    case 70:
      return text.startsWith('FURTHER', at);
    case 82:
      return text.startsWith('REDIRECT', at) || text.startsWith('RECROSS', at);
    default:
      return false;
  }
}

/** The first words of the Congressional Record's and printed hearings' labels. */
const FRENCH_TITLES = new Set(['M', 'Mme', 'Mlle']);
const RECORD_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'The', 'THE', ...HEARING_OFFICES.map((t) => t.split(' ')[0]!), ...HEARING_RANKS, ...FRENCH_TITLES]);
/** Bit `c - 65` is set for each capital `c` a record title starts with: a line's first letter is tested with a shift, not a set's look-up, once per line. */
const RECORD_TITLE_INITIALS = [...RECORD_TITLES].reduce((mask, t) => mask | (1 << (t.charCodeAt(0) - 65)), 0);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
