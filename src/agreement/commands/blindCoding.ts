import * as vscode from 'vscode';
import { FINISH_BLIND_CODING_COMMAND, START_BLIND_CODING_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { AUTHOR_SETTING, BLIND_SETTING, currentAnnotator } from '../blind';
import type { AuthorPrompt } from '../authorPrompt';

/** Start Blind Coding: each annotator sees only their own tags, asking for the annotator's name first when it is not set. */
export class StartBlindCodingCommand implements Command {
  readonly id = START_BLIND_CODING_COMMAND;

  constructor(private readonly prompt: AuthorPrompt) {}

  async execute(): Promise<boolean> {
    // Blind coding asks for the name itself below: the prompt is only marked as shown, so that it does not come again.
    if (!currentAnnotator()) await this.prompt.markShown();
    if (!currentAnnotator()) {
      const name = await vscode.window.showInputBox({
        title: vscode.l10n.t('Blind coding: who is coding?'),
        prompt: vscode.l10n.t('Your name, recorded as the author of your tags. You will see only your own tags until blind coding is finished.'),
        validateInput: (v) => (/[\p{L}\p{N}]/u.test(v) ? undefined : 'A name needs at least one letter or digit.'),
      });
      if (!name) return false;
      await vscode.workspace.getConfiguration().update(AUTHOR_SETTING, name.trim(), vscode.ConfigurationTarget.Global);
    }
    await vscode.workspace.getConfiguration().update(BLIND_SETTING, true, vscode.ConfigurationTarget.Workspace);
    void vscode.window.showInformationMessage(vscode.l10n.t('Blind coding is on: you see only your own tags ({0}).', currentAnnotator()));
    return true;
  }
}

/** Finish Blind Coding: every annotator's tags show again. */
export class FinishBlindCodingCommand implements Command {
  readonly id = FINISH_BLIND_CODING_COMMAND;

  async execute(): Promise<void> {
    await vscode.workspace.getConfiguration().update(BLIND_SETTING, false, vscode.ConfigurationTarget.Workspace);
    void vscode.window.showInformationMessage(vscode.l10n.t('Blind coding is finished: every annotator\'s tags show again. Compare Annotators shows where you differ.'));
  }
}
