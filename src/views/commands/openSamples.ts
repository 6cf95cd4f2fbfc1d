import * as vscode from 'vscode';
import { OPEN_SAMPLES_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { logError } from '../../util/log';
import type { ViewsContext } from './shared';

/** Open a Sample Transcript…: one of the samples the extension carries. */
export class OpenSamplesCommand implements Command {
  readonly id = OPEN_SAMPLES_COMMAND;

  constructor(private readonly v: ViewsContext) {}

  async execute(): Promise<void> {
    const folder = vscode.Uri.joinPath(this.v.extensionUri, 'samples');
    let names: string[] = [];
    try {
      names = (await vscode.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
    } catch (e) {
      // No samples in this build: said below.
      logError('Could not list the samples', folder, e);
    }
    if (!names.length) {
      void vscode.window.showInformationMessage('This build of Transcript Annotator carries no samples.');
      return;
    }
    const pick = await vscode.window.showQuickPick(names.sort(), { title: 'Open a Sample Transcript' });
    if (pick) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, pick));
  }
}
