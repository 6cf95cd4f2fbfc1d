/**
 * The PDF reader: the text it extracts from PDFs written with pdf-lib (lines
 * rebuilt in reading order, headers, footers and line numbers kept out of the
 * words, broken words joined), the places it gives each line (`page:line`),
 * and what it says about PDFs it cannot read.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeFormat, documentReaderFor, FormatError, readDocument } from '../../src/core/formats';
import { setChunkLoader, type ReaderChunk } from '../../src/core/formats/documents/chunks';
import { citeSpan } from '../../src/core/formats/documents/extracted';
import { courtPage, passwordProtectedPdf, pdfOf, prose } from './pdfFixtures';

async function read(bytes: Uint8Array) {
  return readDocument(bytes, { fileName: 'hearing.pdf' });
}

/** `speaker: first words` per labelled turn. */
function turnsOf(r: Awaited<ReturnType<typeof read>>): string[] {
  return r.transcript.turns.filter((t) => t.speaker).map((t) => `${t.speaker}: ${r.text.slice(t.segments[0]!.start, t.segments[0]!.end)}`);
}

const COURT_PAGE_ONE = [
  'THE COURT: Good morning. Please state your name.',
  'THE WITNESS: Maria Lopez.',
  'BY MR. GRANT:',
  'Q. Where were you on the night in question?',
  'A. At the bakery on Elm Street, closing up.',
  'Q. Was anyone with you?',
  'A. No, I was alone until the delivery came.',
];
const COURT_PAGE_TWO = ['Q. When did the delivery come?', 'A. A little after nine, as far as I', 'remember it now.', 'MR. HALE: Objection, Your Honor.', 'THE COURT: Overruled.'];
const COURT_PAGE_THREE = ['Q. What did you do next?', 'A. I locked the door and walked home.'];

describe('PDF documents: court transcripts', () => {
  const court = () => pdfOf([courtPage(41, COURT_PAGE_ONE), courtPage(42, COURT_PAGE_TWO), courtPage(43, COURT_PAGE_THREE)]);

  it('is recognised by its signature, also after a few junk bytes', async () => {
    const bytes = await court();
    assert.equal(documentReaderFor(bytes, 'x.bin')?.name, 'pdf');
    const junk = new Uint8Array([0x0d, 0x0a, 0x20, ...bytes]);
    assert.equal(documentReaderFor(junk, undefined)?.name, 'pdf');
    assert.equal(describeFormat('pdf'), 'a PDF document');
  });

  it('reads the speakers of the record, Q. and A. included', async () => {
    const r = await read(await court());
    assert.deepEqual(turnsOf(r).slice(0, 4), ['The Court: Good morning. Please state your name.', 'The Witness: Maria Lopez.', 'Q: Where were you on the night in question?', 'A: At the bakery on Elm Street, closing up.']);
    assert.equal(r.transcript.format, 'pdf');
    assert.equal(r.transcript.origin?.kind, 'pdf');
  });

  it('never makes line numbers, page numbers, the running header or the footer words of the text', async () => {
    const r = await read(await court());
    assert.doesNotMatch(r.text, /SUPERIOR COURT|ROUGH DRAFT/);
    assert.doesNotMatch(r.text, /^\s*\d+\b/m, 'no line starts with a number');
    assert.match(r.text, /^Q\. When did the delivery come\?$/m);
  });

  it('cites a turn by the printed page and the reporter\'s line number', async () => {
    const r = await read(await court());
    const places = r.transcript.origin!.places;
    const objection = r.transcript.turns.find((t) => t.speaker === 'Mr. Hale' || t.speaker === 'Mr Hale')!;
    assert.ok(objection, 'the objection is a turn');
    assert.equal(citeSpan(places, objection.labelStart, objection.end), '42:4');
    const answer = r.transcript.turns.find((t) => r.text.slice(t.textStart, t.end).startsWith('A little after nine'))!;
    assert.equal(citeSpan(places, answer.textStart, answer.end), '42:2–42:3');
    const place = places.find((p) => p.ref === '43:2')!;
    assert.deepEqual({ page: place.page, line: place.line }, { page: 43, line: 2 });
  });

  it('reads line numbers written in the same run as the words, the first line high in the margin, the page number in the footer', async () => {
    const page = (n: number, lines: string[]) => [
      ...lines.map((text, i) => ({ text: `${i + 1}    ${text}`, x: 60, y: 725 - i * 26 })),
      ...Array.from({ length: 25 - lines.length }, (_, i) => ({ text: String(lines.length + i + 1), x: 60, y: 725 - (lines.length + i) * 26 })),
      { text: `Page ${n}`, x: 290, y: 30, size: 10 },
    ];
    const r = await read(await pdfOf([page(7, ['Q. Is this your signature?', 'A. It is.']), page(8, ['Q. Did you sign it that day?', 'A. Yes, in the morning.']), page(9, ['MS. REED: No more questions.'])]));
    assert.equal(r.text, 'Q. Is this your signature?\nA. It is.\nQ. Did you sign it that day?\nA. Yes, in the morning.\nMS. REED: No more questions.');
    const morning = r.text.indexOf('Yes, in the morning');
    assert.equal(citeSpan(r.transcript.origin!.places, morning, morning + 3), '8:2');
  });

  it('keeps the time codes of a video deposition out of the words, with the line numbers', async () => {
    const page = (lines: string[]) => lines.map((text, i) => ({ text: `10:0${i}:15  ${i + 1}   ${text}`, x: 30, y: 700 - i * 24 }));
    const body = ['Q. State your name for the record.', 'A. Paul Dorn.', 'Q. Where do you work?', 'A. At the mill by the river.', 'Q. For how long?', 'A. Nine years.'];
    const r = await read(await pdfOf([page(body), page(body.slice(0, 5))]));
    assert.doesNotMatch(r.text, /10:0\d/);
    assert.match(r.text, /^Q\. State your name for the record\.\nA\. Paul Dorn\.$/m);
  });

  it('leaves the reporter\'s certificate out of the last speaker\'s words, with a warning', async () => {
    const certificate = courtPage(44, ['REPORTER\'S CERTIFICATE', 'I, the undersigned shorthand reporter, certify that the', 'foregoing pages are a true record of the hearing.']);
    const r = await read(await pdfOf([courtPage(41, COURT_PAGE_ONE), courtPage(42, COURT_PAGE_TWO), courtPage(43, COURT_PAGE_THREE), certificate]));
    assert.doesNotMatch(r.text, /true record/);
    assert.deepEqual(r.transcript.origin?.warnings, ["page 44: the reporter's certificate is left out of the text"]);
  });
  it('leaves the word index at the back out of the text, with a warning', async () => {
    const entries = Array.from({ length: 24 }, (_, i) => `${['bakery', 'delivery', 'door', 'gate', 'truck', 'witness'][i % 6]} ${41 + (i % 3)}:${(i % 25) + 1} ${42}:${(i % 20) + 3}`);
    const index = prose(entries, { x: 72, top: 720, leading: 26 });
    const r = await read(await pdfOf([courtPage(41, COURT_PAGE_ONE), courtPage(42, COURT_PAGE_TWO), courtPage(43, COURT_PAGE_THREE), index]));
    assert.doesNotMatch(r.text, /bakery 4\d:/);
    assert.match(r.text, /walked home\.$/);
    assert.deepEqual(r.transcript.origin?.warnings, ['page 44: the word index is left out of the text']);
  });
});

describe('PDF documents: lines, words and paragraphs', () => {
  it('joins a word broken at a line\'s end, and keeps the hyphen of a compound or before a capital', async () => {
    const page = prose(['REPORTER: We asked for more infor-', 'mation about the well-known plan and the well-', 'known budget, and spoke to Jean-', 'Pierre about it.']);
    const r = await read(await pdfOf([page]));
    assert.match(r.text, /more information\nabout/);
    assert.match(r.text, /the well-known\nbudget/);
    assert.match(r.text, /Jean-Pierre\nabout/);
  });

  it('reads a two-speaker interview, each turn running over several lines', async () => {
    const page = prose(['AN INTERVIEW ABOUT RIVERS', '', 'HOST: How long have you studied the river?', 'GUEST: For twelve years now, mostly in', 'the dry months when the water is low.', 'HOST: And what changed?', 'GUEST: The fish came back.'].filter(Boolean), { leading: 18 });
    const r = await read(await pdfOf([page], { font: 'helvetica' }));
    assert.deepEqual(turnsOf(r), ['Host: How long have you studied the river?', 'Guest: For twelve years now, mostly in', 'Host: And what changed?', 'Guest: The fish came back.']);
    const second = r.transcript.turns.find((t) => t.speaker === 'Guest')!;
    assert.match(r.text.slice(second.textStart, second.end), /low\.$/);
  });

  it('starts a paragraph after a wider gap than the page\'s line spacing', async () => {
    const lines = [
      { text: 'CHAIR: The first line of a long speech', x: 72, y: 700 },
      { text: 'that runs on to a second line.', x: 72, y: 686 },
      { text: 'A new paragraph after a gap.', x: 72, y: 650 },
    ];
    const r = await read(await pdfOf([lines], { font: 'helvetica' }));
    assert.equal(r.text, 'CHAIR: The first line of a long speech\nthat runs on to a second line.\n\nA new paragraph after a gap.');
  });

  it('puts together a line whose pieces were drawn apart, with a space only where the gap is one', async () => {
    const lines = [
      { text: 'MODERATOR:', x: 72, y: 700 },
      { text: 'Wel', x: 151.2, y: 700 },
      { text: 'come back.', x: 172.8, y: 700 },
    ];
    const r = await read(await pdfOf([lines]));
    assert.equal(r.text, 'MODERATOR: Welcome back.');
  });

  it('reads a page set in two columns column by column', async () => {
    const left = prose(['ALICE: The left column', 'holds the first turn', 'of this short record,', 'written in the usual way', 'from top to bottom.'], { x: 60, size: 10, leading: 13 });
    const right = prose(['ROBERT: The right column', 'holds the reply that', 'follows the first one', 'and ends the short', 'record on this page.'], { x: 330, size: 10, leading: 13 });
    const title = { text: 'MINUTES OF A SMALL MEETING', x: 200, y: 740, size: 14 };
    const r = await read(await pdfOf([[title, ...left, ...right]], { font: 'helvetica' }));
    assert.deepEqual(turnsOf(r), ['Alice: The left column', 'Robert: The right column']);
    assert.match(r.text, /^MINUTES OF A SMALL MEETING\n\nALICE: The left column\nholds/);
  });

  it('drops a header and a page footer repeated on every page of an ordinary PDF, and cites `page:line`', async () => {
    const page = (n: number, lines: string[]) => [{ text: 'Weekly Briefing', x: 72, y: 760, size: 9 }, ...prose(lines), { text: `Page ${n} of 3`, x: 280, y: 30, size: 9 }];
    const r = await read(await pdfOf([page(1, ['SPOKESPERSON: Good afternoon.', 'REPORTER: Is the bridge open?']), page(2, ['SPOKESPERSON: It opens on Monday.']), page(3, ['REPORTER: Thank you.'])], { font: 'helvetica' }));
    assert.doesNotMatch(r.text, /Weekly Briefing|Page \d/);
    const monday = r.text.indexOf('It opens on Monday');
    assert.equal(citeSpan(r.transcript.origin!.places, monday, monday + 5), '2:1');
  });

  it('leaves out a watermark set at an angle and a stamp at the same place on every page', async () => {
    const page = (lines: string[]) => [...prose(lines), { text: 'DRAFT COPY', x: 150, y: 300, size: 60, angle: 45 }, { text: 'RECEIVED BY THE CLERK', x: 380, y: 450, size: 9 }];
    const r = await read(await pdfOf([page(['CHAIR: We begin.']), page(['MEMBER: I agree.']), page(['CHAIR: We close.'])], { font: 'helvetica' }));
    assert.equal(r.text, 'CHAIR: We begin.\nMEMBER: I agree.\nCHAIR: We close.');
  });

  it('takes the title from the document properties only when the text has none', async () => {
    const r = await read(await pdfOf([prose(['A: Yes.', 'B: No.'])], { title: 'Notes of a call' }));
    assert.equal(r.transcript.metadata.title, 'Notes of a call');
    assert.equal(r.transcript.metadata.titleFrom, 'document properties');
  });

  it('takes no title from document properties that only name the file it was made from', async () => {
    const r = await read(await pdfOf([prose(['A: Yes.', 'B: No.'])], { title: '12-345.ptx' }));
    assert.equal(r.transcript.metadata.title, undefined);
  });
});

describe('PDF documents: files it cannot read', () => {
  async function rejects(bytes: Uint8Array, message: RegExp) {
    await assert.rejects(read(bytes), (e: unknown) => e instanceof FormatError && message.test(e.message));
  }

  it('says a page with no text layer needs OCR', async () => {
    const drawing = await pdfOf([[]], { draw: (p) => p.drawRectangle({ x: 100, y: 100, width: 300, height: 200 }) });
    await rejects(drawing, /^no text layer: run OCR first/);
  });

  it('says an encrypted PDF needs a password', async () => {
    await rejects(await passwordProtectedPdf(), /^encrypted: it needs a password$/);
  });

  it('gives a built chunk\'s own FormatError back as the FormatError callers know', async () => {
    /** What a chunk bundled with its own copy of the error class throws. */
    class FormatError extends Error {
      override name = 'FormatError';
    }
    setChunkLoader(async () => ({ read: () => Promise.reject(new FormatError('encrypted: it needs a password')) }));
    try {
      await rejects(new TextEncoder().encode('%PDF-1.7\n'), /^encrypted: it needs a password$/);
    } finally {
      // Back to the chunks in the sources, as the default loader finds them under tsx.
      setChunkLoader(async (name) => (await import(`../../src/core/formats/documents/chunks/${name}.ts`)) as ReaderChunk);
    }
  });

  it('says a corrupt or truncated PDF is not readable, with pdf.js\'s reason', async () => {
    await rejects(new TextEncoder().encode('%PDF-1.7\nnothing of a PDF follows\n'), /^not a readable PDF: .+/);
    const whole = await pdfOf([prose(['A: Words.'])]);
    await rejects(whole.slice(0, 300), /^not a readable PDF: .+/);
  });
});

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const noCorpus = existsSync(join(REAL2, 'expected.json')) ? false : `the real documents are not here (${REAL2} is absent)`;

/** Names compared as the ground truth lists them: case, accents, punctuation and word order aside. */
function nameKey(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort().join(' ');
}

describe('PDF documents: the real PDFs of ../shared/corpus/real2', { skip: noCorpus }, () => {
  const expected = noCorpus ? {} : (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, { turns: Array<[string[], string]>; date?: string }>);
  /** What the reader achieves on each development PDF: the share of expected speakers found in order, and false turns allowed. */
  const achieved: Record<string, { found: number; extra: number }> = {
    'ke-national-assembly-hansard.pdf': { found: 1, extra: 0 },
    'fr-interview-initials.pdf': { found: 1, extra: 0 },
    // The two group labels (`[00:00 – 02:51] A, B and C:`) are the label reader's to recognise.
    'interview-timestamped.pdf': { found: 0.96, extra: 0 },
  };
  for (const [file, want] of Object.entries(achieved)) {
    it(`${file}: the speakers' turns in order`, async () => {
      const r = await readDocument(new Uint8Array(readFileSync(join(REAL2, file))), { fileName: file });
      const got = r.transcript.turns.filter((t) => t.speaker).map((t) => nameKey(t.speaker!));
      const exp = expected[file]!.turns.map(([names]) => new Set(names.map(nameKey)));
      // Longest common subsequence of the speakers, in document order.
      const table = Array.from({ length: exp.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
      for (let i = 1; i <= exp.length; i++) for (let j = 1; j <= got.length; j++) table[i]![j] = exp[i - 1]!.has(got[j - 1]!) ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
      const matched = table[exp.length]![got.length]!;
      assert.ok(matched >= exp.length * want.found, `${matched} of ${exp.length} expected turns found`);
      assert.ok(got.length - matched <= want.extra, `${got.length - matched} turns that are none`);
      if (expected[file]!.date) assert.equal(r.transcript.metadata.date, expected[file]!.date);
      assert.doesNotMatch(r.text, /^Disclaimer/m, 'no running footer in the text');
    });
  }
});
