/**
 * A tag's prefix, quote and suffix normalised as they stand together in the
 * text (see normalize.ts): a timestamp's folds, an ordered list's number and
 * a dash taking the white space after it look across their seams, and a side
 * cut inside a timestamp's hours of zero leaves that part out.
 */
import { listNumber, normalized, normalizeText } from './normalize';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A dash or a white-space character, by the code units a seam most often shows (normalize.ts has the full sets). */
const DASH_AT_END = /[-\u2010-\u2015\u2212]$/;
const SPACE_AT_START = /^[\s\u00a0\u200b]/;

/**
 * True when the part before a seam ends with a dash and the part after begins with white space: the dash takes that
 * space once normalised (`so I- I ended` is `so I-I ended`), so the part after must lose it as the text does (a false
 * start ending a tag, `I-`, and the suffix after it).
 */
function dashAtSeam(a: string, b: string): boolean {
  return DASH_AT_END.test(a) && SPACE_AT_START.test(b);
}

/** The end of a side that may be the start of a timestamp's hours of zero, the rest of it cut off. */
const CUT_HOURS_END = /(?:^|[^\d:.,])(0{1,2}(?::(?:\d(?:\d(?::\d?)?)?)?)?)$/;
/** The start of a side that may be the end of a timestamp's hours of zero, the rest of it cut off. */
const CUT_HOURS_START = /^0?:(?=\d\d:\d\d(?!\d))/;

/** True when a colon stands beside a digit in a[a.length - 6, end) + b[0, 9): a timestamp at their seam, whose folds look across it. */
function timeAtSeam(a: string, b: string): boolean {
  // A colon near the seam is rare in prose but for a speaker's label; the digits are checked only then.
  return (a.indexOf(':', a.length - 6) >= 0 || b.lastIndexOf(':', 8) >= 0) && /\d:|:\d/.test(a.slice(-6) + b.slice(0, 9));
}

/** True when `s` begins with what may be an ordered list's number (`12. `), folded or not by what stands before it. */
function listAtStart(s: string): boolean {
  return isDigit(s.charCodeAt(0)) && listNumber(s, 0, s.length) > 0;
}

/** A tag's quote normalised as it stands between its sides (see normalizedParts). */
export function normalizedQuote(prefix: string, quote: string, suffix: string): string {
  return timeAtSeam(prefix, quote) || timeAtSeam(quote, suffix) || listAtStart(quote) || dashAtSeam(prefix, quote) ? normalizedParts(prefix, quote, suffix)[1] : normalized(quote);
}

/**
 * A tag's prefix, quote and suffix normalised as they stand together in the
 * text: a timestamp's fold looks across their edges (a prefix ending `00:`
 * before a quote beginning `01:02`, a comma after `01:02` ending the prefix),
 * and so does a dash ending one part before white space beginning the next.
 */
export function normalizedParts(prefix: string, quote: string, suffix: string, hours = true): [string, string, string] {
  if (hours) {
    // A side cut inside a timestamp's hours of zero (a suffix ending `[00:0`, a prefix beginning `:01:05]`) cannot
    // tell whether they are folded in the text: that part of it is left out.
    const end = suffix.charCodeAt(suffix.length - 1);
    const tail = end === 0x3a || isDigit(end) ? CUT_HOURS_END.exec(suffix) : null;
    if (tail) suffix = suffix.slice(0, suffix.length - tail[1]!.length);
    const start = prefix.charCodeAt(0);
    const head = start === 0x3a || start === 0x30 ? CUT_HOURS_START.exec(prefix) : null;
    if (head) prefix = prefix.slice(head[0].length);
  }
  // A list's number at the start of the quote or of the suffix is folded or not by the line break before it.
  if (!hours || (!timeAtSeam(prefix, quote) && !timeAtSeam(quote, suffix) && !listAtStart(quote) && !listAtStart(suffix) && !dashAtSeam(prefix, quote) && !dashAtSeam(quote, suffix))) return [normalized(prefix, hours), normalized(quote, hours), normalized(suffix, hours)];
  const norm = normalizeText(prefix + quote + suffix);
  const first = (from: number) => {
    let k = 0;
    while (k < norm.starts.length && norm.starts[k]! < from) k++;
    return k;
  };
  const q = first(prefix.length);
  const s = first(prefix.length + quote.length);
  return [norm.text.slice(0, q), norm.text.slice(q, s), norm.text.slice(s)];
}
