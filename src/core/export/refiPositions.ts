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
 * Where the readings of a text differ: its CRLFs and surrogate pairs, found
 * once per source so that each reading maps the positions by jumping from one
 * to the next, not by walking every character again.
 */
export interface Landmarks {
  /** The text's length in UTF-16 units. */
  length: number;
  /** The UTF-16 offset in the text of each CRLF or surrogate pair, ascending. */
  at: Int32Array;
  /** 1 where the landmark is a CRLF, 0 where it is a surrogate pair. */
  crlf: Uint8Array;
}

/** The CRLFs and surrogate pairs of a text (a lone CR or half of a pair counts as one character under every reading). */
export function landmarksOf(raw: string): Landmarks {
  // Two native searches, merged: a loop over every character costs more than both.
  const crlfs: number[] = [];
  for (let i = raw.indexOf('\r\n'); i >= 0; i = raw.indexOf('\r\n', i + 2)) crlfs.push(i);
  const pairs: number[] = [];
  const PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;
  for (let m = PAIR.exec(raw); m; m = PAIR.exec(raw)) pairs.push(m.index);
  const at = new Int32Array(crlfs.length + pairs.length);
  const crlf = new Uint8Array(at.length);
  for (let x = 0, y = 0, k = 0; k < at.length; k++) {
    const takeCrlf = y === pairs.length || (x < crlfs.length && crlfs[x]! < pairs[y]!);
    at[k] = takeCrlf ? crlfs[x++]! : pairs[y++]!;
    crlf[k] = takeCrlf ? 1 : 0;
  }
  return { length: raw.length, at, crlf };
}

/** A mapped position past the end of the text. */
export const OUTSIDE = -1;
/** A mapped position inside a character (between the halves of a surrogate pair, or between a CR and its LF). */
export const INSIDE = -2;

/**
 * Maps positions under a reading to UTF-16 offsets in the text with LF line
 * ends (every CRLF and lone CR written as LF): each position's offset, or
 * OUTSIDE or INSIDE. `order` lists the positions' indexes by ascending
 * position (positionOrder), shared by every reading.
 */
export function mapPositions(marks: Landmarks, reading: Reading, positions: readonly number[], order: Int32Array = positionOrder(positions)): Float64Array {
  const out = new Float64Array(positions.length);
  const crlfWidth = reading.crlf === 'two' ? 2 : 1;
  const pairWidth = reading.units === 'UTF-16 units' ? 2 : 1;
  let k = 0;
  // The units counted and the LF text's offset at the start of the stretch of plain characters from `rawAt`.
  let units = 0;
  let lf = 0;
  let rawAt = 0;
  for (let m = 0; m <= marks.at.length; m++) {
    const next = m < marks.at.length ? marks.at[m]! : marks.length;
    // Plain characters count one unit each and stay one UTF-16 unit.
    const end = units + (next - rawAt);
    for (; k < order.length && positions[order[k]!]! < end; k++) out[order[k]!] = lf + (positions[order[k]!]! - units);
    lf += end - units;
    units = end;
    rawAt = next;
    if (m === marks.at.length) break;
    const crlf = marks.crlf[m] === 1;
    const width = crlf ? crlfWidth : pairWidth;
    for (; k < order.length && positions[order[k]!]! === units; k++) out[order[k]!] = lf;
    for (; k < order.length && positions[order[k]!]! < units + width; k++) out[order[k]!] = INSIDE;
    units += width;
    lf += crlf ? 1 : 2;
    rawAt += 2;
  }
  // The end of the text is a place; past it is none.
  for (; k < order.length && positions[order[k]!]! === units; k++) out[order[k]!] = lf;
  for (; k < order.length; k++) out[order[k]!] = OUTSIDE;
  return out;
}

/** The indexes of `positions` by ascending position. */
export function positionOrder(positions: readonly number[]): Int32Array {
  const n = positions.length;
  let max = 0;
  for (const p of positions) if (p > max) max = p;
  // Each position and its index as one number, so that the engine's own numeric sort orders them without calling back for every comparison.
  if ((max + 1) * n > Number.MAX_SAFE_INTEGER) return Int32Array.from(positions.keys()).sort((a, b) => positions[a]! - positions[b]!);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = positions[i]! * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % n;
  return order;
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

/** Whether an ASCII character is a word character ([A-Za-z0-9_]): most characters are ASCII, and WORD needs a string. */
function asciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** True when no word runs across the offset: a selection that starts or ends there cuts no word in two. */
export function onWordBoundary(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  const after = at < text.length ? text.charCodeAt(at) : -1;
  if (before >= 0 && before < 128 && after < 128) return !(asciiWord(before) && after >= 0 && asciiWord(after));
  if (after >= 0 && after < 128 && !asciiWord(after)) return true;
  if (before >= 0 && before < 128 && !asciiWord(before)) return true;
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
  // Most projects store the words exactly: no need to compare them loosely.
  if (stored === words) return true;
  const a = loose(stored);
  const b = loose(words);
  if (a === b) return true;
  const head = a.replace(/(?:…|\.\.\.)$/, '').trimEnd();
  return Array.from(head).length >= 8 && b.startsWith(head);
}

/** A selection placed under a reading: its UTF-16 range in the LF text, or why it does not fit. */
export type Placed = { start: number; end: number; words: string } | { problem: 'outside' | 'inside a character' };

/** The selections under one reading (`marks` and `order` as landmarksOf and positionOrder give them, when placing under several). */
export function placeUnder(raw: string, text: string, reading: Reading, selections: readonly RawSelection[], marks = landmarksOf(raw), order?: Int32Array): Placed[] {
  const positions = selectionEnds(selections);
  const points = mapPositions(marks, reading, positions, order ?? positionOrder(positions));
  return selections.map((_, i) => placedAt(text, points, i));
}

/** Selection `i` placed by its mapped ends (`points`, two a selection, as mapPositions gives them). */
function placedAt(text: string, points: Float64Array, i: number): Placed {
  const a = points[2 * i]!;
  const b = points[2 * i + 1]!;
  if (a === OUTSIDE || b === OUTSIDE) return { problem: 'outside' };
  if (a === INSIDE || b === INSIDE) return { problem: 'inside a character' };
  return { start: a, end: b, words: text.slice(a, b) };
}

/** Each selection's start and end, in turn. */
function selectionEnds(selections: readonly RawSelection[]): number[] {
  const out = new Array<number>(selections.length * 2);
  selections.forEach((s, i) => {
    out[2 * i] = s.start;
    out[2 * i + 1] = s.end;
  });
  return out;
}

/** The evidence for one reading: how many selections fit inside the text, cut no word, and give the stored words. */
export interface ReadingScore {
  reading: Reading;
  /** Selection `i` (by its index in the selections scored) under this reading. */
  placed(i: number): Placed;
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
  // Found once for every reading: where they differ, and the selections' ends in order.
  const marks = landmarksOf(raw);
  const ends = selectionEnds(selections);
  const order = positionOrder(ends);
  const scores = readingsFor(raw).map((reading): ReadingScore => {
    // Scored on the mapped numbers: a selection's words are cut out only to compare them with stored ones, and placed only when asked for.
    const points = mapPositions(marks, reading, ends, order);
    let inside = 0;
    let boundaries = 0;
    let matches = 0;
    for (let i = 0; i < selections.length; i++) {
      const a = points[2 * i]!;
      const b = points[2 * i + 1]!;
      // OUTSIDE and INSIDE are below 0: the selection has no words under this reading.
      if (a < 0 || b < 0) continue;
      inside++;
      if (onWordBoundary(text, a)) boundaries++;
      if (onWordBoundary(text, b)) boundaries++;
      const stored = selections[i]!.stored;
      if (stored && storedMatches(stored, text.slice(a, b))) matches++;
    }
    // A selection that falls outside the text or inside a character is strong evidence against a reading; a stored match strong evidence for it.
    return { reading, placed: (i) => placedAt(text, points, i), inside, boundaries, matches, score: matches * 4 + boundaries - (selections.length - inside) * 8 };
  });
  const rank = (s: ReadingScore) => (hint && sameReading(s.reading, hint) ? 1 : 0) * 0.5 + (sameReading(s.reading, STANDARD) ? 0.25 : 0);
  const sorted = [...scores].sort((a, b) => b.score - a.score || rank(b) - rank(a));
  const best = sorted[0]!;
  const withStored = selections.filter((s) => s.stored && s.stored.trim()).length;
  return { best, scores: sorted, storedIsText: withStored > 0 && best.matches * 2 >= withStored };
}
