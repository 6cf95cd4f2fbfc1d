/**
 * What REFI-QDA readers need of a source's text and name, shared by the
 * project writer and its importer: sources with LF line ends only and
 * positions counted to match (QualCoder shifts selections after a CRLF,
 * ATLAS.ti counts CRLF as one character), and source names without `/`
 * (a reader uses the name as a file name), flattened so that the path
 * comes back on import.
 */
import { countBelow } from '../annotations/positions';

/** A text with LF line ends, and the way from code-point offsets in the original to offsets in it. */
export interface LfText {
  text: string;
  /** A code-point offset in the original text → the code-point offset in `text`. */
  map(offset: number): number;
}

/** The text with every CRLF and lone CR written as LF; offsets shift by the CRs of CRLFs dropped before them. */
export function lfText(original: string): LfText {
  if (original.indexOf('\r') < 0) return { text: original, map: (n) => n };
  const dropped: number[] = [];
  let cp = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 13 && original.charCodeAt(i + 1) === 10) dropped.push(cp);
    if (c >= 0xd800 && c <= 0xdbff && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    cp++;
  }
  return { text: original.replace(/\r\n?/g, '\n'), map: (n) => n - countBelow(dropped, n) };
}

/** Characters a source name must not hold: path separators, what Windows refuses in file names, controls, and `%` (the escape). */
// eslint-disable-next-line no-control-regex -- these are the characters to escape
const UNSAFE = /[%/\\:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * A document's path as a plain source name: `council/2024/hearing.txt` →
 * `council%2F2024%2Fhearing.txt`. Each escaped character becomes `%` and its
 * two hex digits, so distinct paths keep distinct names and `sourcePath`
 * gives the path back.
 */
export function sourceName(path: string): string {
  return path.replace(UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The path a source name stands for: its `%XX` escapes undone (names from other tools come through as they are, when they hold none). */
export function sourcePath(name: string): string {
  return name.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
