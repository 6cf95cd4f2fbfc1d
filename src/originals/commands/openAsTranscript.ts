/** `Transcript: Open as Transcript`: a document (PDF, Word, XML, a web page) read by its reader and shown as a read-only transcript. */
import * as vscode from 'vscode';
import { LANGUAGE_ID, type TranscriptModels } from '../../documents';
import { DocumentError } from '../../documents/originals';
import type { Command } from '../../util/command';
import { OPEN_AS_TRANSCRIPT_COMMAND } from '../../commandIds';
import { originalOf, viewUriOf } from '../../documents/addresses';

/** Options when the command is run from code (tests, the Transcripts view). */
export interface OpenAsTranscriptOptions {
  /** Keep the editor a preview (default false: a document opened to read stays open). */
  preview?: boolean;
  viewColumn?: vscode.ViewColumn;
}

export class OpenAsTranscriptCommand implements Command {
  readonly id = OPEN_AS_TRANSCRIPT_COMMAND;

  constructor(private readonly models: TranscriptModels) {}

  /** Opens the file's transcript view; undefined (after saying why) when it cannot be read. */
  async execute(given?: vscode.Uri, options: OpenAsTranscriptOptions = {}): Promise<vscode.TextEditor | undefined> {
    const uri = given instanceof vscode.Uri ? given : activeFile();
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a PDF, Word, XML or web-page file in the Explorer, then open it as a transcript.'));
      return undefined;
    }
    const original = originalOf(uri) ?? uri;
    try {
      await this.models.originals.read(original);
    } catch (e) {
      if (!(e instanceof DocumentError)) throw e;
      // A text file (a Whisper JSON, captions, a .txt): the file itself, in the transcript language.
      if (e.notDocument) return this.showAsTranscript(await vscode.workspace.openTextDocument(original), options);
      const name = e.file.path.slice(e.file.path.lastIndexOf('/') + 1);
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open {0} as a transcript: {1}.', name, e.reason.replace(/\.$/, '')));
      return undefined;
    }
    return this.showAsTranscript(await vscode.workspace.openTextDocument(viewUriOf(original)), options);
  }

  /** Shows a document in the transcript language (the view's `.transcript` ending sets it; a user's file association may say otherwise). */
  private async showAsTranscript(doc: vscode.TextDocument, options: OpenAsTranscriptOptions): Promise<vscode.TextEditor> {
    const shown = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    return vscode.window.showTextDocument(shown, { preview: options.preview ?? false, ...(options.viewColumn ? { viewColumn: options.viewColumn } : {}) });
  }
}

/** The file of the active editor, or of the active tab when it shows no text (VS Code's binary-file notice). */
function activeFile(): vscode.Uri | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && !editor.document.isUntitled) return editor.document.uri;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}
