/**
 * For the integration tests only: `transcript._mediaState` answers with the
 * player's state and the highlighted turn, once they are as asked (it waits
 * for the page's reports, never for a fixed time).
 */
import * as vscode from 'vscode';
import { MEDIA_STATE_COMMAND } from '../commandIds';
import { registerCommands } from '../util/command';
import type { Player, PlayerState } from './player';
import type { PlaybackHighlight } from './timing';
import type { Recordings } from './recordings';

/** What the test-only command `transcript._mediaState` answers. */
export interface MediaTestState {
  player?: PlayerState;
  /** The 0-based lines of the turn highlighted as being played. */
  highlighted?: { line: number; endLine: number };
  /** With `recordingOf`: the recording found for that transcript (its URI), or null when none may be played. */
  recording?: string | null;
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
  /** A transcript's URI: answer with the recording the player would play for it, once looked for. */
  recordingOf?: string;
}

export function registerTestState(context: vscode.ExtensionContext, player: Player, highlight: PlaybackHighlight, recordings: Recordings): void {
  registerCommands(context, [{
    id: MEDIA_STATE_COMMAND,
    execute: async (wait: WaitFor = {}) => {
      if (wait.recordingOf !== undefined) return { recording: (await recordings.find(vscode.Uri.parse(wait.recordingOf, true)))?.uri.toString() ?? null };
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
    },
  }]);
}
