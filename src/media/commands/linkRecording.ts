/** Link Recording…: choose a transcript's recording and remember it in the sidecar (`media:`). */
import * as vscode from 'vscode';
import { LINK_RECORDING_COMMAND } from '../../commandIds';
import { MEDIA_EXTENSIONS, relativePath } from '../../core/media';
import { folderOf, recordingPlaceProblem } from '../recordings';
import { asUri, transcriptEditor, type MediaContext } from './shared';
import type { Command } from '../../util/command';
import { shownName } from '../../documents/addresses';

export class LinkRecordingCommand implements Command {
  readonly id = LINK_RECORDING_COMMAND;

  constructor(private readonly m: MediaContext) {}

  /** Takes the transcript and the recording as arguments (for tests and keybindings); asks otherwise. */
  execute(transcript?: vscode.Uri | string, recording?: vscode.Uri | string): Promise<void> {
    return linkRecording(this.m, transcript, recording);
  }
}

async function linkRecording(m: MediaContext, given?: vscode.Uri | string, chosen?: vscode.Uri | string): Promise<void> {
  let uri = given === undefined ? undefined : asUri(given);
  if (!uri) {
    const editor = transcriptEditor('Link Recording…');
    if (!editor) return;
    uri = editor.document.uri;
  }
  const folder = folderOf(uri);
  let recording = chosen === undefined ? undefined : asUri(chosen);
  if (!recording) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('The recording of {0}', shownName(uri)),
      defaultUri: folder,
      canSelectMany: false,
      openLabel: 'Link Recording',
      filters: { Recordings: Object.keys(MEDIA_EXTENSIONS).map((e) => e.slice(1)) },
    });
    recording = picked?.[0];
    if (!recording) return;
  }
  if (recording.scheme !== uri.scheme || recording.authority !== uri.authority) {
    return void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not on the same drive or server as {1}; copy it beside the transcript instead.', shownName(recording), shownName(uri)));
  }
  const outside = await recordingPlaceProblem(uri, recording, shownName(recording));
  if (outside) return void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be linked to {1}: {2}', shownName(recording), shownName(uri), outside));
  const doc = await vscode.workspace.openTextDocument(uri);
  const entry = await m.store.entryFor(doc);
  if (!entry) return void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a transcript, so no recording can be linked to it.', shownName(uri)));
  if (entry.mode !== 'ok') return void vscode.window.showErrorMessage(vscode.l10n.t('The recording cannot be remembered: {0}', entry.reason ?? 'the sidecar cannot be written.'));
  entry.extra.media = relativePath(folder.path, recording.path);
  m.store.changed(entry);
  await m.store.flush();
  m.recordings.forget(uri);
  const found = await m.recordings.find(uri);
  if (found) {
    await m.player.open(uri, found);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is linked to {1} (remembered in its sidecar).', shownName(recording), shownName(uri)));
  }
}
