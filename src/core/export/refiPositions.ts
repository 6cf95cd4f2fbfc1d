/**
 * Which units a REFI-QDA project counts its positions in, decided per source
 * by evidence. The standard counts code points of the text as stored, CRLF
 * as two characters; NVivo counts UTF-16 code units (so every emoji before a
 * selection shifts it by one), and ATLAS.ti counts a CRLF as one character.
 * Each reading the text allows is tried on every selection of the source:
 * the one under which the selections fall inside the text, start and end on
 * word boundaries and give the words the project stored with them wins; the
 * software named in the project is only the tie-breaker.
 */

/** How positions are counted: by code point or by UTF-16 unit, a CRLF as one character or two. */
export interface Reading {
  units: 'code points' | 'UTF-16 units';
  crlf: 'two' | 'one';
}

/** The standard's reading. */
export const STANDARD: Reading = { units: 'code points', crlf: 'two' };

/** A reading in words, for the import report. */
export function describeReading(r: Reading): string {
  const units = r.units === 'code points' ? 'code points' : 'UTF-16 code units (as NVivo counts)';
  return r.crlf === 'two' ? `${units}${r.units === 'code points' ? ' (the standard)' : ''}` : `${units}, a CRLF counted as one character (as ATLAS.ti counts)`;
}

/** A selection to place: its positions as the project gives them, and the words it stored with them, if any. */
export interface RawSelection {
  start: number;
  end: number;
  stored?: string;
}

/** Where a position stands in the text with LF line ends, under one reading. */
interface Point {
  /** UTF-16 offset in the LF text. */
  at: number;
  /** True when the position falls inside a character (between the halves of a surrogate pair, or between a CR and its LF). */
  inside: boolean;
}

/** True when two readings count alike. */
export function sameReading(a: Reading, b: Reading): boolean {
  return a.units === b.units && a.crlf === b.crlf;
}

/** The readings that give different places in this text: UTF-16 units only matter past a character outside the BMP, CRLF counting only where there is a CRLF. */
export function readingsFor(raw: string): Reading[] {
  // A surrogate pair is what tells the readings apart.
  const astral = /[\ud800-\udbff][\udc00-\udfff]/.test(raw);
  const crlf = raw.includes('\r\n');
  const out: Reading[] = [STANDARD];
  if (astral) out.push({ units: 'UTF-16 units', crlf: 'two' });
  if (crlf) out.push({ units: 'code points', crlf: 'one' });
  if (astral && crlf) out.push({ units: 'UTF-16 units', crlf: 'one' });
  return out;
}

/** The reading the project's software is known to use (the tie-breaker): NVivo counts UTF-16 units, ATLAS.ti a CRLF once; undefined for any other software. */
export function hintedReading(origin: string): Reading | undefined {
  const nvivo = /nvivo/i.test(origin);
  const atlas = /atlas/i.test(origin);
  return nvivo || atlas ? { units: nvivo ? 'UTF-16 units' : 'code points', crlf: atlas ? 'one' : 'two' } : undefined;
}

/**
 * Maps positions under a reading to UTF-16 offsets in the text with LF line
 * ends (every CRLF and lone CR written as LF). Positions past the end map to
 * undefined.
 */
export function mapPositions(raw: string, reading: Reading, positions: readonly number[]): Map<number, Point | undefined> {
  const wanted = [...new Set(positions)].sort((a, b) => a - b);
  const out = new Map<number, Point | undefined>();
  let k = 0;
  let units = 0;
  let lf = 0;
  const utf16 = reading.units === 'UTF-16 units';
  for (let i = 0; i <= raw.length && k < wanted.length; ) {
    while (k < wanted.length && wanted[k]! === units) out.set(wanted[k++]!, { at: lf, inside: false });
    if (i === raw.length) break;
    const c = raw.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const crlf = c === 13 && raw.charCodeAt(i + 1) === 10;
    // The units this character takes under the reading, and the UTF-16 units it becomes in the LF text.
    const width = crlf ? (reading.crlf === 'two' ? 2 : 1) : pair && utf16 ? 2 : 1;
    const length = crlf ? 1 : pair ? 2 : 1;
    while (k < wanted.length && wanted[k]! > units && wanted[k]! < units + width) out.set(wanted[k++]!, { at: lf, inside: true });
    units += width;
    lf += length;
    i += crlf || pair ? 2 : 1;
  }
  for (; k < wanted.length; k++) out.set(wanted[k]!, undefined);
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const c = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}

function codePointAt(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** True when no word runs across the offset: a selection that starts or ends there cuts no word in two. */
export function onWordBoundary(text: string, at: number): boolean {
  return !(WORD.test(codePointBefore(text, at)) && WORD.test(codePointAt(text, at)));
}

/** Words compared loosely: white space runs as one space, trimmed. */
function loose(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * True when the words a project stored with a selection are the words at its
 * place: the same, or (tools shorten long names) a beginning of them of at
 * least a few characters, with or without a closing ellipsis.
 */
export function storedMatches(stored: string, words: string): boolean {
  const a = loose(stored);
  const b = loose(words);
  if (a === b) return true;
  const head = a.replace(/(?:…|\.\.\.)$/, '').trimEnd();
  return Array.from(head).length >= 8 && b.startsWith(head);
}

/** A selection placed under a reading: its UTF-16 range in the LF text, or why it does not fit. */
export type Placed = { start: number; end: number; words: string } | { problem: 'outside' | 'inside a character' };

/** The selections under one reading. */
export function placeUnder(raw: string, text: string, reading: Reading, selections: readonly RawSelection[]): Placed[] {
  const points = mapPositions(raw, reading, selections.flatMap((s) => [s.start, s.end]));
  return selections.map((s) => {
    const a = points.get(s.start);
    const b = points.get(s.end);
    if (!a || !b) return { problem: 'outside' };
    if (a.inside || b.inside) return { problem: 'inside a character' };
    return { start: a.at, end: b.at, words: text.slice(a.at, b.at) };
  });
}

/** The evidence for one reading: how many selections fit inside the text, cut no word, and give the stored words. */
export interface ReadingScore {
  reading: Reading;
  placed: Placed[];
  inside: number;
  boundaries: number;
  matches: number;
  score: number;
}

/** What the evidence says for a source: the reading its selections need, and whether the words the project stores with them can be trusted as the selected words. */
export interface ReadingChoice {
  best: ReadingScore;
  /** Every reading tried, best first. */
  scores: ReadingScore[];
  /** True when the stored words are the selected words (they match under the best reading for at least half the selections that carry them). */
  storedIsText: boolean;
}

/** Scores each reading of a source's text on its selections and picks the best; ties go to the hinted reading, then to the standard. */
export function chooseReading(raw: string, text: string, selections: readonly RawSelection[], hint: Reading | undefined): ReadingChoice {
  const scores = readingsFor(raw).map((reading): ReadingScore => {
    const placed = placeUnder(raw, text, reading, selections);
    let inside = 0;
    let boundaries = 0;
    let matches = 0;
    placed.forEach((p, i) => {
      if (!('words' in p)) return;
      inside++;
      if (onWordBoundary(text, p.start)) boundaries++;
      if (onWordBoundary(text, p.end)) boundaries++;
      const stored = selections[i]!.stored;
      if (stored && storedMatches(stored, p.words)) matches++;
    });
    // A selection that falls outside the text or inside a character is strong evidence against a reading; a stored match strong evidence for it.
    return { reading, placed, inside, boundaries, matches, score: matches * 4 + boundaries - (selections.length - inside) * 8 };
  });
  const rank = (s: ReadingScore) => (hint && sameReading(s.reading, hint) ? 1 : 0) * 0.5 + (sameReading(s.reading, STANDARD) ? 0.25 : 0);
  const sorted = [...scores].sort((a, b) => b.score - a.score || rank(b) - rank(a));
  const best = sorted[0]!;
  const withStored = selections.filter((s) => s.stored && s.stored.trim()).length;
  return { best, scores: sorted, storedIsText: withStored > 0 && best.matches * 2 >= withStored };
}
