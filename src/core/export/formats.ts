/**
 * The export formats, by id: what each is called, the file name it suggests,
 * and how it is written from a gathered corpus. The editor command and the
 * command line both go through `writeExport`.
 */
import { missingFields, writeClaimReview, reviewedTags } from './claimReview';
import { writeCsv, writeTaguetteCodebook } from './csv';
import { exportCounts, type ExportCorpus } from './model';
import { writeCodebook, writeQdpx } from './refiQda';
import { writeW3c } from './w3c';
import { writeYaml } from './yaml';

export type ExportFormatId = 'yaml' | 'csv' | 'w3c' | 'qdc' | 'qdpx' | 'claimreview' | 'taguette';

/** What the user picks from. */
export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  description: string;
  /** The file name suggested for the export. */
  fileName: string;
  /** The save dialog's filter. */
  filter: { name: string; extensions: string[] };
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'csv', label: 'CSV', description: 'One row per tag, for spreadsheets', fileName: 'tags.csv', filter: { name: 'CSV', extensions: ['csv'] } },
  { id: 'yaml', label: 'YAML', description: "Every document's metadata and tags in one file", fileName: 'tags.yaml', filter: { name: 'YAML', extensions: ['yaml', 'yml'] } },
  { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD annotations with quote and position selectors', fileName: 'tags.jsonld', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
  { id: 'qdpx', label: 'REFI-QDA project (.qdpx)', description: 'For MAXQDA, ATLAS.ti, NVivo, QualCoder', fileName: 'transcripts.qdpx', filter: { name: 'REFI-QDA project', extensions: ['qdpx'] } },
  { id: 'qdc', label: 'REFI-QDA codebook (.qdc)', description: 'The categories as codes', fileName: 'codebook.qdc', filter: { name: 'REFI-QDA codebook', extensions: ['qdc'] } },
  { id: 'taguette', label: 'Taguette codebook (CSV)', description: 'The categories as Taguette tags (tag, description)', fileName: 'codebook.csv', filter: { name: 'CSV', extensions: ['csv'] } },
  { id: 'claimreview', label: 'ClaimReview', description: 'schema.org JSON-LD for the tags with a verdict', fileName: 'claimreview.jsonld', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

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

/** Writes a corpus in a format. Throws RefiQdaError when a codebook has no category. */
export function writeExport(format: ExportFormatId, corpus: ExportCorpus, options: WriteOptions): WrittenExport {
  const encode = (s: string) => new TextEncoder().encode(s);
  const total = exportCounts(corpus).tags;
  switch (format) {
    case 'csv':
      return { bytes: encode(writeCsv(corpus, { bom: options.bom, neutraliseFormulas: options.neutraliseFormulas ?? true })), tags: total, leftOut: 0 };
    case 'taguette':
      // Read by Taguette, not a spreadsheet first: no byte-order mark, which would become part of the `tag` header.
      return { bytes: encode(writeTaguetteCodebook(corpus, { bom: false, neutraliseFormulas: options.neutraliseFormulas ?? true })), tags: 0, leftOut: 0 };
    case 'yaml':
      return { bytes: encode(writeYaml(corpus)), tags: total, leftOut: 0 };
    case 'w3c':
      return { bytes: encode(writeW3c(corpus)), tags: total, leftOut: 0 };
    case 'qdc':
      return { bytes: encode(writeCodebook(corpus.categories, corpus.origin)), tags: 0, leftOut: 0 };
    case 'qdpx': {
      const { bytes, leftOut } = writeQdpx(corpus, options.projectName);
      return { bytes, tags: total - leftOut, leftOut, ...(leftOut ? { leftOutReason: 'orphaned, with no place in the text for a selection' } : {}) };
    }
    case 'claimreview': {
      const reviewed = reviewedTags(corpus).length;
      const advice = reviewed ? missingFields(options.publisher) : undefined;
      return { bytes: encode(writeClaimReview(corpus, options.publisher)), tags: reviewed, leftOut: total - reviewed, ...(total > reviewed ? { leftOutReason: 'without a verdict' } : {}), ...(advice ? { advice } : {}) };
    }
  }
}
