/**
 * Transcript formats in the editor: the **Convert to Transcript** command
 * (`commands/convert.ts`), and a Whisper JSON file offered that when it is
 * opened (JSON is for machines; the converted file is for reading and
 * tagging). Caption files open in the transcript language by their extension.
 */
import * as vscode from 'vscode';
import { sniffWhisperJson } from '../core/formats/whisper';
import type { TranscriptModels } from '../documents';
import { CONVERT_COMMAND } from '../commandIds';
import { registerCommands } from '../util/command';
import { ConvertCommand } from './commands/convert';

export type { ConvertOptions } from './commands/convert';

/** Files the user already answered about this session: they are not asked again. */
const offered = new Set<string>();

export function register(context: vscode.ExtensionContext, models: TranscriptModels): void {
  registerCommands(context, [new ConvertCommand(models)]);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => offerConversion(doc)));
  for (const doc of vscode.workspace.textDocuments) offerConversion(doc);
}

/** Offers to convert a Whisper JSON file when it is opened, once per file and session. */
function offerConversion(doc: vscode.TextDocument): void {
  if (doc.uri.scheme === 'git' || !/\.json$/i.test(doc.uri.path)) return;
  const key = doc.uri.toString();
  if (offered.has(key)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 200), 0));
  if (!sniffWhisperJson(head, doc.uri.path, doc.getText())) return;
  offered.add(key);
  const name = doc.uri.path.split('/').pop()!;
  void vscode.window
    .showInformationMessage(vscode.l10n.t('{0} is a Whisper transcript. Convert it to a .transcript file to read it by speaker and tag its claims?', name), 'Convert to Transcript', 'Not Now')
    .then((choice) => {
      if (choice === 'Convert to Transcript') void vscode.commands.executeCommand(CONVERT_COMMAND, doc.uri);
    });
}
