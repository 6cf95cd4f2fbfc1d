/**
 * PDFs for the PDF reader's tests and benchmark, written with pdf-lib: lines
 * of text at given positions on letter-size pages, in a standard font.
 */
import { degrees, PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** A line to draw: its text, left edge and baseline (points from the bottom), size, and angle in degrees. */
export interface DrawnLine {
  text: string;
  x: number;
  y: number;
  size?: number;
  angle?: number;
}

/** Page size: US letter. */
export const PAGE = { width: 612, height: 792 };

/** A PDF with one page per array of lines, in Courier (as court reporters type) or Helvetica. */
export async function pdfOf(pages: DrawnLine[][], options: { font?: 'courier' | 'helvetica'; title?: string; draw?: (page: PDFPage) => void } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font: PDFFont = await doc.embedFont(options.font === 'helvetica' ? StandardFonts.Helvetica : StandardFonts.Courier);
  if (options.title) doc.setTitle(options.title);
  for (const lines of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (const l of lines) page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? 12, font, ...(l.angle ? { rotate: degrees(l.angle) } : {}) });
    options.draw?.(page);
  }
  return doc.save();
}

/** A page of prose lines from the top margin down, one every `leading` points. */
export function prose(lines: string[], options: { x?: number; top?: number; leading?: number; size?: number } = {}): DrawnLine[] {
  const { x = 72, top = 700, leading = 16, size = 12 } = options;
  return lines.map((text, i) => ({ text, x, y: top - i * leading, size }));
}

/**
 * A court transcript page: a running header, lines numbered 1–25 in the left
 * margin, the page number printed at the top right, and a footer.
 */
export function courtPage(printedPage: number, lines: string[], header = 'SUPERIOR COURT OF EXAMPLE COUNTY', footer = 'UNCERTIFIED ROUGH DRAFT TRANSCRIPT'): DrawnLine[] {
  const out: DrawnLine[] = [
    { text: header, x: 150, y: 750, size: 10 },
    { text: String(printedPage), x: 540, y: 750, size: 10 },
    { text: footer, x: 180, y: 40, size: 10 },
  ];
  for (let n = 1; n <= 25; n++) {
    const y = 700 - (n - 1) * 24;
    out.push({ text: String(n), x: 50, y });
    const text = lines[n - 1];
    if (text) out.push({ text, x: 90, y });
  }
  return out;
}

/** A PDF whose trailer says it is encrypted with a password nobody gave (pdf-lib writes no encryption; the dictionary is enough to ask for one). */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([PAGE.width, PAGE.height]).drawText('Secret words', { x: 72, y: 700, size: 12, font });
  const hash = PDFString.of('0123456789abcdef0123456789abcdef');
  const encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: 1, R: 2, O: hash, U: hash, P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFString.of('0123456789abcdef'), PDFString.of('0123456789abcdef')]);
  return doc.save({ useObjectStreams: false });
}
