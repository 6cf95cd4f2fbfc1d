import * as vscode from 'vscode';
import { SET_AUTHOR_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { AUTHOR_SETTING } from '../blind';

/** Set Your Annotator Name: writes `transcript.tagging.author` for this workspace (asks for the name unless given one). */
export class SetAuthorCommand implements Command {
  readonly id = SET_AUTHOR_COMMAND;

  async execute(given?: unknown): Promise<string | undefined> {
    const name =
      typeof given === 'string'
        ? given
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Your annotator name'),
            prompt: vscode.l10n.t('Recorded as the author of each tag you make in this workspace, so that agreement can tell annotators apart.'),
            value: vscode.workspace.getConfiguration().get<string>(AUTHOR_SETTING, ''),
            validateInput: (v) => (/[\p{L}\p{N}]/u.test(v) ? undefined : vscode.l10n.t('A name needs at least one letter or digit.')),
          });
    if (!name || !/[\p{L}\p{N}]/u.test(name)) return undefined;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration().update(AUTHOR_SETTING, name.trim(), target);
    void vscode.window.showInformationMessage(vscode.l10n.t('Your tags now carry the name {0}.', name.trim()));
    return name.trim();
  }
}
