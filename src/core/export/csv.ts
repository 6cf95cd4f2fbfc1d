/**
 * CSV export (RFC 4180): a header row, then one row per tag; lines end in
 * CRLF; a field is quoted when it holds a comma, a double quote or a line
 * break, and its double quotes are doubled. UTF-8, with a byte-order mark on
 * request so that spreadsheet programs read the text as UTF-8.
 */
import type { ExportCorpus } from './model';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'document', 'title', 'date', 'speaker', 'role', 'section', 'category', 'quote', 'note', 'verdict', 'source', 'start_line', 'end_line', 'id', 'status',
  'start_time', 'end_time',
] as const;

export interface CsvOptions {
  /** Start the file with a UTF-8 byte-order mark (U+FEFF). */
  bom: boolean;
}

/** One field as RFC 4180 writes it. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text of a corpus. */
export function writeCsv(corpus: ExportCorpus, options: CsvOptions): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const doc of corpus.documents) {
    for (const tag of doc.tags) {
      const row = [
        doc.path, doc.metadata.title, doc.metadata.date, tag.speaker, tag.role, tag.section, tag.categoryLabel, tag.quote,
        tag.note, tag.verdict, tag.source, tag.line, tag.endLine, tag.id, tag.status,
        tag.time?.start, tag.time?.end,
      ];
      rows.push(row.map(csvField).join(','));
    }
  }
  return (options.bom ? '\ufeff' : '') + rows.join('\r\n') + '\r\n';
}
