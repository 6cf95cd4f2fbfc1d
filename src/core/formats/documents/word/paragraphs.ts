/**
 * A Word document as the speaker logic sees it, whichever file it came from
 * (`.docx` XML or the binary `.doc`): its body's paragraphs in order, each with
 * its style, how much of its start is bold, and its table cell if it is in one.
 */

/** Where a paragraph stands in a table. */
export interface CellRef {
  /** 1-based table of the body. */
  table: number;
  /** 1-based row and column of the cell. */
  row: number;
  column: number;
}

/** One paragraph of the body. */
export interface WordParagraph {
  /** 1-based paragraph of the body, in reading order; paragraphs in table cells count too. */
  index: number;
  /** The paragraph style's name (`Heading 1`, `D3/ Intervinent`), when the file has styles. */
  style?: string;
  /** The text, runs joined: tabs as `\t`, line breaks as `\n`; deleted text and field codes left out. */
  text: string;
  /** Spans of `text` in bold type, `[start, end)`, in order; empty where the file says nothing of type (`.doc`). */
  bold: Array<[number, number]>;
  /** The table cell holding the paragraph, if any. */
  cell?: CellRef;
}

/** What a Word file holds for the reader. */
export interface WordDocument {
  /** The body's paragraphs in reading order. */
  paragraphs: WordParagraph[];
  /** The title in the document's properties (`dc:title`), a hint only. */
  title?: string;
  /** When the file was created (`dcterms:created`), ISO: the file's date, not the event's. */
  created?: string;
}

/** The end of the bold span that starts at `offset` (white space before it skipped), or `offset` when the text there is not bold. */
export function boldRunAt(p: WordParagraph, offset: number): number {
  let at = offset;
  while (at < p.text.length && /\s/.test(p.text[at]!)) at++;
  const span = p.bold.find(([s, e]) => s <= at && at < e);
  return span ? span[1] : offset;
}

/** True when every letter and digit of the paragraph is bold. */
export function isAllBold(p: WordParagraph): boolean {
  if (!p.bold.length) return false;
  let from = 0;
  for (const [s, e] of p.bold) {
    if (/[\p{L}\p{N}]/u.test(p.text.slice(from, s))) return false;
    from = e;
  }
  return !/[\p{L}\p{N}]/u.test(p.text.slice(from));
}
