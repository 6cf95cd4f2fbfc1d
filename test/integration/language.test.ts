import * as vscode from 'vscode';
import * as assert from './assert';
import { activateExtension, fixtureUri, openDocument, openFixture, showFixture, waitForLanguage } from './helpers';

suite('Language', () => {
  suiteSetup(async () => {
    // Detection runs inside the extension: make sure it is listening.
    await activateExtension();
  });

  test('a .transcript file opens as a transcript', async () => {
    const document = await openFixture('briefing.transcript');
    assert.strictEqual(document.languageId, 'transcript');
  });

  test('a .transcript.txt file opens as a transcript', async () => {
    const document = await openFixture('interview.transcript.txt');
    assert.strictEqual(document.languageId, 'transcript');
  });

  test('a .txt file that reads like a transcript switches to transcript when opened', async () => {
    const uri = fixtureUri('press-call.txt');
    const switched = waitForLanguage(uri, 'transcript');
    await vscode.workspace.openTextDocument(uri);
    const document = await switched;
    assert.strictEqual(document.languageId, 'transcript');
  });

  test('a .txt file that is not a transcript stays plain text', async () => {
    const list = await openFixture('shopping-list.txt');
    assert.strictEqual(list.languageId, 'plaintext');
    // Detection handles documents in the order they open: once a transcript
    // opened after the list has switched, the list has been looked at.
    const later = fixtureUri('radio-interview.txt');
    const switched = waitForLanguage(later, 'transcript');
    await vscode.workspace.openTextDocument(later);
    await switched;
    assert.strictEqual(openDocument(list.uri)?.languageId, 'plaintext');
  });

  test('the Set Language command makes the active document a transcript', async () => {
    const editor = await showFixture('poem.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const switched = waitForLanguage(editor.document.uri, 'transcript');
    await vscode.commands.executeCommand('transcript.setLanguage');
    const document = await switched;
    assert.strictEqual(document.languageId, 'transcript');
  });
});
