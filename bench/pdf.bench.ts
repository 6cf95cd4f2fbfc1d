/**
 * Reading a 300-page PDF transcript (court pages: a header, 25 numbered
 * lines, a page number and a footer, written with pdf-lib here) through
 * `readDocument`, against pdf.js's own `getTextContent` over every page of the
 * same file in the same run: what rebuilding lines, headers, line numbers and
 * turns adds to what pdf.js must do anyway.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocument } from '../src/core/formats';
import { loadPdfJs } from '../src/core/formats/documents/pdf/pdfjs';
import { median, type BenchRow } from './measure';

const PAGES = 300;
const SPEAKERS = ['Q.', 'A.', 'THE COURT:', 'MR. WEST:', 'MS. NOORD:'];
const WORDS = 'the witness said that she saw the truck turn left at the corner before the light changed and then it stopped near the gate'.split(' ');

async function generatePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let p = 1; p <= PAGES; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText('IN THE DISTRICT COURT OF THE BENCH COUNTY', { x: 140, y: 750, size: 10, font });
    page.drawText(String(p + 10), { x: 540, y: 750, size: 10, font });
    for (let n = 1; n <= 25; n++) {
      const y = 700 - (n - 1) * 24;
      page.drawText(String(n), { x: 50, y, size: 12, font });
      const words = Array.from({ length: 6 + Math.floor(next() * 4) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
      const label = next() < 0.3 ? SPEAKERS[Math.floor(next() * SPEAKERS.length)]! + ' ' : '';
      page.drawText(label + words.join(' '), { x: 90, y, size: 12, font });
    }
    page.drawText('BENCH REPORTING SERVICES - UNOFFICIAL COPY', { x: 160, y: 40, size: 10, font });
  }
  return doc.save();
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** pdf.js alone: open the document and get every page's text content. */
async function textContentOnly(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: pdfjs.VerbosityLevel.ERRORS }).promise;
  let items = 0;
  for (let i = 1; i <= doc.numPages; i++) items += (await (await doc.getPage(i)).getTextContent()).items.length;
  await doc.destroy();
  return items;
}

export default async function bench(): Promise<BenchRow[]> {
  const bytes = await generatePdf();
  const read = () => readDocument(bytes, { fileName: 'hearing.pdf' });
  const first = await read();
  await textContentOnly(bytes);
  const ours = await timeAsync(5, read);
  const theirs = await timeAsync(5, () => textContentOnly(bytes));
  return [
    {
      name: `reading a ${PAGES}-page PDF court transcript (${(bytes.length / 1024).toFixed(0)} KB, ${first.transcript.turns.length} turns) through readDocument vs pdf.js's getTextContent over every page`,
      value: `${ours.toFixed(0)} ms`,
      reference: `${theirs.toFixed(0)} ms`,
      ratio: ours / theirs,
      goal: '< 2 s',
      pass: ours < 2000,
    },
  ];
}
