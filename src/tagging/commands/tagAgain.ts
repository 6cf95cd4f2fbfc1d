import { TAG_AGAIN_COMMAND, TAG_CLAIM_COMMAND } from '../../commandIds';
import * as vscode from 'vscode';
import type { Command } from '../../util/command';
import { recentCategories } from '../picker';
import type { TaggingSession } from './session';
import { selectionOrWord, tagSelection } from './tagClaim';

/** Tag Again with the Last Category: no questions; Tag Claim when no category was used yet. */
export class TagAgainCommand implements Command {
  readonly id = TAG_AGAIN_COMMAND;

  constructor(private readonly session: TaggingSession) {}

  async execute(): Promise<void> {
    const editor = this.session.editorFor();
    if (!editor) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to tag claims in it.'));
    const last = recentCategories(this.session.state)[0];
    if (!last) {
      await vscode.commands.executeCommand(TAG_CLAIM_COMMAND);
      return;
    }
    if (!selectionOrWord(editor) || !(await this.session.categories(editor.document.uri))) return;
    await tagSelection(this.session, editor, last, undefined);
  }
}
