/**
 * Lines in reading order from a page's text pieces: pieces on one baseline
 * (within a tolerance, so superscripts and small capitals stay on their line)
 * are one line, sorted left to right, with a space where the gap between two
 * pieces is a space's width and none where extraction split a word; a page set
 * in two columns is read column by column.
 */
import { closeCjkSpacing } from './cjkSpacing';
import type { PageText, PdfLine, TextPiece } from './pieces';

/** A gap wider than this share of the font size is a space between words; a narrower one is a word split by extraction. */
const SPACE_GAP = 0.15;
/** Baselines closer than this share of the smaller font size are one line (a superscript rises about a third of its size). */
const BASELINE_TOLERANCE = 0.6;
/** A colon standing this many font sizes right of the text before it is a caption's rule. */
const CAPTION_GAP = 3;
/** Type at most this share of its neighbour's size is a superscript or a subscript of it. */
const SUPERSCRIPT_SHARE = 0.75;

/** The lines of a page, top to bottom, column by column where the page has two. */
export function pageLines(page: PageText): PdfLine[] {
  const rows = groupRows(page.pieces);
  const gutter = findGutter(rows, page.width);
  if (gutter === undefined) return rows.map(lineOf);
  return readColumns(rows, gutter);
}

/** Pieces on one baseline, left to right. */
type Row = TextPiece[];

function groupRows(pieces: readonly TextPiece[]): Row[] {
  const seen = new Set<string>();
  const kept: TextPiece[] = [];
  for (const p of pieces) {
    if (!p.str) continue;
    // Some writers draw bold by printing a word twice a hair apart: keep one.
    if (p.str.trim()) {
      const key = `${p.str}|${Math.round(p.x)}|${Math.round(p.y)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    kept.push(p);
  }
  kept.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  let row: Row = [];
  let base = 0;
  let size = 0;
  for (const p of kept) {
    if (row.length && Math.abs(p.y - base) <= BASELINE_TOLERANCE * toleranceSize(size, p.size || size)) {
      row.push(p);
      // The line's baseline is its largest text's: a superscript sorts first but does not set it.
      if (p.size > size) {
        size = p.size;
        base = p.y;
      }
      continue;
    }
    if (row.length) rows.push(row);
    row = [p];
    base = p.y;
    size = p.size || 1;
  }
  if (row.length) rows.push(row);
  for (const r of rows) r.sort((a, b) => a.x - b.x);
  return rows.filter((r) => r.some((p) => p.str.trim()));
}

/**
 * The size the baseline tolerance is measured in: the smaller of two sizes,
 * but the larger where one is much smaller, as a superscript (`18th`) is,
 * which rises more than a third of its own size.
 */
function toleranceSize(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  return small <= large * SUPERSCRIPT_SHARE ? large : small;
}

/** The row's text: pieces joined with a space where the gap is one. */
function lineOf(row: Row): PdfLine {
  let text = '';
  let end = -Infinity;
  let x = Infinity;
  let xEnd = -Infinity;
  let y = 0;
  let size = 0;
  for (const p of row) {
    if (!p.str.trim()) {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    // A court caption draws a column of colons far right of its names (`Petitioners    :`): a rule, not a label's colon.
    if (text && p.str.trim() === ':' && p.x - end > CAPTION_GAP * p.size) continue;
    if (text && !text.endsWith(' ') && !/^\s/.test(p.str) && p.x - end > SPACE_GAP * p.size) text += ' ';
    text += p.str;
    end = p.x + p.width;
    x = Math.min(x, p.x);
    xEnd = Math.max(xEnd, end);
    if (p.size > size) {
      size = p.size;
      y = p.y;
    }
  }
  return { text: closeCjkSpacing(text.replace(/\s+/g, ' ').trim()), x, xEnd, y, size };
}

/**
 * The x of the gutter of a two-column page, or undefined: a point in the
 * middle of the page that few lines cross, with text on both sides of it on
 * many lines, where the left column's lines run up to near the gutter. A
 * table whose left column holds short names is no two-column page: its
 * left cells end far apart, and its rows are read across.
 */
function findGutter(rows: readonly Row[], width: number): number | undefined {
  if (rows.length < 5 || width <= 0) return undefined;
  const words = rows.map((r) => r.filter((p) => p.str.trim()));
  // Every x with the best score: a title across the gutter moves the edge of that band, not its middle.
  let best: { at: number[]; score: number } | undefined;
  for (let at = width * 0.3; at <= width * 0.7; at += 2) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const r of words) {
      if (r.some((p) => p.x < at && p.x + p.width > at)) {
        crossing++;
        continue;
      }
      if (r.some((p) => p.x + p.width <= at)) left++;
      if (r.some((p) => p.x >= at)) right++;
    }
    if (crossing > Math.max(1, rows.length * 0.15)) continue;
    const score = Math.min(left, right);
    if (!best || score > best.score) best = { at: [at], score };
    else if (score === best.score) best.at.push(at);
  }
  if (!best || best.score < Math.max(4, rows.length * 0.3)) return undefined;
  const gutter = best.at[best.at.length >> 1]!;
  return leftColumnIsFilled(words, gutter) ? gutter : undefined;
}

/** True when most lines of the left column end within a fifth of its width of its right edge, as set text does. */
function leftColumnIsFilled(rows: readonly Row[], gutter: number): boolean {
  const ends: number[] = [];
  let start = Infinity;
  for (const r of rows) {
    const l = r.filter((p) => p.x + p.width <= gutter);
    if (!l.length) continue;
    start = Math.min(start, l[0]!.x);
    ends.push(Math.max(...l.map((p) => p.x + p.width)));
  }
  if (!ends.length) return false;
  const edge = Math.max(...ends);
  const near = ends.filter((e) => edge - e <= (edge - start) * 0.2).length;
  return near >= ends.length * 0.6;
}

/** Lines of a two-column page: what spans the gutter above the columns, the left column, the right, then what spans below. */
function readColumns(rows: readonly Row[], gutter: number): PdfLine[] {
  const spans = (r: Row) => r.some((p) => p.str.trim() && p.x < gutter && p.x + p.width > gutter);
  const firstColumnRow = rows.findIndex((r) => !spans(r));
  let lastColumnRow = rows.length - 1;
  while (lastColumnRow > firstColumnRow && spans(rows[lastColumnRow]!)) lastColumnRow--;
  const before = rows.slice(0, firstColumnRow);
  const after = rows.slice(lastColumnRow + 1);
  const left: Row[] = [];
  const right: Row[] = [];
  for (const r of rows.slice(firstColumnRow, lastColumnRow + 1)) {
    if (spans(r)) {
      left.push(r);
      continue;
    }
    const l = r.filter((p) => p.x + p.width / 2 < gutter);
    const rt = r.filter((p) => p.x + p.width / 2 >= gutter);
    if (l.some((p) => p.str.trim())) left.push(l);
    if (rt.some((p) => p.str.trim())) right.push(rt);
  }
  return [...before, ...left, ...right, ...after].map(lineOf);
}
