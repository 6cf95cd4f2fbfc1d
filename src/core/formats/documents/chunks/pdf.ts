/**
 * The PDF reader's chunk: pdf.js extracts each page's text pieces; the lines
 * are rebuilt in reading order, headers, footers and line numbers become
 * places, and the plain-text reader finds the speakers in the text.
 */
import type { ReaderChunk } from '../chunks';
import { FormatError } from '../../errors';
import { readExtracted } from '../extracted';
import { layOutPages, type ReadPage } from '../pdf/furniture';
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
    let pieces = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await pageText(doc, i);
      pieces += page.pieces.length;
      pages.push({ index: i, height: page.height, lines: pageLines(page) });
    }
    if (!pieces) throw new FormatError('no text layer: run OCR first (the pages are images, or drawn without text)');
    const laid = layOutPages(pages);
    const warnings = laid.filter((p) => p.certificate).map((p) => `page ${p.page}: the reporter's certificate is left out of the text`);
    const result = readExtracted(writePages(laid), 'pdf', options, warnings);
    const info = (await doc.getMetadata().catch(() => undefined))?.info as PdfInfo | undefined;
    result.transcript.metadata = withDocumentProperties(result.transcript.metadata, info);
    return result;
  } finally {
    await doc.destroy();
  }
};

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
    const message = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new FormatError('encrypted: it needs a password');
    throw new FormatError(`not a readable PDF: ${message}`);
  }
}

/** A page's text pieces in page units. */
async function pageText(doc: PdfDocument, index: number): Promise<PageText> {
  const page = await doc.getPage(index);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const content = await page.getTextContent({ disableNormalization: false });
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    pieces.push({ str: item.str, x: e! - x0, y: f! - y0, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) });
  }
  page.cleanup();
  return { index, width: x1 - x0, height: y1 - y0, pieces };
}
