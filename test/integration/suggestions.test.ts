import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Repeat } from '../../src/core/claims/repeatIndex';
import type { Suggestion } from '../../src/core/claims/suggestions';
import type { TranscriptApi } from '../../src/extension';
import type { StoredTag } from '../../src/storage/api';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture, waitForEvent } from './helpers';

/*
 * claims/water-board-march.transcript holds, among greetings and opinions, the
 * figure-laden sentence that claims/water-board-april.transcript repeats.
 */
const MARCH = 'claims/water-board-march.transcript';
const APRIL = 'claims/water-board-april.transcript';
const FIGURES = 'Since the new treatment plant opened, leaks in the northern district have fallen by 38 percent, and bills went down for 12,000 households.';

let api: TranscriptApi;

async function suggestionsOf(uri: vscode.Uri): Promise<Suggestion[]> {
  return vscode.commands.executeCommand<Suggestion[]>('transcript._suggestionsOf', uri.toString());
}

async function tagsOf(uri: vscode.Uri): Promise<StoredTag[]> {
  return vscode.commands.executeCommand<StoredTag[]>('transcript._listTags', uri.toString());
}

/** Puts the cursor inside the words. */
function cursorIn(editor: vscode.TextEditor, words: string): void {
  const at = editor.document.getText().indexOf(words);
  assert.ok(at >= 0, `"${words}" is in ${editor.document.uri.path}`);
  const p = editor.document.positionAt(at + 3);
  editor.selection = new vscode.Selection(p, p);
}

/** Waits for the suggestions of a document to satisfy `accept`, after running `action`. */
async function suggestionsAfter(uri: vscode.Uri, action: () => Thenable<unknown>, accept: (s: Suggestion[]) => boolean, what: string): Promise<Suggestion[]> {
  const changed = waitForEvent(api.suggestions.controller.onDidChange, () => accept(api.suggestions.controller.suggestionsOf(uri)), () => what);
  await action();
  if (accept(api.suggestions.controller.suggestionsOf(uri))) changed.dispose();
  else await changed.promise;
  return suggestionsOf(uri);
}

suite('Suggested claims', () => {
  suiteSetup(async () => {
    api = (await activateExtension()).exports as TranscriptApi;
  });

  test('Suggest Claims ranks the sentence of figures first and marks every spoken sentence up to the count', async () => {
    const editor = await showFixture(MARCH);
    const suggestions = await vscode.commands.executeCommand<Suggestion[]>('transcript.suggestClaims');
    assert.strictEqual(suggestions[0]!.text, FIGURES);
    assert.strictEqual(suggestions[0]!.speaker, 'Chair Oluwaseun Bakare');
    assert.deepStrictEqual(suggestions.map((s) => s.rank), suggestions.map((_, i) => i + 1));
    // Nine spoken sentences, fewer than the default count of ten: all are listed, never the labels or the header.
    assert.strictEqual(suggestions.length, 9);
    assert.ok(suggestions.every((s) => !s.text.includes('Question:') && !s.text.includes('Water Board press conference')), JSON.stringify(suggestions.map((s) => s.text)));
    assert.strictEqual(editor.document.getText().slice(suggestions[0]!.start, suggestions[0]!.end), FIGURES);
  });

  test('Accept Suggestion tags the sentence under the cursor, with its speaker and section, and it leaves the list', async () => {
    const editor = await showFixture(MARCH);
    await vscode.commands.executeCommand('transcript.suggestClaims');
    cursorIn(editor, FIGURES);
    const after = await suggestionsAfter(editor.document.uri, () => vscode.commands.executeCommand('transcript.acceptSuggestion', { category: 'statistic' }), (s) => !s.some((x) => x.text === FIGURES), 'the accepted sentence to leave the suggestions');
    const tag = (await tagsOf(editor.document.uri)).find((t) => t.quote === FIGURES);
    assert.ok(tag, 'the sentence is tagged');
    assert.deepStrictEqual([tag.category, tag.speaker, tag.section], ['statistic', 'Chair Oluwaseun Bakare', 'Opening statement']);
    assert.strictEqual(after.length, 8);
  });

  test('Dismiss Suggestion hides the sentence and remembers it in the sidecar', async () => {
    const editor = await showFixture(MARCH);
    await vscode.commands.executeCommand('transcript.suggestClaims');
    const sentence = 'We will start in June.';
    cursorIn(editor, sentence);
    const after = await suggestionsAfter(editor.document.uri, () => vscode.commands.executeCommand('transcript.dismissSuggestion'), (s) => !s.some((x) => x.text === sentence), 'the dismissed sentence to leave the suggestions');
    assert.ok(after.length > 0);
    await vscode.commands.executeCommand('transcript._flushTags');
    const sidecar = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`${MARCH}.annotations.yaml`))));
    assert.deepStrictEqual(sidecar.dismissedSuggestions.map((d: { quote: string }) => d.quote), [sentence]);
    assert.ok(/^[0-9a-f]{16}$/.test(sidecar.dismissedSuggestions[0].hash), String(sidecar.dismissedSuggestions[0].hash));
    // Asked again, the dismissed sentence stays away.
    const again = await vscode.commands.executeCommand<Suggestion[]>('transcript.suggestClaims');
    assert.ok(!again.some((s) => s.text === sentence));
  });

  test('suggestions follow the text when it changes', async () => {
    const editor = await showFixture(MARCH);
    await vscode.commands.executeCommand('transcript.suggestClaims');
    const added = 'Chair Oluwaseun Bakare: The reservoir holds 4.2 billion litres, twice as much as in 2019.\n';
    const after = await suggestionsAfter(
      editor.document.uri,
      () => editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), added)),
      (s) => s.some((x) => x.text.startsWith('The reservoir holds')),
      'the new sentence to be scored',
    );
    assert.strictEqual(after[0]!.text, 'The reservoir holds 4.2 billion litres, twice as much as in 2019.');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('Find Repeats finds the claim said again in another transcript, and tags it with the same category and verdict', async () => {
    const editor = await showFixture(APRIL);
    const april = editor.document.getText();
    const start = april.indexOf('Since the new treatment plant');
    const end = april.indexOf('households.') + 'households.'.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    await vscode.commands.executeCommand('transcript.editTag', { verdict: 'Mostly true', source: 'https://example.org/checks/water' });
    const tag = (await tagsOf(editor.document.uri)).find((t) => t.quote.startsWith('Since the new treatment plant'))!;
    const repeats = await vscode.commands.executeCommand<Repeat[]>('transcript.findRepeats', { uri: editor.document.uri.toString(), id: tag.id, quiet: true });
    const march = repeats.find((r) => r.document.endsWith('water-board-march.transcript'));
    assert.ok(march, `the March briefing is among the repeats: ${JSON.stringify(repeats.map((r) => r.document))}`);
    assert.strictEqual(march.speaker, 'Chair Oluwaseun Bakare');
    assert.strictEqual(march.date, '2025-03-12');
    assert.ok(march.similarity > 0.7 && march.similarity < 1, `similarity ${march.similarity}`);
    const made = await vscode.commands.executeCommand<{ id: string; verdict?: string; source?: string; category: string } | undefined>('transcript._tagRepeat', {
      from: { uri: editor.document.uri.toString(), id: tag.id },
      to: { uri: march.document, start: march.start, end: march.end },
    });
    assert.ok(made);
    assert.deepStrictEqual([made.category, made.verdict, made.source], ['statistic', 'Mostly true', 'https://example.org/checks/water']);
    const again = await vscode.commands.executeCommand<Repeat[]>('transcript.findRepeats', { uri: editor.document.uri.toString(), id: tag.id, quiet: true });
    const seen = again.find((r) => r.document === march.document)!;
    assert.ok(seen.tags.some((t) => t.verdict === 'Mostly true'), 'the repeat now shows the verdict');
  });
});
