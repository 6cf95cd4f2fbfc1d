/**
 * Switches plain-text files that read like transcripts to the transcript
 * language when they are opened, and lets the user switch any file.
 */
import * as vscode from 'vscode';
import { looksLikeTranscript } from '../core/formats';
import { LANGUAGE_ID, type TranscriptModels } from '../documents';
import { registerCommands } from '../util/command';
import { SetLanguageCommand } from './commands/setLanguage';

/** How much of a file detection reads. */
const HEAD = 65536;

/** Documents the user switched back away from transcript: never switch them again this session. */
const declined = new Set<string>();

export function registerDetection(context: vscode.ExtensionContext, models: TranscriptModels): void {
  const justClosed = new Set<string>();
  const consider = (doc: vscode.TextDocument) => {
    // Plain text, and markdown (podcast and talk transcripts are often kept as .md).
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
    if (justClosed.has(doc.uri.toString())) declined.add(doc.uri.toString());
    if (declined.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('transcript', doc).get<boolean>('detection.enabled', true)) return;
    const head = doc.getText(new vscode.Range(0, 0, doc.positionAt(HEAD).line + 1, 0)).slice(0, HEAD);
    if (looksLikeTranscript(head, { ...models.parseOptions(), fileName: doc.uri.path })) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(consider),
  );
  registerCommands(context, [new SetLanguageCommand((doc) => declined.delete(doc.uri.toString()))]);
  // A language change closes the document and opens it again in the same
  // tick: a transcript reopened at once as plain text is the user's choice.
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.languageId !== LANGUAGE_ID) return;
      const key = doc.uri.toString();
      justClosed.add(key);
      setTimeout(() => justClosed.delete(key), 0);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) consider(doc);
}
