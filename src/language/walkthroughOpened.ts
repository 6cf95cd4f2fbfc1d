import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../documents';
import { walkthroughStepDone } from '../util/walkthrough';

/**
 * Ticks the walkthrough's "Open a transcript" step when a transcript is shown
 * in an editor, however it was opened (a sample, the Explorer, Quick Open, a
 * `.txt` detected as a transcript).
 */
export function registerWalkthroughOpened(context: vscode.ExtensionContext): void {
  const seen = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId !== LANGUAGE_ID) return false;
    walkthroughStepDone('opened');
    return true;
  };
  if (seen(vscode.window.activeTextEditor)) return;
  const listeners = [
    vscode.window.onDidChangeActiveTextEditor((editor) => seen(editor) && dispose()),
    vscode.workspace.onDidOpenTextDocument(() => seen(vscode.window.activeTextEditor) && dispose()),
  ];
  const dispose = () => listeners.forEach((l) => l.dispose());
  context.subscriptions.push(...listeners);
}
