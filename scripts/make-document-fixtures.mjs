// Writes the documents of the integration suite's fixture workspace
// (test/fixtures/workspace/documents/) with real writers: a PDF by pdf-lib and
// a Word file by docx, in our own words; plus a scanned PDF (pages with no text
// layer) and a damaged .docx (the writer's file cut short), for the messages
// about bad input. Run it again after changing the words: `node scripts/make-document-fixtures.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'workspace', 'documents');
mkdirSync(folder, { recursive: true });

/** A fixed date, so that the files come out the same each time. */
const WHEN = new Date('2024-05-02T10:00:00Z');

/** A hearing over two pages, one speaker's line at a time. */
const HEARING = [
  [
    'Committee on Roads and Bridges',
    'Public hearing, 2 May 2024',
    'CHAIR: The committee will come to order. We hear the roads director first.',
    'DIRECTOR: Thank you. Last year we resurfaced ninety miles of county road.',
    'DIRECTOR: The work came in under budget for the first time in a decade.',
  ],
  [
    'CHAIR: Ninety miles is more than the year before?',
    'DIRECTOR: Nearly twice as much, and the cost per mile fell by a third.',
    'MEMBER OKAFOR: Which bridges are still closed to heavy trucks?',
    'DIRECTOR: Two of them, and both will reopen before the winter.',
  ],
];

async function hearingPdf() {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Committee on Roads and Bridges');
  pdf.setCreationDate(WHEN);
  pdf.setModificationDate(WHEN);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of HEARING) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 24, size: 11, font }));
  }
  return pdf.save();
}

/** A PDF of scanned pages: drawings, no text. */
async function scannedPdf() {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(WHEN);
  pdf.setModificationDate(WHEN);
  const page = pdf.addPage([612, 792]);
  page.drawRectangle({ x: 72, y: 500, width: 400, height: 200, borderWidth: 2 });
  return pdf.save();
}

/** Council minutes: a paragraph per speaker's turn. */
const MINUTES = [
  'Town Council, Regular Meeting',
  'MAYOR LINDGREN: The library will open on Sundays from September.',
  'COUNCILLOR BAPTISTE: How much will the Sunday hours cost the town?',
  'MAYOR LINDGREN: About forty thousand a year, paid from the parks levy.',
  'COUNCILLOR BAPTISTE: The parks levy already funds the pool repairs.',
];

async function minutesDocx() {
  const doc = new Document({
    creator: 'Transcript Annotator tests',
    title: 'Town Council, Regular Meeting',
    sections: [{ children: MINUTES.map((text) => new Paragraph({ children: [new TextRun(text)] })) }],
  });
  return Packer.toBuffer(doc);
}

const docx = await minutesDocx();
const files = {
  'roads-hearing.pdf': await hearingPdf(),
  'scanned-notice.pdf': await scannedPdf(),
  'council-minutes.docx': docx,
  // The writer's own file cut short: its zip directory is gone.
  'damaged-minutes.docx': docx.subarray(0, Math.floor(docx.length / 2)),
};
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(folder, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
