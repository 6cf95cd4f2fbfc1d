/**
 * Recordings: a player beside the transcript, Play from Here and Play Claim,
 * the turn being played highlighted, and times inserted by hand. Nothing of it
 * shows for a transcript without a recording.
 */
import * as vscode from 'vscode';
import { isTranscript, type TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { registerMediaCommands } from './commands';
import { registerLenses } from './lenses';
import { Player } from './player';
import { Recordings } from './recordings';
import { registerTestState } from './testState';
import { PlaybackHighlight, Timings } from './timing';

export type { MediaTestState } from './testState';

/** Whether a hover may offer Play Claim: the transcript's recording is known. */
let hasRecordingNow: (uri: vscode.Uri) => boolean = () => false;
export function hasRecording(uri: vscode.Uri): boolean {
  return hasRecordingNow(uri);
}

export function register(context: vscode.ExtensionContext, models: TranscriptModels, store: SidecarStore): void {
  const recordings = new Recordings(store);
  const player = new Player(context.extensionUri);
  const timings = new Timings(models);
  const highlight = new PlaybackHighlight(player, timings);
  context.subscriptions.push(recordings, player, highlight);
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((doc) => timings.forget(doc)));
  hasRecordingNow = (uri) => recordings.knownFor(uri) !== undefined;
  registerMediaCommands(context, { player, recordings, timings, store });

  // Context keys for keys and menus: a recording for the active transcript, an open player, any recording known.
  const setKeys = async () => {
    const editor = vscode.window.activeTextEditor;
    const here = editor && isTranscript(editor.document) ? await recordings.find(editor.document.uri) : undefined;
    await vscode.commands.executeCommand('setContext', 'transcript.media.available', here !== undefined);
    await vscode.commands.executeCommand('setContext', 'transcript.media.any', recordings.anyKnown());
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => void setKeys()), recordings.onDidChange(() => void setKeys()));
  context.subscriptions.push(player.onDidClose(() => void vscode.commands.executeCommand('setContext', 'transcript.media.playerOpen', false)));
  context.subscriptions.push(
    player.onDidChangeState(() => {
      if (player.transcript) void vscode.commands.executeCommand('setContext', 'transcript.media.playerOpen', true);
    }),
  );
  void setKeys();
  // Transcripts already open (and those opened later) are looked at, so that their CodeLenses and hovers know.
  for (const doc of vscode.workspace.textDocuments) if (isTranscript(doc)) void recordings.find(doc.uri);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => isTranscript(doc) && void recordings.find(doc.uri)));

  registerLenses(context, recordings, timings);

  registerTestState(context, player, highlight, recordings);
}
