/**
 * The corpus report's data: what goes in (each transcript's outline and tags,
 * read by the editor's index or by the command line) and what comes out (the
 * counts every chart and table of the report is drawn from). Pure types.
 */
import type { DocumentOutline, TagLike } from '../workspace/documentTree';

/** A tag as the report counts it: the tree's `TagLike` (which the storage API's `StoredTag` has) with its verdict and author. */
export type ReportTag = Pick<TagLike, 'id' | 'category' | 'quote' | 'range' | 'status' | 'speaker'> & {
  verdict?: string;
  /** Who tagged it. */
  author?: string;
};

/** One transcript of the report. */
export interface ReportDocument {
  /** What identifies it (its URI in the editor, its path on the command line). */
  key: string;
  /** Its title, or its file name when it has none. */
  title: string;
  /** Its path relative to the workspace or the current folder, with `/`. */
  path: string;
  /** The event's date, `YYYY-MM-DD`, when known. */
  date?: string;
  outline: DocumentOutline;
  tags: readonly ReportTag[];
}

/** What the report shows; every part must match. Empty or absent parts let everything through. */
export interface ReportFilter {
  /** First and last event dates kept (`YYYY-MM-DD`, inclusive); documents without a date are left out when either is set. */
  from?: string;
  to?: string;
  /** Speakers kept (exact names). */
  speakers?: string[];
  /** Category ids kept. */
  categories?: string[];
  /** Verdicts kept; `''` stands for claims without one. */
  verdicts?: string[];
  /** Whose tags: only those whose `author` is this name. The editor reads `@agreed` (the agreed set) and an annotator's own sidecar instead of filtering. */
  author?: string;
}

/** A category as the report names and colours it. */
export interface ReportCategory {
  id: string;
  label: string;
  /** `#rrggbb` for the charts. */
  color: string;
}

/** A claim counted in the report: its document and tag, with the speaker and turn it was placed in. */
export interface ReportClaim {
  document: string;
  tag: ReportTag;
  /** The tag's speaker, else the speaker of the turn where it starts; `''` when neither is known. */
  speaker: string;
  /** The index of the turn where it starts, when it starts in one. */
  turn?: number;
  date?: string;
}

/** One speaker's scorecard: their claims by category and by verdict. */
export interface Scorecard {
  speaker: string;
  claims: number;
  byCategory: Array<{ category: string; count: number }>;
  /** Verdicts in the scale's order; `share` is of this speaker's claims with a verdict. */
  byVerdict: Array<{ verdict: string; count: number; share: number }>;
  /** Claims without a verdict. */
  unchecked: number;
}

/** A cell of a matrix: how many claims of a category stand in a column (a speaker, a document, another category). */
export interface MatrixCell {
  category: string;
  column: string;
  count: number;
}

/** How often two categories are tagged together. */
export interface Cooccurrence {
  /** The two category ids, `a` ≤ `b` in the codebook's order. */
  a: string;
  b: string;
  /** Pairs of tags whose words overlap. */
  overlapping: number;
  /** Pairs of tags that start in the same turn. */
  sameTurn: number;
}

/** Claims made on a date by a speaker in a category. */
export interface TimelinePoint {
  date: string;
  speaker: string;
  category: string;
  count: number;
}

/** How much one speaker (or role) said in one document. */
export interface FloorShare {
  document: string;
  /** A speaker's name or a role (`questioner`, `respondent`, `moderator`, `unknown`). */
  who: string;
  words: number;
  /** Of the document's words. */
  share: number;
  /** Seconds spoken, where the transcript has times. */
  seconds?: number;
  /** Of the document's timed seconds. */
  timeShare?: number;
}

/** Questions a speaker asked and the questions they answered. */
export interface QuestionCount {
  speaker: string;
  asked: number;
  answered: number;
}

/** Everything the report draws, from one pass over the documents. */
export interface ReportData {
  /** The documents kept by the filter, in date then title order. */
  documents: Array<{ key: string; title: string; path: string; date?: string }>;
  /** The claims kept by the filter. */
  claims: ReportClaim[];
  /** Categories in codebook order, then those the tags use that the codebook lacks. */
  categories: ReportCategory[];
  /** Verdicts in the scale's order, then others in alphabetical order. */
  verdicts: string[];
  /** Speakers with claims or words, by claims then name. */
  speakers: string[];
  scorecards: Scorecard[];
  bySpeaker: MatrixCell[];
  byDocument: MatrixCell[];
  cooccurrence: Cooccurrence[];
  timeline: TimelinePoint[];
  floorBySpeaker: FloorShare[];
  floorByRole: FloorShare[];
  questions: QuestionCount[];
  /** What the filter could offer: every speaker, category, verdict, author and date of the documents given. */
  choices: { speakers: string[]; categories: string[]; verdicts: string[]; authors: string[]; dates: string[] };
}
