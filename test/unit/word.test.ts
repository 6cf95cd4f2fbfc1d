/**
 * Word transcripts (`.docx` and the old binary `.doc`): every document is
 * written inside the test by a real writer (the `docx` package; the one `.doc`
 * by LibreOffice, committed under test/fixtures/documents), in our own words.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as CFB from 'cfb';
import { Document, InsertedTextRun, DeletedTextRun, Packer, Paragraph, SimpleField, Tab, Table, TableCell, TableRow, TextRun, type IStylesOptions } from 'docx';
import { zipSync } from 'fflate';
import { FormatError, readDocument, type DocumentRead } from '../../src/core/formats';
import { citeSpan } from '../../src/core/formats/documents/extracted';

type Child = Paragraph | Table;

/** A `.docx` holding these paragraphs and tables, with the styles and properties given. */
async function docx(children: Child[], options: { styles?: IStylesOptions; title?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({ ...(options.title ? { title: options.title } : {}), ...(options.styles ? { styles: options.styles } : {}), sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function para(...runs: Array<string | TextRun | InsertedTextRun | DeletedTextRun>): Paragraph {
  return new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });
}

function bold(text: string): TextRun {
  return new TextRun({ text, bold: true });
}

function row(...cells: string[]): TableRow {
  return new TableRow({ children: cells.map((c) => new TableCell({ children: [para(c)] })) });
}

async function read(bytes: Uint8Array, fileName = 'meeting.docx'): Promise<DocumentRead> {
  return readDocument(bytes, { fileName });
}

/** `speaker: first words` per turn. */
function turns(r: DocumentRead): string[] {
  return r.transcript.turns.map((t) => `${t.speaker ?? '(none)'}: ${r.text.slice(t.textStart, t.end).split('\n')[0]!.slice(0, 30)}`);
}

/** The citation of each turn's label (or first words). */
function places(r: DocumentRead): Array<string | undefined> {
  return r.transcript.turns.map((t) => citeSpan(r.transcript.origin!.places, t.start, t.start + 1));
}

describe('Word documents (.docx): where the words name the speakers', () => {
  it('finds `Name: words` paragraphs with the plain reader, each turn cited by its paragraph', async () => {
    const r = await read(await docx([
      para('Town hall meeting on the new library'),
      para('Chair: We begin with the budget.'),
      para('Ines Okafor: The budget is smaller than we hoped.'),
      para('It still pays for the reading room.'),
      para('Chair: Thank you.'),
    ]));
    assert.equal(r.transcript.format, 'docx');
    assert.deepEqual(turns(r), ['Chair: We begin with the budget.', 'Ines Okafor: The budget is smaller than we ', 'Chair: Thank you.']);
    assert.deepEqual(places(r), ['¶ 2', '¶ 3', '¶ 5']);
    assert.equal(r.transcript.metadata.title, 'Town hall meeting on the new library');
  });

  it('recognises a .docx by its content when the file has no name', async () => {
    const r = await readDocument(await docx([para('Chair: We begin.'), para('Clerk: Noted.')]));
    assert.equal(r.transcript.format, 'docx');
    assert.equal(r.transcript.turns.length, 2);
  });

  it('keeps a timestamp written before a label', async () => {
    const r = await read(await docx([para('[00:01:05] Chair: Welcome back.'), para('[00:01:09] Ines Okafor: Thanks.')]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Chair', 65], ['Ines Okafor', 69]]);
  });
});

describe('Word documents (.docx): bold labels at the start of paragraphs', () => {
  it('reads `**Name:** words`, the colon inside or after the bold name', async () => {
    const r = await read(await docx([
      para(bold('Marta Silva:'), ' The bridge opens in May.'),
      para(bold('Reporter'), ': Which day in May?'),
      para(bold('Marta Silva:'), ' The second Monday.'),
    ]));
    assert.deepEqual(turns(r), ['Marta Silva: The bridge opens in May.', 'Reporter: Which day in May?', 'Marta Silva: The second Monday.']);
  });

  it('reads a bold name set apart by a tab, without a colon; the paragraphs after it go on with the turn', async () => {
    const r = await read(await docx([
      para(bold('MAYOR'), new TextRun({ children: [new Tab(), 'The roads are clear.'] })),
      para('Buses run as usual.'),
      para(bold('COUNCILLOR'), new TextRun({ children: [new Tab(), 'And the schools?'] })),
    ]));
    assert.deepEqual(turns(r), ['Mayor: The roads are clear.', 'Councillor: And the schools?']);
    assert.equal(r.text.split('\n\n')[0], 'MAYOR: The roads are clear.\nBuses run as usual.');
  });

  it('takes no bold lead-in phrase for a label', async () => {
    const r = await read(await docx([
      para(bold('Summary'), ' The council met twice.'),
      para(bold('Outcome'), ' The plan was approved.'),
      para(bold('Next steps'), ' A vote in June.'),
    ]));
    assert.deepEqual(r.transcript.turns.filter((t) => t.speaker), []);
  });

  it('takes a time at the paragraph start before the bold label', async () => {
    const r = await read(await docx([para('[00:00:07] ', bold('Host:'), ' Good evening.'), para('[00:00:12] ', bold('Guest:'), ' Hello.')]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Host', 7], ['Guest', 12]]);
  });
});

describe('Word documents (.docx): a label alone in its own paragraph', () => {
  const styles: IStylesOptions = {
    paragraphStyles: [
      { id: 'Speaker', name: 'Speaker name', run: { bold: true } },
      { id: 'Aside', name: 'Stage direction', run: { italics: true } },
    ],
  };
  const labelled = (name: string) => new Paragraph({ style: 'Speaker', children: [new TextRun(name)] });

  it('reads a paragraph in a speaker style as the label, the speech in the paragraphs after it', async () => {
    const r = await read(await docx([
      para('Regional assembly, sitting of 3 June 2021'),
      labelled('The President'),
      para('Order, please. We resume.'),
      labelled('Aurelio Mendes Costa'),
      para('Thank you, President.'),
      para('My question is short.'),
      new Paragraph({ style: 'Aside', children: [new TextRun('(Applause.)')] }),
      labelled('The President'),
      para('Thank you.'),
    ], { styles }));
    assert.deepEqual(turns(r), ['The President: Order, please. We resume.', 'Aurelio Mendes Costa: Thank you, President.', 'The President: Thank you.']);
    assert.deepEqual(places(r), ['¶ 2', '¶ 4', '¶ 8']);
    assert.deepEqual(r.transcript.notes.map((n) => n.text), ['Applause.']);
    assert.equal(r.transcript.metadata.date, '2021-06-03');
    assert.equal(r.transcript.metadata.dateFrom, 'header');
  });

  it('reads short bold names that repeat as labels, without a style', async () => {
    const r = await read(await docx([
      para(bold('Interviewer')),
      para('Where did you grow up?'),
      para(bold('Ruth Adeyemi')),
      para('By the coast, in a fishing town.'),
      para(bold('Interviewer')),
      para('And your first job?'),
      para(bold('Ruth Adeyemi')),
      para('Mending nets.'),
    ]));
    assert.deepEqual(turns(r), ['Interviewer: Where did you grow up?', 'Ruth Adeyemi: By the coast, in a fishing tow', 'Interviewer: And your first job?', 'Ruth Adeyemi: Mending nets.']);
  });

  it('reads `Name (time):` alone in its paragraph as a timed label', async () => {
    const r = await read(await docx([para('Ravi Menon (00:00):'), para('Can everyone hear me?'), para('Speaker 2 (00:04):'), para('Loud and clear.'), para('Ravi Menon (00:06):'), para('Then we start.')]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Ravi Menon', 0], ['Speaker 2', 4], ['Ravi Menon', 6]]);
  });

  it('reads a name with a time beside it as a timed label', async () => {
    const r = await read(await docx([para('Speaker 1  0:03'), para('Shall we start?'), para('Speaker 2  0:07'), para('Yes.'), para('Speaker 1  0:09'), para('Good.')]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Speaker 1', 3], ['Speaker 2', 7], ['Speaker 1', 9]]);
  });
});

describe('Word documents (.docx): tables of speaker, time and text', () => {
  it('finds the columns by their content, skips the header row and cites each turn by table and row', async () => {
    const r = await read(await docx([
      para('Call with the supplier'),
      new Table({ rows: [
        row('Speaker', 'Time', 'Text'),
        row('Omar', '00:00:04', 'Can you hear me?'),
        row('Priya', '00:00:06', 'Yes, clearly. Shall we go through the order?'),
        row('Omar', '00:00:11', 'Please. The crates arrived damaged.'),
        row('Priya', '00:00:15', 'I am sorry to hear it.'),
      ] }),
    ]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Omar', 4], ['Priya', 6], ['Omar', 11], ['Priya', 15]]);
    assert.deepEqual(places(r), ['table 1 row 2', 'table 1 row 3', 'table 1 row 4', 'table 1 row 5']);
    assert.equal(r.transcript.metadata.title, 'Call with the supplier');
  });

  it('reads a table whose speaker cell carries the time, with no header row', async () => {
    const r = await read(await docx([new Table({ rows: [row('Omar 00:04', 'Hello there.'), row('Priya 00:06', 'Hi.'), row('Omar 00:09', 'Shall we begin?')] })]));
    assert.deepEqual(r.transcript.turns.map((t) => [t.speaker, t.time]), [['Omar', 4], ['Priya', 6], ['Omar', 9]]);
  });
});

describe('Word documents (.docx): what is text', () => {
  it('takes inserted text from tracked changes and drops deleted text', async () => {
    const r = await read(await docx([
      para('Chair: The vote is ', new DeletedTextRun({ text: 'postponed', id: 1, author: 'Editor', date: '2024-01-01T00:00:00Z' }), new InsertedTextRun({ text: 'carried', id: 2, author: 'Editor', date: '2024-01-01T00:00:00Z' }), '.'),
      para('Clerk: Noted.'),
    ]));
    assert.match(r.text, /Chair: The vote is carried\./);
    assert.doesNotMatch(r.text, /postponed/);
  });

  it("keeps a field's result and drops its code", async () => {
    const r = await read(await docx([new Paragraph({ children: [new TextRun('Chair: Item '), new SimpleField('SEQ item', '4'), new TextRun(' is next.')] }), para('Clerk: Noted.')]));
    assert.match(r.text, /Chair: Item 4 is next\./);
    assert.doesNotMatch(r.text, /SEQ/);
  });

  it('takes a header line the properties name as the title for the title, not for the place', async () => {
    const r = await read(await docx([para('Harbour Board, Special Meeting'), para('Chair: We begin.'), para('Clerk: Noted.')], { title: 'Harbour Board, Special Meeting' }));
    assert.equal(r.transcript.metadata.title, 'Harbour Board, Special Meeting');
    assert.equal(r.transcript.metadata.place, undefined);
  });

  it("uses the document properties' title only when the text has none, and never the file's creation date as the event's", async () => {
    const r = await read(await docx([para('Chair: We begin.'), para('Clerk: Noted.')], { title: 'Minutes of the parish meeting' }));
    assert.equal(r.transcript.metadata.title, 'Minutes of the parish meeting');
    assert.equal(r.transcript.metadata.titleFrom, 'document properties');
    assert.equal(r.transcript.metadata.date, undefined);
    const withHeader = await read(await docx([para('Minutes of the parish meeting'), para('4 May 2022'), para('Chair: We begin.'), para('Clerk: Noted.')], { title: 'Draft minutes' }));
    assert.equal(withHeader.transcript.metadata.title, 'Minutes of the parish meeting');
    assert.equal(withHeader.transcript.metadata.titleFrom, 'header');
    assert.equal(withHeader.transcript.metadata.date, '2022-05-04');
  });
});

describe('Word 97–2003 documents (.doc)', () => {
  const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'documents', 'tides-briefing.doc')));

  it("reads the text through the piece table, with the paragraphs' places", async () => {
    const r = await read(bytes, 'tides-briefing.doc');
    assert.equal(r.transcript.format, 'doc');
    assert.deepEqual(r.transcript.turns.map((t) => t.speaker), ['Moderator', 'Dr Lena Øvergaard', 'Tomasz Wiśniewski', 'Dr Lena Øvergaard', 'Moderator']);
    assert.deepEqual(places(r), ['¶ 3', '¶ 4', '¶ 5', '¶ 6', '¶ 7']);
    assert.match(r.text, /€40,000/);
    assert.equal(r.transcript.metadata.date, '2024-03-12');
  });

  it('reads table cells as paragraphs of their own', async () => {
    const r = await read(bytes, 'tides-briefing.doc');
    assert.match(r.text, /\n\nDay\n\nHigh water\n\n9 April\n\n5\.2 m\n/);
  });

  it('says an encrypted .doc needs a password', async () => {
    const cfb = CFB.read(bytes, { type: 'buffer' });
    const word = CFB.find(cfb, 'WordDocument')!;
    const content = Uint8Array.from(word.content as ArrayLike<number>);
    content[0x0b]! |= 0x01; // fEncrypted, the high byte of the flags at 0x0A
    word.content = content as unknown as typeof word.content;
    const locked = new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as ArrayLike<number>);
    await assert.rejects(read(locked, 'locked.doc'), (e) => e instanceof FormatError && e.message === 'encrypted: it needs a password');
  });
});

describe('Word documents: broken files', () => {
  it('says a damaged zip is not a readable Word file', async () => {
    const good = await docx([para('Chair: We begin.')]);
    const broken = good.slice(0, 200);
    await assert.rejects(read(broken), (e) => e instanceof FormatError && /^not a readable Word file: the zip archive is damaged \(/.test(e.message));
  });

  it('says a .docx that is no zip at all is damaged, rather than reading it as text', async () => {
    await assert.rejects(read(new TextEncoder().encode('Chair: this was never a Word file'), 'renamed.docx'), (e) => e instanceof FormatError && /^not a readable Word file: the zip archive is damaged/.test(e.message));
  });

  it('says a zip without word/document.xml is no Word file', async () => {
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('Chair: hello') });
    await assert.rejects(read(zip, 'notes.docx'), (e) => e instanceof FormatError && /has no word\/document\.xml/.test(e.message));
  });

  it('says where word/document.xml is not well-formed', async () => {
    const body = '<?xml version="1.0"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n<w:p><w:r><w:t>Chair: hello</w:t></w:p>\n</w:body></w:document>';
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode(body) });
    await assert.rejects(read(zip), (e) => e instanceof FormatError && e.message === 'not a readable Word file: word/document.xml is not well-formed XML at line 3, column 34: </w:p> closes <w:r>');
  });

  it('says where an element is left open at the end of word/document.xml', async () => {
    const body = '<?xml version="1.0"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n<w:p><w:r><w:t>Chair: hello</w:t></w:r></w:p>\n</w:body>';
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode(body) });
    await assert.rejects(read(zip), (e) => e instanceof FormatError && e.message === 'not a readable Word file: word/document.xml is not well-formed XML at line 4, column 10: <w:document> is not closed');
  });

  it('says a word/document.xml without a w:body is no Word file', async () => {
    const body = '<?xml version="1.0"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Chair: hello</w:t></w:r></w:p></w:document>';
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode(body) });
    await assert.rejects(read(zip), (e) => e instanceof FormatError && e.message === 'not a Word file: word/document.xml has no w:body');
  });

  it('says a password-protected .docx needs a password', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(64));
    const locked = new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as ArrayLike<number>);
    await assert.rejects(read(locked, 'locked.docx'), (e) => e instanceof FormatError && e.message === 'encrypted: it needs a password');
  });
});

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const skip = existsSync(join(REAL2, 'expected.json')) ? false : `the real documents are not here (${REAL2} is absent)`;

describe('real Word files (../shared/corpus/real2)', { skip }, () => {
  const expected = skip ? {} : (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, { turns: Array<[string[], string]> }>);
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.sort().join(' ') ?? '';
  for (const [file, exp] of Object.entries(expected).filter(([f]) => /\.docx?$/.test(f))) {
    it(`${file}: every speaker turn, in order`, async () => {
      const r = await readDocument(new Uint8Array(readFileSync(join(REAL2, file))), { fileName: file });
      const got = r.transcript.turns.filter((t) => t.speaker).map((t) => fold(t.speaker!));
      const want = exp.turns.map(([names]) => names.map(fold));
      assert.equal(got.length, want.length, `${got.length} turns, expected ${want.length}`);
      got.forEach((g, i) => assert.ok(want[i]!.includes(g), `turn ${i + 1}: ${g}, expected one of ${want[i]!.join(' | ')}`));
    });
  }
});

describe('Word documents (.docx): self-closing elements', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
  const zipped = (body: string, styles?: string) =>
    zipSync({
      'word/document.xml': new TextEncoder().encode(`<?xml version="1.0"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`),
      ...(styles ? { 'word/styles.xml': new TextEncoder().encode(`<?xml version="1.0"?>\n<w:styles ${W}>${styles}</w:styles>`) } : {}),
    });

  it('keeps skipping a drawing past the self-closing elements inside it, so its text box neither ends nor joins the paragraph', async () => {
    const picture = '<w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/><wp:docPr id="1" name="Box"/><w:txbxContent><w:p><w:r><w:t>Words in a text box</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>';
    const r = await read(zipped(`<w:p><w:r><w:t>Chair: We begin.</w:t></w:r>${picture}<w:r><w:t> Then we vote.</w:t></w:r></w:p><w:p><w:r><w:t>Clerk: Noted.</w:t></w:r></w:p>`));
    assert.deepEqual(r.transcript.turns.map((t) => r.text.slice(t.textStart, t.end).trim()), ['We begin. Then we vote.', 'Noted.']);
  });

  it('reads the bold type of a character style whose run properties hold other self-closing elements first (a bold name and a tab make a label)', async () => {
    const strong = '<w:style w:type="character" w:styleId="Loud"><w:name w:val="Loud"/><w:rPr><w:i/><w:sz w:val="24"/><w:b/></w:rPr></w:style>';
    const labelled = (name: string, words: string) => `<w:p><w:r><w:rPr><w:rStyle w:val="Loud"/></w:rPr><w:t>${name}</w:t></w:r><w:r><w:tab/><w:t>${words}</w:t></w:r></w:p>`;
    const r = await read(zipped(labelled('Marta Silva', 'The bridge opens in May.') + labelled('Reporter', 'Which day?') + labelled('Marta Silva', 'The second Monday.'), strong));
    assert.deepEqual(r.transcript.turns.map((t) => t.speaker), ['Marta Silva', 'Reporter', 'Marta Silva']);
  });
});
