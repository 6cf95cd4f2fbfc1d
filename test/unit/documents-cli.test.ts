import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { run } from './helpers';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-documents-cli-');
const home = process.cwd();

/** A one-page hearing, a line per speaker, written by pdf-lib. */
async function hearingPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([612, 792]);
  lines.forEach((line, i) => page.drawText(line, { x: 72, y: 720 - i * 24, size: 11, font }));
  return pdf.save();
}

/** A PDF with a drawing and no text, as a scan without OCR is. */
async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([612, 792]).drawRectangle({ x: 72, y: 500, width: 300, height: 100 });
  return pdf.save();
}

describe('command line: documents', () => {
  before(async () => {
    mkdirSync(join(dir, 'hearings'));
    writeFileSync(join(dir, 'hearings', 'ferries.pdf'), await hearingPdf([
      'Ferry Services Inquiry',
      'CHAIR: Please tell us how many crossings were cancelled.',
      'OPERATOR: We cancelled forty crossings in March, all for weather.',
    ]));
    writeFileSync(join(dir, 'hearings', 'scan.pdf'), await scannedPdf());
    process.chdir(dir);
  });
  after(() => process.chdir(home));

  it('tags a PDF in the text its reader extracts, in a sidecar beside it, and says the place', async () => {
    const { code, out } = await run('tag', 'hearings/ferries.pdf', '--quote', 'forty crossings in March', '--category', 'statistic', '--json');
    assert.equal(code, 0);
    const made = JSON.parse(out) as { speaker: string; place: string; sidecar: string };
    assert.equal(made.speaker, 'Operator');
    assert.equal(made.sidecar, 'hearings/ferries.pdf.annotations.yaml');
    assert.match(made.place, /^1:\d+$/);
    assert.ok(existsSync('hearings/ferries.pdf.annotations.yaml'));
  });

  it('exports a folder\'s PDF with each tag\'s page and line, and names a scanned PDF it cannot read', async () => {
    const { code, out, err } = await run('export', 'hearings', '--format', 'csv', '-o', '-');
    assert.equal(code, 1);
    assert.match(err, /hearings\/scan\.pdf: error: no text layer: run OCR first/);
    const rows = out.replace(/^\ufeff/, '').trimEnd().split('\r\n').map((l) => l.split(','));
    const place = rows[0]!.indexOf('place');
    const row = rows.find((r) => r.includes('forty crossings in March'))!;
    assert.match(row[place]!, /^1:\d+$/);
  });

  it('converts a PDF to a .transcript that keeps each turn\'s place and names the original', async () => {
    const { code } = await run('convert', 'hearings/ferries.pdf');
    assert.equal(code, 0);
    const written = readFileSync('hearings/ferries.transcript', 'utf8');
    assert.match(written, /^---\nsource: ferries\.pdf\n---\n/);
    assert.match(written, /^⟦1:\d+⟧ Operator: We cancelled forty crossings in March, all for weather\.$/m);
  });

  it('refuses a scanned PDF in one line, without a stack trace', async () => {
    const { code, err } = await run('outline', 'hearings/scan.pdf');
    assert.equal(code, 1);
    assert.match(err, /^transcript-annotator: hearings\/scan\.pdf: no text layer[^\n]*\n$/);
  });
});
