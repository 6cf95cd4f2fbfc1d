import * as vscode from 'vscode';
import { readSidecar, writeSidecarRecords, contextAround, TextIndex, type TagRecord } from '../../src/core/annotations';
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
