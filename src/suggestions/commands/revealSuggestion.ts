import * as vscode from 'vscode';
import { REVEAL_SUGGESTION_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import type { SuggestionNode } from '../view';
import { select } from './shared';

/** What a click on a suggestion in the view runs: its sentence, selected. */
export class RevealSuggestionCommand implements Command {
  readonly id = REVEAL_SUGGESTION_COMMAND;

  async execute(node: SuggestionNode): Promise<void> {
    if (node.kind !== 'suggestion') return;
    const editor = await vscode.window.showTextDocument(node.uri, { preserveFocus: false });
    select(editor, node.suggestion);
  }
}
