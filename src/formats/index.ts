/**
 * Transcript formats in the editor: **Convert to Transcript** writes any
 * format (WebVTT, SRT, Whisper JSON, Rev, Otter, court...) as a clean
 * `.transcript` file beside it, and a Whisper JSON file is offered that when
 * it is opened (JSON is for machines; the converted file is for reading and
 * tagging). Caption files open in the transcript language by their extension.
 */
import * as vscode from 'vscode';
import { convertedName, writeTranscriptText } from '../core/formats/convert';
import { describeFormat, FormatError, readTranscript, type FormatName } from '../core/formats';
import { sniffWhisperJson } from '../core/formats/whisper';
import { decodeText, NotTextError } from '../core/text';
import type { TranscriptModels } from '../documents';
import { DocumentError, fileOf, isDocument } from '../documents/originals';
import type { Transcript } from '../core/transcript';
import { exists } from '../util/files';
import { CONVERT_COMMAND } from '../commandIds';
import { registerCommands } from '../util/command';

/** Options when the command is run from code (tests, other commands) rather than from a menu. */
export interface ConvertOptions {
  /** Replace an existing `.transcript` file without asking. */
  overwrite?: boolean;
  /** Open the converted file (default true). */
  open?: boolean;
}

/** Files the user already answered about this session: they are not asked again. */
const offered = new Set<string>();

export function register(context: vscode.ExtensionContext, models: TranscriptModels): void {
  registerCommands(context, [{ id: CONVERT_COMMAND, execute: (uri?: vscode.Uri, options?: ConvertOptions) => convert(uri, options ?? {}, models) }]);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => offerConversion(doc)));
  for (const doc of vscode.workspace.textDocuments) offerConversion(doc);
}

/** Offers to convert a Whisper JSON file when it is opened, once per file and session. */
function offerConversion(doc: vscode.TextDocument): void {
  if (doc.uri.scheme === 'git' || !/\.json$/i.test(doc.uri.path)) return;
  const key = doc.uri.toString();
  if (offered.has(key)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 200), 0));
  if (!sniffWhisperJson(head, doc.uri.path)) return;
  offered.add(key);
  const name = doc.uri.path.split('/').pop()!;
  void vscode.window
    .showInformationMessage(`${name} is a Whisper transcript. Convert it to a .transcript file to read it by speaker and tag its claims?`, 'Convert to Transcript', 'Not Now')
    .then((choice) => {
      if (choice === 'Convert to Transcript') void vscode.commands.executeCommand(CONVERT_COMMAND, doc.uri);
    });
}

/** Converts a file (the given one, or the active editor's) and returns the new file's URI. */
async function convert(given: vscode.Uri | undefined, options: ConvertOptions, models: TranscriptModels): Promise<vscode.Uri | undefined> {
  const active = given instanceof vscode.Uri ? given : vscode.window.activeTextEditor?.document.uri;
  // A document's transcript view converts its document.
  const uri = active && fileOf(active);
  if (!uri) {
    void vscode.window.showInformationMessage('Open a transcript, caption or Whisper JSON file first, then convert it.');
    return undefined;
  }
  const name = uri.path.split('/').pop()!;
  let text: string;
  let transcript: Transcript | undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  try {
    if (isDocument(uri)) ({ text, transcript } = await models.originals.read(uri));
    else text = open ? open.getText() : decodeText(await vscode.workspace.fs.readFile(uri)).text;
  } catch (e) {
    const why = e instanceof NotTextError ? `it is not a text file (${e.message})` : e instanceof DocumentError ? e.reason : `it cannot be read (${(e as Error).message})`;
    void vscode.window.showErrorMessage(`Cannot convert ${name}: ${why}.`);
    return undefined;
  }
  try {
    transcript ??= readTranscript(text, { ...models.parseOptions(), fileName: uri.path });
  } catch (e) {
    if (e instanceof FormatError || e instanceof NotTextError) {
      void vscode.window.showErrorMessage(`Cannot convert ${name}: ${e.message}.`);
      return undefined;
    }
    throw e;
  }
  if (transcript.turns.length === 0) {
    void vscode.window.showWarningMessage(`${name} holds no spoken words to convert.`);
    return undefined;
  }
  const target = uri.with({ path: convertedName(uri.path) });
  if (target.toString() === uri.toString()) {
    void vscode.window.showInformationMessage(`${name} is already a transcript file.`);
    return undefined;
  }
  const targetName = target.path.split('/').pop()!;
  if ((await exists(target)) && !options.overwrite) {
    const choice = await vscode.window.showWarningMessage(`${targetName} already exists. Replace it with the conversion of ${name}?`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  const bytes = new TextEncoder().encode(writeTranscriptText(transcript, text));
  // Whole or not at all: a temporary file beside it, then a rename over the target.
  const temp = target.with({ path: `${target.path}.${Date.now().toString(36)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    void vscode.window.showErrorMessage(`Cannot write ${targetName}: ${(e as Error).message}`);
    return undefined;
  }
  const turns = transcript.turns.length;
  void vscode.window.showInformationMessage(`Converted ${name} (${describeFormat(transcript.format as FormatName)}) to ${targetName}: ${turns} turn${turns === 1 ? '' : 's'} by ${transcript.speakers.length} speaker${transcript.speakers.length === 1 ? '' : 's'}. The original is unchanged.`);
  if (options.open !== false) await vscode.window.showTextDocument(target);
  return target;
}

