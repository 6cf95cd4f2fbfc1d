import * as vscode from 'vscode';
import { contextAround, readSidecar, sha256Text, TextIndex, writeSidecarRecords, type TagRecord } from '../../src/core/annotations';
import type { StoredTag } from '../../src/storage/api';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture, waitForEvent } from './helpers';

const FILE = 'tagging/two-windows.transcript';

async function tagsOf(uri: vscode.Uri): Promise<StoredTag[]> {
  return vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', uri.toString());
}

function select(editor: vscode.TextEditor, words: string): void {
  const text = editor.document.getText();
  const at = text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is in the fixture`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('Sidecar changed on disk while tagging', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a tag made in the editor and a tag written to the sidecar on disk at the same time both survive', async () => {
    const editor = await showFixture(FILE);
    const sidecar = fixtureUri(`${FILE}.annotations.yaml`);
    // One tag written, as another window would have read it.
    select(editor, 'first trains in the autumn');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    await vscode.commands.executeCommand('transcript._flushTags');
    const written = await readText(sidecar);

    // A second tag here, not yet written (the sidecar is written shortly after a change)...
    select(editor, 'four hundred million');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });

    // ...while another window rewrites the sidecar with a tag of its own.
    const read = readSidecar(written);
    assert.strictEqual(read.kind, 'ok');
    const text = editor.document.getText();
    const index = new TextIndex(text);
    const words = 'if the inspections go well';
    const at = text.indexOf(words);
    const theirs: TagRecord = {
      id: 't-abcdef12',
      category: 'claim',
      quote: words,
      start: index.toCodePoint(at),
      end: index.toCodePoint(at + words.length),
      ...contextAround(text, at, at + words.length),
      speaker: 'Minister Ruth Okafor',
      section: null,
      created: '2025-06-01T09:00:00.000Z',
      modified: '2025-06-01T09:00:00.000Z',
      status: 'anchored',
    };
    const tags = read.kind === 'ok' ? [...read.sidecar.tags, theirs] : [theirs];
    const other = writeSidecarRecords({ transcriptName: 'two-windows.transcript', sha256: read.kind === 'ok' ? read.sidecar.sha256 : undefined, tags, index });
    const api = (await activateExtension()).exports as { tags: { onDidChangeTags: vscode.Event<vscode.Uri> } };
    const heard = waitForEvent(api.tags.onDidChangeTags, (u) => u.toString() === editor.document.uri.toString(), () => 'the store to hear that the sidecar changed on disk');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(other));
    // The file watcher reports the change within the write delay: the store merges it with the unwritten tag.
    await heard.promise;

    // Writing now (the pending write, or the watcher's merge) merges the file on disk with the tags held here.
    await vscode.commands.executeCommand('transcript._flushTags');
    const expected = ['first trains in the autumn', 'four hundred million', 'if the inspections go well'];
    const final = await readText(sidecar);
    for (const q of expected) assert.ok(final.includes(`quote: "${q}"`), `the sidecar keeps “${q}”:\n${final}`);
    const listed = (await tagsOf(editor.document.uri)).map((t) => t.quote).sort();
    assert.deepStrictEqual(listed, [...expected].sort());
  });
});

suite('Undo after the sidecar changed on disk', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a word typed over a tag, the sidecar then changed by another program: one undo still gives the tag its words back', async () => {
    const lines = ['Chair: We start with the ferry timetable.', '', 'Operator Lena Brandt: The crossing now takes forty minutes in all weathers.', '', 'Chair: Thank you.'];
    const uri = fixtureUri('tagging/undo-after-merge.transcript');
    const sidecar = fixtureUri('tagging/undo-after-merge.transcript.annotations.yaml');
    const original = lines.join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      select(editor, 'forty minutes');
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
      await vscode.commands.executeCommand('transcript._flushTags');
      const ours = (await tagsOf(uri))[0]!.id;
      // Typed key by key over the tag's words: one undo step in the editor.
      select(editor, 'forty minutes');
      for (const ch of 'sixty') await vscode.commands.executeCommand('type', { text: ch });
      assert.strictEqual((await tagsOf(uri)).find((t) => t.id === ours)?.status, 'orphaned');

      // Another program adds a tag to the sidecar meanwhile; the store merges it with the tags held here.
      const written = readSidecar(await readText(sidecar));
      assert.strictEqual(written.kind, 'ok');
      const index = new TextIndex(original);
      const words = 'in all weathers';
      const at = original.indexOf(words);
      const theirs: TagRecord = { id: 't-0badcafe', category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(original, at, at + words.length), speaker: null, section: null, created: '2025-06-01T09:00:00.000Z', modified: '2025-06-01T09:00:00.000Z', status: 'anchored' };
      const other = writeSidecarRecords({ transcriptName: 'undo-after-merge.transcript', sha256: sha256Text(original), tags: written.kind === 'ok' ? [...written.sidecar.tags, theirs] : [theirs], index });
      const api = (await activateExtension()).exports as { tags: { onDidChangeTags: vscode.Event<vscode.Uri> } };
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(other));
      // The store tells of its tags changing for the typing too: wait until the other program's tag is among them.
      for (;;) {
        const heard = waitForEvent(api.tags.onDidChangeTags, (u) => u.toString() === uri.toString(), () => 'the store to merge the sidecar changed on disk');
        if ((await tagsOf(uri)).some((t) => t.id === 't-0badcafe')) {
          heard.dispose();
          break;
        }
        await heard.promise;
      }

      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), original);
      const tag = (await tagsOf(uri)).find((t) => t.id === ours);
      assert.strictEqual(tag?.status, 'anchored');
      const r = tag.range;
      assert.strictEqual(editor.document.getText(new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter)), 'forty minutes');
      // The sidecar's last write done first: VS Code's rename over a file removes the old one before it renames.
      await vscode.commands.executeCommand('transcript._flushTags');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });
});

suite('Sidecars across platforms and merges', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  const LINES = ['Chair: We start with the harbour wall.', '', 'Engineer Mia Sorensen: The wall is two metres higher than before.', '', 'Chair: And the cost?', '', 'Engineer Mia Sorensen: It cost less than the council feared.'];

  async function create(name: string, text: string): Promise<vscode.Uri> {
    const uri = fixtureUri(`tagging/${name}`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  function record(text: string, words: string, id: string): TagRecord {
    const index = new TextIndex(text);
    const at = text.indexOf(words);
    return { id, category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(text, at, at + words.length), speaker: null, section: null, created: '2025-06-01T09:00:00.000Z', modified: '2025-06-01T09:00:00.000Z', status: 'anchored' };
  }

  test('opening a transcript with CRLF line endings does not rewrite a sidecar written for LF', async () => {
    const lf = LINES.join('\n');
    const crlf = LINES.join('\r\n');
    const uri = await create('line-endings.transcript', crlf);
    const sidecarText = writeSidecarRecords({ transcriptName: 'line-endings.transcript', sha256: sha256Text(lf), tags: [record(lf, 'two metres higher', 't-00000011'), record(lf, 'less than the council feared', 't-00000012')], index: new TextIndex(lf) });
    const sidecar = await create('line-endings.transcript.annotations.yaml', sidecarText);
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const tags = await tagsOf(editor.document.uri);
      assert.deepStrictEqual(tags.map((t) => [t.quote, t.status]), [['two metres higher', 'anchored'], ['less than the council feared', 'anchored']]);
      await vscode.commands.executeCommand('transcript._flushTags');
      assert.strictEqual(await readText(sidecar), sidecarText);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });

  test('a sidecar with git conflict markers pauses tagging, and Resolve Sidecar Merge Conflict keeps both sides’ tags', async () => {
    const text = LINES.join('\n');
    const uri = await create('conflicted.transcript', text);
    const index = new TextIndex(text);
    const ours = writeSidecarRecords({ transcriptName: 'conflicted.transcript', sha256: sha256Text(text), tags: [record(text, 'two metres higher', 't-00000021')], index });
    const theirs = writeSidecarRecords({ transcriptName: 'conflicted.transcript', sha256: sha256Text(text), tags: [record(text, 'the council feared', 't-00000022')], index });
    const sidecar = await create('conflicted.transcript.annotations.yaml', `<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> feature\n`);
    try {
      const editor = await vscode.window.showTextDocument(uri);
      assert.deepStrictEqual(await tagsOf(editor.document.uri), []);
      const problems = vscode.languages.getDiagnostics(editor.document.uri).map((d) => d.message);
      assert.ok(problems.some((m) => /unresolved git merge/.test(m)), `one clear message: ${problems.join(' | ')}`);
      await vscode.commands.executeCommand('transcript.resolveSidecarConflict');
      const quotes = (await tagsOf(editor.document.uri)).map((t) => t.quote).sort();
      assert.deepStrictEqual(quotes, ['the council feared', 'two metres higher']);
      const resolved = await readText(sidecar);
      assert.ok(!resolved.includes('<<<<<<<'), resolved);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });
});

suite('Ambiguous tags', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a tag whose words fit two places equally is listed with both, and Choose Where a Tag Belongs puts it on one', async () => {
    const para = 'Witness: Every week since the spring we carried four hundred tonnes of grain to the northern villages by road.';
    const before = `Chair: Please go on.\n\n${para}\n\nChair: Thank you.`;
    const after = `Chair: Please go on.\n\n${para}\n\n${para}\n\nChair: Thank you.`;
    const index = new TextIndex(before);
    const words = 'four hundred tonnes';
    const at = before.indexOf(words);
    const tag: TagRecord = { id: 't-00000031', category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(before, at, at + words.length), speaker: null, section: null, created: '2025-06-01T09:00:00.000Z', modified: '2025-06-01T09:00:00.000Z', status: 'anchored' };
    const uri = fixtureUri('tagging/ambiguous.transcript');
    const sidecar = fixtureUri('tagging/ambiguous.transcript.annotations.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(after));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(writeSidecarRecords({ transcriptName: 'ambiguous.transcript', sha256: sha256Text(before), tags: [tag], index })));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const [listed] = await tagsOf(editor.document.uri);
      assert.strictEqual(listed?.status, 'orphaned');
      const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 't-00000031');
      assert.ok(diagnostic, 'the ambiguous tag is in the Problems panel');
      assert.ok(/Ambiguous: its words fit 2 places equally well/.test(diagnostic.message), diagnostic.message);
      assert.strictEqual(diagnostic.relatedInformation?.length, 2);
      await vscode.commands.executeCommand('transcript.chooseTagPlace', { uri: editor.document.uri.toString(), id: 't-00000031', place: 2 });
      const [placed] = await tagsOf(editor.document.uri);
      assert.strictEqual(placed?.status, 'anchored');
      assert.strictEqual(editor.document.offsetAt(new vscode.Position(placed.range.startLine, placed.range.startCharacter)), after.lastIndexOf(words));
      await vscode.commands.executeCommand('transcript._flushTags');
      assert.ok(!(await readText(sidecar)).includes('status: "orphaned"'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });
});
