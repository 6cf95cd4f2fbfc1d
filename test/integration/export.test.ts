import * as assert from './assert';
import * as vscode from 'vscode';
import { unzipSync } from 'fflate';
import { readSidecar } from '../../src/core/annotations/sidecar';
import { urisOfNodes } from '../../src/export/exportCommand';
import type { AnnotationImportOutcome } from '../../src/export/importCommands';
import type { ExportOutcome, ExportRequest, ProjectImportOutcome } from '../../src/export';
import { writeZip } from '../../src/core/export/zip';
import { activateExtension, fixtureUri } from './helpers';

const TRANSCRIPT = 'export/water-board.transcript';

function assertMatch(text: string, pattern: RegExp): void {
  assert.ok(pattern.test(text), `Expected ${pattern} to match:\n${text.length > 2000 ? text.slice(0, 2000) + '…' : text}`);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
}

async function exportTo(format: ExportRequest['format'], name: string): Promise<{ outcome: ExportOutcome; uri: vscode.Uri }> {
  const uri = fixtureUri(`export/out/${name}`);
  const request: ExportRequest = { scope: 'selected', uris: [fixtureUri(TRANSCRIPT)], format, destination: uri, replace: true };
  const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('transcript.exportAnnotations', request);
  assert.ok(outcome, `The export to ${name} did not run.`);
  return { outcome, uri };
}

suite('Export', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(fixtureUri('export/out'));
  });

  test('never exports over the transcript it reads or its sidecar, even when told to replace', async () => {
    const transcript = fixtureUri(TRANSCRIPT);
    for (const destination of [transcript, vscode.Uri.joinPath(transcript, '..', 'out', '..', 'water-board.transcript'), fixtureUri(`${TRANSCRIPT}.annotations.yaml`)]) {
      const before = await readText(destination);
      const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('transcript.exportAnnotations', { scope: 'selected', uris: [transcript], format: 'csv', destination, replace: true });
      assert.strictEqual(outcome, undefined, `${destination.path} was written`);
      assert.strictEqual(await readText(destination), before);
    }
  });

  test('exports the selected transcript to CSV: every tag with its quote, speaker and category', async () => {
    const { outcome, uri } = await exportTo('csv', 'tags.csv');
    assert.strictEqual(outcome.documents, 1);
    assert.strictEqual(outcome.tags, 3);
    assert.deepStrictEqual(outcome.problems, []);
    const csv = await readText(uri);
    assert.ok(csv.startsWith('\ufeffdocument,title,date,speaker,role,section,category,quote,'), csv.slice(0, 80));
    const lines = csv.split('\r\n');
    assert.strictEqual(
      lines[1],
      'export/water-board.transcript,"Regional Water Board, Public Hearing on the Drought Plan",2024-07-09,Engineer Lindqvist,respondent,Opening statement,Statistic,"Reservoir levels are at 41%, down from 63% a year ago.",,,,6,6,t-1a2b3c4d,anchored,,,,Ama',
    );
    assert.ok(csv.includes('"Tariff notices of 2023: ""+9%"", twice.\nCheck the second step, though."'), 'The note is quoted with its quotes doubled and its line break kept.');
  });

  test('exports a REFI-QDA project: project.qde at the root and the transcript under sources/', async () => {
    const { outcome, uri } = await exportTo('qdpx', 'project.qdpx');
    assert.strictEqual(outcome.tags, 3);
    const files = unzipSync(await vscode.workspace.fs.readFile(uri));
    const names = Object.keys(files);
    assert.strictEqual(names[0], 'project.qde');
    assert.strictEqual(names.length, 2);
    assertMatch(names[1]!, /^sources\/[0-9a-f-]{36}\.txt$/);
    const qde = new TextDecoder().decode(files['project.qde']);
    assertMatch(qde, /<Project xmlns="urn:QDA-XML:project:1.0" name="project"/);
    // The 3 tags, and the 6 turns of the speakers whose cases they are.
    assert.strictEqual(qde.match(/<PlainTextSelection /g)?.length, 3 + 6);
    assert.strictEqual(qde.match(/<NoteRef /g)?.length, qde.match(/<Note /g)?.length);
    assertMatch(qde, /<Case guid="[^"]+" name="Engineer Lindqvist">/);
    assert.strictEqual(new TextDecoder().decode(files[names[1]!]), await readText(fixtureUri(TRANSCRIPT)));
  });

  test('exports YAML and ClaimReview that scripts read as JSON-LD and YAML', async () => {
    const yaml = await readText((await exportTo('yaml', 'tags.yaml')).uri);
    assertMatch(yaml, /path: "export\/water-board.transcript"/);
    assertMatch(yaml, /quote: "We will cut losses from old pipes by a fifth before 2026."/);
    const reviews = JSON.parse(await readText((await exportTo('claimreview', 'claims.jsonld')).uri));
    assert.strictEqual(reviews['@graph'].length, 1);
    assert.strictEqual(reviews['@graph'][0].itemReviewed.author.name, 'Engineer Lindqvist');
    assert.strictEqual(reviews['@graph'][0].reviewRating.alternateName, 'true');
  });

  test('exports the whole workspace, naming a broken sidecar while the other documents still export', async () => {
    const broken = fixtureUri('export/out/broken.transcript');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('HOST: Welcome.\nGUEST: Thank you.\n'));
    await vscode.workspace.fs.writeFile(fixtureUri('export/out/broken.transcript.annotations.yaml'), new TextEncoder().encode('version: 1\ntags: [\n  - id: "t-1"\n'));
    try {
      const uri = fixtureUri('export/out/workspace.yaml');
      const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('transcript.exportAnnotations', { scope: 'workspace', format: 'yaml', destination: uri, replace: true });
      assert.ok(outcome);
      assert.ok(outcome.documents > 1, `${outcome.documents} documents`);
      assert.ok(outcome.problems.some((p) => p.file === 'export/out/broken.transcript.annotations.yaml' && p.severity === 'error'), JSON.stringify(outcome.problems));
      assertMatch(outcome.summary, /kept tags out of the export/);
      const yaml = await readText(uri);
      assertMatch(yaml, /path: "export\/water-board.transcript"/);
      assert.ok(!yaml.includes('path: "export/out/broken.transcript"'), 'The document with the broken sidecar is left out.');
    } finally {
      await vscode.workspace.fs.delete(fixtureUri('export/out/broken.transcript.annotations.yaml'));
      await vscode.workspace.fs.delete(broken);
    }
  });

  test('reads W3C annotations back into a sidecar: round trip', async () => {
    const { uri } = await exportTo('w3c', 'tags.jsonld');
    const copy = fixtureUri('export/out/copy.transcript');
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(fixtureUri(TRANSCRIPT)));
    // Point the annotations at the copy, which has no sidecar yet.
    const json = (await readText(uri)).split(fixtureUri(TRANSCRIPT).toString()).join(copy.toString()).split('"export/water-board.transcript"').join('"export/out/copy.transcript"');
    const moved = fixtureUri('export/out/moved.jsonld');
    await vscode.workspace.fs.writeFile(moved, new TextEncoder().encode(json));
    const outcome = await vscode.commands.executeCommand<AnnotationImportOutcome | undefined>('transcript.importAnnotations', { source: moved });
    assert.ok(outcome);
    assert.deepStrictEqual([outcome.added, outcome.present, outcome.orphaned, outcome.problems], [3, 0, 0, []]);
    const original = readSidecar(await readText(fixtureUri(`${TRANSCRIPT}.annotations.yaml`)));
    const back = readSidecar(await readText(fixtureUri('export/out/copy.transcript.annotations.yaml')));
    assert.ok(original.kind === 'ok' && back.kind === 'ok');
    const fields = (t: { id: string; category: string; quote: string; start: number; end: number; note?: string; verdict?: string }) => [t.id, t.category, t.quote, t.start, t.end, t.note, t.verdict];
    assert.deepStrictEqual(back.sidecar.tags.map(fields), original.sidecar.tags.map(fields));
  });

  test('takes the documents of the Transcripts view items it is run from', () => {
    const a = fixtureUri(TRANSCRIPT);
    const b = fixtureUri('export/out/copy.transcript');
    assert.deepStrictEqual(urisOfNodes({ kind: 'document', uri: a }, [{ kind: 'document', uri: a }, { kind: 'document', uri: b }, { kind: 'folder' }]).map(String), [a, b].map(String));
    assert.deepStrictEqual(urisOfNodes({ kind: 'document', uri: a }, undefined).map(String), [a.toString()]);
  });

  test('imports a REFI-QDA codebook into the workspace codebook, keeping every category there', async () => {
    const codebook = fixtureUri('.transcripts/codebook.yaml');
    let before: Uint8Array | undefined;
    try {
      before = await vscode.workspace.fs.readFile(codebook);
    } catch {
      before = undefined;
    }
    const qdc = fixtureUri('export/out/codebook.qdc');
    await vscode.workspace.fs.writeFile(
      qdc,
      new TextEncoder().encode('<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-3333-4444-555555555555" name="Water use" isCodable="true" color="#0077cc"><Code guid="11111111-2222-3333-4444-555555555556" name="Leaks" isCodable="true"/></Code></Codes></CodeBook>\n'),
    );
    try {
      await vscode.workspace.fs.writeFile(codebook, new TextEncoder().encode('# Our own codes.\nversion: 1\ncategories:\n  - id: our-own\n    label: Our own\n  - id: leak\n    label: Leaks\n'));
      const result = await vscode.commands.executeCommand<{ categories: number; newCategories: number } | undefined>('transcript.importCodebook', { source: qdc });
      assert.strictEqual(result?.categories, 2);
      assert.strictEqual(result?.newCategories, 1, 'Leaks is the category already there');
      const yaml = await readText(codebook);
      assertMatch(yaml, /# Our own codes\.\n/);
      assertMatch(yaml, /id: our-own\n\s+label: Our own/);
      assertMatch(yaml, /id: water-use\n\s+label: Water use\n\s+color: "#0077cc"/);
      assert.strictEqual(yaml.match(/label: Leaks/g)?.length, 1, yaml);
    } finally {
      if (before) await vscode.workspace.fs.writeFile(codebook, before);
      else await vscode.workspace.fs.delete(codebook);
    }
  });

  test('imports a REFI-QDA project: its text source becomes a transcript whose tags appear, with their coders as authors', async () => {
    const codebook = fixtureUri('.transcripts/codebook.yaml');
    let before: Uint8Array | undefined;
    try {
      before = await vscode.workspace.fs.readFile(codebook);
    } catch {
      before = undefined;
    }
    const text = 'MAYOR: The ferry will run every hour from May.\nREPORTER: And the fares?\nMAYOR: Fares stay where they are.\n';
    const start = (words: string) => Array.from(text.slice(0, text.indexOf(words))).length;
    const qde = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<Project xmlns="urn:QDA-XML:project:1.0" name="Ferry" origin="Some QDA tool">',
      '<Users><User guid="{A0000000-0000-4000-8000-000000000001}" name="Rosa"/></Users>',
      '<CodeBook><Codes><Code guid="B0000000-0000-4000-8000-000000000001" name="Pledge" isCodable="true"/></Codes></CodeBook>',
      '<Sources><TextSource guid="C0000000-0000-4000-8000-000000000001" name="Ferry briefing" plainTextPath="internal://C0000000-0000-4000-8000-000000000001.txt">',
      `<PlainTextSelection guid="D0000000-0000-4000-8000-000000000001" startPosition="${start('The ferry')}" endPosition="${start('The ferry') + 39}" creatingUser="A0000000-0000-4000-8000-000000000001">`,
      '<Coding guid="E0000000-0000-4000-8000-000000000001" creatingUser="A0000000-0000-4000-8000-000000000001"><CodeRef targetGUID="B0000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>',
      '</TextSource><PDFSource guid="F0000000-0000-4000-8000-000000000001" name="Timetable.pdf" path="internal://t.pdf"/></Sources>',
      '</Project>',
    ].join('\n');
    const project = fixtureUri('export/out/ferry.qdpx');
    await vscode.workspace.fs.writeFile(project, writeZip([
      { path: 'project.qde', data: new TextEncoder().encode(qde) },
      { path: 'sources/C0000000-0000-4000-8000-000000000001.txt', data: new TextEncoder().encode(text) },
    ]));
    const folder = fixtureUri('export/out/imported');
    try {
      const outcome = await vscode.commands.executeCommand<ProjectImportOutcome | undefined>('transcript.importProject', { source: project, folder, replace: true });
      assert.ok(outcome, 'The import did not run.');
      assert.deepStrictEqual(outcome.skipped.map((s) => s.name), ['Timetable.pdf']);
      const transcript = fixtureUri('export/out/imported/Ferry briefing.txt');
      assert.strictEqual(outcome.transcripts[0]?.toString(), transcript.toString());
      const tags = await vscode.commands.executeCommand<Array<{ category: string; quote: string; author?: string; speaker: string | null }>>('transcript._listTags', transcript.toString());
      assert.deepStrictEqual(tags.map((t) => [t.category, t.quote, t.author, t.speaker]), [['pledge', 'The ferry will run every hour from May.', 'Rosa', 'Mayor']]);
      assertMatch(await readText(codebook), /label: Pledge/);
      assertMatch(outcome.account, /codings +1 +1 +1 +0 +0\n/);
      assertMatch(outcome.account, /"Timetable\.pdf" is skipped: a PDF document/);
      assert.strictEqual(outcome.accountDocument?.uri.scheme, 'transcript-import');
      assert.strictEqual(outcome.accountDocument?.getText(), outcome.account);
    } finally {
      if (before) await vscode.workspace.fs.writeFile(codebook, before);
      else await vscode.workspace.fs.delete(codebook);
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
