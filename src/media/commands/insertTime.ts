/** Insert Current Time: the player's time at the cursor, in the transcript's own timestamp style. */
import * as vscode from 'vscode';
import { INSERT_TIME_COMMAND } from '../../commandIds';
import { DEFAULT_STYLE, formatInStyle, styleOf, writtenTimestamps, type TimestampStyle } from '../../core/media';
import { transcriptEditor, type MediaContext } from './shared';
import type { Command } from '../../util/command';

export class InsertTimeCommand implements Command {
  readonly id = INSERT_TIME_COMMAND;

  constructor(private readonly m: MediaContext) {}

  execute(): Promise<void> {
    return insertTime(this.m);
  }
}

/** The style of the transcript's first timestamp, or `[00:01:05]` when it has none. */
export function styleOfDocument(doc: vscode.TextDocument, transcript: { turns: ReadonlyArray<{ timestamp?: string }> }): TimestampStyle {
  for (const turn of transcript.turns) {
    const style = turn.timestamp ? styleOf(turn.timestamp) : undefined;
    if (style) return style;
  }
  const first = writtenTimestamps(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 2000), 0)))[0];
  return (first && styleOf(first.text)) || DEFAULT_STYLE;
}

async function insertTime(m: MediaContext): Promise<void> {
  const editor = transcriptEditor('Insert Current Time');
  if (!editor) return;
  const state = await m.player.refresh();
  if (!state) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the recording first (Play from Here or Link Recording…): the time inserted is the player\'s.'));
  const doc = editor.document;
  const written = formatInStyle(state.time, styleOfDocument(doc, m.timings.of(doc).transcript));
  await editor.edit((edit) => {
    for (const selection of editor.selections) {
      const at = selection.start;
      const before = at.character > 0 ? doc.getText(new vscode.Range(at.translate(0, -1), at)) : '';
      edit.replace(selection, `${before !== '' && !/\s/.test(before) ? ' ' : ''}${written} `);
    }
  });
}
