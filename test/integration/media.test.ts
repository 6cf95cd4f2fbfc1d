import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { MediaTestState } from '../../src/media';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture, waitForEvent } from './helpers';
import { toneWav } from './wav';

/*
 * media/harbour-podcast.transcript, 0-based lines, with its recording
 * media/harbour-podcast.wav written by the suite (six seconds of tones):
 *    0   [00:00:00] Host: Welcome to the harbour podcast, episode one.
 *    1   [00:00:02] Guest: Thanks for having me. The pumping station opens in October.
 *    2   [00:00:04] Host: And did the barrier really cost eleven million pounds?
 */
const TRANSCRIPT = 'media/harbour-podcast.transcript';
const RECORDING = 'media/harbour-podcast.wav';
/** A timed transcript written by the suite, with no recording beside it. */
const UNRECORDED = 'media/unrecorded.transcript';
/** A long transcript written by the suite beside a copy of the recording: its last turn, at 4 s, is far below the first. */
const LONG = 'media/long-talk.transcript';
const LONG_RECORDING = 'media/long-talk.wav';
/** Transcripts written by the suite naming a recording through `..`: one inside the workspace folder, one outside it. */
const INSIDE_REF = 'media/inside-ref.transcript';
const OUTSIDE_REF = 'media/outside-ref.transcript';
/** A recording the suite writes beside the workspace folder, outside it. */
const OUTSIDE_RECORDING = 'outside-the-workspace.wav';

function mediaState(wait: { playingFrom?: number; highlightedLine?: number; paused?: boolean; timeoutMs?: number; recordingOf?: string } = {}): Thenable<MediaTestState> {
  return vscode.commands.executeCommand<MediaTestState>('transcript._mediaState', wait);
}

suite('Recording', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(fixtureUri(RECORDING), toneWav(6));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri(RECORDING));
    for (const file of [`${TRANSCRIPT}.annotations.yaml`, UNRECORDED, `${UNRECORDED}.annotations.yaml`, LONG, LONG_RECORDING, INSIDE_REF, OUTSIDE_REF]) await Promise.resolve(vscode.workspace.fs.delete(fixtureUri(file))).catch(() => undefined);
  });

  test('Play from Here plays the recording from the turn under the cursor, and the highlighted turn follows', async () => {
    const editor = await showFixture(TRANSCRIPT);
    const guest = new vscode.Position(1, 40);
    editor.selection = new vscode.Selection(guest, guest);
    await vscode.commands.executeCommand('transcript.playFromHere');

    const started = await mediaState({ playingFrom: 2, highlightedLine: 1 });
    assert.ok(started.player, 'the player reports its state');
    assert.ok(started.player.recording.endsWith('/harbour-podcast.wav'), started.player.recording);
    assert.ok(started.player.time < 3.5, `it starts at the guest's turn (2 s), not at ${started.player.time} s`);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the cursor stays in the transcript');

    const later = await mediaState({ playingFrom: 4, highlightedLine: 2 });
    assert.deepStrictEqual(later.highlighted, { line: 2, endLine: 2 });

    await vscode.commands.executeCommand('transcript.playPause');
    const paused = await mediaState({ paused: true });
    const at = paused.player!.time;
    await vscode.commands.executeCommand('transcript.skipBack');
    const back = await mediaState({ paused: true });
    assert.ok(Math.abs(back.player!.time - Math.max(0, at - 5)) < 0.3, `Back goes 5 s back from ${at} s, to ${back.player!.time} s`);
    await vscode.commands.executeCommand('transcript.faster');
    assert.strictEqual((await mediaState()).player!.rate, 1.25);
    await vscode.commands.executeCommand('transcript.slower');
    assert.strictEqual((await mediaState()).player!.rate, 1);
  });

  test('Play from Here on a timestamp plays from that time', async () => {
    const editor = await showFixture(TRANSCRIPT);
    const stamp = new vscode.Position(2, 3);
    editor.selection = new vscode.Selection(stamp, stamp);
    await vscode.commands.executeCommand('transcript.playFromHere');
    const state = await mediaState({ playingFrom: 4, highlightedLine: 2 });
    assert.ok(state.player!.time < 5.5, `from 4 s, not ${state.player!.time} s`);
    await vscode.commands.executeCommand('transcript.playPause');
    await mediaState({ paused: true });
  });

  test('each timestamp is a link that plays from it', async () => {
    const editor = await showFixture(TRANSCRIPT);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
    const plays = links.filter((l) => l.target?.scheme === 'command');
    assert.deepStrictEqual(plays.map((l) => editor.document.getText(l.range)), ['[00:00:00]', '[00:00:02]', '[00:00:04]']);
    const target = plays[1]!.target!;
    assert.strictEqual(target.path, 'transcript.playFromHere');
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(decodeURIComponent(target.query)) as unknown[]));
    const state = await mediaState({ playingFrom: 2, highlightedLine: 1 });
    assert.ok(state.player!.time < 3.5, `from 2 s, not ${state.player!.time} s`);
    await vscode.commands.executeCommand('transcript.playPause');
    await mediaState({ paused: true });
  });

  test('Insert Current Time writes the player\'s time in the transcript\'s style', async () => {
    const editor = await showFixture(TRANSCRIPT);
    await vscode.commands.executeCommand('transcript.playFromHere', { uri: editor.document.uri.toString(), time: 3 });
    await mediaState({ playingFrom: 3 });
    await vscode.commands.executeCommand('transcript.playPause');
    await mediaState({ paused: true });
    const end = editor.document.lineAt(2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('transcript.insertTime');
    const line = editor.document.lineAt(2).text;
    assert.ok(/pounds\? \[00:00:0[3-6]\] $/.test(line), `a [00:00:0s] timestamp at the end of: ${line}`);
    await vscode.commands.executeCommand('undo');
  });

  test('a tag in a timed transcript has its time in the sidecar, and Play Claim plays it', async () => {
    const editor = await showFixture(TRANSCRIPT);
    const text = editor.document.getText();
    const at = text.indexOf('eleven million pounds');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'eleven million pounds'.length));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    await vscode.commands.executeCommand('transcript._flushTags');
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`${TRANSCRIPT}.annotations.yaml`)));
    const tag = (parse(sidecar) as { tags: Array<{ id: string; quote: string; time?: { start: number; end: number } }> }).tags.find((t) => t.quote === 'eleven million pounds');
    assert.ok(tag?.time, `a time on the tag in:\n${sidecar}`);
    // The last turn starts at 4 s; past the last timestamp time runs on at the transcript's mean rate.
    assert.ok(tag.time.start > 4 && tag.time.end > tag.time.start, JSON.stringify(tag.time));

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at + 3));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hoverText.includes('command:transcript.playClaim'), `Play Claim in the hover:\n${hoverText}`);

    await vscode.commands.executeCommand('transcript.playClaim', { uri: editor.document.uri.toString(), id: tag.id });
    const playing = await mediaState({ playingFrom: tag.time.start, highlightedLine: 2 });
    assert.ok(playing.player!.time < tag.time.end + 1, `from the claim's start (${tag.time.start} s), at ${playing.player!.time} s`);
    // It stops by itself after the claim's last word.
    const stopped = await mediaState({ paused: true });
    assert.ok(stopped.player!.time >= tag.time.end, `stopped at ${stopped.player!.time} s, after ${tag.time.end} s`);

    // From the Claims view, the command gets the tag's node: its document and range.
    const from = editor.document.positionAt(at);
    const to = editor.document.positionAt(at + 'eleven million pounds'.length);
    await vscode.commands.executeCommand('transcript.playClaim', { uri: editor.document.uri, range: { startLine: from.line, startCharacter: from.character, endLine: to.line, endCharacter: to.character } });
    const again = await mediaState({ playingFrom: tag.time.start });
    assert.ok(again.player!.time < tag.time.end + 1, `from the claim's start (${tag.time.start} s), at ${again.player!.time} s`);
    await vscode.commands.executeCommand('transcript.playPause');
    await mediaState({ paused: true });
  });

  test('a transcript without a recording shows no CodeLens and no Play Claim', async () => {
    await vscode.workspace.fs.writeFile(fixtureUri(UNRECORDED), new TextEncoder().encode('[00:00:00] Host: Hello.\n[00:00:02] Guest: Hi there.\n'));
    const doc = await vscode.workspace.openTextDocument(fixtureUri(UNRECORDED));
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('Hi there');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 8));
    await vscode.commands.executeCommand('transcript.tagClaim', { category: 'statistic' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hoverText.includes('command:transcript.editTag') && !hoverText.includes('playClaim'), `a hover without Play Claim:\n${hoverText}`);
    const recorded = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixtureUri(TRANSCRIPT));
    assert.deepStrictEqual(recorded.filter((l) => l.command?.command === 'transcript.playFromHere').map((l) => [l.range.start.line, l.command!.title]), [[0, '▶ 00:00'], [1, '▶ 00:02'], [2, '▶ 00:04']]);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.deepStrictEqual(lenses.filter((l) => l.command?.command === 'transcript.playFromHere'), []);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    assert.deepStrictEqual(links.filter((l) => l.target?.scheme === 'command'), []);
  });

  test('a recording named outside the workspace folder is not played, even when it exists there', async function (this: Mocha.Context) {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    // VS Code for the Web mounts the workspace at the root of its file system: no path leads outside it there.
    if (root.path === '/' || root.path === '') this.skip();
    const outside = vscode.Uri.joinPath(root, '..', OUTSIDE_RECORDING);
    await vscode.workspace.fs.writeFile(outside, toneWav(1));
    try {
      const timed = '[00:00:00] Host: Hello.\n[00:00:01] Guest: Hi there.\n';
      // A control first: a path with .. that stays inside the workspace folder plays.
      await vscode.workspace.fs.writeFile(fixtureUri(INSIDE_REF), new TextEncoder().encode(`---\nmedia: ../media/harbour-podcast.wav\n---\n${timed}`));
      await vscode.workspace.fs.writeFile(fixtureUri(OUTSIDE_REF), new TextEncoder().encode(`---\nmedia: ../../${OUTSIDE_RECORDING}\n---\n${timed}`));
      const inside = await mediaState({ recordingOf: fixtureUri(INSIDE_REF).toString() });
      assert.strictEqual(inside.recording, fixtureUri(RECORDING).toString(), 'the recording inside plays');
      const refused = await mediaState({ recordingOf: fixtureUri(OUTSIDE_REF).toString() });
      assert.strictEqual(refused.recording, null, 'the recording outside is refused');
      // Nothing offers to play it either.
      await vscode.workspace.openTextDocument(fixtureUri(OUTSIDE_REF));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fixtureUri(OUTSIDE_REF));
      assert.deepStrictEqual(lenses.filter((l) => l.command?.command === 'transcript.playFromHere'), []);
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(outside)).catch(() => undefined);
    }
  });

  test('Link Recording… remembers the recording in the sidecar, and the transcript plays it', async () => {
    const uri = fixtureUri(UNRECORDED);
    await vscode.commands.executeCommand('transcript.linkRecording', uri, fixtureUri(RECORDING));
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`${UNRECORDED}.annotations.yaml`)));
    assert.strictEqual((parse(sidecar) as { media?: string }).media, 'harbour-podcast.wav', sidecar);
    const state = await mediaState();
    assert.ok(state.player?.recording.endsWith('/harbour-podcast.wav') && state.player.transcript === uri.toString(), JSON.stringify(state));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.deepStrictEqual(lenses.filter((l) => l.command?.command === 'transcript.playFromHere').map((l) => l.command!.title), ['▶ 00:00', '▶ 00:02']);
  });

  test('with followPlayback, the editor scrolls to the turn being played', async () => {
    const filler = Array.from({ length: 150 }, (_, i) => `Line ${i + 1} of the guest's long answer about the harbour wall.`).join('\n');
    await vscode.workspace.fs.writeFile(fixtureUri(LONG), new TextEncoder().encode(`[00:00:00] Host: Tell us about the wall.\n[00:00:01] Guest: Well.\n${filler}\n[00:00:04] Host: Thank you.\n`));
    await vscode.workspace.fs.writeFile(fixtureUri(LONG_RECORDING), toneWav(6));
    const config = vscode.workspace.getConfiguration('transcript.media');
    await config.update('followPlayback', true, vscode.ConfigurationTarget.Global);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(LONG)));
      const last = editor.document.lineCount - 2;
      assert.ok(!editor.visibleRanges.some((r) => r.contains(new vscode.Position(last, 0))), 'the last turn starts out of view');
      const scrolled = waitForEvent(
        vscode.window.onDidChangeTextEditorVisibleRanges,
        (e) => e.textEditor.document === editor.document && e.visibleRanges.some((r) => r.contains(new vscode.Position(last, 0))),
        () => `the editor to show line ${last} (it shows ${editor.visibleRanges.map((r) => `${r.start.line}-${r.end.line}`).join(', ')})`,
      );
      await vscode.commands.executeCommand('transcript.playFromHere', { uri: editor.document.uri.toString(), time: 3.5 });
      await mediaState({ playingFrom: 4, highlightedLine: last });
      await scrolled.promise;
      assert.strictEqual(editor.selection.active.line, 0, 'the cursor stays where it was');
    } finally {
      await config.update('followPlayback', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('transcript.playPause');
      await mediaState({ paused: true });
    }
  });
});
