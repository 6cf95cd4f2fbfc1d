/**
 * Sections: header, opening statement, one Q&A per question, closing and page
 * chrome, decided over turns and a few line boundaries a reader finds. The
 * same for every format.
 */
import { collapseSpace, type LineTable } from '../text';
import type { Metadata, Section, SectionKind, Speaker, Turn } from './model';

/** The line boundaries a reader found, 0-based; `blank[i]` is 1 for a line of white space only. */
export interface Layout {
  text: string;
  lines: LineTable;
  blank: Uint8Array;
  /** Added to every offset: 1 when a byte-order mark was cut off the text. */
  offset: number;
  /** The last line of page chrome before the header, or -1. */
  headChromeEnd: number;
  /** The first line of the spoken body. */
  bodyStart: number;
  /** The first line of the closing stage directions (equal to `tailStart` when none). */
  closingStart: number;
  /** The first line of page chrome after the body (the line count when none). */
  tailStart: number;
}

/** Builds the sections of a transcript from its turns (already with roles) and its layout. */
export function buildSections(turns: Turn[], layout: Layout, metadata: Metadata): Section[] {
  const { text, lines, blank, offset, headChromeEnd, bodyStart, closingStart, tailStart } = layout;
  const { starts, ends } = lines;
  const n = lines.count;
  const trimmed = (i: number): string => collapseSpace(text.slice(starts[i]!, ends[i]!));
  const sections: Section[] = [];
  const range = (kind: SectionKind, title: string, detail: string | (() => string), from: number, to: number, turnIdx: number[], startAt?: number, endAt?: number) => {
    let a = from;
    let b = to;
    while (a <= b && blank[a] === 1) a++;
    while (b >= a && blank[b] === 1) b--;
    if (a > b) return;
    sections.push({
      kind,
      title,
      detail: typeof detail === 'string' ? detail : detail(),
      line: a,
      endLine: b,
      start: startAt ?? starts[a]! + offset,
      end: endAt ?? ends[b]! + offset,
      turns: turnIdx,
    });
  };
  if (headChromeEnd >= 0) range('boilerplate', 'Boilerplate', () => firstWords(trimmed(firstNonBlank(blank, 0, headChromeEnd)), 8), 0, headChromeEnd, []);
  range('header', 'Header', () => metadata.title ?? firstWords(trimmed(firstNonBlank(blank, headChromeEnd + 1, bodyStart - 1)), 8), headChromeEnd + 1, bodyStart - 1, []);

  const groups = groupTurns(turns);
  let qaNumber = 0;
  for (const group of groups) {
    const first = turns[group.turns[0]!]!;
    const last = turns[group.turns[group.turns.length - 1]!]!;
    const names = () => unique(group.turns.map((t) => turns[t]!.speaker).filter((s): s is string => s !== null));
    if (group.kind === 'qa') {
      qaNumber++;
      range('qa', `Q&A ${qaNumber}`, `${first.speaker ?? 'Question'}: ${firstWords(spokenText(text, first, 160), 8)}`, first.line, last.endLine, group.turns, first.start, last.end);
    } else if (group.kind === 'opening') {
      const who = names();
      range('opening', 'Opening statement', who.length ? who.join(', ') : firstWords(spokenText(text, first, 160), 8), first.line, last.endLine, group.turns, first.start, last.end);
    } else {
      const to = closingStart < tailStart ? tailStart - 1 : last.endLine;
      range('closing', 'Closing', names().join(', ') || firstWords(spokenText(text, first, 160), 8), first.line, to, group.turns, first.start, closingStart < tailStart ? undefined : last.end);
    }
  }
  if (closingStart < tailStart && !groups.some((g) => g.kind === 'closing')) {
    range('closing', 'Closing', () => firstWords(trimmed(firstNonBlank(blank, closingStart, tailStart - 1)), 8), closingStart, tailStart - 1, []);
  }
  if (tailStart < n) range('boilerplate', 'Boilerplate', () => firstWords(trimmed(firstNonBlank(blank, tailStart, n - 1)), 8), tailStart, n - 1, []);
  return sections;
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

/** Every speaker in order of first appearance, with their role and number of turns. */
export function speakersOf(turns: Turn[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const t of turns) {
    if (t.speaker === null) continue;
    const s = byName.get(t.speaker);
    if (s) s.turns++;
    else byName.set(t.speaker, { name: t.speaker, role: t.role, turns: 1 });
  }
  return [...byName.values()];
}

function firstNonBlank(blank: Uint8Array, from: number, to: number): number {
  for (let i = from; i <= to; i++) if (blank[i] !== 1) return i;
  return from;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The words a turn's speaker said, from its first segment, up to `limit` characters. */
export function spokenText(text: string, turn: Turn, limit = 400): string {
  const seg = turn.segments[0];
  const from = seg ? seg.start : turn.textStart;
  let to = seg ? seg.end : text.indexOf('\n', from);
  if (to < 0 || to > turn.end) to = turn.end;
  return collapseSpace(text.slice(from, Math.min(to, from + limit)));
}

/** The first `count` words of a line, with an ellipsis when cut. */
export function firstWords(line: string, count: number): string {
  const words = collapseSpace(line);
  // The space after the count-th word, found without splitting the rest.
  let at = -1;
  for (let k = 0; k < count; k++) {
    at = words.indexOf(' ', at + 1);
    if (at < 0) return words;
  }
  return words.slice(0, at) + '…';
}
