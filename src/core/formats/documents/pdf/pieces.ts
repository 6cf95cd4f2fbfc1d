/**
 * The PDF reader's own view of a page's text, independent of pdf.js: the
 * chunk turns pdf.js's text items into these, and everything after (lines,
 * columns, running headers, line numbers, paragraphs) is plain code over them.
 */

/** A run of text drawn at one position, as a PDF's text layer gives it. */
export interface TextPiece {
  str: string;
  /** Left edge and baseline in page units, y growing upwards (PDF's own axes). */
  x: number;
  y: number;
  /** Advance width in page units. */
  width: number;
  /** Font size in page units (the height of the text). */
  size: number;
}

/** One page's text pieces in content-stream order. */
export interface PageText {
  /** 1-based page index in the file. */
  index: number;
  width: number;
  height: number;
  pieces: TextPiece[];
}

/** A line of text rebuilt from the pieces on one baseline. */
export interface PdfLine {
  text: string;
  /** Left and right edges, baseline and largest font size. */
  x: number;
  xEnd: number;
  y: number;
  size: number;
}
