/**
 * A transcript with its turns and sections as columns (`TurnTable`,
 * `SectionTable`): what the plain reader makes, and what the outline of a
 * long transcript is written from without an object per turn. `transcriptOf`
 * makes the `Transcript` every other user reads.
 */
import type { DocumentOrigin, InlineNote, Metadata, Speaker, Transcript } from './model';
import { SectionTable } from './sectionTable';
import { TurnTable, turnsOf } from './turnTable';

/** `Transcript` with its turns and sections as columns. */
export interface CompactTranscript {
  /** The reader that read it. */
  format: string;
  /** For a document: where the extracted text stands in the original. */
  origin?: DocumentOrigin;
  metadata: Metadata;
  turns: TurnTable;
  sections: SectionTable;
  speakers: Speaker[];
  notes: InlineNote[];
  lineCount: number;
}

/** The transcript as objects, as every reader gives it. */
export function transcriptOf(c: CompactTranscript): Transcript {
  const t: Transcript = { format: c.format, metadata: c.metadata, turns: turnsOf(c.turns), sections: c.sections.sections(), speakers: c.speakers, notes: c.notes, lineCount: c.lineCount };
  if (c.origin) t.origin = c.origin;
  return t;
}

/** A transcript read as objects, seen as columns (the objects are kept, not copied into new ones). */
export function compactOf(t: Transcript): CompactTranscript {
  const c: CompactTranscript = {
    format: t.format,
    metadata: t.metadata,
    turns: TurnTable.fromTurns(t.turns),
    sections: SectionTable.fromSections(t.sections),
    speakers: t.speakers,
    notes: t.notes,
    lineCount: t.lineCount,
  };
  if (t.origin) c.origin = t.origin;
  return c;
}
