/**
 * Sections: header, opening statement, one Q&A per question, closing and page
 * chrome, decided over turns and a few line boundaries a reader finds. The
 * same for every format.
 */
import { collapseSpace, type LineTable } from '../text';
import type { Metadata, Section, SectionKind, Speaker, Turn } from './model';
import { SectionTable } from './sectionTable';
import { ROLE_CODE, TurnTable } from './turnTable';

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
  return buildSectionTable(TurnTable.fromTurns(turns), layout, metadata).sections();
}

/**
 * `buildSections` over a table of turns: the sections as columns, each
 * section's words for people (`detail`) made only when asked for.
 */
export function buildSectionTable(table: TurnTable, layout: Layout, metadata: Metadata): SectionTable {
  const { text, lines, blank, offset, headChromeEnd, bodyStart, closingStart, tailStart } = layout;
  const { starts, ends } = lines;
  const n = lines.count;
  const trimmed = (i: number): string => collapseSpace(text.slice(starts[i]!, ends[i]!));
  const lineWords = (k: number): string => firstWords(trimmed(sections.line[k]!), 8);
  const turnWords = (i: number): string => firstWords(spokenTextAt(text, table, i, 160), 8);
  const sections: SectionTable = new SectionTable(table, (k: number): string => {
    const kind: SectionKind = sections.kindOf(k);
    const from = sections.turnFrom[k]!;
    const to = sections.turnTo[k]!;
    if (from === to) return kind === 'header' ? (metadata.title ?? lineWords(k)) : lineWords(k);
    if (kind === 'qa') return `${table.speakerOf(from) ?? 'Question'}: ${turnWords(from)}`;
    const who = speakerNames(table, from, to);
    if (kind === 'opening') return who.length ? who.join(', ') : turnWords(from);
    return who.join(', ') || turnWords(from);
  });
  const range = (kind: SectionKind, from: number, to: number, turnFrom: number, turnTo: number, startAt?: number, endAt?: number) => {
    let a = from;
    let b = to;
    while (a <= b && blank[a] === 1) a++;
    while (b >= a && blank[b] === 1) b--;
    if (a > b) return;
    sections.add(kind, a, b, startAt ?? starts[a]! + offset, endAt ?? ends[b]! + offset, turnFrom, turnTo);
  };
  if (headChromeEnd >= 0) range('boilerplate', 0, headChromeEnd, 0, 0);
  range('header', headChromeEnd + 1, bodyStart - 1, 0, 0);

  const groups = groupTurns(table);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group.from;
    const last = group.to - 1;
    const startAt = table.start[first]!;
    const endAt = table.end[last]!;
    if (group.kind === 'closing') {
      const to = closingStart < tailStart ? tailStart - 1 : table.endLine[last]!;
      range('closing', table.line[first]!, to, group.from, group.to, startAt, closingStart < tailStart ? undefined : endAt);
    } else range(group.kind, table.line[first]!, table.endLine[last]!, group.from, group.to, startAt, endAt);
  }
  if (closingStart < tailStart && !groups.some((g) => g.kind === 'closing')) range('closing', closingStart, tailStart - 1, 0, 0);
  if (tailStart < n) range('boilerplate', tailStart, n - 1, 0, 0);
  sections.trim();
  return sections;
}

/** The distinct speakers of turns `from` to `to` (exclusive), in order of first appearance. */
function speakerNames(table: TurnTable, from: number, to: number): string[] {
  const names = new Set<string>();
  for (let i = from; i < to; i++) {
    const s = table.speakerOf(i);
    if (s !== null) names.add(s);
  }
  return [...names];
}

/** A run of turns, `from` to `to` (exclusive). */
interface TurnGroup {
  kind: 'opening' | 'qa' | 'closing';
  from: number;
  to: number;
}

/** Opening statement, one group per question, and the moderator's closing words. */
function groupTurns(table: TurnTable): TurnGroup[] {
  const groups: TurnGroup[] = [];
  const n = table.count;
  for (let i = 0; i < n; i++) {
    const last = groups[groups.length - 1];
    if (table.question[i] === 1) groups.push({ kind: 'qa', from: i, to: i + 1 });
    else if (!last) groups.push({ kind: 'opening', from: i, to: i + 1 });
    else last.to = i + 1;
  }
  const last = groups[groups.length - 1];
  if (last) {
    // The moderator's words after the last answer close the transcript.
    let k = last.to;
    while (k > last.from && table.role[k - 1] === ROLE_CODE.moderator) k--;
    const firstAnswer = last.from + (last.kind === 'qa' ? 1 : 0);
    let answered = false;
    for (let i = firstAnswer; i < k; i++) if (table.role[i] !== ROLE_CODE.moderator) answered = true;
    if (k < last.to && k > firstAnswer && answered) {
      groups.push({ kind: 'closing', from: k, to: last.to });
      last.to = k;
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

/** `speakersOf` over a table of turns. */
export function tableSpeakers(table: TurnTable): Speaker[] {
  const byName = new Map<string, Speaker>();
  const byId: Array<Speaker | undefined> = new Array(table.names.length);
  for (let i = 0; i < table.count; i++) {
    const id = table.speaker[i]!;
    if (id < 0) continue;
    let s = byId[id];
    if (!s) {
      const name = table.names[id]!;
      s = byName.get(name);
      if (!s) byName.set(name, (s = { name, role: table.roleOf(i), turns: 0 }));
      byId[id] = s;
    }
    s.turns++;
  }
  return [...byName.values()];
}

/** The words a turn's speaker said, from its first segment, up to `limit` characters. */
export function spokenText(text: string, turn: Turn, limit = 400): string {
  const seg = turn.segments[0];
  return spokenFrom(text, seg ? seg.start : turn.textStart, seg ? seg.end : -1, turn.end, limit);
}

/** `spokenText` for turn `i` of a table. */
export function spokenTextAt(text: string, table: TurnTable, i: number, limit = 400): string {
  const k = table.segFrom[i]!;
  const has = k < table.segFrom[i + 1]!;
  return spokenFrom(text, has ? table.segStart[k]! : table.textStart[i]!, has ? table.segEnd[k]! : -1, table.end[i]!, limit);
}

/** The words from `from` to the first segment's end (-1: to the line's end), the turn's end and `limit` characters. */
function spokenFrom(text: string, from: number, segmentEnd: number, turnEnd: number, limit: number): string {
  let to = segmentEnd >= 0 ? segmentEnd : text.indexOf('\n', from);
  if (to < 0 || to > turnEnd) to = turnEnd;
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
