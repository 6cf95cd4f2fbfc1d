/**
 * CSV export (RFC 4180): a header row, then one row per tag; lines end in
 * CRLF; a field is quoted when it holds a comma, a double quote or a line
 * break, and its double quotes are doubled. UTF-8, with a byte-order mark on
 * request so that spreadsheet programs read the text as UTF-8.
 *
 * Text from transcripts and sidecars is untrusted: a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (after any white space) is a formula to LibreOffice
 * and Excel (`=HYPERLINK(...)` in a quote becomes a live link). By default
 * such a cell is written with a `'` in front, which spreadsheets show as
 * text; pipelines that read the file as data can turn that off.
 */
import type { ExportCorpus } from './exportData';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'document', 'title', 'date', 'speaker', 'role', 'section', 'category', 'quote', 'note', 'verdict', 'source', 'start_line', 'end_line', 'id', 'status',
  'start_time', 'end_time', 'place', 'author',
] as const;

export interface CsvOptions {
  /** Start the file with a UTF-8 byte-order mark (U+FEFF). */
  bom: boolean;
  /** Put a `'` before text cells that a spreadsheet would read as a formula (default true). */
  neutraliseFormulas?: boolean;
}

/**
 * The characters that make a spreadsheet cell a formula (OWASP's list:
 * LibreOffice and Excel), after any white space: spreadsheets skip leading
 * spaces, no-break and other Unicode spaces, and zero-width characters.
 */
const FORMULA_START = /^[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]*[=+\-@\t\r]/;

/** A text cell as spreadsheets must read it: as text, never as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field as RFC 4180 writes it. */
export function csvField(value: string | number | null | undefined, neutralise = false): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (line numbers), never user text: -1 stays a number.
  const s = typeof value === 'string' && neutralise ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text of rows, the header first. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>, options: CsvOptions): string {
  const neutralise = options.neutraliseFormulas ?? true;
  const lines = rows.map((row) => row.map((v) => csvField(v, neutralise)).join(','));
  return (options.bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

/** The CSV text of a corpus. */
export function writeCsv(corpus: ExportCorpus, options: CsvOptions): string {
  const rows: Array<Array<string | number | null | undefined>> = [[...CSV_COLUMNS]];
  for (const doc of corpus.documents) {
    for (const tag of doc.tags) {
      rows.push([
        doc.path, doc.metadata.title, doc.metadata.date, tag.speaker, tag.role, tag.section, tag.categoryLabel, tag.quote,
        tag.note, tag.verdict, tag.source, tag.line, tag.endLine, tag.id, tag.status,
        tag.time?.start, tag.time?.end, tag.place, tag.author,
      ]);
    }
  }
  return csvText(rows, options);
}

/** Taguette's codebook import: a CSV with `tag` and `description` columns, one row per category (Taguette's tags are flat). */
export function writeTaguetteCodebook(corpus: ExportCorpus, options: CsvOptions): string {
  const rows: Array<Array<string | undefined>> = [['tag', 'description']];
  for (const c of corpus.categories) rows.push([c.label, c.description ?? '']);
  return csvText(rows, options);
}
