/**
 * The one transcript model every reader produces: metadata, speaker turns made
 * of segments (spans of the source text, with times where the format has
 * them), sections and inline notes. Pure types.
 */

/** What the transcript says about itself. */
export interface Metadata {
  /** The title line of the header, when there is one. */
  title?: string;
  /** The date in ISO form `YYYY-MM-DD`. */
  date?: string;
  /** The date as written. */
  dateText?: string;
  /** Where it was said (`Moscow, Russian Federation`). */
  place?: string;
  /** The source address, when the text carries one. */
  source?: string;
  /** The one speaker the document is by, as its header or its front matter (`speakers:` with one name) names them: a speech without labels says all of it, a talk with labelled Q&A its words before the labels. */
  speaker?: string;
  /** Where the title and the date were found: `header`, `front matter`, `document properties`, `file name`... */
  titleFrom?: string;
  dateFrom?: string;
}

/** A bracketed note or a parenthesised stage direction inside the text. */
export interface InlineNote {
  /** `bracket` for `[...]`, `stage` for a `(...)` stage direction. */
  kind: 'bracket' | 'stage';
  /** The text inside, without the brackets. */
  text: string;
  /** UTF-16 offsets of the note, brackets included. */
  start: number;
  end: number;
}

/** Who a speaker is in the exchange. */
export type Role = 'questioner' | 'respondent' | 'moderator' | 'unknown';

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

/**
 * Where a span of a document's extracted text stands in the original file: a
 * page and line of a PDF, a paragraph of a Word file, an element of XML. A
 * tag and an export cite it (`12:3`, as lawyers cite page 12 line 3).
 */
export interface Place {
  /** UTF-16 offsets in the extracted text; `end` is exclusive. */
  start: number;
  end: number;
  /** The place as a citation: `12:3` (page:line), `p. 4`, `¶ 17`, `u#ParlaMint-GB_u12`. */
  ref: string;
  /** 1-based page of a PDF, as printed where the document prints page numbers. */
  page?: number;
  /** 1-based line on that page: the court reporter's line number where there is one. */
  line?: number;
  /** 1-based paragraph of a Word or web document. */
  paragraph?: number;
  /** The element of an XML or JSON document: its id, or its path. */
  element?: string;
}

/** The original a transcript was extracted from, when it is a document and not the text itself. */
export interface DocumentOrigin {
  /** `pdf`, `docx`, `doc`, `html`, `xml`, `json`... */
  kind: string;
  /** The original file's name, as given to the reader. */
  fileName?: string;
  /** Places of the extracted text in the original, in text order, not overlapping. */
  places: Place[];
  /** What the reader could not do and the user should know (`the XML's structure was not recognised: read as text`). */
  warnings?: string[];
}

/** The parsed transcript. */
export interface Transcript {
  /** The reader that read it: `plain`, `webvtt`, `srt`, `whisper-json`... */
  format: string;
  /** For a document (PDF, Word, XML...): where the extracted text stands in the original. Offsets point into the extracted text. */
  origin?: DocumentOrigin;
  metadata: Metadata;
  turns: Turn[];
  sections: Section[];
  speakers: Speaker[];
  notes: InlineNote[];
  lineCount: number;
}

