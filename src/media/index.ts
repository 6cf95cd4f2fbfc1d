/**
 * Recordings: a player beside the transcript, Play from Here and Play Claim,
 * the turn being played highlighted, and times inserted by hand. Nothing of it
 * shows for a transcript without a recording.
 */
import * as vscode from 'vscode';
import { isTranscript, type TranscriptModels } from '../documents';
import type { SidecarStore } from '../storage';
import { registerCommands } from './commands';
import { registerLenses } from './lenses';
import { Player, type PlayerState } from './player';
import { Recordings } from './recordings';
import { PlaybackHighlight, Timings } from './timing';

/** What the test-only command `transcript._mediaState` answers. */
export interface MediaTestState {
  player?: PlayerState;
  /** The 0-based lines of the turn highlighted as being played. */
  highlighted?: { line: number; endLine: number };
}

/** What `transcript._mediaState` may wait for before it answers. */
interface WaitFor {
  /** The player's time at least this, while playing. */
  playingFrom?: number;
  /** This 0-based line highlighted. */
  highlightedLine?: number;
  /** The player paused (or playing). */
  paused?: boolean;
  timeoutMs?: number;
}

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
  registerCommands(context, { player, recordings, timings, store });

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

  // For the integration tests: the player's state and the highlighted turn, once they are as asked.
  context.subscriptions.push(
    vscode.commands.registerCommand('transcript._mediaState', async (wait: WaitFor = {}) => {
      const snapshot = (): MediaTestState => ({ ...(player.state ? { player: player.state } : {}), ...(highlight.highlighted ? { highlighted: highlight.highlighted } : {}) });
      const done = (s: MediaTestState) =>
        (wait.playingFrom === undefined || (s.player !== undefined && !s.player.paused && s.player.time >= wait.playingFrom)) &&
        (wait.highlightedLine === undefined || s.highlighted?.line === wait.highlightedLine) &&
        (wait.paused === undefined || s.player?.paused === wait.paused);
      // The page answers in order: its state now reflects every command sent before.
      await player.refresh();
      if (done(snapshot())) return snapshot();
      return new Promise<MediaTestState>((resolve, reject) => {
        const listeners: vscode.Disposable[] = [];
        const finish = () => {
          listeners.forEach((l) => l.dispose());
          clearTimeout(timer);
        };
        const check = () => {
          const s = snapshot();
          if (done(s)) {
            finish();
            resolve(s);
          }
        };
        listeners.push(player.onDidChangeState(check), highlight.onDidChange(check));
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`The player did not reach ${JSON.stringify(wait)}; it is at ${JSON.stringify(snapshot())}.`));
        }, wait.timeoutMs ?? 10_000);
      });
    }),
  );
}
