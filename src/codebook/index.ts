/** The codebook service, shared by tagging, the views and exports. */
import * as vscode from 'vscode';
import { isTranscript } from '../documents';
import { Codebook } from './codebook';

export { Codebook, codebookFile, type CodebookFor } from './codebook';

/**
 * Creates the codebook service. It reads (and watches) the codebooks only once
 * a transcript is open or a feature asks: a plain text file that is no
 * transcript costs no file reads.
 */
export function register(context: vscode.ExtensionContext): Codebook {
  const codebook = new Codebook();
  context.subscriptions.push(codebook);
  if (vscode.workspace.textDocuments.some(isTranscript)) void codebook.ready();
  else {
    const opened = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!isTranscript(doc)) return;
      opened.dispose();
      void codebook.ready();
    });
    context.subscriptions.push(opened);
  }
  return codebook;
}
