/** Making a tag from a selection, and describing where tags stand (for the command line and the views). */
import { sectionAt, turnAt } from '../transcript/lookup';
import type { Transcript } from '../transcript';
import { tagTime } from '../media/anchors';
import { contextAround } from './context';
import { newTagId, type AnchorStatus, type Tag } from './tag';
import { TextIndex } from './positions';

/** What the user chose when tagging. */
export interface NewTag {
  /** UTF-16 offsets of the selection in `text`. */
  start: number;
  end: number;
  category: string;
  note?: string;
  author?: string;
}

/** The speaker and section title at a 0-based line of a parsed transcript. */
export function placeOf(transcript: Transcript | undefined, line: number): { speaker: string | null; section: string | null } {
  if (!transcript) return { speaker: null, section: null };
  return { speaker: turnAt(transcript, line)?.speaker ?? null, section: sectionAt(transcript, line)?.title ?? null };
}

/** A new tag on text[start, end), with its context, speaker and section; `now` is an ISO 8601 time. */
export function createTag(text: string, input: NewTag, transcript: Transcript | undefined, line: number, now: string, taken: ReadonlySet<string>): Tag {
  const { prefix, suffix } = contextAround(text, input.start, input.end);
  const tag: Tag = {
    id: newTagId(taken),
    category: input.category,
    quote: text.slice(input.start, input.end),
    start: input.start,
    end: input.end,
    prefix,
    suffix,
    ...placeOf(transcript, line),
    created: now,
    modified: now,
    status: 'anchored',
  };
  if (input.note) tag.note = input.note;
  if (input.author) tag.author = input.author;
  const time = tagTime(transcript, text, input.start, input.end);
  if (time) tag.time = time;
  return tag;
}

/** Trims white space off both ends of a selection, so a tag starts and ends on words. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** A tag as the command line prints it: 1-based lines and code-point columns, code-point offsets. */
export interface AnchorLine {
  id: string;
  category: string;
  status: AnchorStatus;
  quote: string;
  start: number;
  end: number;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  speaker: string | null;
  section: string | null;
  note?: string;
  verdict?: string;
  source?: string;
  anchorNote?: string;
  /** For an ambiguous orphan: the places its words fit equally well. */
  candidates?: Array<{ start: number; end: number; line: number; column: number }>;
}

/** Describes placed tags against their text, in position order. */
export function describeAnchors(tags: readonly Tag[], index: TextIndex): AnchorLine[] {
  return [...tags]
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))
    .map((t) => {
      const line: AnchorLine = {
        id: t.id,
        category: t.category,
        status: t.status,
        quote: t.quote,
        start: index.toCodePoint(t.start),
        end: index.toCodePoint(t.end),
        range: { start: index.lineColumn(t.start), end: index.lineColumn(t.end) },
        speaker: t.speaker,
        section: t.section,
      };
      if (t.note !== undefined) line.note = t.note;
      if (t.verdict !== undefined) line.verdict = t.verdict;
      if (t.source !== undefined) line.source = t.source;
      if (t.anchorNote !== undefined && t.status !== 'anchored') line.anchorNote = t.anchorNote;
      if (t.candidates) line.candidates = t.candidates.map((c) => ({ start: index.toCodePoint(c.start), end: index.toCodePoint(c.end), ...index.lineColumn(c.start) }));
      return line;
    });
}
