/**
 * PDF and Word transcripts in the shapes a held-out check on real records
 * found misread: speeches printed in slanted type, Chinese records whose
 * characters are spaced out, running heads that skip a few pages of a long
 * record, the colon column of a court caption, and bold speaker names set
 * apart by a mere space. Every document is written inside the test, in our
 * own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readDocument, type DocumentRead } from '../../src/core/formats';
import { closeCjkSpacing } from '../../src/core/formats/documents/pdf/cjkSpacing';
import { courtPage, pdfOf, prose, type DrawnLine } from './pdfFixtures';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';

/** `speaker: first words` per labelled turn. */
function turnsOf(r: DocumentRead): string[] {
  return r.transcript.turns.filter((t) => t.speaker).map((t) => `${t.speaker}: ${r.text.slice(t.segments[0]!.start, t.segments[0]!.end).split('\n')[0]}`);
}

describe('PDF conventions: speeches printed in slanted type', () => {
  it('reads the words of a speech set in an oblique face on a level baseline', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.drawText('CHAIR: The sitting is open.', { x: 72, y: 700, size: 12, font });
    // The member's words lean to the right as a synthetic italic does: the baseline stays level.
    page.drawText('MEMBER FOR RIVERSIDE: The bridge has been closed for a year.', { x: 72, y: 680, size: 12, font, ySkew: degrees(18) });
    page.drawText('CHAIR: Thank you.', { x: 72, y: 660, size: 12, font });
    const r = await readDocument(await doc.save(), { fileName: 'record.pdf' });
    assert.match(r.text, /The bridge has been closed for a year\./);
    assert.deepEqual(turnsOf(r).map((t) => t.split(':')[0]), ['Chair', 'Member for Riverside', 'Chair']);
  });

  it('still leaves out a watermark drawn across the page at an angle', async () => {
    const bytes = await pdfOf([[...prose(['SPEAKER ONE: We begin with the budget.', 'SPEAKER TWO: The figures are late.']), { text: 'DRAFT COPY', x: 200, y: 300, size: 40, angle: 45 }]], { font: 'helvetica' });
    const r = await readDocument(bytes, { fileName: 'record.pdf' });
    assert.doesNotMatch(r.text, /DRAFT COPY/);
  });
});

describe('PDF conventions: Chinese and Japanese characters spaced out by the typesetting', () => {
  it('closes the spaces between two CJK characters, so a label reads as written', () => {
    assert.equal(closeCjkSpacing('主 席 ： 請 發 言 。'), '主席：請發言。');
  });

  it('closes the spaces around a number inside CJK text, so a date reads as written', () => {
    assert.equal(closeCjkSpacing('2019年 3月 8日 星 期 五'), '2019年3月8日星期五');
    assert.equal(closeCjkSpacing('本 年 6 月 的 數 字'), '本年6月的數字');
  });

  it('keeps the space before a page number that ends a running head', () => {
    assert.equal(closeCjkSpacing('議 會 紀 錄 1502'), '議會紀錄 1502');
  });

  it('leaves Korean, which is written with spaces between words, and Latin text as they are', () => {
    assert.equal(closeCjkSpacing('의장: 회의를 시작하겠습니다'), '의장: 회의를 시작하겠습니다');
    assert.equal(closeCjkSpacing('THE CHAIR: Order, order.'), 'THE CHAIR: Order, order.');
  });
});

const TOPICS = ['the harbour', 'school buses', 'the library roof', 'street lighting', 'water rates', 'the market hall', 'park benches'];

describe('PDF conventions: running heads of a long record', () => {
  it('takes out left and right running heads even where a few pages print none', async () => {
    const pages: DrawnLine[][] = [];
    for (let i = 1; i <= 22; i++) {
      const head: DrawnLine[] = i === 7 || i === 8 || i === 15 || i === 16 ? [] : [{ text: i % 2 ? `COUNTY ASSEMBLY RECORD ${i}` : `${i} COUNTY ASSEMBLY RECORD`, x: 150, y: 750, size: 10 }];
      const topic = TOPICS[i % TOPICS.length]!;
      pages.push([...head, ...prose([`CLERK: The next business concerns ${topic}.`, `MEMBER: I rise to speak on ${topic} today.`], { top: 690 - (i % 5) * 14 })]);
    }
    const r = await readDocument(await pdfOf(pages, { font: 'helvetica' }), { fileName: 'record.pdf' });
    assert.doesNotMatch(r.text, /COUNTY ASSEMBLY RECORD/);
  });
});

describe('PDF conventions: a court caption on the cover page', () => {
  it('keeps the column of colons a caption draws out of the words, so no party reads as a speaker', async () => {
    // The cover of an argument transcript: numbered lines, the parties on the left, the caption's colons in a column.
    const cover: DrawnLine[] = [
      { text: 'IN THE APPEALS COURT OF THE STATE', x: 160, y: 700 },
      { text: 'HARBOR SUPPLY CO., ET AL.,', x: 130, y: 676 },
      { text: ':', x: 380, y: 676 },
      { text: 'Petitioners', x: 170, y: 652 },
      { text: ':', x: 380, y: 652 },
      { text: 'No. 21-118', x: 420, y: 652 },
      { text: 'v.', x: 150, y: 628 },
      { text: ':', x: 380, y: 628 },
      { text: 'Respondents.', x: 170, y: 604 },
      { text: ':', x: 380, y: 604 },
      { text: 'Tuesday, May 3, 2022', x: 200, y: 580 },
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ text: String(n), x: 50, y: 700 - (n - 1) * 24 })),
    ];
    const body = courtPage(2, ['JUDGE HALE: We will hear the first case.', 'MS. ORTEGA: Thank you, Your Honor.', 'JUDGE HALE: Proceed.']);
    const r = await readDocument(await pdfOf([cover, body]), { fileName: 'argument.pdf' });
    assert.match(r.text, /^Petitioners No\. 21-118$/m);
    assert.doesNotMatch(r.text, /Respondents\. *:/);
    assert.deepEqual(turnsOf(r).map((t) => t.split(':')[0]), ['Judge Hale', 'Ms. Ortega', 'Judge Hale']);
  });
});

describe('Word conventions: bold speaker names set apart by a space', () => {
  async function docx(paragraphs: Array<[string | undefined, string]>): Promise<Uint8Array> {
    const children = paragraphs.map(([name, words]) => new Paragraph({ children: [...(name ? [new TextRun({ text: name, bold: true })] : []), new TextRun(name ? ` ${words}` : words)] }));
    return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
  }

  it('reads a bold name that opens paragraph after paragraph as the speaker', async () => {
    const bytes = await docx([
      ['Ferryman', 'The last boat leaves at nine.'],
      [undefined, 'The river is quiet and the lamps are lit.'],
      ['Traveller', 'Then I will wait on the pier.'],
      ['Ferryman', 'Suit yourself, it gets cold.'],
      ['Traveller', 'I have a coat.'],
      ['Ferryman', 'So did the last one.'],
      ['Traveller', 'Very funny.'],
    ]);
    const r = await readDocument(bytes, { fileName: 'script.docx' });
    assert.deepEqual(turnsOf(r), [
      'Ferryman: The last boat leaves at nine.',
      'Traveller: Then I will wait on the pier.',
      'Ferryman: Suit yourself, it gets cold.',
      'Traveller: I have a coat.',
      'Ferryman: So did the last one.',
      'Traveller: Very funny.',
    ]);
  });

  it('takes no speaker from a bold phrase that leads a paragraph in once or twice', async () => {
    const bytes = await docx([
      ['Summary', 'The committee met to discuss the harbour.'],
      [undefined, 'Members agreed to survey the quay in spring.'],
      ['Decisions', 'The survey goes ahead.'],
      [undefined, 'A report is due in June.'],
    ]);
    const r = await readDocument(bytes, { fileName: 'minutes.docx' });
    assert.deepEqual(turnsOf(r), []);
  });
});
