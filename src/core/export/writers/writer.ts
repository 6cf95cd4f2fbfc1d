/** What an export writer is: a format the tags can be written in, and how. The table of them is in `index.ts`. */
import type { ExportCorpus } from '../exportData';

/** One export format: what the user picks, and how a gathered corpus is written in it. */
export interface ExportWriter<Id extends string = string> {
  /** The format's id, as `--format` and the export request name it. */
  readonly id: Id;
  /** Its name in the format picker. */
  readonly label: string;
  /** What it is for, beside its name in the picker. */
  readonly description: string;
  /** The file name suggested for the export. */
  readonly fileName: string;
  /** The save dialog's filter: the file type's name and its extensions (the first is the usual one). */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
  /** Writes a corpus. May throw RefiQdaError when a codebook has no category. */
  write(corpus: ExportCorpus, options: WriteOptions): WrittenExport;
}

/** How to write: the options of the formats that have any. */
export interface WriteOptions {
  /** CSV: start with a UTF-8 byte-order mark. */
  bom: boolean;
  /** CSV: put a `'` before cells a spreadsheet would read as a formula (default true). */
  neutraliseFormulas?: boolean;
  /** ClaimReview: the organisation publishing the reviews, and its web address (reviews' `url`s are made under it). */
  publisher?: { name?: string; url?: string };
  /** REFI-QDA project: its name in the QDA tool. */
  projectName: string;
}

/** What was written, for the summary. */
export interface WrittenExport {
  bytes: Uint8Array;
  /** How many tags the file holds. */
  tags: number;
  /** Tags in the corpus the format has no place for (orphans in a project, tags without a verdict in ClaimReview). */
  leftOut: number;
  /** Why `leftOut` tags are not in the file, in words for the summary. */
  leftOutReason?: string;
  /** What the file lacks that the user can supply, in words for the summary. */
  advice?: string;
}

/** A text file's bytes: UTF-8. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
