import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocument } from '../../src/core/formats';

describe('documents in the editor\'s Node extension host', () => {
  it('reads a PDF where navigator is a getter that gives nothing, and leaves the getter as it was', async () => {
    // As VS Code's Node extension host defines it, so that extensions do not take Node for a browser.
    const getter = () => undefined;
    Object.defineProperty(globalThis, 'navigator', { get: getter, configurable: true, enumerable: true });
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([612, 792]).drawText('HOST: The ferry leaves at nine.', { x: 72, y: 720, size: 11, font });
    const read = await readDocument(await pdf.save(), { fileName: 'ferry.pdf' });
    assert.equal(read.transcript.turns[0]?.speaker, 'Host');
    assert.equal(Object.getOwnPropertyDescriptor(globalThis, 'navigator')?.get, getter);
  });
});
