/**
 * Reading conventions the held-out checks of the document readers left open:
 * a word a PDF broke at a soft hyphen, which pdf.js hands over with no hyphen
 * at all; notes and numbered questions in Chinese records; the record's own
 * narration inside a Westminster Hansard speech (`Question agreed to.`);
 * ParlaMint speakers known only by a code. Every document is written inside
 * the test, in our own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { readDocument, type DocumentRead } from '../../src/core/formats';

/** `speaker: first line of words` per labelled turn. */
function turnsOf(r: DocumentRead): string[] {
  return r.transcript.turns.filter((t) => t.speaker).map((t) => `${t.speaker}: ${r.text.slice(t.segments[0]!.start, t.segments[0]!.end).split('\n')[0]}`);
}

/**
 * A PDF of lines in Helvetica whose font says (in a ToUnicode map) that the
 * character it prints as a hyphen at a break is a soft hyphen, as word
 * processors write it.
 */
async function pdfWithSoftHyphens(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  lines.forEach((text, i) => page.drawText(text, { x: 72, y: 700 - i * 16, size: 12, font }));
  const map = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /SoftHyphens def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfrange <20> <7E> <0020> endbfrange',
    '1 beginbfchar <AD> <00AD> endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const saved = await PDFDocument.load(await doc.save());
  for (const [, object] of saved.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font')) object.set(PDFName.of('ToUnicode'), saved.context.register(saved.context.stream(map)));
  }
  return saved.save();
}

describe('PDF: words broken at a soft hyphen', () => {
  it('joins a word whose soft hyphen pdf.js dropped where the document writes the word whole elsewhere', async () => {
    const bytes = await pdfWithSoftHyphens([
      'CHAIR: We turn to the reform of the consti\u00ad',
      'tution before the recess.',
      'MEMBER: The constitution has served us well for a long time.',
    ]);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /reform of the constitution\nbefore the recess\./);
  });

  it('leaves two words that are each words of their own apart, though they also make one', async () => {
    const bytes = await pdfWithSoftHyphens([
      'CHAIR: Some members can',
      'not attend; they cannot travel in winter and we can not wait.',
    ]);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /Some members can\nnot attend;/);
  });

  it('still joins a word broken at a printed hyphen and keeps a name broken at its own hyphen', async () => {
    const bytes = await pdfWithSoftHyphens(['CHAIR: The ferry timetable needs more infor-', 'mation, says Anne-', 'Marie from the harbour office.']);
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.match(r.text, /more information,\nsays Anne-Marie\nfrom the harbour/);
  });
});
