/**
 * The PDF reader on a parliamentary record set in full lines: members named
 * `Hon. (Dr) Name (Constituency, Party):`, and words that end a sentence
 * wrapped from the line before (`... I beg to move the following` ⏎
 * `Motion:`) kept in the speech, and a date whose ordinal is set as a
 * superscript (`18th`) read on its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readDocument } from '../../src/core/formats';
import { pdfOf, prose, type DrawnLine } from './pdfFixtures';

const SITTING = [
  'Hon. Speaker: Hon. Amani Wekesa, you have the Floor.',
  'Hon. Amani Wekesa (Riverside East, ABC): Hon. Speaker, I beg to move the following',
  'Motion:',
  'THAT, this House adopts the Report of the Committee on Roads.',
  'Hon. Speaker: Hon. (Dr) Kerubo.',
  'Hon. (Dr) Lydia Kerubo (Hill Ward, XYZ): Thank you, Hon. Speaker. I rise to support',
  'the Report, which asks the Ministry of Transport and Regional',
  'Planning: to repair the bridges before the long rains come.',
  'Hon. Speaker: Thank you. Next Order.',
];

async function sittingTurns(): Promise<string[]> {
  const r = await readDocument(await pdfOf([prose(SITTING, { size: 10, leading: 14 })], { font: 'helvetica' }), { fileName: 'sitting.pdf' });
  return r.transcript.turns.filter((t) => t.speaker).map((t) => t.speaker!);
}

describe('PDF documents: parliamentary records set in full lines', () => {
  it('finds a member whose name carries a title in brackets', async () => {
    assert.ok((await sittingTurns()).includes('Hon. (Dr) Lydia Kerubo'));
  });

  it('reads a word that ends a wrapped sentence before a colon as speech, not as a speaker', async () => {
    assert.deepEqual(await sittingTurns(), ['Hon. Speaker', 'Hon. Amani Wekesa', 'Hon. Speaker', 'Hon. (Dr) Lydia Kerubo', 'Hon. Speaker']);
  });
});

describe('PDF documents: superscripts', () => {
  it('reads an ordinal set small and raised above the line (18th) as part of its line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const day = 'Wednesday, 18';
    const at = 200 + font.widthOfTextAtSize(day, 12);
    const dateLine: DrawnLine[] = [
      { text: day, x: 200, y: 640, size: 12 },
      // Raised by almost half the line's size: more than a third of its own.
      { text: 'th', x: at, y: 645.6, size: 7.9 },
      { text: 'March, 2011', x: at + font.widthOfTextAtSize('th ', 7.9), y: 640, size: 12 },
    ];
    const page = [...dateLine, ...prose(['The House met at half past two.', 'Hon. Speaker: Order, order. We begin.'], { top: 600 })];
    const r = await readDocument(await pdfOf([page], { font: 'helvetica' }), { fileName: 'sitting.pdf' });
    assert.match(r.text, /^Wednesday, 18th March, 2011$/m);
    assert.equal(r.transcript.metadata.date, '2011-03-18');
  });
});

const TOPICS = ['roads', 'schools', 'water', 'clinics', 'fisheries', 'markets', 'bridges', 'forests'];

describe('PDF documents: running heads on facing pages', () => {
  it('leaves out left-page and right-page running heads that each come on every other page after the first two', async () => {
    const pages: DrawnLine[][] = [];
    for (let i = 1; i <= 8; i++) {
      const printed = 500 + i;
      const head: DrawnLine[] =
        i <= 2
          ? [{ text: String(printed), x: 500, y: 740, size: 10 }]
          : i % 2 === 0
            ? [{ text: `${printed} DEBATES OF THE HOUSE May 3, 2001`, x: 72, y: 740, size: 10 }]
            : [{ text: `May 3, 2001 DEBATES OF THE HOUSE ${printed}`, x: 72, y: 740, size: 10 }];
      const topic = TOPICS[i - 1]!;
      pages.push([...head, ...prose([`Hon. Speaker: We now turn to ${topic}.`, `Mr. Baraka: Thank you, Sir, ${topic} matters to my people.`], { top: 650 })]);
    }
    const r = await readDocument(await pdfOf(pages, { font: 'helvetica' }), { fileName: 'sitting.pdf' });
    assert.doesNotMatch(r.text, /DEBATES OF THE HOUSE/);
    assert.doesNotMatch(r.text, /^50\d$/m);
    const turn = r.transcript.turns.find((t) => r.text.slice(t.segments[0]!.start, t.segments[0]!.end).includes(TOPICS[4]!))!;
    assert.equal(r.transcript.origin!.places!.find((p) => p.start <= turn.segments[0]!.start && turn.segments[0]!.start < p.end)?.ref.split(':')[0], '505');
  });
});
