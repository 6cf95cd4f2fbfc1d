/** What the player's commands share: the services they work with and how they find a transcript and its recording. */
import * as vscode from 'vscode';
import { LINK_RECORDING_COMMAND } from '../../commandIds';
import { MEDIA_EXTENSIONS } from '../../core/media';
import { isTranscript } from '../../documents';
import type { SidecarStore } from '../../storage';
import type { Player } from '../player';
import type { Recording, Recordings } from '../recordings';
import type { Timings } from '../timing';
import { shownName } from '../../documents/addresses';

/** What the player's commands work with. */
export interface MediaContext {
  player: Player;
  recordings: Recordings;
  timings: Timings;
  store: SidecarStore;
}

export function asUri(u: vscode.Uri | string): vscode.Uri {
  return typeof u === 'string' ? vscode.Uri.parse(u) : u;
}

/** The active editor when it shows a transcript; says so when it does not. */
export function transcriptEditor(action: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isTranscript(editor.document)) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} works in a transcript: open one first.', action));
  return undefined;
}

/** The recording of a transcript; when there is none, says how to give it one. */
export async function recordingOf(m: MediaContext, uri: vscode.Uri): Promise<Recording | undefined> {
  const recording = await m.recordings.find(uri);
  if (recording) return recording;
  const link = 'Link Recording…';
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} has no recording: put a media file with the same name beside it ({1}), name one in its front matter (media:), or link one.', shownName(uri), Object.keys(MEDIA_EXTENSIONS).join(' ')),
    link,
  );
  if (choice === link) await vscode.commands.executeCommand(LINK_RECORDING_COMMAND, uri);
  return undefined;
}
