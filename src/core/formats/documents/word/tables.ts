/**
 * Tables of speaker | time | text, as transcription services export them.
 * Columns are found by their content, not their headings: the time column's
 * cells read as times (`00:01:02`), the speaker column's cells are short and
 * repeat, the text column is the longest. A first row whose cells are not of
 * their column's kind is a header row.
 */
import { parseTimestamp } from '../../../transcript/time';
import type { WordParagraph } from './paragraphs';

/** A row of a speaker table: who speaks, when, the words, and the paragraphs they came from. */
export interface SpeakerRow {
  /** 1-based table and row, for the place `table T row R`. */
  table: number;
  row: number;
  /** The speaker as the cell gives it; empty when the cell is (the previous speaker goes on). */
  speaker: string;
  time?: number;
  /** The text column's paragraphs. */
  words: WordParagraph[];
  /** The row's first paragraph. */
  first: WordParagraph;
}

/** A speaker table: its rows in order and the paragraphs of the document it covers. */
export interface SpeakerTable {
  table: number;
  rows: SpeakerRow[];
  /** Indices (1-based) of its first and last paragraphs. */
  firstParagraph: number;
  lastParagraph: number;
}

/** A cell's paragraphs. */
type Cell = WordParagraph[];

const TIME_CELL = /^\s*[[(]?\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?[\])]?(?:\s*(?:-->|[-–])\s*[[(]?\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?[\])]?)?\s*$/;
/** A time at the end or start of a speaker cell: `Speaker 1 00:03`. */
const NAME_TIME = /^(.*?\S)?\s*[[(]?(\d{1,3}:\d{1,2}(?::\d{1,2})?)[\])]?\s*$/;

function cellText(cell: Cell | undefined): string {
  return cell ? cell.map((p) => p.text).join('\n').trim() : '';
}

function isTimeCell(s: string): boolean {
  return TIME_CELL.test(s);
}

/** The first time of a time cell (`00:01 - 00:05` gives 1). */
function timeOf(s: string): number | undefined {
  const m = /\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?/.exec(s);
  return m ? parseTimestamp(m[0]) : undefined;
}

/**
 * The table that holds the transcript, when one does: at least three rows,
 * a speaker column and a text column, and most of the document's letters.
 */
export function findSpeakerTable(paragraphs: readonly WordParagraph[]): SpeakerTable | undefined {
  const tables = new Map<number, Map<number, Map<number, Cell>>>();
  for (const p of paragraphs) {
    if (!p.cell) continue;
    const { table, row, column } = p.cell;
    let rows = tables.get(table);
    if (!rows) tables.set(table, (rows = new Map()));
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    let cell = cells.get(column);
    if (!cell) cells.set(column, (cell = []));
    cell.push(p);
  }
  if (!tables.size) return undefined;
  const total = letters(paragraphs);
  let best: SpeakerTable | undefined;
  let bestLetters = 0;
  for (const [table, rows] of tables) {
    const found = speakerTable(table, [...rows.values()]);
    if (!found) continue;
    const covered = letters(paragraphs.filter((p) => p.cell?.table === table));
    if (covered > bestLetters) {
      best = found;
      bestLetters = covered;
    }
  }
  return best && bestLetters >= total * 0.5 ? best : undefined;
}

function letters(ps: readonly WordParagraph[]): number {
  let n = 0;
  for (const p of ps) n += p.text.replace(/[^\p{L}]/gu, '').length;
  return n;
}

function speakerTable(table: number, rows: Array<Map<number, Cell>>): SpeakerTable | undefined {
  if (rows.length < 3) return undefined;
  const width = Math.max(...rows.map((r) => Math.max(0, ...r.keys())));
  if (width < 2) return undefined;
  // Judge the columns on the rows after the first, which may be a header.
  const body = rows.slice(1);
  const texts = (c: number): string[] => body.map((r) => cellText(r.get(c)));
  let timeCol: number | undefined;
  const nameScores: Array<[number, number]> = [];
  const means = new Map<number, number>();
  for (let c = 1; c <= width; c++) {
    const cells = texts(c);
    const filled = cells.filter(Boolean);
    if (!filled.length) continue;
    if (timeCol === undefined && filled.filter(isTimeCell).length >= filled.length * 0.6) {
      timeCol = c;
      continue;
    }
    means.set(c, filled.reduce((a, s) => a + s.length, 0) / cells.length);
    const names = filled.map((s) => (NAME_TIME.exec(s)?.[1] ?? s).trim()).filter(Boolean);
    const short = names.filter((s) => s.length <= 60 && s.split(/\s+/).length <= 8 && !s.includes('\n')).length;
    const distinct = new Set(names.map((s) => s.toLowerCase())).size;
    if (short >= filled.length * 0.8 && distinct <= Math.max(2, names.length * 0.6)) nameScores.push([c, filled.length - distinct]);
  }
  // The speaker column: the short cells that repeat most; the text column: the longest of the others.
  nameScores.sort((a, b) => b[1] - a[1]);
  const nameCol = nameScores[0]?.[0];
  let textCol: number | undefined;
  for (const [c, mean] of means) if (c !== nameCol && (textCol === undefined || mean > means.get(textCol)!)) textCol = c;
  if (nameCol === undefined || textCol === undefined) return undefined;
  const header = isHeaderRow(rows[0]!, nameCol, textCol, timeCol, body);
  const out: SpeakerRow[] = [];
  let rowNumber = 0;
  for (const r of rows) {
    rowNumber++;
    if (rowNumber === 1 && header) continue;
    const words = r.get(textCol) ?? [];
    const nameCell = cellText(r.get(nameCol));
    const nameTime = NAME_TIME.exec(nameCell);
    const speaker = (nameTime ? nameTime[1] ?? '' : nameCell).replace(/\s*:$/, '').trim();
    const time = timeCol !== undefined ? timeOf(cellText(r.get(timeCol))) : nameTime ? parseTimestamp(nameTime[2]!) : undefined;
    const first = [...r.values()][0]?.[0];
    if (!first) continue;
    out.push({ table, row: rowNumber, speaker, ...(time !== undefined ? { time } : {}), words, first });
  }
  const all = rows.flatMap((r) => [...r.values()].flat());
  return { table, rows: out, firstParagraph: Math.min(...all.map((p) => p.index)), lastParagraph: Math.max(...all.map((p) => p.index)) };
}

/** True when the first row is a header: its time cell is no time, or its speaker is never seen again and its text cell is short. */
function isHeaderRow(first: Map<number, Cell>, nameCol: number, textCol: number, timeCol: number | undefined, body: Array<Map<number, Cell>>): boolean {
  if (timeCol !== undefined) return !isTimeCell(cellText(first.get(timeCol)));
  const nameOf = (cell: Cell | undefined): string => {
    const s = cellText(cell);
    return (NAME_TIME.exec(s)?.[1] ?? s).trim().toLowerCase();
  };
  const name = nameOf(first.get(nameCol));
  const text = cellText(first.get(textCol));
  const seen = body.some((r) => nameOf(r.get(nameCol)) === name);
  return !seen && text.length <= 40 && !/[.?!]$/.test(text);
}
