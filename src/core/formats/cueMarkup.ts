/**
 * What a caption cue's lines hold besides words: the times of its timing
 * line, a voice tag (`<v Name>`) and markup and word-timing tags
 * (`<i>`, `</v>`, `<00:00:01.500>`), read from the characters for the shapes
 * every cue has, and left to parseTimestamp for any other. captions.ts reads
 * the cues with these.
 */
import { isSpaceCode } from '../text';
import { parseTimestamp } from '../transcript/time';

/** Spoken words in a cue, with the time of a word-timing tag before them. */
export interface Span {
  /** Where the words start in the file (UTF-16 offset). */
  start: number;
  /** Where they end (exclusive). */
  end: number;
  /** 0-based line of the cue's text it is on. */
  line: number;
  time?: number;
}

/** Powers of ten for up to three digits of a fraction of a second: `10 ** k` calls into the runtime. */
const TENS = [1, 10, 100, 1000];

/**
 * parseTimestamp for the times a timing line holds (`00:00:01.500`,
 * `01:02,5`, `0:0:3`), read digit by digit: a 5 MB file has 80,000 of them.
 * Anything else is left to parseTimestamp.
 */
export function clockSeconds(written: string): number | undefined {
  // Up to three fields separated by colons, and how many digits each has.
  let a = 0;
  let b = 0;
  let c = 0;
  let aw = 0;
  let bw = 0;
  let cw = 0;
  let count = 1;
  let k = 0;
  for (; k < written.length; k++) {
    const x = written.charCodeAt(k);
    if (x >= 48 && x <= 57) {
      if (count === 1) {
        a = a * 10 + x - 48;
        aw++;
      } else if (count === 2) {
        b = b * 10 + x - 48;
        bw++;
      } else {
        c = c * 10 + x - 48;
        cw++;
      }
    } else if (x === 58 && count < 3 && (count === 1 ? aw : bw) > 0) count++;
    else break;
  }
  let frac = 0;
  if (k < written.length) {
    const x = written.charCodeAt(k);
    const digits = written.length - k - 1;
    if ((x !== 46 && x !== 44) || digits < 1 || digits > 3) return parseTimestamp(written);
    let value = 0;
    for (let d = k + 1; d < written.length; d++) {
      const y = written.charCodeAt(d);
      if (y < 48 || y > 57) return parseTimestamp(written);
      value = value * 10 + (y - 48);
    }
    frac = value / TENS[digits]!;
  }
  // As parseTimestamp: hours (up to three digits), minutes and seconds, or minutes and seconds, of up to two digits each.
  if (count === 3 ? aw > 3 || bw < 1 || bw > 2 || cw < 1 || cw > 2 : count !== 2 || aw > 2 || bw < 1 || bw > 2) return parseTimestamp(written);
  const h = count === 3 ? a : 0;
  const min = count === 3 ? b : a;
  const sec = count === 3 ? c : b;
  if (count === 3 && min >= 60) return undefined;
  if (sec >= 60) return undefined;
  return h * 3600 + min * 60 + sec + frac;
}

/**
 * The voice tag at `at`, as `<v(?:\.[^\s>]*)?[ \t]+([^>]*)>` matches it there
 * (its name may run onto the next lines, up to the first `>`): where the name
 * starts and where the tag ends. Read character by character, since every cue
 * of a file with voice tags has one.
 */
export function voiceTag(text: string, at: number): { name: number; end: number } | undefined {
  if (text.charCodeAt(at) !== 60 || text.charCodeAt(at + 1) !== 118) return undefined;
  let k = at + 2;
  if (text.charCodeAt(k) === 46) {
    k++;
    while (k < text.length && text.charCodeAt(k) !== 62 && !isRegExpSpace(text.charCodeAt(k))) k++;
  }
  const spaces = k;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if (k === spaces) return undefined;
  const close = text.indexOf('>', k);
  return close < 0 ? undefined : { name: k, end: close + 1 };
}

/** Whether a character is one `\s` matches. */
function isRegExpSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));
}
/** A word-timing tag inside a cue: `<00:00:01.500>`. */
/** A word-timing tag where a `<` stands. */
const WORD_TIME_AT = /<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/y;
/**
 * Appends the spans of a cue line's words between its markup tags (`<i>`,
 * `</v>`, `<c>`), trimmed. Pieces split only by markup are one piece of
 * speech; a word-timing tag (`<00:00:01.500>`, YouTube's automatic captions)
 * starts a piece of its own with that time, so each word keeps when it was said.
 */
export function wordSpans(text: string, from: number, to: number, lineNo: number, spans: Span[]): void {
  const line = text.slice(from, to);
  let at = 0;
  let time: number | undefined;
  let open: Span | undefined;
  // The markup tags (`<` and a letter, or `</` and a letter, up to the next `>` of the line) and word-timing tags, from each `<`.
  for (let lt = line.indexOf('<'); lt >= 0; lt = line.indexOf('<', lt + 1)) {
    const c = line.charCodeAt(lt + 1);
    const letter = isAsciiLetter(c) ? lt + 1 : c === 47 && isAsciiLetter(line.charCodeAt(lt + 2)) ? lt + 2 : -1;
    let end = -1;
    let timed = false;
    if (letter >= 0) {
      const close = line.indexOf('>', letter + 1);
      if (close >= 0) end = close + 1;
    } else if (c >= 48 && c <= 57) {
      WORD_TIME_AT.lastIndex = lt;
      if (WORD_TIME_AT.test(line)) {
        end = WORD_TIME_AT.lastIndex;
        timed = true;
      }
    }
    if (end < 0) continue;
    open = addPiece(text, from + at, from + lt, lineNo, time, open, spans);
    at = end;
    if (timed) {
      time = parseTimestamp(line.slice(lt + 1, end - 1));
      open = undefined;
    }
    lt = end - 1;
  }
  addPiece(text, from + at, from + line.length, lineNo, time, open, spans);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Adds the words of text[a, b), trimmed, to the open span or as a new one; returns the span open after them. */
function addPiece(text: string, a: number, b: number, lineNo: number, time: number | undefined, open: Span | undefined, spans: Span[]): Span | undefined {
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (a >= b) return open;
  if (open) {
    open.end = b;
    return open;
  }
  const span: Span = { start: a, end: b, line: lineNo };
  if (time !== undefined) span.time = time;
  spans.push(span);
  return span;
}
