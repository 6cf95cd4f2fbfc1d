/**
 * A document's part of the Documents tree: its sections, each section's
 * turns, and the tags placed on the turn (or section) where they start. Built
 * once per version of the text and kept without the text itself.
 */
import { lastStartingBy } from '../transcript/lookup';
import { isSpaceCode, lineTable } from '../text';
import { firstWords, spokenText, type Role, type SectionKind, type Transcript, type Turn } from '../transcript';

/** A range of editor positions, 0-based, the shape tags use. */
export interface PosRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/** The part of a tag the tree needs; the storage API's `StoredTag` has this shape. */
export interface TagLike {
  id: string;
  /** The codebook category id (its label and colour are the codebook's). */
  category: string;
  quote: string;
  range: PosRange;
  status: 'anchored' | 'moved' | 'orphaned';
  speaker: string | null;
  section: string | null;
  note?: string;
}

/** A turn as the tree shows it. */
export interface OutlineTurn {
  /** Index of the turn in the transcript. */
  index: number;
  speaker: string | null;
  role: Role;
  question: boolean;
  /** The first words spoken. */
  words: string;
  /** From the label to the end of the turn's last line. */
  range: PosRange;
  /** The words spoken: from after the label to the end of the turn. */
  textRange: PosRange;
  /** How many words were spoken (the corpus report's share of the floor). */
  wordCount: number;
  /** How long the turn lasted, in seconds, where the transcript has times. */
  seconds?: number;
}

/** A section as the tree shows it. */
export interface OutlineSection {
  /** Index of the section in the transcript. */
  index: number;
  kind: SectionKind;
  /** `Header`, `Opening statement`, `Q&A 1`... */
  title: string;
  /** The questioner and the first words of the question, the speakers of a statement... */
  detail: string;
  range: PosRange;
  turns: OutlineTurn[];
}

/** The outline of one version of a document. */
export interface DocumentOutline {
  title?: string;
  date?: string;
  place?: string;
  sections: OutlineSection[];
  /** Every speaker, in order of first appearance. */
  speakers: string[];
}

/** Builds the outline of a parsed transcript from its text. */
export function buildOutline(text: string, transcript: Transcript): DocumentOutline {
  const { count, starts, ends } = lineTable(text);
  const pos = (line: number, offset: number): [number, number] => {
    const l = Math.min(line, count - 1);
    return [line, Math.max(0, Math.min(offset, ends[l]!) - starts[l]!)];
  };
  const range = (line: number, startOffset: number, endLine: number, endOffset: number): PosRange => {
    const [sl, sc] = pos(line, startOffset);
    const [el, ec] = pos(endLine, endOffset);
    return { startLine: sl, startCharacter: sc, endLine: el, endCharacter: ec };
  };
  const sections = transcript.sections.map((s, index): OutlineSection => ({
    index,
    kind: s.kind,
    title: s.title,
    detail: s.detail,
    range: range(s.line, starts[s.line]!, s.endLine, ends[s.endLine]!),
    turns: s.turns.map((i): OutlineTurn => {
      const t = transcript.turns[i]!;
      const seconds = turnSeconds(transcript, i);
      return {
        index: i,
        speaker: t.speaker,
        role: t.role,
        question: t.question,
        words: firstWords(spokenText(text, t, 200), 10),
        range: range(t.line, t.labelStart, t.endLine, t.end),
        textRange: range(t.line, t.textStart, t.endLine, t.end),
        wordCount: spokenWords(text, t),
        ...(seconds !== undefined ? { seconds } : {}),
      };
    }),
  }));
  const { title, date, place } = transcript.metadata;
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(place ? { place } : {}),
    sections,
    speakers: transcript.speakers.map((s) => s.name),
  };
}

/** The words of a turn's spoken segments (or of its text when it has none): runs of non-space characters. */
function spokenWords(text: string, turn: Turn): number {
  const spans = turn.segments.length ? turn.segments : [{ start: turn.textStart, end: turn.end }];
  let count = 0;
  for (const { start, end } of spans) {
    let inWord = false;
    for (let i = start; i < end; i++) {
      const space = isSpaceCode(text.charCodeAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
  }
  return count;
}

/** A timed turn's length: to its own end time, else to the next turn's start. */
function turnSeconds(transcript: Transcript, index: number): number | undefined {
  const turn = transcript.turns[index]!;
  if (turn.time === undefined) return undefined;
  const end = turn.endTime ?? transcript.turns[index + 1]?.time;
  return end !== undefined && end >= turn.time ? end - turn.time : undefined;
}

/** Where each tag of a document goes in its outline. */
export interface TagPlacement<T extends TagLike = TagLike> {
  /** Tags by section index, then turn index ('section' for tags on the section outside any turn). */
  bySection: Map<number, Map<number | 'section', T[]>>;
  /** Tags that start outside every section (orphaned ones among them). */
  unplaced: T[];
}

/** Places each tag on the turn where it starts, else on its section, else on the document. */
export function placeTags<T extends TagLike>(outline: DocumentOutline, tags: readonly T[]): TagPlacement<T> {
  const bySection = new Map<number, Map<number | 'section', T[]>>();
  const unplaced: T[] = [];
  const add = (section: number, key: number | 'section', tag: T) => {
    let m = bySection.get(section);
    if (!m) bySection.set(section, (m = new Map()));
    let list = m.get(key);
    if (!list) m.set(key, (list = []));
    list.push(tag);
  };
  const sorted = [...tags].sort(compareTags);
  for (const tag of sorted) {
    const line = tag.range.startLine;
    const section = tag.status === 'orphaned' ? undefined : outline.sections.find((s) => s.range.startLine <= line && line <= s.range.endLine);
    if (!section) {
      unplaced.push(tag);
      continue;
    }
    const turn = section.turns.find((t) => t.range.startLine <= line && line <= t.range.endLine);
    add(section.index, turn ? turn.index : 'section', tag);
  }
  return { bySection, unplaced };
}

/** Tags in the order of the text. */
export function compareTags(a: TagLike, b: TagLike): number {
  return a.range.startLine - b.range.startLine || a.range.startCharacter - b.range.startCharacter || a.id.localeCompare(b.id);
}

/** The section that holds a 0-based line (blank lines after a section belong to it). */
export function outlineSectionAt(outline: DocumentOutline, line: number): OutlineSection | undefined {
  return lastStartingBy(outline.sections, line, (s) => s.range.startLine);
}


/** The start of a quote as a label: its first words, in quotation marks. */
export function quoteStart(quote: string, words = 8): string {
  return `“${firstWords(quote, words)}”`;
}
