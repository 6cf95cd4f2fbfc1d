import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../documents';
import { walkthroughStepDone } from '../util/walkthrough';

/**
 * Ticks the walkthrough's "Open a transcript" step whenever a transcript
 * becomes the active editor, however it was opened (a sample, the Explorer,
 * Quick Open, a `.txt` detected as a transcript). It keeps listening: the
 * walkthrough may be registered after the first transcript was shown (see
 * `walkthroughStepDone`).
 */
export function registerWalkthroughOpened(context: vscode.ExtensionContext): void {
  let active: vscode.TextDocument | undefined;
  let wasTranscript = false;
  const seen = (editor: vscode.TextEditor | undefined) => {
    const document = editor?.document;
    const isTranscript = document?.languageId === LANGUAGE_ID;
    if (isTranscript && (document !== active || !wasTranscript)) walkthroughStepDone('opened');
    active = document;
    wasTranscript = isTranscript;
  };
  seen(vscode.window.activeTextEditor);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(seen),
    // A `.txt` found to be a transcript changes language while it is the active editor.
    vscode.workspace.onDidOpenTextDocument(() => seen(vscode.window.activeTextEditor)),
  );
}
