import * as vscode from 'vscode';
import { parse } from 'yaml';
import { contextAround, sha256Text, TextIndex, writeSidecarRecords, type TagRecord } from '../../src/core/annotations';
import type { StoredTag } from '../../src/storage/api';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture, waitForEvent } from './helpers';

/*
 * tagging/harbour-briefing.transcript, 0-based lines:
 *    4   Mayor Ines Varga: Thank you all for coming. The barrier cost eleven million pounds, ...
 *    5   We will open the new pumping station before the end of October.
 *    9   Mayor Ines Varga: Yes. It was built to hold back a surge ...
 *   10   Nobody in the council ignored the engineers' warnings. That story is false.
 */
const BRIEFING = 'tagging/harbour-briefing.transcript';

async function tagsOf(uri: vscode.Uri): Promise<StoredTag[]> {
  return vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', uri.toString());
}

async function readSidecar(transcript: string): Promise<{ text: string; data: { version: number; sha256: string; tags: Array<Record<string, unknown>> } }> {
  await vscode.commands.executeCommand('transcript._flushTags');
  const bytes = await vscode.workspace.fs.readFile(fixtureUri(`${transcript}.annotations.yaml`));
  const text = new TextDecoder().decode(bytes);
  return { text, data: parse(text) };
}

/** Selects the only occurrence of `words` in the editor. */
function select(editor: vscode.TextEditor, words: string): vscode.Range {
  const text = editor.document.getText();
  const at = text.indexOf(words);
  assert.ok(at >= 0 && text.indexOf(words, at + 1) < 0, `"${words}" must occur once in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  return range;
}

function wordsOf(doc: vscode.TextDocument, tag: StoredTag): string {
  const r = tag.range;
  return doc.getText(new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter));
}

suite('Tagging', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('tagging a selection with a chosen category writes the sidecar beside the transcript', async () => {
    const editor = await showFixture(BRIEFING);
    select(editor, 'eleven million pounds');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic', note: 'Check the council budget.' });
    const { data, text } = await readSidecar(BRIEFING);
    assert.strictEqual(data.version, 1);
    assert.ok(/^[0-9a-f]{64}$/.test(data.sha256), 'sha256 is 64 hex digits');
    const tag = data.tags.find((t) => t.quote === 'eleven million pounds');
    assert.ok(tag, `no tag on the words in:\n${text}`);
    assert.deepStrictEqual(
      [tag.category, tag.line, tag.column, tag.endLine, tag.endColumn, tag.speaker, tag.section, tag.note],
      ['statistic', 5, 62, 5, 83, 'Mayor Ines Varga', 'Opening statement', 'Check the council budget.'],
    );
    assert.ok(/^t-[0-9a-f]{8}$/.test(String(tag.id)), `id ${tag.id}`);
    assert.strictEqual(tag.created, tag.modified);
  });

  test('typing before a tag keeps it on its words, and saving writes the new position', async () => {
    const editor = await showFixture(BRIEFING);
    const line = editor.document.lineAt(5);
    select(editor, 'pumping station before the end of October');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    await editor.edit((b) => b.insert(line.range.start, 'Also: '));
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Transcript as delivered.\n'));
    const tags = await tagsOf(editor.document.uri);
    const tag = tags.find((t) => t.quote === 'pumping station before the end of October');
    assert.ok(tag, 'the tag is listed');
    assert.strictEqual(wordsOf(editor.document, tag), 'pumping station before the end of October');
    assert.strictEqual(tag.status, 'anchored');
    await editor.document.save();
    const { data } = await readSidecar(BRIEFING);
    const stored = data.tags.find((t) => t.id === tag.id)!;
    // One line added above; `Also: ` (6) and `We will open the new ` (21) before it on its line.
    assert.deepStrictEqual([stored.line, stored.column], [7, 28]);
  });

  test('deleting a tag’s words orphans it, keeps it listed, and undo puts it back', async () => {
    const editor = await showFixture(BRIEFING);
    const range = select(editor, "ignored the engineers' warnings");
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'denial' });
    await editor.edit((b) => b.delete(range));
    let tag = (await tagsOf(editor.document.uri)).find((t) => t.quote === "ignored the engineers' warnings");
    assert.strictEqual(tag?.status, 'orphaned');
    await vscode.commands.executeCommand('undo');
    tag = (await tagsOf(editor.document.uri)).find((t) => t.quote === "ignored the engineers' warnings");
    assert.strictEqual(tag?.status, 'anchored');
    assert.strictEqual(wordsOf(editor.document, tag!), "ignored the engineers' warnings");
  });

  test('a removed tag comes back with Restore Removed Tag', async () => {
    const editor = await showFixture(BRIEFING);
    select(editor, 'That story is false');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'denial' });
    const tag = (await tagsOf(editor.document.uri)).find((t) => t.quote === 'That story is false')!;
    await vscode.commands.executeCommand('transcript.removeTag', { uri: editor.document.uri.toString(), id: tag.id });
    assert.ok(!(await tagsOf(editor.document.uri)).some((t) => t.id === tag.id), 'removed');
    await vscode.commands.executeCommand('transcript.restoreTag', { uri: editor.document.uri.toString(), id: tag.id });
    assert.ok((await tagsOf(editor.document.uri)).some((t) => t.id === tag.id), 'restored');
  });

  test('editing a tag records the verdict and source', async () => {
    const editor = await showFixture(BRIEFING);
    select(editor, 'That story is false');
    await vscode.commands.executeCommand('transcript.editTag', { verdict: 'Unverifiable', source: 'https://example.org/minutes' });
    const tag = (await tagsOf(editor.document.uri)).find((t) => t.quote === 'That story is false')!;
    assert.deepStrictEqual([tag.verdict, tag.source], ['Unverifiable', 'https://example.org/minutes']);
  });

  test('the hover shows the category and the note as text: no command link can come from a note', async () => {
    const editor = await showFixture(BRIEFING);
    const range = select(editor, 'the end of October');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'prediction', note: 'See [this](command:workbench.action.quit) *now*' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, range.start.translate(0, 2));
    const values = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
    const ours = values.find((v) => v.includes('Prediction'));
    assert.ok(ours, `no tag hover among: ${JSON.stringify(values)}`);
    assert.ok(!ours.includes('](command:workbench'), `a command link came through: ${ours}`);
    assert.ok(ours.includes('command:transcript.editTag'), 'the hover offers Edit');
    assert.ok(/tagged(?: |&nbsp;)\d{4}-\d{2}-\d{2}/.test(ours), `the day of tagging is labelled as such: ${ours}`);
  });

  test('next and previous tag select the tags in order', async () => {
    const editor = await showFixture(BRIEFING);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcript.nextTag');
    const first = editor.document.getText(editor.selection);
    await vscode.commands.executeCommand('transcript.nextTag');
    await vscode.commands.executeCommand('transcript.previousTag');
    assert.strictEqual(editor.document.getText(editor.selection), first);
    assert.strictEqual(first, 'eleven million pounds');
  });

  test('closing and reopening the transcript finds its tags on the same words', async () => {
    const editor = await showFixture(BRIEFING);
    await editor.document.save();
    await vscode.commands.executeCommand('transcript._flushTags');
    const before = await tagsOf(editor.document.uri);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const again = await showFixture(BRIEFING);
    const after = await tagsOf(again.document.uri);
    assert.deepStrictEqual(after.map((t) => [t.id, t.status, wordsOf(again.document, t)]), before.map((t) => [t.id, t.status, t.quote]));
  });

  test('a transcript changed outside the editor has its tags found again, moved or orphaned ones reported', async () => {
    const uri = fixtureUri('tagging/council-vote.transcript');
    const tags = await tagsOf(uri);
    assert.deepStrictEqual(tags.map((t) => [t.id, t.status]), [['t-0000000a', 'moved'], ['t-0000000b', 'moved'], ['t-0000000c', 'orphaned']]);
    const editor = await showFixture('tagging/council-vote.transcript');
    const open = await tagsOf(uri);
    assert.strictEqual(wordsOf(editor.document, open[0]!), 'two million pounds since 1 January');
    const diagnostics = vscode.languages.getDiagnostics(uri).length
      ? vscode.languages.getDiagnostics(uri)
      : (await waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()), () => 'diagnostics on council-vote.transcript').promise, vscode.languages.getDiagnostics(uri));
    assert.ok(diagnostics.some((d) => d.message.includes('lost its words: “We will keep the levy where it is”')), JSON.stringify(diagnostics.map((d) => d.message)));
    assert.ok(diagnostics.some((d) => d.message.includes('moved')), 'a moved tag is reported');
  });

  test('a malformed sidecar is reported at its line and never written over', async () => {
    const sidecar = fixtureUri('tagging/broken.transcript.annotations.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    const editor = await showFixture('tagging/broken.transcript');
    await tagsOf(editor.document.uri);
    const diagnostics = vscode.languages.getDiagnostics(sidecar).length
      ? vscode.languages.getDiagnostics(sidecar)
      : (await waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === sidecar.toString()), () => 'diagnostics on the broken sidecar').promise, vscode.languages.getDiagnostics(sidecar));
    assert.strictEqual(diagnostics[0]?.range.start.line, 6);
    select(editor, 'The vote is on Thursday');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    await vscode.commands.executeCommand('transcript._flushTags');
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    assert.strictEqual(after, before);
  });

  test('typing over all of a tag’s words and then before them leaves it orphaned; undo brings it back', async () => {
    const editor = await showFixture(BRIEFING);
    const range = select(editor, 'That story is false');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'denial' });
    const id = (await tagsOf(editor.document.uri)).find((t) => t.quote === 'That story is false')!.id;
    await editor.edit((b) => b.replace(range, 'X'));
    await editor.edit((b) => b.replace(new vscode.Range(range.start.translate(0, -1), range.start), 'X'));
    let tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(tag?.status, 'orphaned');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(tag?.status, 'anchored');
    assert.strictEqual(wordsOf(editor.document, tag!), 'That story is false');
  });

  test('typing over a tag’s words key by key (one undo step in the editor): one undo brings the words and the tag back', async () => {
    const editor = await showFixture(BRIEFING);
    const before = editor.document.getText();
    select(editor, 'That story is false');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'denial' });
    const id = (await tagsOf(editor.document.uri)).find((t) => t.quote === 'That story is false')!.id;
    // One word: the editor ends an undo step where a typed word ends.
    for (const ch of 'Untrue') await vscode.commands.executeCommand('type', { text: ch });
    let tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(tag?.status, 'orphaned');
    await vscode.commands.executeCommand('undo');
    // The editor merged the typing into one step: one undo puts the whole text back.
    assert.strictEqual(editor.document.getText(), before);
    tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(tag?.status, 'anchored');
    assert.strictEqual(wordsOf(editor.document, tag!), 'That story is false');
    // Redo types the word over the tag again; undo gives it back again.
    await vscode.commands.executeCommand('redo');
    assert.ok(editor.document.getText().includes('warnings. Untrue'), 'the redo typed the word again');
    assert.strictEqual((await tagsOf(editor.document.uri)).find((t) => t.id === id)?.status, 'orphaned');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(wordsOf(editor.document, tag!), 'That story is false');
  });

  test('backspacing a tag’s first words and past its start (one undo step in the editor): one undo gives them back', async () => {
    const editor = await showFixture(BRIEFING);
    const before = editor.document.getText();
    const range = select(editor, 'pumping station before the end of October');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    const id = (await tagsOf(editor.document.uri)).find((t) => t.quote === 'pumping station before the end of October')!.id;
    const after = range.start.translate(0, 'pumping '.length);
    editor.selection = new vscode.Selection(after, after);
    for (let k = 0; k < 'pumping '.length + 2; k++) await vscode.commands.executeCommand('deleteLeft');
    let tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(wordsOf(editor.document, tag!), 'station before the end of October');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    tag = (await tagsOf(editor.document.uri)).find((t) => t.id === id);
    assert.strictEqual(wordsOf(editor.document, tag!), 'pumping station before the end of October');
  });

  test('typing with two cursors over two tags’ words: both orphaned, and one undo gives both back', async () => {
    const editor = await showFixture(BRIEFING);
    const before = editor.document.getText();
    const ids: string[] = [];
    const ranges: vscode.Range[] = [];
    for (const words of ['flood alerts', 'in January']) {
      ranges.push(select(editor, words));
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
      ids.push((await tagsOf(editor.document.uri)).find((t) => t.quote === words)!.id);
    }
    editor.selections = ranges.map((r) => new vscode.Selection(r.start, r.end));
    for (const ch of 'Soon') await vscode.commands.executeCommand('type', { text: ch });
    let tags = await tagsOf(editor.document.uri);
    assert.deepStrictEqual(ids.map((id) => tags.find((t) => t.id === id)?.status), ['orphaned', 'orphaned']);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    tags = await tagsOf(editor.document.uri);
    assert.deepStrictEqual(
      ids.map((id) => wordsOf(editor.document, tags.find((t) => t.id === id)!)),
      ['flood alerts', 'in January'],
    );
  });

  test('Choose Where Tags Belong places all the tags of a duplicated paragraph with one choice', async () => {
    const para = 'Witness: Every week since the spring we carried four hundred tonnes of grain to the northern villages by road, and the trucks came back empty.';
    const before = `Chair: Please go on.\n\n${para}\n\nChair: Thank you.`;
    const after = `Chair: Please go on.\n\n${para}\n\n${para}\n\nChair: Thank you.`;
    const index = new TextIndex(before);
    const record = (id: string, words: string): TagRecord => {
      const at = before.indexOf(words);
      return { id, category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(before, at, at + words.length), speaker: null, section: null, created: '2025-06-01T09:00:00.000Z', modified: '2025-06-01T09:00:00.000Z', status: 'anchored' };
    };
    const tags = [record('t-00000041', 'four hundred tonnes'), record('t-00000042', 'the trucks came back empty')];
    const uri = fixtureUri('tagging/duplicated.transcript');
    const sidecar = fixtureUri('tagging/duplicated.transcript.annotations.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(after));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(writeSidecarRecords({ transcriptName: 'duplicated.transcript', sha256: sha256Text(before), tags, index })));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      assert.deepStrictEqual((await tagsOf(editor.document.uri)).map((t) => t.status), ['orphaned', 'orphaned']);
      const placed = await vscode.commands.executeCommand<number>('transcript.chooseTagPlaces', { uri: editor.document.uri.toString(), choose: 't-00000041=2' });
      assert.strictEqual(placed, 2);
      const listed = await tagsOf(editor.document.uri);
      const copy = after.lastIndexOf(para);
      for (const tag of listed) {
        assert.strictEqual(tag.status, 'anchored');
        assert.ok(editor.document.offsetAt(new vscode.Position(tag.range.startLine, tag.range.startCharacter)) > copy, `${tag.quote} is on the second copy`);
        assert.strictEqual(wordsOf(editor.document, tag), tag.quote);
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });
  test('a transcript changed on disk while open (a new scrape, a branch switched) keeps its tags on their words', async () => {
    const lines = [
      'Chair: The committee will come to order.',
      '',
      'Witness: Our depot sent “ninety crates of seed” to the valley farms last March, and every crate arrived.',
      '',
      'Chair: Thank you. Any questions?',
    ];
    const uri = fixtureUri('tagging/rescraped.transcript');
    const sidecar = fixtureUri('tagging/rescraped.transcript.annotations.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    try {
      const editor = await vscode.window.showTextDocument(uri);
      select(editor, 'ninety crates of seed');
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'factual-claim' });
      select(editor, 'every crate arrived');
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'factual-claim' });
      await vscode.commands.executeCommand('transcript._flushTags');
      assert.ok(!editor.document.isDirty, 'tagging leaves the transcript unchanged');
      // The new version: a note added at the top, straight quotes, a typo fixed after the tags. VS Code replaces the lines between.
      const changed = ['Chair: The committee will come to order.', 'Editor’s note: corrected on Friday.', '', lines[2]!.replace(/[“”]/g, '"'), '', 'Chair: Thank you. Any questions, members?'].join('\n');
      const reloaded = waitForEvent(vscode.workspace.onDidChangeTextDocument, (e) => e.document === editor.document && e.document.getText() === changed, () => 'the open transcript to show the version on disk');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(changed));
      await reloaded.promise;
      const tags = await tagsOf(uri);
      assert.deepStrictEqual(
        tags.map((t) => [t.status === 'orphaned' ? 'orphaned' : 'placed', wordsOf(editor.document, t)]),
        [
          ['placed', 'ninety crates of seed'],
          ['placed', 'every crate arrived'],
        ],
      );
      // The sidecar's last write done first: VS Code's rename over a file removes the old one before it renames.
      await vscode.commands.executeCommand('transcript._flushTags');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(sidecar);
    }
  });
});
