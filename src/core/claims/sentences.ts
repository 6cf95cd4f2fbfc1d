/**
 * Sentences of a transcript's spoken words: taken from the turns' segments
 * (never labels, line numbers, cue timings or stage directions), split at
 * sentence ends while keeping `Mr.`, `U.S.`, `3.5`, `a.m.` and quotations
 * whole. Each sentence keeps its span in the source text and its speaker.
 */
import type { InlineNote, Transcript } from '../transcript';
import { isWhite } from './words';

/** A sentence someone said. */
export interface SpokenSentence {
  /** UTF-16 offsets in the source text of its first and past its last character. */
  start: number;
  end: number;
  /** Its words, with runs of white space (line breaks too) made one space. */
  text: string;
  /** The speaker of its turn, or null for unlabelled text. */
  speaker: string | null;
  /** Index of its turn in `Transcript.turns`. */
  turn: number;
}

/** Words written with a full stop that does not end a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gov', 'sen', 'rep', 'reps', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'pres', 'hon', 'rev', 'fr', 'messrs', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'fig', 'vol', 'ch', 'art', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
/** Titles that are ordinary words too: they end a sentence before a capital that starts one (`...at No. We...`). */
const AMBIGUOUS = new Set(['no', 'co', 'est', 'art', 'sec', 'mar', 'sun', 'sat', 'wed', 'fig', 'ch', 'inc', 'corp', 'ltd', 'etc']);
/** Words that start sentences: after `U.S.`, `a.m.` or `etc.` they show the full stop ended one. */
const STARTERS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'the', 'a', 'an', 'and', 'but', 'so', 'this', 'that', 'these', 'those', 'there', 'now', 'then', 'what', 'when', 'where', 'why', 'how', 'who', 'if', 'in', 'on', 'at', 'our', 'my', 'his', 'her', 'their', 'thank', 'yes', 'no', 'well', 'let', 'let\'s', 'let’s', 'and', 'because', 'as', 'for', 'after', 'before', 'today', 'tonight', 'last', 'next', 'one', 'all', 'every', 'some', 'many', 'most', 'nobody', 'everybody', 'people', 'mr', 'mrs', 'ms', 'dr']);
const MAX_SENTENCE = 1000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Where a text holds white space (as `\s` means) other than single plain
 * spaces: line breaks, tabs, runs of spaces. Two searches in the engine's
 * native code (a class of characters, and two spaces in a row) walk the text
 * once each, however many sentences ask: most sentences hold neither and are
 * then taken as they are.
 */
class OddSpaces {
  private readonly other: NextMatch;
  private readonly double: NextMatch;

  constructor(text: string) {
    const other = /[^\S ]/g;
    this.other = new NextMatch((from) => {
      other.lastIndex = from;
      return other.exec(text)?.index ?? -1;
    });
    this.double = new NextMatch((from) => text.indexOf('  ', from));
  }

  /** Whether text[start, end) holds odd white space; `end` must end on a non-space character (so a space there is followed by another inside). */
  within(start: number, end: number): boolean {
    const a = this.other.from(start);
    if (a >= 0 && a < end) return true;
    const b = this.double.from(start);
    return b >= 0 && b < end;
  }
}

/** The first match at or after a position, kept while later positions ask, so a text in order is searched once. */
class NextMatch {
  private searchedFrom = Number.MAX_SAFE_INTEGER;
  private at = -1;

  constructor(private readonly find: (from: number) => number) {}

  /** The first match at or after `from`, or -1. */
  from(from: number): number {
    if (from < this.searchedFrom || (this.at >= 0 && this.at < from)) {
      this.searchedFrom = from;
      this.at = this.find(from);
    }
    return this.at;
  }
}

/** Where the word (letters, digits and inner dots) that ends just before `end` starts. */
function wordStart(text: string, from: number, end: number): number {
  let i = end;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (!(((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10 || c === 46)) break;
    } else if (!/[\p{L}\p{N}]/u.test(text[i - 1]!)) break;
  }
  return i;
}

/** The word that starts at `at`, lower-cased, without trailing punctuation. */
function wordAt(text: string, at: number, to: number): string {
  let i = at;
  while (i < to && /[\p{L}'’]/u.test(text[i]!)) i++;
  return text.slice(at, i).toLowerCase();
}

/** One letter. */
const LETTER = /^\p{L}$/u;

/** The longest title (`messrs`): a longer word without a dot inside is neither a title nor initials. */
const LONGEST_TITLE = 6;

/**
 * A number for text[from, to) when it is at most LONGEST_TITLE ASCII letters, the same whatever their case
 * (else -1): titles are looked up by it, with no string cut and lower-cased for every full stop.
 */
function lettersKey(text: string, from: number, to: number): number {
  if (to - from > LONGEST_TITLE) return -1;
  let key = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i) | 32;
    if ((c - 97) >>> 0 >= 26) return -1;
    key = key * 32 + (c - 96);
  }
  return key;
}

/** Titles by `lettersKey`: true for those that are ordinary words too. */
const TITLE_KEYS = new Map<number, boolean>([...TITLES].map((t) => [lettersKey(t, 0, t.length), AMBIGUOUS.has(t)]));

function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * Whether the full stop at `dot` ends a sentence, given the next non-space
 * character at `next` (or -1 at the end of the stretch).
 */
function stopEnds(text: string, from: number, dot: number, next: number, to: number): boolean {
  if (next < 0) return true;
  if (isLower(text, next)) return false;
  const at = wordStart(text, from, dot);
  if (at === dot) return true;
  const dotInside = text.indexOf('.', at) < dot;
  // Most words before a full stop are ordinary ones: no string is cut for them.
  if (dot - at > LONGEST_TITLE && !dotInside) return true;
  const key = lettersKey(text, at, dot);
  if (key >= 0) {
    const ambiguous = TITLE_KEYS.get(key);
    if (ambiguous !== undefined) return ambiguous && STARTERS.has(wordAt(text, next, to));
  } else if (!isAscii(text, at, dot)) {
    // Lower-casing other letters may give a title's (the Kelvin sign gives `k`): looked up as a string.
    const lower = text.slice(at, dot).toLowerCase();
    if (TITLES.has(lower)) return AMBIGUOUS.has(lower) && STARTERS.has(wordAt(text, next, to));
  }
  // Initials and initialisms: `U.S.`, `J.`, `a.m.`, `Ph.D.`; a word with no full stop inside is one only when a single letter.
  let initials: boolean;
  if (!dotInside) initials = dot - at === 1 && LETTER.test(text[at]!);
  else {
    const word = text.slice(at, dot);
    initials = /^(?:\p{L}\.)*\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  }
  return initials ? STARTERS.has(wordAt(text, next, to)) : true;
}

/**
 * Where the characters that may end a sentence (`.`, `!`, `?`, `…`) stand in
 * a text. Each is searched for with `indexOf` (native code that skips most
 * characters at once), and each search is kept between stretches of the same
 * text, so a text read stretch after stretch is searched once per character,
 * even where its stretches hold no end at all (captions without punctuation).
 */
export class SentenceEnds {
  private readonly searches: NextMatch[];

  constructor(text: string) {
    this.searches = ['.', '!', '?', '…'].map((end) => new NextMatch((from) => text.indexOf(end, from)));
  }

  /** The first end at or after `from`, or -1. */
  from(from: number): number {
    let first = -1;
    for (let k = 0; k < this.searches.length; k++) {
      const at = this.searches[k]!.from(from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/**
 * The sentence spans in text[from, to): [start, end) pairs of UTF-16 offsets
 * that start and end on non-space characters.
 */
export function splitSpans(text: string, from: number, to: number, ends: SentenceEnds = new SentenceEnds(text)): Array<[number, number]> {
  const flat: number[] = [];
  const count = splitInto(text, from, to, ends, flat, 0);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < count; k += 2) out.push([flat[k]!, flat[k + 1]!]);
  return out;
}

/**
 * Writes the sentence spans in text[from, to) into `out` as start, end,
 * start, end... from index `at`, and returns where they end: no array per
 * span, and a list reused from stretch to stretch keeps its room.
 */
function splitInto(text: string, from: number, to: number, ends: SentenceEnds, out: number[], at: number): number {
  let n = at;
  let start = skipSpace(text, from, to);
  let after = start;
  while (start < to) {
    const i = ends.from(after);
    if (i < 0 || i >= to) break;
    // Let a run of ends and closing quotes or brackets belong to this sentence: `?!`, `..."`, `.)`
    let j = i + 1;
    while (j < to && (isEndCode(text.charCodeAt(j)) || isClosingCode(text.charCodeAt(j)))) j++;
    after = j;
    // `3.5`, `U.S.-led`, `www.example.org`: no space, no end.
    if (j < to && !isSpace(text.charCodeAt(j))) continue;
    const k = skipSpace(text, j, to);
    const next = k < to ? k : -1;
    // A lone full stop may follow an abbreviation; an ellipsis, `?` or `!` ends unless lower case follows.
    const c = text.charCodeAt(i);
    let lone = c === 46;
    for (let q = i + 1; lone && q < j; q++) if (isEndCode(text.charCodeAt(q))) lone = false;
    const isEnd = lone ? stopEnds(text, start, i, next, to) : next < 0 || !isLower(text, next);
    if (!isEnd) continue;
    n = pushSpan(out, n, text, start, j);
    start = k;
    after = k;
  }
  if (start < to) {
    let end = to;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) n = pushSpan(out, n, text, start, end);
  }
  return n;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function isClosingCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
}

function isLower(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return /\p{Ll}/u.test(text[at]!);
}

/** Adds a sentence; one longer than MAX_SENTENCE (captions without punctuation) is cut at spaces. */
function pushSpan(out: number[], at: number, text: string, start: number, end: number): number {
  let n = at;
  let s = start;
  while (end - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    while (cut > s && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut === s) cut = s + MAX_SENTENCE;
    let e = cut;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out[n++] = s;
    out[n++] = e;
    s = skipSpace(text, cut, end);
  }
  if (end > s) {
    out[n++] = s;
    out[n++] = end;
  }
  return n;
}

/** Whether text[from, to) holds a blank line: a line break, white space other than line breaks, a line break. */
function blankLineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) !== 10 && isWhite(text.charCodeAt(j))) j++;
    if (j < to && text.charCodeAt(j) === 10) return true;
  }
  return false;
}

/**
 * Writes into `pieces` (start, end, start, end..., from index 0) the stretches of a turn's
 * spoken words between stage directions and blank lines (which end a
 * sentence); returns how many numbers it wrote, and moves `notes.next` to the
 * first stage direction it did not pass (no object returned per turn).
 */
function stretches(text: string, transcript: Transcript, turnIndex: number, stage: readonly InlineNote[], notes: { next: number }, pieces: number[]): number {
  const turn = transcript.turns[turnIndex]!;
  let k = notes.next;
  // Where the end of the stretch still open is kept in `pieces`, or -1.
  let current = -1;
  let count = 0;
  const plain = transcript.format === 'plain';
  const segments = turn.segments;
  for (let g = 0; g < segments.length; g++) {
    const seg = segments[g]!;
    let s = seg.start;
    const e = seg.end;
    while (k < stage.length && stage[k]!.end <= s) k++;
    if (current >= 0 && plain && blankLineIn(text, pieces[current]!, s)) current = -1;
    let n = k;
    while (n < stage.length && stage[n]!.start < e) {
      const note = stage[n]!;
      if (note.start > s) {
        if (current >= 0) pieces[current] = note.start;
        else {
          pieces[count++] = s;
          pieces[count++] = note.start;
        }
      }
      current = -1;
      s = Math.max(s, note.end);
      n++;
    }
    if (s < e) {
      if (current >= 0) pieces[current] = e;
      else {
        pieces[count++] = s;
        pieces[count++] = e;
        current = count - 1;
      }
    }
  }
  notes.next = k;
  return count;
}

/** Every sentence spoken in a transcript, in text order. */
export function spokenSentences(text: string, transcript: Transcript): SpokenSentence[] {
  const out = sentencesAsWritten(text, transcript);
  const odd = new OddSpaces(text);
  for (const s of out) if (odd.within(s.start, s.end)) s.text = oneSpace(s.text);
  return out;
}

/**
 * Every sentence spoken in a transcript, in text order, its `text` as the
 * source has it: white space is not yet made single (`oneSpace` does it), so
 * that scoring, which reads every character anyway, finds the sentences that
 * need it (`spokenSentences` searches for them instead).
 */
export function sentencesAsWritten(text: string, transcript: Transcript): SpokenSentence[] {
  const spans = sentenceSpans(text, transcript);
  const out: SpokenSentence[] = [];
  for (let i = 0; i < spans.length; i++) {
    const start = spans.start[i]!;
    const end = spans.end[i]!;
    const turn = spans.turn[i]!;
    out.push({ start, end, text: text.slice(start, end), speaker: transcript.turns[turn]!.speaker, turn });
  }
  return out;
}

/** Where a transcript's spoken sentences stand, as columns: row i of each is sentence i's. */
export class SentenceSpans {
  /** How many sentences. */
  length = 0;
  /** UTF-16 offsets in the source text of its first and past its last character (the first `length` rows hold sentences). */
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** Index of its turn in `Transcript.turns`. */
  turn = new Int32Array(256);

  /** Adds a sentence. */
  push(start: number, end: number, turn: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.turn[k] = turn;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const turn = new Int32Array(n);
    start.set(this.start);
    end.set(this.end);
    turn.set(this.turn);
    this.start = start;
    this.end = end;
    this.turn = turn;
  }
}

/** Every sentence spoken in a transcript, in text order, as spans: no object or string per sentence. */
export function sentenceSpans(text: string, transcript: Transcript): SentenceSpans {
  const stage = transcript.notes.filter((n) => n.kind === 'stage').sort((a, b) => a.start - b.start);
  const out = new SentenceSpans();
  const notes = { next: 0 };
  const ends = new SentenceEnds(text);
  // Flat lists of start, end pairs, reused from turn to turn: no array per stretch or span.
  const pieces: number[] = [];
  const spans: number[] = [];
  for (let t = 0; t < transcript.turns.length; t++) {
    const stretched = stretches(text, transcript, t, stage, notes, pieces);
    for (let p = 0; p < stretched; p += 2) {
      const count = splitInto(text, pieces[p]!, pieces[p + 1]!, ends, spans, 0);
      for (let q = 0; q < count; q += 2) {
        const start = spans[q]!;
        const end = spans[q + 1]!;
        // A stretch of punctuation alone (`--`, `...`) is not a sentence.
        if (!holdsLetterOrDigit(text, start, end)) continue;
        out.push(start, end, t);
      }
    }
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether text[from, to) holds a letter or a digit: most sentences start with one. */
function holdsLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10) return true;
    } else if (LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}

/** A sentence's words with each run of white space (line breaks too) made one space, as `SpokenSentence.text` has them. */
export function oneSpace(said: string): string {
  // What `said.replace(/\s+/g, ' ')` gives, with a match only where a run is not already one plain space (not at every space).
  return said.replace(ODD_SPACE, ' ');
}

/** A run of two or more white space characters, or one that is not a plain space. */
const ODD_SPACE = /\s{2,}|[^\S ]/g;
