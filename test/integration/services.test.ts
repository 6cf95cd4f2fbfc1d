/*
 * The shared services: the tag store flushed before an export, the codebook
 * service refusing to tag from an unreadable codebook, and a broken sidecar
 * saying why its tags are not shown.
 *
 * services/ferry-briefing.transcript    tagged here, then exported at once
 * services/unread-sidecar.transcript    never opened; its sidecar is not YAML
 */
import * as vscode from 'vscode';
import type { TranscriptApi } from '../../src/extension';
import type { ExportOutcome, ExportRequest } from '../../src/export';
import type { StoredTag } from '../../src/storage/api';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture, waitForEvent } from './helpers';

const FERRY = 'services/ferry-briefing.transcript';
const CODEBOOK = '.transcripts/codebook.yaml';

/** Selects the only occurrence of `words` in the editor. */
function select(editor: vscode.TextEditor, words: string): void {
  const text = editor.document.getText();
  const at = text.indexOf(words);
  assert.ok(at >= 0 && text.indexOf(words, at + 1) < 0, `"${words}" must occur once in ${editor.document.uri.path}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
}

/** Resolves once the diagnostics of `uri` satisfy `accept`. */
async function diagnosticsOf(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (accept(now)) return now;
  await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => accept(vscode.languages.getDiagnostics(uri)), () => `${what} (now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))})`).promise;
  return vscode.languages.getDiagnostics(uri);
}

type Item = vscode.QuickPickItem & { field?: string };
type Question = vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;

suite('Shared services', () => {
  let api: TranscriptApi;

  /** The next question a tagging command shows. */
  const next = (what: string) => waitForEvent(api.onDidShowTagInput, () => true, () => `the tagging command to show ${what}`).promise;
  /** Makes the first item that `which` takes the active one of a list and accepts it, as Enter would. */
  const choose = async (input: Question, which: (item: Item) => boolean) => {
    assert.ok('items' in input, `a list was expected, got an input box titled ${input.title}`);
    const item = (input.items as readonly Item[]).find(which);
    assert.ok(item, `no such item among ${input.items.map((i) => i.label).join(', ')}`);
    // The list takes the new active item asynchronously: accept once it has.
    const active = waitForEvent(input.onDidChangeActive, (items) => items[0] === item, () => `"${item.label}" to become the active item`);
    input.activeItems = [item];
    await active.promise;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  };

  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
    await vscode.workspace.fs.createDirectory(fixtureUri('services/out'));
    await vscode.workspace.fs.createDirectory(fixtureUri('.transcripts'));
  });

  test('an export includes a tag made just before it', async () => {
    const editor = await showFixture(FERRY);
    select(editor, 'the fare stays at three euros');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    // At once: the sidecar is written a moment after a tag is made, and the export must not miss it.
    const destination = fixtureUri('services/out/ferry.csv');
    const request: ExportRequest = { scope: 'selected', uris: [editor.document.uri], format: 'csv', destination, replace: true };
    const outcome = await vscode.commands.executeCommand<ExportOutcome | undefined>('transcript.exportAnnotations', request);
    assert.ok(outcome, 'The export did not run.');
    assert.strictEqual(outcome.tags, 1);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(destination));
    assert.ok(csv.includes('the fare stays at three euros'), `The export misses the new tag:\n${csv}`);
  });

  test('the background index hands each transcript it reads to the indexes built in the same pass', async () => {
    await api.workspace.ensureListed();
    const uri = fixtureUri('services/out/fed-to-the-index.transcript');
    const key = uri.toString();
    const read = waitForEvent(api.workspace.onDidReadText, (r) => r.key === key, () => `the index to read ${key}`);
    const listed = waitForEvent(api.workspace.onDidChange, () => api.workspace.get(key) !== undefined, () => `${key} to be listed`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('MAYOR: The new bridge opens in the spring, two months early.\n'));
    await listed.promise;
    // Asking for its outline reads it, as the background index does for every listed transcript.
    await api.workspace.outline(key);
    const r = await read.promise;
    assert.ok(r.text.includes('The new bridge opens in the spring'), `The text handed on: ${r.text}`);
    assert.ok(r.version.length > 0, 'The text handed on says which version of the file it is.');
  });

  test('a sidecar that cannot be read says why on its document in the Transcripts view', async () => {
    const uri = fixtureUri('services/unread-sidecar.transcript');
    await api.workspace.ensureListed();
    const tags = await api.workspace.tagsOf(uri.toString());
    assert.deepStrictEqual(tags, []);
    const entry = api.workspace.get(uri.toString());
    assert.ok(entry, 'The transcript is listed.');
    assert.ok(/unread-sidecar\.transcript\.annotations\.yaml cannot be read \(line \d+: Not valid YAML/.test(entry.tagProblem ?? ''), `The reason is: ${entry.tagProblem}`);
    const node = (await api.views.documents.getChildren()).find((n) => n.kind === 'document' && n.key === uri.toString());
    assert.ok(node, 'The document is in the view.');
    const item = api.views.documents.getTreeItem(node);
    assert.ok(String(item.description).includes('tags unreadable'), `description: ${item.description}`);
    // The tooltip is made when the item is hovered, as VS Code asks for it.
    const hovered = api.views.documents.resolveTreeItem(item, node);
    assert.ok(String(hovered.tooltip).includes('cannot be read (line '), `tooltip: ${hovered.tooltip}`);
  });

  test('an unreadable codebook says why, and new tags wait rather than take the default categories', async () => {
    const editor = await showFixture(FERRY);
    const codebook = fixtureUri(CODEBOOK);
    const listed = async () => vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', editor.document.uri.toString());
    const before = (await listed()).length;
    await vscode.workspace.fs.writeFile(codebook, new TextEncoder().encode('categories:\n  - id: promise\n   label: Promise\n'));
    try {
      const problems = await diagnosticsOf(codebook, (d) => d.length > 0, 'a diagnostic on the broken codebook');
      assert.ok(/cannot be read|Not valid YAML/.test(problems[0]!.message), problems[0]!.message);
      assert.ok(problems[0]!.message.includes('New tags wait until it is fixed'), problems[0]!.message);
      select(editor, 'We have no crew for it before next spring');
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
      assert.strictEqual((await listed()).length, before, 'A tag was made with a default category from an unreadable codebook.');
    } finally {
      await vscode.workspace.fs.delete(codebook);
      await diagnosticsOf(codebook, (d) => d.length === 0, 'the codebook’s diagnostics to clear');
    }
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    assert.strictEqual((await listed()).length, before + 1, 'Tagging resumes once the codebook is gone.');
  });

  test('a codebook that cannot be read from the disk says why it cannot, and tagging waits', async () => {
    const editor = await showFixture(FERRY);
    const codebook = fixtureUri(CODEBOOK);
    const listed = async () => (await vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', editor.document.uri.toString())).length;
    const before = await listed();
    // A folder where the file should be: reading it fails as an unreadable file does.
    await vscode.workspace.fs.createDirectory(codebook);
    try {
      const problems = await diagnosticsOf(codebook, (d) => d.length > 0, 'a diagnostic on the codebook that cannot be read');
      assert.ok(/codebook\.yaml cannot be read \(.+\)\. New tags wait/.test(problems[0]!.message), problems[0]!.message);
      select(editor, 'Good morning');
      await vscode.commands.executeCommand('transcript.tagClaim', { category: 'position' });
      assert.strictEqual(await listed(), before, 'A tag was made while the codebook could not be read.');
    } finally {
      await vscode.workspace.fs.delete(codebook, { recursive: true });
      await diagnosticsOf(codebook, (d) => d.length === 0, 'the codebook’s diagnostics to clear');
    }
  });

  test('Edit Tag sets the category, speaker, note, verdict and source in one step', async () => {
    const editor = await showFixture(FERRY);
    select(editor, 'The second boat returns to service on the first of August');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'commitment' });
    await vscode.commands.executeCommand('transcript.editTag', {
      category: 'prediction',
      speaker: 'Deputy Harbourmaster',
      note: 'Ask the yard for the repair date.',
      verdict: 'Unverifiable',
      source: 'https://example.org/ferry-yard',
    });
    const tags = await vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', editor.document.uri.toString());
    const tag = tags.find((t) => t.quote === 'The second boat returns to service on the first of August');
    assert.deepStrictEqual([tag?.category, tag?.speaker, tag?.note, tag?.verdict, tag?.source], ['prediction', 'Deputy Harbourmaster', 'Ask the yard for the repair date.', 'Unverifiable', 'https://example.org/ferry-yard']);
  });

  test('Edit Tag asks for the note, then the verdict, its list of fields staying open between them', async () => {
    const editor = await showFixture(FERRY);
    select(editor, 'Not this summer');
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'position' });
    let shown = next('its list of fields');
    const done = vscode.commands.executeCommand('transcript.editTag');
    const first = await shown;
    shown = next('the note’s input box');
    await choose(first, (i) => i.field === 'note');
    const box = await shown;
    assert.ok(!('items' in box), 'the note is typed in an input box');
    shown = next('the list of fields again');
    box.value = 'Ask about the winter crew.';
    // VS Code sends a quick input's new value to the window on a zero-delay timer: let that timer
    // run first, so the accept below reaches the window after the value, never before it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const fields = await shown;
    assert.ok('items' in fields, 'the list of fields comes back');
    assert.strictEqual((fields.items as readonly Item[]).find((i) => i.field === 'note')?.description, 'Ask about the winter crew.');
    shown = next('the verdicts');
    await choose(fields, (i) => i.field === 'verdict');
    const verdicts = await shown;
    shown = next('the list of fields after the verdict');
    await choose(verdicts, (i) => i.label === 'Misleading');
    await choose(await shown, (i) => i.field === 'done');
    await done;
    const tag = (await vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', editor.document.uri.toString())).find((t) => t.quote === 'Not this summer');
    assert.deepStrictEqual([tag?.note, tag?.verdict], ['Ask about the winter crew.', 'Misleading']);
  });

  test('Tag Claim names the words it tags, and shows each category’s digit once', async () => {
    const editor = await showFixture(FERRY);
    select(editor, 'the ferry will run every hour');
    let shown = next('the categories');
    const done = vscode.commands.executeCommand('transcript.tagClaim');
    const categories = await shown;
    assert.ok('items' in categories, 'the categories are a list');
    assert.strictEqual(categories.title, 'Tag “the ferry will run every hour”');
    const items = categories.items as readonly Item[];
    const codebookAt = items.findIndex((i) => i.kind === vscode.QuickPickItemKind.Separator && i.label === 'codebook');
    assert.ok(codebookAt > 0, `earlier tests used categories, so recent ones come first: ${items.map((i) => i.label).join(', ')}`);
    for (const digit of '0123456789') {
      const withDigit = items.filter((i) => i.description?.split(/\s+/).includes(digit));
      assert.ok(withDigit.length <= 1, `the digit ${digit} shows on ${withDigit.map((i) => i.label).join(' and ')}`);
    }
    shown = next('the note');
    await choose(categories, (i) => i.label === 'Commitment' && items.indexOf(i) > codebookAt);
    const note = await shown;
    assert.strictEqual(note.title, 'Tag “the ferry will run every hour”: Note');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    const tags = await vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', editor.document.uri.toString());
    assert.strictEqual(tags.find((t) => t.quote === 'the ferry will run every hour')?.category, 'commitment');
  });
});
