/**
 * The PDF reader's chunk: pdf.js extracts each page's text pieces; the lines
 * are rebuilt in reading order, headers, footers and line numbers become
 * places, and the plain-text reader finds the speakers in the text.
 */
import type { ReaderChunk } from '../chunks';
import { FormatError } from '../../errors';
import { readExtracted } from '../extracted';
import { layOutPages, type LaidPage, type ReadPage } from '../pdf/furniture';
import { pageLines } from '../pdf/lines';
import { withDocumentProperties, type PdfInfo } from '../pdf/metadata';
import type { PageText, TextPiece } from '../pdf/pieces';
import { loadPdfJs, type PdfJs } from '../pdf/pdfjs';
import { writePages } from '../pdf/text';

export const read: ReaderChunk['read'] = async (bytes, options) => {
  const pdfjs = await loadPdfJs();
  const doc = await open(pdfjs, bytes);
  try {
    const pages: ReadPage[] = [];
    const unreadable: string[] = [];
    let pieces = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      let page: PageText;
      try {
        page = await pageText(doc, i);
      } catch (e) {
        // One broken page should not cost the others: its text is left out, and the warning says so.
        unreadable.push(`page ${i} (of the file) is not readable and is left out: ${messageOf(e)}`);
        continue;
      }
      pieces += page.pieces.length;
      pages.push({ index: i, height: page.height, lines: pageLines(page) });
    }
    if (!pages.length) throw new FormatError(`not a readable PDF: ${unreadable[0] ?? 'it has no pages'}`);
    if (!pieces) throw new FormatError('no text layer: run OCR first (the pages are images, or drawn without text)');
    const laid = layOutPages(pages);
    const warnings = [...unreadable, ...omissions(laid)];
    let info: PdfInfo | undefined;
    try {
      info = (await doc.getMetadata()).info as PdfInfo;
    } catch (e) {
      warnings.push(`the document properties are not readable: ${messageOf(e)}`);
    }
    const result = readExtracted(writePages(laid), 'pdf', options, warnings);
    result.transcript.metadata = withDocumentProperties(result.transcript.metadata, info);
    return result;
  } finally {
    await doc.destroy();
  }
};

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Opens the document, or says in plain words why it cannot be read. */
async function open(pdfjs: PdfJs, bytes: Uint8Array): Promise<PdfDocument> {
  // pdf.js takes the buffer over and refuses a Node Buffer: give it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') throw new FormatError('encrypted: it needs a password');
    throw new FormatError(`not a readable PDF: ${messageOf(e)}`);
  }
}

/** A page's text pieces in page units. */
async function pageText(doc: PdfDocument, index: number): Promise<PageText> {
  const page = await doc.getPage(index);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent({ disableNormalization: false });
  const pieces: TextPiece[] = [];
  const turned: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // A slanted (oblique) face leans its verticals (c ≠ 0) on a level baseline: its height is d alone.
    const piece = { str: item.str, x: e! - x0, y: f! - y0, width: item.width, size: Math.abs(d!) || Math.hypot(c!, d!) || Math.hypot(a!, b!) };
    // Text whose baseline is not level is a watermark or a margin note, not a line of the record; slanted
    // type on a level baseline (the synthetic italic many CJK records print speeches in) is read.
    if (Math.abs(b!) > Math.abs(a!) * 0.05 || Math.abs(c!) > Math.abs(d!) || a! <= 0) turned.push(piece);
    else pieces.push(piece);
  }
  page.cleanup();
  // A page whose every line is turned is read as it is rather than lost.
  return { index, width: x1 - x0, height: y1 - y0, pieces: pieces.length ? pieces : turned };
}

const OMITTED = { certificate: "the reporter's certificate", index: 'the word index' } as const;

/** Warnings naming the pages left out of the text, a run of pages at once: `pages 88–108: the word index is left out of the text`. */
function omissions(pages: readonly LaidPage[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    const what = pages[i]!.omitted;
    if (!what) continue;
    let j = i;
    while (pages[j + 1]?.omitted === what) j++;
    const where = j > i ? `pages ${pages[i]!.page}–${pages[j]!.page}` : `page ${pages[i]!.page}`;
    out.push(`${where}: ${OMITTED[what]} is left out of the text`);
    i = j;
  }
  return out;
}
