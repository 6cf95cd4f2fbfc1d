import * as vscode from 'vscode';
import { SET_LANGUAGE_COMMAND } from '../../commandIds';
import { LANGUAGE_ID } from '../../documents';
import type { Command } from '../../util/command';

/** Mark as Transcript: a file (the given one, or the active editor's) in the transcript language. */
export class SetLanguageCommand implements Command {
  readonly id = SET_LANGUAGE_COMMAND;

  /** `chosen` is told of the document first, so that detection stops second-guessing the user's choice. */
  constructor(private readonly chosen: (doc: vscode.TextDocument) => void) {}

  async execute(uri?: vscode.Uri): Promise<void> {
    const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a file first, then mark it as a transcript.'));
      return;
    }
    this.chosen(doc);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }
}
