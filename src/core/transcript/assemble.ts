/**
 * The last step every reader that finds its own turns shares: roles, sections
 * and speakers decided over the turns, as the model decides them for every
 * format.
 */
import { isBlank, lineTable } from '../text';
import type { DocumentOrigin, InlineNote, Metadata, Role, Transcript, Turn } from './model';
import { assignRoles } from './roles';
import type { RoleOptions } from './roleWords';
import { buildSections, speakersOf, type Layout } from './sections';

/** What a reader found: the text its offsets point into, its turns in order, and what the text says about itself. */
export interface FoundTranscript {
  format: string;
  text: string;
  turns: Turn[];
  metadata: Metadata;
  notes?: InlineNote[];
  origin?: DocumentOrigin;
  /** 0-based first line of page chrome after the body (the line count when none). */
  tailStart?: number;
  /** The roles the document states for some turns (a chair, a minister), by turn index. */
  stated?: ReadonlyMap<number, Role>;
}

/** Roles, sections and speakers for turns a reader found; the turns get their roles in place. */
export function assembleTranscript(found: FoundTranscript, options: RoleOptions = {}): Transcript {
  const { text, turns, metadata } = found;
  assignRoles(turns, options, text, found.stated);
  const lines = lineTable(text);
  const n = lines.count;
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isBlank(text, lines.starts[i]!, lines.ends[i]!)) blank[i] = 1;
  const bodyStart = turns[0] ? turns[0].line : n;
  const tailStart = found.tailStart ?? n;
  const layout: Layout = { text, lines, blank, offset: 0, headChromeEnd: -1, bodyStart, closingStart: tailStart, tailStart };
  return {
    format: found.format,
    ...(found.origin ? { origin: found.origin } : {}),
    metadata,
    turns,
    sections: buildSections(turns, layout, metadata),
    speakers: speakersOf(turns),
    notes: found.notes ?? [],
    lineCount: n,
  };
}
