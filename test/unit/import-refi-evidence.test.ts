/**
 * Importing REFI-QDA projects from other tools, as they really count: NVivo
 * in UTF-16 code units, ATLAS.ti with a CRLF as one character, some with the
 * selected words stored beside the positions. The reading is decided by
 * evidence per source, never by the project's `origin` alone; selections no
 * reading fits are kept orphaned with the words the project stored, and bad
 * numbers are reported and skipped so that every sidecar written is valid.
 * The projects are built here, in this file's own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSidecar } from '../../src/core/annotations/sidecar';
import type { TagRecord } from '../../src/core/annotations/tag';
import { accountText } from '../../src/core/export/importAccount';
import { ProjectImportError, readQdpx, type ProjectImport } from '../../src/core/export/importQdpx';
import { parseXml } from '../../src/core/export/xmlRead';
import { writeZip } from '../../src/core/export/zip';

const NOW = '2025-06-01T10:00:00Z';
const ANA = '10000000-0000-4000-8000-000000000001';
const BO = '10000000-0000-4000-8000-000000000002';
const PROMISE = '20000000-0000-4000-8000-000000000001';
const FIGURE = '20000000-0000-4000-8000-000000000002';
const SOURCE = '30000000-0000-4000-8000-000000000001';

/** A harbour meeting with emoji and CRLF line ends, so that every reading of positions differs. */
const MEETING = [
  'Harbour council, spring meeting 🌊',
  'CHAIR: We open with the ferry report. ⛴️ Crossings rose by a fifth this year.',
  'WARDEN: The north quay will be repaired before the summer 🛠️ and the fees stay as they are.',
  'CHAIR: Thank you. 🙏 We close at nine.',
  '',
].join('\r\n');

type Units = 'cp' | 'utf16';
/** The position of `words` in `text` counted the way a tool counts: code points or UTF-16 units, a CRLF as two characters or one. */
function positionOf(text: string, words: string, units: Units, crlfOnce: boolean): { start: number; end: number } {
  const at = text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is in the text`);
  const count = (s: string) => {
    const t = crlfOnce ? s.replace(/\r\n/g, '\n') : s;
    return units === 'cp' ? Array.from(t).length : t.length;
  };
  return { start: count(text.slice(0, at)), end: count(text.slice(0, at + words.length)) };
}

interface Sel {
  start: number | string;
  end: number | string;
  code?: string;
  user?: string;
  name?: string;
  memo?: string;
}

function selectionXml(s: Sel, i: number): string {
  const name = s.name !== undefined ? ` name="${s.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"` : '';
  const user = s.user ? ` creatingUser="${s.user}"` : '';
  return [
    `<PlainTextSelection guid="40000000-0000-4000-8000-${String(i).padStart(12, '0')}" startPosition="${s.start}" endPosition="${s.end}"${name}${user}>`,
    s.memo ? `<Description>${s.memo}</Description>` : '',
    s.code ? `<Coding guid="50000000-0000-4000-8000-${String(i).padStart(12, '0')}"${user}><CodeRef targetGUID="${s.code}"/></Coding>` : '',
    '</PlainTextSelection>',
  ].join('');
}

/** A project with one text source holding `text`, the selections given, and whatever else `extra` puts in the project. */
function project(text: string, selections: Sel[], options: { origin?: string; extra?: string; sourceExtra?: string; files?: Array<{ path: string; data: Uint8Array }> } = {}): Uint8Array {
  const qde = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="Harbour" origin="${options.origin ?? 'Some QDA tool 2.0'}">`,
    `<Users><User guid="${ANA}" name="Ana"/><User guid="${BO}" name="Bo"/></Users>`,
    `<CodeBook><Codes><Code guid="${PROMISE}" name="Promise" isCodable="true"/><Code guid="${FIGURE}" name="Figure" isCodable="true"/></Codes></CodeBook>`,
    `<Sources><TextSource guid="${SOURCE}" name="Spring meeting" plainTextPath="internal://${SOURCE}.txt">`,
    ...selections.map(selectionXml),
    options.sourceExtra ?? '',
    '</TextSource></Sources>',
    options.extra ?? '',
    '</Project>',
  ].join('\n');
  return writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }, { path: `Sources/${SOURCE}.txt`, data: new TextEncoder().encode(text) }, ...(options.files ?? [])]);
}

function tagsOf(imported: ProjectImport, i = 0): TagRecord[] {
  const read = readSidecar(imported.transcripts[i]!.sidecar);
  assert.equal(read.kind, 'ok');
  assert.deepEqual(read.kind === 'ok' ? read.problems.filter((p) => p.severity === 'error') : [], [], 'the sidecar is valid');
  return read.kind === 'ok' ? read.sidecar.tags : [];
}

const QUOTES = ['Crossings rose by a fifth this year.', 'The north quay will be repaired before the summer', 'We close at nine.'];

function codedAs(units: Units, crlfOnce: boolean, names = false): Sel[] {
  return QUOTES.map((q, i) => ({ ...positionOf(MEETING, q, units, crlfOnce), code: i === 0 ? FIGURE : PROMISE, user: ANA, ...(names ? { name: q } : {}) }));
}

describe('import: positions read by evidence, per source', () => {
  const cases: Array<[string, Units, boolean, RegExp]> = [
    ['code points, CRLF as two (the standard)', 'cp', false, /code points \(the standard\)/],
    ['UTF-16 units (as NVivo counts), with emoji before every coding', 'utf16', false, /UTF-16 code units/],
    ['code points with a CRLF counted once (as ATLAS.ti counts)', 'cp', true, /code points, a CRLF counted as one character/],
    ['UTF-16 units and a CRLF counted once, mixed', 'utf16', true, /UTF-16 code units \(as NVivo counts\), a CRLF counted as one character/],
  ];
  for (const [what, units, once, reading] of cases) {
    it(`places every coding on its words when the project counts in ${what}, whatever its origin says`, () => {
      for (const origin of ['Some QDA tool 2.0', 'NVivo 14', 'ATLAS.ti 24']) {
        const imported = readQdpx(project(MEETING, codedAs(units, once), { origin }), { now: NOW });
        assert.deepEqual(tagsOf(imported).map((t) => t.quote), QUOTES, `${what}, origin ${origin}`);
        assert.match(imported.account.readings[0]!.reading, reading);
      }
    });
  }

  it("keeps a coder's selection of parts of words where the source's reading puts it, even where another reading would give whole words", () => {
    // Every other selection needs UTF-16 units; under them this one cuts a word at both ends, as coders' selections sometimes do.
    // Code points would shift it one character on, onto whole words: that proves nothing without stored words or the project's software.
    const start = MEETING.indexOf('The north quay') + 2;
    const end = MEETING.indexOf('repaired') + 'repaire'.length;
    const sels = [...codedAs('utf16', false), { start, end, code: FIGURE, user: BO }];
    const tags = tagsOf(readQdpx(project(MEETING, sels, { origin: 'Some QDA tool 2.0' }), { now: NOW }));
    assert.equal(tags.find((t) => t.author === 'Bo')!.quote, 'e north quay will be repaire');
  });

  it('lets the stored words decide when word boundaries cannot', () => {
    // Each of these selections starts and ends on a word boundary under two readings; only one gives the stored words.
    const text = '🌊🌊 A B C D E F\r\nG H I J K\r\n';
    const sels: Sel[] = [{ ...positionOf(text, 'C D', 'utf16', false), code: PROMISE, name: 'C D' }, { ...positionOf(text, 'I J', 'utf16', false), code: PROMISE, name: 'I J' }];
    const imported = readQdpx(project(text, sels), { now: NOW });
    assert.deepEqual(tagsOf(imported).map((t) => t.quote), ['C D', 'I J']);
    assert.match(imported.account.readings[0]!.reading, /UTF-16 code units.*2 of 2 stored quotes match/);
  });

  it('keeps a coding that fits no reading as an orphaned tag holding the words the project stored, and says so', () => {
    const sels = [...codedAs('utf16', false, true), { start: 3, end: 9, code: PROMISE, user: BO, name: 'Words that are in no reading' }];
    const imported = readQdpx(project(MEETING, sels), { now: NOW });
    const tags = tagsOf(imported);
    const orphan = tags.find((t) => t.status === 'orphaned')!;
    assert.equal(orphan.quote, 'Words that are in no reading');
    assert.equal(orphan.author, 'Bo');
    assert.match(orphan.anchorNote ?? '', /positions \(3–9\) give other words than the project stored/);
    assert.deepEqual(tags.filter((t) => t.status === 'anchored').map((t) => t.quote), QUOTES, 'the others are placed');
    assert.equal(imported.account.kinds.codings.orphaned, 1);
    assert.match(accountText(imported.account), /a coding with "promise" \(.*\) is kept as an orphaned tag/);
  });
});

describe('import: numbers checked as numbers; empty, reversed and outside selections skipped', () => {
  const good = positionOf(MEETING, QUOTES[2]!, 'cp', false);
  const bad: Array<[string, Sel, RegExp]> = [
    ['empty', { start: 40, end: 40, code: PROMISE }, /the selection is empty \(it starts and ends at 40\)/],
    ['reversed', { start: 60, end: 50, code: PROMISE }, /the selection ends \(50\) before it starts \(60\)/],
    ['a 400-digit offset', { start: '9'.repeat(400), end: '9'.repeat(401), code: PROMISE }, /startPosition too large to be a position \(400 digits\)/],
    ['a negative offset', { start: -4, end: 10, code: PROMISE }, /startPosition that is not a whole number from 0 \("-4"\)/],
    ['an offset in exponent notation', { start: '1e3', end: '2e3', code: PROMISE }, /not a whole number/],
    ['a selection past the end of the text', { start: 5000, end: 5010, code: PROMISE }, /fall outside the text \(\d+ characters\)/],
  ];
  for (const [what, sel, why] of bad) {
    it(`reports ${what} and writes no tag for it; the sidecar stays valid`, () => {
      const imported = readQdpx(project(MEETING, [sel, { ...good, code: FIGURE }]), { now: NOW });
      assert.deepEqual(tagsOf(imported).map((t) => t.quote), [QUOTES[2]]);
      assert.equal(imported.account.kinds.codings.skipped, 1);
      assert.ok(imported.problems.some((p) => why.test(p)), imported.problems.join('\n'));
    });
  }
});

describe('import: nothing dropped without a word', () => {
  it("puts a source's description in the transcript's front matter, the codings still on their words", () => {
    const imported = readQdpx(project(MEETING, codedAs('cp', false), { sourceExtra: '<Description>Minutes typed by the clerk,\r\nchecked by the chair.</Description>' }), { now: NOW });
    const text = imported.transcripts[0]!.text;
    assert.ok(text.startsWith('---\ndescription: "Minutes typed by the clerk, checked by the chair."\n---\n'), text.slice(0, 120));
    assert.deepEqual(tagsOf(imported).map((t) => t.quote), QUOTES);
  });

  it("gives each coder's note on the same words a tag of its own, so that neither author is lost", () => {
    const at = positionOf(MEETING, QUOTES[1]!, 'cp', false);
    const notes = `<Notes>
      <Note guid="60000000-0000-4000-8000-000000000001" name="Ana's note" creatingUser="${ANA}"><PlainTextContent>Ask for the contract.</PlainTextContent><PlainTextSelection guid="61000000-0000-4000-8000-000000000001" startPosition="${at.start}" endPosition="${at.end}"/></Note>
      <Note guid="60000000-0000-4000-8000-000000000002" name="Bo's note" creatingUser="${BO}"><PlainTextContent>Same promise as last year.</PlainTextContent><PlainTextSelection guid="61000000-0000-4000-8000-000000000002" startPosition="${at.start}" endPosition="${at.end}"/></Note>
    </Notes>`;
    const refs = '<NoteRef targetGUID="60000000-0000-4000-8000-000000000001"/><NoteRef targetGUID="60000000-0000-4000-8000-000000000002"/>';
    const imported = readQdpx(project(MEETING, [{ ...at, code: PROMISE, user: ANA }], { extra: notes, sourceExtra: refs }), { now: NOW });
    const tags = tagsOf(imported).filter((t) => t.quote === QUOTES[1]);
    assert.deepEqual(tags.map((t) => [t.category, t.author, t.note]).sort(), [['note', 'Bo', 'Same promise as last year.'], ['promise', 'Ana', 'Ask for the contract.']]);
  });

  it('reads a note linked to a selection (as NVivo writes it), its text in a file of the archive', () => {
    const at = positionOf(MEETING, QUOTES[0]!, 'utf16', false);
    const extra = `<Notes><Note guid="70000000-0000-4000-8000-000000000001" name="Annotation" creatingUser="${BO}" plainTextPath="internal://70000000-0000-4000-8000-000000000001.txt"/></Notes>
      <Links><Link guid="71000000-0000-4000-8000-000000000001" originGUID="70000000-0000-4000-8000-000000000001" targetGUID="40000000-0000-4000-8000-000000000000"/></Links>`;
    const files = [{ path: 'Sources/70000000-0000-4000-8000-000000000001.txt', data: new TextEncoder().encode('The figure comes from the ferry company.\r\n') }];
    const imported = readQdpx(project(MEETING, [{ ...at, code: FIGURE, user: BO }], { origin: 'NVivo 12', extra, files }), { now: NOW });
    assert.deepEqual(tagsOf(imported).map((t) => [t.quote, t.author, t.note]), [[QUOTES[0], 'Bo', 'The figure comes from the ferry company.\n']]);
  });

  it('keeps cases with their description, memo, variables and linked passages, and notes on no passage in the project notes', () => {
    const at = positionOf(MEETING, QUOTES[1]!, 'cp', false);
    const extra = `<Variables><Variable guid="80000000-0000-4000-8000-000000000001" name="Office" typeOfVariable="Text"/></Variables>
      <Cases><Case guid="81000000-0000-4000-8000-000000000001" name="Warden"><Description>Keeps the harbour.</Description>
        <VariableValue><VariableRef targetGUID="80000000-0000-4000-8000-000000000001"/><TextValue>harbour master</TextValue></VariableValue>
        <SelectionRef targetGUID="40000000-0000-4000-8000-000000000000"/></Case></Cases>
      <Notes><Note guid="82000000-0000-4000-8000-000000000001" name="Journal" creatingUser="${ANA}" creationDateTime="2025-01-02T03:04:05Z"><PlainTextContent>Coded the spring meeting first.</PlainTextContent></Note>
        <Note guid="82000000-0000-4000-8000-000000000002" name="About the warden" creatingUser="${BO}"><PlainTextContent>Speaks for the port.</PlainTextContent></Note></Notes>
      <Links><Link guid="83000000-0000-4000-8000-000000000001" originGUID="82000000-0000-4000-8000-000000000002" targetGUID="81000000-0000-4000-8000-000000000001"/></Links>`;
    const imported = readQdpx(project(MEETING, [{ ...at, code: PROMISE, user: ANA }], { extra }), { now: NOW, projectFile: 'harbour.qdpx' });
    assert.deepEqual(imported.cases, [
      { name: 'Warden', project: 'harbour.qdpx', description: 'Keeps the harbour.', memo: 'Speaks for the port.', variables: [{ name: 'Office', value: 'harbour master' }], passages: [{ transcript: 'Spring meeting.txt', quote: QUOTES[1] }] },
    ]);
    assert.deepEqual(imported.projectNotes, [{ name: 'Journal', text: 'Coded the spring meeting first.', project: 'harbour.qdpx', author: 'Ana', created: '2025-01-02T03:04:05Z' }]);
    assert.match(accountText(imported.account), /the note "Journal" is on no passage: kept in the project notes file/);
  });

  it('keeps a note on a whole source in the project notes, saying which transcript it is about', () => {
    const extra = `<Notes><Note guid="84000000-0000-4000-8000-000000000001" name="Overall" creatingUser="${BO}"><PlainTextContent>A calm meeting.</PlainTextContent></Note></Notes>`;
    const imported = readQdpx(project(MEETING, codedAs('cp', false), { extra, sourceExtra: '<NoteRef targetGUID="84000000-0000-4000-8000-000000000001"/>' }), { now: NOW, projectFile: 'h.qdpx' });
    assert.deepEqual(imported.projectNotes, [{ name: 'Overall', text: 'A calm meeting.', project: 'h.qdpx', author: 'Bo', about: 'Spring meeting.txt' }]);
  });

  it('gives a full account: read, kept, placed, orphaned and skipped for each kind, and names what was skipped', () => {
    const imported = readQdpx(
      project(MEETING, [...codedAs('cp', false), { start: 9, end: 2, code: PROMISE }], {
        extra: '<Sets><Set guid="90000000-0000-4000-8000-000000000001" name="Spring"/></Sets>',
        sourceExtra: '',
      }),
      { now: NOW, projectFile: 'harbour.qdpx' },
    );
    const text = accountText(imported.account);
    assert.match(text, /^Import of harbour\.qdpx\n/);
    assert.match(text, /codings +4 +3 +3 +0 +1\n/);
    assert.match(text, /sources +1 +1 +1 +0 +0\n/);
    assert.match(text, /users +2 +1 +0 +0 +1\n/);
    assert.match(text, /"Bo" made none of the codings or notes kept/);
    assert.match(text, /the set "Spring" has no place in a workspace/);
  });
});

describe('import: XML text read as XML defines it', () => {
  it('reads every CRLF and lone CR in text as LF, an attribute line break as a space, and keeps a written &#13;', () => {
    const root = parseXml('<a b="one\r\ntwo">x\r\ny\rz<![CDATA[p\r\nq]]>&#13;</a>');
    assert.equal(root.text, 'x\ny\nzp\nq\r');
    assert.equal(root.attributes.b, 'one two');
  });

  it('keeps attributes named like object machinery as data, and refuses an entity named like one', () => {
    const root = parseXml('<a __proto__="x" constructor="y"/>');
    assert.equal(root.attributes['__proto__'], 'x');
    assert.equal(root.attributes.constructor, 'y');
    assert.throws(() => parseXml('<a>&constructor;</a>'), /the entity &constructor; is not defined/);
  });

  it("reads a code's description with LF line ends", () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="${PROMISE}" name="Promise" isCodable="true"><Description>First line\r\nsecond line</Description></Code></Codes></CodeBook><Sources><TextSource guid="${SOURCE}" name="s"><PlainTextContent>Words.</PlainTextContent></TextSource></Sources></Project>`;
    const imported = readQdpx(writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }]), { now: NOW });
    assert.equal(imported.categories[0]!.description, 'First line\nsecond line');
  });
});

describe('import: an archive that unpacks to far more than it should', () => {
  const huge = new Uint8Array(3 * 1024 * 1024).fill(0x41);
  const limits = { entryBytes: 1024 * 1024, totalBytes: 8 * 1024 * 1024 };

  it('is refused while it unpacks, with a message naming the entry', () => {
    const bytes = writeZip([{ path: 'project.qde', data: new TextEncoder().encode(`<Project name="p"><Sources><TextSource guid="${SOURCE}" name="s" plainTextPath="internal://big.txt"/></Sources></Project>`) }, { path: 'Sources/big.txt', data: huge }]);
    assert.ok(bytes.length < 64 * 1024, 'a small archive');
    assert.throws(() => readQdpx(bytes, { now: NOW, limits }), (e: Error) => e instanceof ProjectImportError && /Sources\/big\.txt unpacks to more than 1 MB/.test(e.message));
  });

  it('is refused even when the archive declares a small size for the entry', () => {
    const bytes = writeZip([{ path: 'project.qde', data: new TextEncoder().encode(`<Project name="p"><Sources><TextSource guid="${SOURCE}" name="s" plainTextPath="internal://big.txt"/></Sources></Project>`) }, { path: 'Sources/big.txt', data: huge }]);
    // Rewrite the declared sizes (local header and central directory) to 100 bytes.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && view.getUint32(i + 22, true) === huge.length) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) === huge.length) view.setUint32(i + 24, 100, true);
    }
    assert.throws(() => readQdpx(bytes, { now: NOW, limits }), /unpacks to more than 1 MB/);
  });

  it('never unpacks what it does not import: a huge recording beside the text does not stop the import', () => {
    const bytes = project(MEETING, codedAs('cp', false), { extra: '', sourceExtra: '', files: [{ path: 'Sources/recording.m4a', data: huge }] });
    assert.deepEqual(tagsOf(readQdpx(bytes, { now: NOW, limits })).map((t) => t.quote), QUOTES);
  });
});

describe('a source whose text reads like another format but is not', () => {
  it('is imported as plain text, its codings kept, when it starts like Whisper JSON and is not valid JSON', () => {
    // A note pasted into a project: JSON-shaped at first, then ordinary words.
    const text = '{"segments": [ the harbour log was lost ]} CHAIR: Crossings rose by a fifth.\n';
    const imported = readQdpx(project(text, [{ ...positionOf(text, 'Crossings rose by a fifth', 'cp', false), code: FIGURE }]), { now: NOW });
    assert.equal(imported.transcripts.length, 1);
    assert.deepEqual(tagsOf(imported).map((t) => t.quote), ['Crossings rose by a fifth']);
  });
});
