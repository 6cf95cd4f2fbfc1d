/**
 * Importing REFI-QDA projects: our own exports come back whole (every coding,
 * note and code survives .qdpx → workspace → .qdpx), and a project written
 * the way other tools write theirs (upper-case GUIDs in braces, CRLF text,
 * several coders, memos, notes, cases, sources that are not text) gives
 * transcripts, tags with their authors, and a message for what it skips.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CATEGORIES, readCodebook } from '../../src/core/annotations/codebook';
import { readSidecar } from '../../src/core/annotations/sidecar';
import { exportCategoriesOf, gatherCorpus, type SourceDocument } from '../../src/core/export/gather';
import { ProjectImportError, readQdpx } from '../../src/core/export/importQdpx';
import { codebookYaml } from '../../src/core/export/importQdc';
import type { ExportCorpus } from '../../src/core/export/exportData';
import { writeProject, writeQdpx } from '../../src/core/export/refiQda';
import { childrenNamed, parseXml, type XmlElement } from '../../src/core/export/xmlRead';
import { writeZip } from '../../src/core/export/zip';
import { BRIEFING, briefingSidecar, briefingTags, CATEGORIES, CREATED, HOSTILE, hostileTags } from './exportFixtures';
import { run } from './helpers';
import { writeSidecar } from '../../src/core/annotations/sidecar';
import { scratchFolder } from './scratch';

const NOW = '2025-06-01T10:00:00Z';

function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

/** Every coding, note and code of a project document, by names and positions (GUIDs may differ between exports). */
function contents(qde: string) {
  const root = parseXml(qde);
  const users = new Map(all(root, 'User').map((u) => [u.attributes.guid, u.attributes.name]));
  const codes = new Map(all(root, 'Code').map((c) => [c.attributes.guid, c.attributes.name]));
  const codings: string[] = [];
  const notes: string[] = [];
  for (const source of all(root, 'TextSource')) {
    for (const s of childrenNamed(source, 'PlainTextSelection')) {
      for (const c of childrenNamed(s, 'Coding')) {
        codings.push([source.attributes.name, s.attributes.startPosition, s.attributes.endPosition, codes.get(all(c, 'CodeRef')[0]!.attributes.targetGUID), users.get(c.attributes.creatingUser)].join(' | '));
      }
    }
    for (const ref of childrenNamed(source, 'NoteRef')) {
      const note = all(root, 'Note').find((n) => n.attributes.guid === ref.attributes.targetGUID)!;
      const at = childrenNamed(note, 'PlainTextSelection')[0]!;
      notes.push([source.attributes.name, at.attributes.startPosition, at.attributes.endPosition, childrenNamed(note, 'PlainTextContent')[0]!.text, users.get(note.attributes.creatingUser)].join(' | '));
    }
  }
  const codeTree = all(root, 'Code').map((c) => `${c.attributes.name}${c.children.some((k) => k.name === 'Code') ? ` > ${childrenNamed(c, 'Code').map((k) => k.attributes.name).join(', ')}` : ''}`);
  return { codings: codings.sort(), notes: notes.sort(), codes: codeTree.sort() };
}

function corpusOf(sources: SourceDocument[], categories = CATEGORIES): ExportCorpus {
  return gatherCorpus(sources, categories, { orphans: 'skip', created: CREATED, origin: 'Transcript Annotator 0.1.0' }).corpus;
}

describe('import: REFI-QDA project (.qdpx)', () => {
  const crlf = BRIEFING.replace(/\n/g, '\r\n');
  const hostile = writeSidecar({ transcriptName: 'hearing.txt', text: HOSTILE, tags: hostileTags() });
  const original = corpusOf(
    [
      { path: 'briefings/briefing.txt', uri: 'file:///c/briefings/briefing.txt', text: crlf, sidecar: { name: 's1', text: briefingSidecar() } },
      { path: 'council/2025/hearing.txt', uri: 'file:///c/council/2025/hearing.txt', text: HOSTILE, sidecar: { name: 's2', text: hostile } },
    ],
    [...CATEGORIES, { id: 'formula', label: "=cmd|' /C calc'!A0", description: '-2+3' }],
  );

  it('round trip: .qdpx → workspace → .qdpx keeps every coding, note and code', async () => {
    const exported = writeQdpx(original, 'Round trip');
    const imported = readQdpx(exported.bytes, { now: NOW });
    assert.deepEqual(imported.skipped, []);
    assert.deepEqual(imported.problems, []);
    assert.deepEqual(imported.transcripts.map((t) => t.path), ['briefings/briefing.txt', 'council/2025/hearing.txt']);
    const again = corpusOf(
      imported.transcripts.map((t) => ({ path: t.path, uri: `file:///w/${t.path}`, text: t.text, sidecar: { name: `${t.path}.annotations.yaml`, text: t.sidecar } })),
      exportCategoriesOf(imported.categories),
    );
    const before = contents(writeProject(original, 'Round trip').qde);
    const after = contents(writeProject(again, 'Round trip').qde);
    assert.equal(before.codings.length, 7 + 9, 'seven tags and nine speaker turns');
    assert.deepEqual(after.codings, before.codings);
    assert.equal(before.notes.length, 5);
    assert.deepEqual(after.notes, before.notes);
    assert.deepEqual(after.codes, before.codes);
    assert.deepEqual(imported.counts, { codings: 7, notes: 5, codes: 5, cases: 5 });
  });

  it('writes sidecars the tagging core reads without a problem, and a codebook it reads', async () => {
    const imported = readQdpx(writeQdpx(original, 'Round trip').bytes, { now: NOW });
    for (const t of imported.transcripts) {
      const read = readSidecar(t.sidecar);
      assert.equal(read.kind, 'ok');
      assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), []);
    }
    const codebook = readCodebook(codebookYaml(imported.categories, 'x.qdpx'));
    assert.deepEqual(codebook.problems, []);
    assert.deepEqual(codebook.categories.map((c) => c.label), [...CATEGORIES.map((c) => c.label), "=cmd|' /C calc'!A0"]);
  });

  it("keeps the ids of the workspace's categories whose names the codes carry", async () => {
    const imported = readQdpx(writeQdpx(original, 'x').bytes, { now: NOW, current: [{ id: 'stat', label: 'Statistic' }] });
    const tags = imported.transcripts.flatMap((t) => (readSidecar(t.sidecar) as { sidecar: { tags: Array<{ category: string; quote: string }> } }).sidecar.tags);
    assert.equal(tags.find((t) => t.quote === 'Cargo volumes rose 12% last year')!.category, 'stat');
    assert.equal(imported.categories[0]!.id, 'stat');
  });

  const U1 = '{5A1C0E7B-1111-4C2D-9E3F-00000000A001}';
  const U2 = '{5A1C0E7B-1111-4C2D-9E3F-00000000A002}';
  const CODE = '{6B2D1F8C-2222-4D3E-8F40-00000000B001}';
  const CASE = '{7C3E2090-3333-4E4F-9051-00000000C001}';
  const SRC = '{8D4F31A1-4444-4F50-A162-00000000D001}';
  const SEL1 = '{9E5042B2-5555-4061-B273-00000000E001}';
  const SEL2 = '{9E5042B2-5555-4061-B273-00000000E002}';
  const NOTE = '{AF6153C3-6666-4172-8384-00000000F001}';
  /** A town-hall transcript with no speaker labels, CRLF line ends and an emoji. */
  const TOWN = 'Town hall on the new bridge\r\nThe bridge will open in spring 🌉 said the engineer.\r\nTolls will stay at two euros for ten years.\r\n';
  const points = Array.from(TOWN);
  const at = (words: string) => {
    const s = Array.from(TOWN.slice(0, TOWN.indexOf(words))).length;
    return { start: s, end: s + Array.from(words).length };
  };
  const open = at('The bridge will open in spring');
  const tolls = at('Tolls will stay at two euros');
  const foreignQde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Bridge study" origin="Another QDA tool 3.1">
  <Users><User guid="${U1}" name="Ana"/><User guid="${U2}" name="Bo"/></Users>
  <CodeBook><Codes>
    <Code guid="${CODE}" name="Promise" isCodable="true"><Description>Something the speaker commits to.</Description></Code>
  </Codes></CodeBook>
  <Cases><Case guid="${CASE}" name="Engineer"><SelectionRef targetGUID="${SEL1}"/></Case></Cases>
  <Sources>
    <TextSource guid="${SRC}" name="Town hall" plainTextPath="internal://${SRC.slice(1, -1)}.txt" creatingUser="${U1}">
      <PlainTextSelection guid="${SEL1}" startPosition="${open.start}" endPosition="${open.end}" creatingUser="${U1}" creationDateTime="2025-02-03T04:05:06Z">
        <Description>Said twice that evening.</Description>
        <Coding guid="{00000000-0000-4000-8000-000000000001}" creatingUser="${U1}"><CodeRef targetGUID="${CODE}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="${SEL2}" startPosition="${tolls.start}" endPosition="${tolls.end}" creatingUser="${U2}">
        <Coding guid="{00000000-0000-4000-8000-000000000002}" creatingUser="${U2}"><CodeRef targetGUID="${CODE.toLowerCase()}"/></Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="${NOTE}"/>
    </TextSource>
    <PDFSource guid="{11111111-2222-4333-8444-555555555555}" name="Budget.pdf" path="internal://budget.pdf"/>
    <AudioSource guid="{11111111-2222-4333-8444-555555555556}" name="Recording.m4a" path="internal://rec.m4a"/>
    <TextSource guid="{11111111-2222-4333-8444-555555555557}" name="Elsewhere" plainTextPath="relative:///notes/elsewhere.txt"/>
  </Sources>
  <Notes>
    <Note guid="${NOTE}" name="Toll check" creatingUser="${U2}">
      <PlainTextContent>Check the toll decree of 2019.</PlainTextContent>
      <PlainTextSelection guid="{00000000-0000-4000-8000-0000000000F1}" startPosition="${tolls.start}" endPosition="${tolls.end}"/>
    </Note>
  </Notes>
</Project>
`;
  const foreign = writeZip([
    { path: 'project.qde', data: new TextEncoder().encode(foreignQde) },
    { path: `Sources/${SRC.slice(1, -1)}.txt`, data: new TextEncoder().encode(TOWN) },
  ]);

  it("reads another tool's project: CRLF positions, GUIDs in braces, each coder the tag's author, memos and notes as notes, the case as speaker", async () => {
    const imported = readQdpx(foreign, { now: NOW });
    assert.equal(imported.transcripts.length, 1);
    const t = imported.transcripts[0]!;
    assert.equal(t.path, 'Town hall.txt');
    assert.ok(!t.text.includes('\r'));
    const read = readSidecar(t.sidecar);
    assert.equal(read.kind, 'ok');
    const tags = (read as unknown as { sidecar: { tags: Array<Record<string, unknown>> } }).sidecar.tags;
    assert.deepEqual(
      tags.map((g) => [g.quote, g.category, g.author, g.note ?? null, g.speaker]),
      [
        [points.slice(open.start, open.end).join(''), 'promise', 'Ana', 'Said twice that evening.', 'Engineer'],
        [points.slice(tolls.start, tolls.end).join(''), 'promise', 'Bo', 'Check the toll decree of 2019.', null],
      ],
    );
    assert.equal(tags[0]!.created, '2025-02-03T04:05:06Z');
    assert.deepEqual(imported.categories, [{ id: 'promise', label: 'Promise', description: 'Something the speaker commits to.' }]);
  });

  it('counts a CRLF as one character in a project from ATLAS.ti, as ATLAS.ti does', async () => {
    const lfPoints = Array.from(TOWN.replace(/\r\n/g, '\n'));
    const lfAt = (words: string) => {
      const s = lfPoints.join('').indexOf(words);
      return { start: Array.from(lfPoints.join('').slice(0, s)).length, end: Array.from(lfPoints.join('').slice(0, s)).length + Array.from(words).length };
    };
    const tollsLf = lfAt('Tolls will stay at two euros');
    const atlas = foreignQde
      .replace('origin="Another QDA tool 3.1"', 'origin="ATLAS.ti 23.2"')
      .replace(`startPosition="${tolls.start}" endPosition="${tolls.end}" creatingUser`, `startPosition="${tollsLf.start}" endPosition="${tollsLf.end}" creatingUser`);
    const zip = writeZip([
      { path: 'project.qde', data: new TextEncoder().encode(atlas) },
      { path: `Sources/${SRC.slice(1, -1)}.txt`, data: new TextEncoder().encode(TOWN) },
    ]);
    const read = readSidecar(readQdpx(zip, { now: NOW }).transcripts[0]!.sidecar) as unknown as { sidecar: { tags: Array<{ quote: string; author?: string }> } };
    assert.equal(read.sidecar.tags.find((t) => t.author === 'Bo')!.quote, 'Tolls will stay at two euros');
  });

  it('skips sources that are not plain text, and text kept outside the archive, saying which and why', async () => {
    const { skipped } = readQdpx(foreign, { now: NOW });
    assert.deepEqual(skipped.map((s) => s.name), ['Budget.pdf', 'Recording.m4a', 'Elsewhere']);
    assert.match(skipped[0]!.reason, /a PDF document; only plain-text sources become transcripts/);
    assert.match(skipped[1]!.reason, /an audio recording/);
    assert.match(skipped[2]!.reason, /outside the archive \(relative:\/\/\/notes\/elsewhere\.txt\)/);
  });

  it('refuses what is not a project, saying why', async () => {
    assert.throws(() => readQdpx(new TextEncoder().encode('not a zip'), { now: NOW }), ProjectImportError);
    assert.throws(() => readQdpx(writeZip([{ path: 'readme.txt', data: new Uint8Array([65]) }]), { now: NOW }), /holds no project\.qde/);
    assert.throws(() => readQdpx(writeZip([{ path: 'project.qde', data: new TextEncoder().encode('<CodeBook/>') }]), { now: NOW }), /root element is <CodeBook>/);
  });
});

describe('command line: import', () => {
  const dir = scratchFolder('transcript-import-cli-');
  const project = join(dir, 'briefings.qdpx');
  const tags = writeSidecar({ transcriptName: 'briefing.txt', text: BRIEFING, tags: briefingTags() });
  writeFileSync(project, writeQdpx(corpusOf([{ path: 'press/briefing.txt', uri: 'file:///c/press/briefing.txt', text: BRIEFING, sidecar: { name: 's', text: tags } }]), 'Briefings').bytes);
  const out = join(dir, 'workspace');

  it('writes each source as a transcript with its sidecar under the folder, and the codes as the codebook', async () => {
    const { code, out: said, err } = (await run('import', project, '-o', out));
    assert.equal(code, 0, err);
    assert.match(said, /Imported 1 transcript with 3 tags \(3 codings, 1 note\)/);
    assert.equal(readFileSync(join(out, 'press', 'briefing.txt'), 'utf8'), BRIEFING);
    const sidecar = readSidecar(readFileSync(join(out, 'press', 'briefing.txt.annotations.yaml'), 'utf8'));
    assert.equal(sidecar.kind, 'ok');
    const codebook = readCodebook(readFileSync(join(out, '.transcripts', 'codebook.yaml'), 'utf8'));
    assert.deepEqual(codebook.categories.map((c) => c.label), CATEGORIES.map((c) => c.label));
    const exported = (await run('export', out, '--format', 'csv', '-o', '-'));
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.out, /press\/briefing\.txt,.*,Cargo volumes rose 12% last year,/);
  });

  it('writes nothing over files already there unless --force', async () => {
    const again = (await run('import', project, '-o', out));
    assert.equal(again.code, 1);
    assert.match(again.err, /already there; add --force to replace them\. Nothing was written\./);
    assert.equal((await run('import', project, '-o', out, '--force')).code, 0);
  });

  it('keeps the default categories in the new codebook when the folder already holds tags made with them', async () => {
    const tagged = join(dir, 'tagged');
    mkdirSync(tagged);
    writeFileSync(join(tagged, 'old.transcript'), 'A: b\n');
    writeFileSync(join(tagged, 'old.transcript.annotations.yaml'), 'version: 1\ntags: []\n');
    assert.equal((await run('import', project, '-o', tagged)).code, 0);
    const labels = readCodebook(readFileSync(join(tagged, '.transcripts', 'codebook.yaml'), 'utf8')).categories.map((c) => c.id);
    for (const c of DEFAULT_CATEGORIES) assert.ok(labels.includes(c.id), `${c.id} kept`);
  });

  it('names each source it skips and why', async () => {
    const town = join(dir, 'pdf-only.qdpx');
    const qde = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><PDFSource guid="11111111-2222-4333-8444-555555555555" name="Report.pdf" path="internal://r.pdf"/></Sources></Project>';
    writeFileSync(town, writeZip([{ path: 'project.qde', data: new TextEncoder().encode(qde) }]));
    const { code, err } = (await run('import', town, '-o', join(dir, 'none')));
    assert.equal(code, 1);
    assert.match(err, /skipped the source "Report\.pdf": a PDF document; only plain-text sources become transcripts/);
    assert.match(err, /no plain-text source to import; nothing was written/);
    assert.equal((await run('import', '-o', out)).code, 2);
  });
});
