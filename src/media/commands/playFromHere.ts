/** Play from Here: from the turn or timestamp under the cursor, or from a time a CodeLens or a link gives. */
import * as vscode from 'vscode';
import { PLAY_FROM_HERE_COMMAND } from '../../commandIds';
import { timestampAt } from '../../core/media';
import { recordingOf, transcriptEditor, type MediaContext } from './shared';
import type { Command } from '../../util/command';
import { shownName } from '../../documents/addresses';

/** A place to play from, given by a CodeLens, a timestamp link or a test. */
interface PlayAt {
  uri: string;
  time: number;
}

export class PlayFromHereCommand implements Command {
  readonly id = PLAY_FROM_HERE_COMMAND;

  constructor(private readonly m: MediaContext) {}

  execute(at?: PlayAt): Promise<void> {
    return playFromHere(this.m, at);
  }
}

async function playFromHere(m: MediaContext, at?: PlayAt): Promise<void> {
  let uri: vscode.Uri;
  let time: number | undefined;
  if (at && typeof at.uri === 'string' && typeof at.time === 'number') {
    uri = vscode.Uri.parse(at.uri);
    time = at.time;
  } else {
    const editor = transcriptEditor('Play from Here');
    if (!editor) return;
    const doc = editor.document;
    uri = doc.uri;
    const offset = doc.offsetAt(editor.selection.active);
    time = timestampAt(doc.getText(), offset)?.time ?? m.timings.timeAt(doc, offset);
    if (time === undefined) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} has no timestamps, so the place of the cursor in the recording is not known. Playing from the player\'s position; Insert Current Time writes the time into the text.', shownName(uri)),
      );
    }
  }
  const recording = await recordingOf(m, uri);
  if (!recording) return;
  await m.player.open(uri, recording);
  await m.player.send(time === undefined ? { type: 'play' } : { type: 'play', time });
}
