import * as vscode from 'vscode';
import { parse } from 'yaml';
import * as assert from './assert';
import { activateExtension, fixtureUri, openDocument, waitForLanguage } from './helpers';

/*
 * formats/team-call.vtt: a Teams caption file (CRLF, NOTE block, GUID cue ids,
 * `<v Last, First>` voice tags). Its turns, 0-based lines: 7 Dorflinger, 15 Okafor, 19 Dorflinger.
 */
const VTT = 'formats/team-call.vtt';

suite('Formats', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('a Teams .vtt file opens as a transcript with its speakers in the outline', async () => {
    const uri = fixtureUri(VTT);
    await vscode.window.showTextDocument(uri);
    const doc = await waitForLanguage(uri, 'transcript');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'no outline for the caption file');
    const turns = symbols.flatMap((s) => s.children);
    assert.deepStrictEqual(
      turns.map((t) => [t.name, t.range.start.line]),
      [
        ['Dorflinger, Julia', 7],
        ['Okafor, Ben', 15],
        ['Dorflinger, Julia', 19],
      ],
    );
  });

  test('a claim in a caption file is tagged with its speaker, and the sidecar lands beside it', async () => {
    const uri = fixtureUri(VTT);
    const editor = await vscode.window.showTextDocument(uri);
    await waitForLanguage(uri, 'transcript');
    const text = editor.document.getText();
    const words = 'The river rose by forty centimetres since April.';
    const at = text.indexOf(words);
    assert.ok(at > 0, 'the claim is in the file');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    await vscode.commands.executeCommand('transcript._flushTags');
    const sidecar = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`${VTT}.annotations.yaml`)))) as { tags: Array<Record<string, unknown>> };
    const tag = sidecar.tags.find((t) => t.quote === words);
    assert.ok(tag, 'the tag is in the sidecar');
    assert.strictEqual(tag.speaker, 'Dorflinger, Julia');
    assert.strictEqual(tag.category, 'statistic');
  });

  test('Convert to Transcript writes a Whisper JSON file as a clean .transcript beside it, leaving the original untouched', async () => {
    const source = fixtureUri('formats/phone-call.json');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('transcript.convertToTranscript', source, { overwrite: true, open: false });
    assert.ok(target, 'the command returns the converted file');
    assert.strictEqual(target.path.split('/').pop(), 'phone-call.transcript');
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.strictEqual(
      written,
      'Title: phone-call\n\n[00:00:00] SPEAKER_00: Good morning, parks office.\n\n[00:00:02] SPEAKER_01: Hello. When does the lake path reopen?\n\n[00:00:05] SPEAKER_00: On the first of June.\n',
    );
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)), before);
    const converted = await vscode.workspace.openTextDocument(target);
    assert.strictEqual(converted.languageId, 'transcript');
    assert.ok(!openDocument(source) || openDocument(source)!.getText() === before);
  });
});
