/**
 * The transcript model: from a text, its metadata, speaker turns, sections
 * and inline notes. Pure: no editor, no file system.
 */
import { chromeKind, isCapsHeading, startsNewsList, type ChromeKind } from '../formats/chrome';
import { extractMetadata, KEY_VALUE, type Metadata } from '../formats/metadata';
import { matchLabel, roleOfName, type LabelMatch, type LabelOptions, type Role } from '../formats/labels';
import { findNotes, isStageLine, type InlineNote } from '../formats/notes';
import { parseTimestamp } from './time';
import { collapseSpace, isSpaceCode, lineTable, stripBom, textBinaryReason, NotTextError } from '../text';

export type { Role } from '../formats/labels';
export type { InlineNote } from '../formats/notes';
export type { Metadata } from '../formats/metadata';

/** The kinds of section a transcript is divided into. */
export type SectionKind = 'header' | 'opening' | 'qa' | 'closing' | 'boilerplate';

/**
 * A piece of a turn's spoken words: a line of a plain transcript, a caption
 * cue's text, a Whisper segment. Its span is in the source text, so a tag or a
 * highlight on it lands on the file's own characters.
 */
export interface Segment {
  /** UTF-16 offsets in the source text; `end` is exclusive. */
  start: number;
  end: number;
  /** When it was said, in seconds from the start of the recording, where the format says. */
  time?: number;
  /** When it ended, in seconds, where the format says (caption cues, Whisper segments). */
  endTime?: number;
}

/** One speaker's turn: a label and the lines that follow it, up to the next label. */
export interface Turn {
  /** The normalised speaker name, or null for text with no label. */
  speaker: string | null;
  /** The label as written (without colon and markup), or null. */
  label: string | null;
  role: Role;
  /** True when the turn asks a question that opens a Q&A: a questioner's turn, or a host's question where nobody else asks. */
  question: boolean;
  /** 0-based line of the label (or of the first line of an unlabelled turn). */
  line: number;
  /** 0-based last non-blank line of the turn. */
  endLine: number;
  /** UTF-16 offset of the start of `line` and of the end of `endLine`. */
  start: number;
  end: number;
  /** Offsets of the label itself (equal to `start` when there is none). */
  labelStart: number;
  labelEnd: number;
  /** Offset where the spoken words start. */
  textStart: number;
  /** The spoken words, piece by piece, in text order (never the label, line numbers or cue timings). */
  segments: Segment[];
  /** When the turn starts and ends, in seconds, where the format says (the first and last timed segments). */
  time?: number;
  endTime?: number;
  /** A timestamp written with the label, as written. */
  timestamp?: string;
  /** A parenthetical written with the label (`via interpreter`). */
  parenthetical?: string;
}

/** A section: header, opening statement, one question with its answers, closing, or page chrome. */
export interface Section {
  kind: SectionKind;
  /** `Header`, `Opening statement`, `Q&A 1`..., `Closing`, `Boilerplate`. */
  title: string;
  /** A short description: the questioner and the first words of the question, the speakers... */
  detail: string;
  /** 0-based first and last non-blank lines. */
  line: number;
  endLine: number;
  start: number;
  end: number;
  /** Indices into `Transcript.turns`. */
  turns: number[];
}

/** A speaker and how often they speak. */
export interface Speaker {
  name: string;
  role: Role;
  turns: number;
}

/** The parsed transcript. */
export interface Transcript {
  /** The reader that read it: `plain`, `webvtt`, `srt`, `whisper-json`... */
  format: string;
  metadata: Metadata;
  turns: Turn[];
  sections: Section[];
  speakers: Speaker[];
  notes: InlineNote[];
  lineCount: number;
}

/** Options for parsing; all optional. */
export interface ParseOptions extends LabelOptions {
  /** Skip collecting inline notes (faster when they are not needed). */
  skipNotes?: boolean;
}

const LABEL_COLON_WINDOW = 120;

/** Per line, 1 when it holds only white space. */
type BlankLines = Uint8Array;

/**
 * Parses a transcript. Throws NotTextError for text that holds NUL characters.
 * Everything else, however messy, gives a result.
 */
export function parseTranscript(input: string, options: ParseOptions = {}): Transcript {
  const binary = textBinaryReason(input);
  if (binary) throw new NotTextError(binary);
  const text = stripBom(input);
  const offset = text.length === input.length ? 0 : 1;
  const lines = lineTable(text);
  const { starts, ends } = lines;
  const n = lines.count;
  const blank: BlankLines = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (firstNonSpace(text, starts[i]!, ends[i]!) < 0) blank[i] = 1;
  const lineText = (i: number): string => text.slice(starts[i]!, ends[i]!);
  const trimmed = (i: number): string => collapseSpace(lineText(i));

  // Labels, found on lines with an early colon (or a `Q.`/`A.` start).
  const labels = new Map<number, LabelMatch>();
  let hasDepositionQ = false;
  for (let i = 0; i < n; i++) {
    if (blank[i] === 1) continue;
    const ls = starts[i]!;
    const le = ends[i]!;
    if (!mayHoldLabel(text, ls, le)) continue;
    const m = matchLabel(text.slice(ls, Math.min(le, ls + 240)), options);
    if (!m) continue;
    if (m.raw === 'Q' && text.charCodeAt(ls + m.end - 1) === 46) hasDepositionQ = true;
    labels.set(i, m);
  }
  filterLabels(labels, hasDepositionQ, text, starts);

  // Page chrome at the end: from the first news heading or teaser after the body starts.
  // Labels were found in line order: the first key is the first label (no spread of a huge list).
  const firstLabel = labels.size > 0 ? labels.keys().next().value! : n;
  let bodyStart = firstLabel;
  for (let i = 0; i < firstLabel; i++) {
    if (blank[i] === 1) continue;
    const t = trimmed(i);
    if (chromeKind(t)) continue;
    if (isProse(t)) {
      bodyStart = i;
      break;
    }
  }
  let tailStart = n;
  for (let i = bodyStart; i < n; i++) {
    if (blank[i] === 1) continue;
    const le = ends[i]!;
    const c = firstNonSpace(text, starts[i]!, le);
    // Only a short line (a heading) or one starting with a digit (a dated teaser) can start the news list.
    const first = text.charCodeAt(c);
    const digit = first >= 48 && first <= 57;
    if (le - c > (digit ? 400 : 60)) continue;
    if (startsNewsList(chromeKind(collapseSpace(text.slice(c, le))))) {
      tailStart = i;
      break;
    }
  }
  if (tailStart === n) {
    // No news list: trailing links, footers and the like still are chrome.
    let i = n - 1;
    while (i >= bodyStart && (blank[i] === 1 || (!labels.has(i) && chromeKind(trimmed(i))))) i--;
    tailStart = i + 1;
  }
  while (tailStart > bodyStart && (blank[tailStart - 1] === 1 || (!labels.has(tailStart - 1) && chromeKind(trimmed(tailStart - 1))))) tailStart--;
  if (bodyStart > tailStart) bodyStart = tailStart;
  for (const i of [...labels.keys()]) if (i >= tailStart) labels.delete(i);

  // The head: page chrome first, then the header lines (title, date, place).
  let lastHeadChrome = -1;
  const headKinds = new Map<number, ChromeKind | 'heading'>();
  for (let i = 0; i < bodyStart; i++) {
    if (blank[i] === 1) continue;
    const kind = chromeKind(trimmed(i));
    if (kind) {
      headKinds.set(i, kind);
      lastHeadChrome = i;
    }
  }
  if (lastHeadChrome >= 0) {
    for (let i = lastHeadChrome + 1; i < bodyStart; i++) {
      if (blank[i] !== 1 && isCapsHeading(trimmed(i))) lastHeadChrome = i;
    }
  }

  // Turns.
  const turns: Turn[] = [];
  let closingStart = tailStart;
  if (labels.size > 0) {
    // Stage directions standing alone at the end of the body close it.
    let j = tailStart - 1;
    while (j >= bodyStart && (blank[j] === 1 || (!labels.has(j) && isStageLine(trimmed(j))))) j--;
    while (j + 1 < tailStart && blank[j + 1] === 1) j++;
    closingStart = j + 1;
  }
  let current: Turn | undefined;
  let lastNonBlank = -1;
  const finish = () => {
    if (current) {
      current.endLine = Math.max(current.line, lastNonBlank);
      current.end = ends[current.endLine]! + offset;
      for (let k = current.line; k <= current.endLine; k++) {
        if (blank[k] === 1) continue;
        const from = k === current.line ? current.textStart - offset : firstNonSpace(text, starts[k]!, ends[k]!);
        if (from >= 0 && from < ends[k]!) current.segments.push({ start: from + offset, end: ends[k]! + offset, ...(k === current.line && current.time !== undefined ? { time: current.time } : {}) });
      }
      turns.push(current);
      current = undefined;
    }
  };
  for (let i = bodyStart; i < closingStart; i++) {
    if (blank[i] === 1) continue;
    const label = labels.get(i);
    if (label) {
      finish();
      const ls = starts[i]!;
      const name = label.name;
      current = {
        speaker: name,
        label: label.raw,
        role: roleOfName(name, options) ?? 'unknown',
        question: false,
        line: i,
        endLine: i,
        start: ls + offset,
        end: ends[i]! + offset,
        labelStart: ls + label.start + offset,
        labelEnd: ls + label.end + offset,
        textStart: ls + label.textStart + offset,
        segments: [],
        ...(label.timestamp ? { timestamp: label.timestamp } : {}),
        ...(label.timestamp && parseTimestamp(label.timestamp) !== undefined ? { time: parseTimestamp(label.timestamp)! } : {}),
        ...(label.parenthetical ? { parenthetical: label.parenthetical } : {}),
      };
    } else if (!current) {
      const ls = starts[i]!;
      current = {
        speaker: null,
        label: null,
        role: 'unknown',
        question: false,
        line: i,
        endLine: i,
        start: ls + offset,
        end: ends[i]! + offset,
        labelStart: ls + offset,
        labelEnd: ls + offset,
        textStart: firstNonSpace(text, ls, ends[i]!) + offset,
        segments: [],
      };
    }
    lastNonBlank = i;
  }
  finish();
  assignRoles(turns, options, text);

  // Sections.
  const sections: Section[] = [];
  const range = (kind: SectionKind, title: string, detail: string | (() => string), from: number, to: number, turnIdx: number[]) => {
    let a = from;
    let b = to;
    while (a <= b && blank[a] === 1) a++;
    while (b >= a && blank[b] === 1) b--;
    if (a > b) return;
    sections.push({ kind, title, detail: typeof detail === 'string' ? detail : detail(), line: a, endLine: b, start: starts[a]! + offset, end: ends[b]! + offset, turns: turnIdx });
  };
  const metadata = extractMetadata(text, lines, blank, lastHeadChrome + 1, bodyStart, tailStart);
  if (lastHeadChrome >= 0) range('boilerplate', 'Boilerplate', () => firstWords(trimmed(firstNonBlank(blank, 0, lastHeadChrome)), 8), 0, lastHeadChrome, []);
  range('header', 'Header', () => metadata.title ?? firstWords(trimmed(firstNonBlank(blank, lastHeadChrome + 1, bodyStart - 1)), 8), lastHeadChrome + 1, bodyStart - 1, []);

  const groups = groupTurns(turns);
  let qaNumber = 0;
  for (const group of groups) {
    const first = turns[group.turns[0]!]!;
    const last = turns[group.turns[group.turns.length - 1]!]!;
    if (group.kind === 'qa') {
      qaNumber++;
      range('qa', `Q&A ${qaNumber}`, `${first.speaker ?? 'Question'}: ${firstWords(spokenText(text, first, 160), 8)}`, first.line, last.endLine, group.turns);
    } else if (group.kind === 'opening') {
      const names = unique(group.turns.map((t) => turns[t]!.speaker).filter((s): s is string => s !== null));
      range('opening', 'Opening statement', names.length ? names.join(', ') : firstWords(spokenText(text, first, 160), 8), first.line, last.endLine, group.turns);
    } else {
      const names = unique(group.turns.map((t) => turns[t]!.speaker).filter((s): s is string => s !== null));
      const to = closingStart < tailStart ? tailStart - 1 : last.endLine;
      range('closing', 'Closing', names.join(', ') || firstWords(spokenText(text, first, 160), 8), first.line, to, group.turns);
    }
  }
  if (closingStart < tailStart && !groups.some((g) => g.kind === 'closing')) {
    range('closing', 'Closing', () => firstWords(trimmed(firstNonBlank(blank, closingStart, tailStart - 1)), 8), closingStart, tailStart - 1, []);
  }
  if (tailStart < n) range('boilerplate', 'Boilerplate', () => firstWords(trimmed(firstNonBlank(blank, tailStart, n - 1)), 8), tailStart, n - 1, []);

  const notes = options.skipNotes ? [] : findNotes(text, bodyStart < n ? starts[bodyStart]! : text.length, tailStart < n ? starts[tailStart]! : text.length, offset);
  return { format: 'plain', metadata, turns, sections, speakers: speakersOf(turns), notes, lineCount: n };
}

/** Whether a line can hold a label at all: a colon near its start, or a `Q.`/`A.` start. */
function mayHoldLabel(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + LABEL_COLON_WINDOW);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 0xff1a) return true;
  }
  const f = firstNonSpace(text, start, end);
  if (f < 0) return false;
  const c = text.charCodeAt(f);
  return (c === 81 || c === 65) && text.charCodeAt(f + 1) === 46;
}

function firstNonSpace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) return i;
  }
  return -1;
}

function firstNonBlank(blank: BlankLines, from: number, to: number): number {
  for (let i = from; i <= to; i++) if (blank[i] !== 1) return i;
  return from;
}

/** Document-level checks: bare labels must be known roles or names used elsewhere; `A.` needs a `Q.`. */
function filterLabels(labels: Map<number, LabelMatch>, hasDepositionQ: boolean, text: string, starts: Int32Array): void {
  const spoken = new Set<string>();
  for (const m of labels.values()) if (!m.bare) spoken.add(m.name.toLowerCase());
  for (const [i, m] of labels) {
    const dotted = !m.custom && text.charCodeAt(starts[i]! + m.end - 1) === 46 && (m.raw === 'Q' || m.raw === 'A');
    if (dotted && m.raw === 'A' && !hasDepositionQ) {
      labels.delete(i);
      continue;
    }
    if (m.bare && !m.custom && !roleOfName(m.name) && !spoken.has(m.name.toLowerCase())) labels.delete(i);
  }
}

/**
 * Named speakers answer when the document has questions; they are `unknown` in
 * a plain dialogue. Where nobody is labelled as asking, a host's or moderator's
 * turn that asks something opens a Q&A (interviews, podcasts).
 */
function assignRoles(turns: Turn[], options: LabelOptions, text: string): void {
  let hasQuestions = false;
  for (const t of turns) {
    if (t.speaker !== null) t.role = roleOfName(t.speaker, options) ?? 'unknown';
    t.question = t.role === 'questioner';
    hasQuestions ||= t.question;
  }
  if (!hasQuestions) {
    for (const t of turns) {
      if (t.role !== 'moderator') continue;
      const said = text.slice(t.textStart, Math.min(t.end, t.textStart + 4000));
      if (said.includes('?')) t.question = hasQuestions = true;
    }
  }
  for (const t of turns) if (t.speaker !== null && t.role === 'unknown' && hasQuestions) t.role = 'respondent';
}

interface TurnGroup {
  kind: 'opening' | 'qa' | 'closing';
  turns: number[];
}

/** Opening statement, one group per question, and the moderator's closing words. */
function groupTurns(turns: Turn[]): TurnGroup[] {
  const groups: TurnGroup[] = [];
  turns.forEach((turn, i) => {
    const last = groups[groups.length - 1];
    if (turn.question) groups.push({ kind: 'qa', turns: [i] });
    else if (!last) groups.push({ kind: 'opening', turns: [i] });
    else last.turns.push(i);
  });
  const last = groups[groups.length - 1];
  if (last) {
    let k = last.turns.length;
    while (k > 0 && turns[last.turns[k - 1]!]!.role === 'moderator') k--;
    const firstAnswer = last.kind === 'qa' ? 1 : 0;
    const answered = last.turns.slice(firstAnswer, k).some((t) => turns[t]!.role !== 'moderator');
    if (k < last.turns.length && k > firstAnswer && answered) {
      groups.push({ kind: 'closing', turns: last.turns.slice(k) });
      last.turns = last.turns.slice(0, k);
    }
  }
  return groups;
}

function speakersOf(turns: Turn[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const t of turns) {
    if (t.speaker === null) continue;
    const s = byName.get(t.speaker);
    if (s) s.turns++;
    else byName.set(t.speaker, { name: t.speaker, role: t.role, turns: 1 });
  }
  return [...byName.values()];
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The words a turn's speaker said, from after the label to the end of its first line. */
export function spokenText(text: string, turn: Turn, limit = 400): string {
  const from = turn.textStart;
  let to = text.indexOf('\n', from);
  if (to < 0 || to > turn.end) to = turn.end;
  return collapseSpace(text.slice(from, Math.min(to, from + limit)));
}

/** The first `count` words of a line, with an ellipsis when cut. */
export function firstWords(line: string, count: number): string {
  const words = collapseSpace(line).split(' ');
  const cut = words.slice(0, count).join(' ');
  return words.length > count ? cut + '…' : cut;
}

/** A line of running speech rather than a title or a date: a sentence of three words or more. */
function isProse(line: string): boolean {
  if (line.startsWith('#') || KEY_VALUE.test(line)) return false;
  const words = line.split(' ').length;
  if (words >= 40) return true;
  if (words < 3) return false;
  return /[.!?…;,:][)\]"'’”»]*$/u.test(line);
}

/**
 * A quick test, on the head of a file, of whether it reads like a transcript:
 * several speaker labels by at least two speakers, or questions and answers.
 */
export function looksLikeTranscript(text: string, options: LabelOptions = {}): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (textBinaryReason(head)) return false;
  const body = stripBom(head);
  const lines = lineTable(body);
  const names = new Map<string, number>();
  let labelled = 0;
  let questions = 0;
  for (let i = 0; i < Math.min(lines.count, 2000); i++) {
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    if (!mayHoldLabel(body, start, end)) continue;
    const m = matchLabel(body.slice(start, Math.min(end, start + 240)), options);
    if (!m || m.bare) continue;
    labelled++;
    names.set(m.name, (names.get(m.name) ?? 0) + 1);
    if (roleOfName(m.name, options) === 'questioner') questions++;
  }
  if (questions >= 1 && labelled >= 2 && names.size >= 2) return true;
  const repeated = [...names.values()].filter((c) => c >= 2).length;
  return labelled >= 3 && names.size >= 2 && repeated >= 1;
}
