/**
 * What every export is written from: the documents of a corpus with their
 * metadata and their tags, each tag placed in its document's current text and
 * given the speaker, role and section it stands in. Gathered once
 * (`gather.ts`), written in any format (`formats.ts`).
 */
import type { AnchorStatus } from '../annotations/tag';
import type { Metadata, Role } from '../transcript';
import type { ExportRecording } from '../media/forExport';

/** A codebook category as exports see it. */
export interface ExportCategory {
  /** The id tags refer to (`claim`, `statistic`...). */
  id: string;
  /** The name people read; the id when the codebook has none. */
  label: string;
  /** `#rrggbb` when the codebook gives one (theme colour ids are left out). */
  color?: string;
  description?: string;
  /** The id of the category this one refines (REFI-QDA nests its code). */
  parent?: string;
}

/** A tag ready to be written. */
export interface ExportTag {
  /** The sidecar's tag id (`t-` and eight hex digits). */
  id: string;
  /** The category id and its label from the codebook. */
  category: string;
  categoryLabel: string;
  /** The words tagged: from the current text when the tag is placed, as stored when it is orphaned. */
  quote: string;
  /** Up to 32 code points before and after the quote. */
  prefix: string;
  suffix: string;
  /** Code-point offsets in the document's text; absent for an orphaned tag. */
  start?: number;
  end?: number;
  /** 1-based lines and code-point columns of the start and end; absent for an orphaned tag. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Who says the words and in which section (`Q&A 3`); null where nobody is labelled. */
  speaker: string | null;
  role: Role | null;
  section: string | null;
  note?: string;
  verdict?: string;
  /** The address the verdict rests on. */
  source?: string;
  author?: string;
  /** ISO 8601 times of tagging and of the last change. */
  created: string;
  modified: string;
  /** `anchored`: found where the sidecar says; `moved`: found elsewhere by its words; `orphaned`: not found. */
  status: AnchorStatus;
  /** When the words were said, in seconds from the start of the recording (a timed transcript only). */
  time?: { start: number; end: number };
  /** Where the words stand in the original document (`12:3`, `12:3–12:9`, `¶ 4`): a PDF's, a Word file's, or a converted file's place markers. */
  place?: string;
  /** The original's page the words start on, where it has pages (a PDF). */
  page?: number;
}

/** One transcript of the export. */
export interface ExportDocument {
  /** The path relative to the export's root (the workspace folder, or the folder given), with `/`. */
  path: string;
  /** The document's URI (`file:///...`), the target every annotation points at. */
  uri: string;
  /** The current text, without a byte-order mark. */
  text: string;
  metadata: Metadata;
  /** The speakers of the document and their roles, in order of appearance. */
  speakers: Array<{ name: string; role: Role }>;
  /** Each labelled turn's spoken words: its speaker and code-point offsets (REFI-QDA links speaker cases to them). */
  turns: Array<{ speaker: string; start: number; end: number }>;
  tags: ExportTag[];
  /** Orphaned tags left out because the export skips them. */
  skippedOrphans: number;
  /** The transcript's recording (linked, named in its front matter, or found beside it by the caller). */
  recording?: ExportRecording;
  /** The text's time anchors: code-point positions and seconds (a timed transcript only). */
  syncPoints?: Array<{ position: number; time: number }>;
  /** The original the text was extracted from (a PDF, a Word file...) or converted from: its kind and file name. */
  origin?: { kind: string; fileName?: string };
}

/** A problem met while gathering, named by file (and line, when known). */
export interface ExportProblem {
  /** The file the problem is in, as the user knows it (a path or URI). */
  file: string;
  line?: number;
  message: string;
  /** `error`: something is wrong that the user must fix; `warning`: worth knowing. */
  severity: 'error' | 'warning';
  /** True when tags or a whole document are missing from the export because of this problem. */
  keptOut?: boolean;
}

/** Everything an export is written from. */
export interface ExportCorpus {
  documents: ExportDocument[];
  /** The codebook's categories, then any category a tag uses that the codebook does not have. */
  categories: ExportCategory[];
  /** When the export was made (ISO 8601), written into the files that carry a date. */
  created: string;
  /** The tool and version, for the files that name their origin. */
  origin: string;
}

/** What to do with tags whose words are no longer in the text. */
export type OrphanPolicy = 'skip' | 'include';

/** "3 tags", "1 tag". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Counts for the summary shown after an export. */
export function exportCounts(corpus: ExportCorpus): { documents: number; tagged: number; tags: number; orphansIncluded: number; orphansSkipped: number } {
  let tags = 0;
  let tagged = 0;
  let orphansIncluded = 0;
  let orphansSkipped = 0;
  for (const d of corpus.documents) {
    tags += d.tags.length;
    if (d.tags.length) tagged++;
    orphansSkipped += d.skippedOrphans;
    for (const t of d.tags) if (t.status === 'orphaned') orphansIncluded++;
  }
  return { documents: corpus.documents.length, tagged, tags, orphansIncluded, orphansSkipped };
}
