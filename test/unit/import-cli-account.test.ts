/**
 * The command line's imports: a `.qdc` codebook alone merged into the
 * workspace codebook (never losing a category there), a project's full
 * account printed, and its cases and notes on no passage merged into the
 * files beside the codebook.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { readCodebook } from '../../src/core/annotations/codebook';
import { casesAfterImport, notesAfterImport } from '../../src/core/export/refiProjectFiles';
import { writeZip } from '../../src/core/export/zip';
import { run } from './helpers';
import { scratchFolder } from './scratch';

const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="11111111-2222-4333-8444-000000000001" name="Pledge" isCodable="true" color="#AA3300"><Description>A promise about\r\nthe future.</Description>
    <Code guid="11111111-2222-4333-8444-000000000002" name="Dated pledge" isCodable="true"/>
  </Code>
  <Code guid="11111111-2222-4333-8444-000000000003" name="Our Own" isCodable="true"/>
</Codes></CodeBook>
`;

describe('command line: import <codebook.qdc>', () => {
  const dir = scratchFolder('transcript-import-qdc-');
  const qdc = join(dir, 'codes.qdc');
  writeFileSync(qdc, QDC);

  it("merges the codebook's codes into the workspace codebook, keeping every category and comment there", async () => {
    const ws = join(dir, 'ws');
    mkdirSync(join(ws, '.transcripts'), { recursive: true });
    const file = join(ws, '.transcripts', 'codebook.yaml');
    writeFileSync(file, '# Our team\'s codes.\nversion: 1\ncategories:\n  - id: own\n    label: Our own\n    color: "#112233"\n  - id: rumour\n    label: Rumour\n');
    const { code, out, err } = await run('import', qdc, '-o', ws);
    assert.equal(code, 0, err);
    assert.match(out, /Read 3 codes from .*codes\.qdc: 2 new categories added to .*codebook\.yaml; 1 code named like a category there kept that category/);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# Our team's codes\.\n/);
    const book = readCodebook(text);
    assert.deepEqual(book.problems, []);
    assert.deepEqual(book.categories.map((c) => [c.id, c.label, c.parent ?? null]), [['own', 'Our own', null], ['rumour', 'Rumour', null], ['pledge', 'Pledge', null], ['dated-pledge', 'Dated pledge', 'pledge']]);
    assert.equal(book.categories.find((c) => c.id === 'pledge')!.description, 'A promise about\nthe future.');
  });

  it('writes a new codebook with --codebook and no folder, and changes nothing on a second import', async () => {
    const file = join(dir, 'book.yaml');
    assert.equal((await run('import', qdc, '--codebook', file)).code, 0);
    const first = readFileSync(file, 'utf8');
    assert.deepEqual(readCodebook(first).categories.map((c) => c.label), ['Pledge', 'Dated pledge', 'Our Own']);
    const again = await run('import', qdc, '--codebook', file);
    assert.match(again.out, /0 new categories \(.*already had every code\)/);
    assert.equal(readFileSync(file, 'utf8'), first);
  });

  it('names the sets of codes (code groups) a codebook holds, which have no place among categories', async () => {
    const grouped = join(dir, 'grouped.qdc');
    writeFileSync(grouped, '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-4333-8444-000000000009" name="Doubt" isCodable="true"/></Codes><Sets><Set guid="11111111-2222-4333-8444-00000000000a" name="Tone"><MemberCode guid="11111111-2222-4333-8444-000000000009"/></Set></Sets></CodeBook>');
    const { code, out } = await run('import', grouped, '--codebook', join(dir, 'grouped.yaml'));
    assert.equal(code, 0);
    assert.match(out, /1 new category added to .*grouped\.yaml\. 1 set of codes \("Tone"\) has no place among categories and is not kept\./);
  });

  it('says what is wrong with a codebook that is not one, and writes nothing', async () => {
    const broken = join(dir, 'broken.qdc');
    writeFileSync(broken, '<CodeBook><Codes><Code name="x"></Codes></CodeBook>');
    const { code, err } = await run('import', broken, '-o', join(dir, 'none'));
    assert.equal(code, 1);
    assert.match(err, /broken\.qdc: Not well-formed XML: line 1, column 33: <\/Codes> closes <Code>\./);
  });
});

describe('command line: import prints the full account', () => {
  const dir = scratchFolder('transcript-import-account-');
  const text = 'CLERK: The budget is balanced.\nMAYOR: We will plant a thousand trees.\n';
  const qde = `<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Trees" origin="Some QDA tool">
<Users><User guid="a0000000-0000-4000-8000-000000000001" name="Lee"/></Users>
<CodeBook><Codes><Code guid="b0000000-0000-4000-8000-000000000001" name="Pledge" isCodable="true"/></Codes></CodeBook>
<Cases><Case guid="c0000000-0000-4000-8000-000000000001" name="Mayor"><Description>Elected in May.</Description></Case></Cases>
<Sources><TextSource guid="d0000000-0000-4000-8000-000000000001" name="Council" plainTextPath="internal://d.txt">
<PlainTextSelection guid="e0000000-0000-4000-8000-000000000001" startPosition="${text.indexOf('We will')}" endPosition="${text.indexOf('We will') + 'We will plant a thousand trees.'.length}" creatingUser="a0000000-0000-4000-8000-000000000001"><Coding guid="f0000000-0000-4000-8000-000000000001" creatingUser="a0000000-0000-4000-8000-000000000001"><CodeRef targetGUID="b0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
<PlainTextSelection guid="e0000000-0000-4000-8000-000000000002" startPosition="7" endPosition="7"><Coding guid="f0000000-0000-4000-8000-000000000002"><CodeRef targetGUID="b0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
</TextSource><VideoSource guid="d0000000-0000-4000-8000-000000000002" name="Council video" path="internal://v.mp4"/></Sources>
<Notes><Note guid="90000000-0000-4000-8000-000000000001" name="Plan" creatingUser="a0000000-0000-4000-8000-000000000001"><PlainTextContent>Code the autumn meeting next.</PlainTextContent></Note></Notes>
</Project>`;
  const project = join(dir, 'trees.qdpx');
  writeFileSync(project, writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }, { path: 'sources/d.txt', data: new TextEncoder().encode(text) }]));

  it('prints read, kept, placed, orphaned and skipped for each kind, and names each thing skipped with the reason', async () => {
    const ws = join(dir, 'ws');
    const { code, out, err } = await run('import', project, '-o', ws);
    assert.equal(code, 0, err);
    assert.match(out, /Import of trees\.qdpx\n/);
    assert.match(out, /sources +2 +1 +1 +0 +1\n/);
    assert.match(out, /codings +2 +1 +1 +0 +1\n/);
    assert.match(out, /cases +1 +1 +0 +0 +0\n/);
    assert.match(out, /"Council video" is skipped: a video/);
    assert.match(out, /the selection is empty \(it starts and ends at 7\)/);
    assert.match(out, /"Council\.txt": code points \(the standard\)/);
  });

  it('keeps the cases and the notes on no passage beside the codebook, merged with what is there', async () => {
    const ws = join(dir, 'ws2');
    mkdirSync(join(ws, '.transcripts'), { recursive: true });
    writeFileSync(join(ws, '.transcripts', 'notes.yaml'), 'version: 1\nnotes:\n  - name: Mine\n    text: Kept by me.\n');
    assert.equal((await run('import', project, '-o', ws)).code, 0);
    const cases = parse(readFileSync(join(ws, '.transcripts', 'cases.yaml'), 'utf8'));
    assert.deepEqual(cases.cases, [{ name: 'Mayor', project: 'trees.qdpx', description: 'Elected in May.' }]);
    const notes = parse(readFileSync(join(ws, '.transcripts', 'notes.yaml'), 'utf8'));
    assert.deepEqual(notes.notes, [{ name: 'Mine', text: 'Kept by me.' }, { name: 'Plan', text: 'Code the autumn meeting next.', project: 'trees.qdpx', author: 'Lee' }]);
  });
});

describe('the cases and project notes files', () => {
  it('adds only what is not there yet, and keeps a name like __proto__ as data', () => {
    const first = casesAfterImport(undefined, [{ name: '__proto__', project: 'p.qdpx', description: 'odd name' }])!;
    assert.deepEqual(parse(first).cases, [{ name: '__proto__', project: 'p.qdpx', description: 'odd name' }]);
    assert.equal(casesAfterImport(first, [{ name: '__proto__', project: 'p.qdpx' }]), undefined);
  });

  it('refuses to merge into a file it cannot read, rather than lose what it holds', () => {
    assert.throws(() => notesAfterImport('notes: [unclosed', [{ name: 'n', text: 't', project: 'p' }]), /notes\.yaml is not valid YAML/);
    assert.throws(() => notesAfterImport('version: 1\nnotes: 4\n', [{ name: 'n', text: 't', project: 'p' }]), /has no `notes` list/);
  });
});
