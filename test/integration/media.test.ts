import * as vscode from 'vscode';
import type { MediaTestState } from '../../src/media';
import * as assert from './assert';
import { activateExtension, fixtureUri, showFixture } from './helpers';
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

function mediaState(wait: { playingFrom?: number; highlightedLine?: number; paused?: boolean; timeoutMs?: number } = {}): Thenable<MediaTestState> {
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
});
