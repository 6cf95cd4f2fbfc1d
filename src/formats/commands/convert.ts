/**
 * **Convert to Transcript**: writes any format (WebVTT, SRT, Whisper JSON,
 * Rev, Otter, court, a PDF or Word document...) as a clean `.transcript` file
 * beside it; the original is unchanged.
 */
import * as vscode from 'vscode';
import { convertedName, writeTranscriptText } from '../../core/formats/convert';
import { describeFormat, FormatError, readTranscript, type FormatName } from '../../core/formats';
import { NotTextError } from '../../core/text';
import type { TranscriptModels } from '../../documents';
import { hostFiles } from '../../documents/hostFiles';
import { DocumentError } from '../../documents/originals';
import type { Transcript } from '../../core/transcript';
import { exists } from '../../util/files';
import { refusedOutput } from '../../util/outputGuard';
import { CONVERT_COMMAND } from '../../commandIds';
import type { Command } from '../../util/command';
import { fileOf, isDocument } from '../../documents/addresses';

/** Options when the command is run from code (tests, other commands) rather than from a menu. */
export interface ConvertOptions {
  /** Replace an existing `.transcript` file without asking. */
  overwrite?: boolean;
  /** Open the converted file (default true). */
  open?: boolean;
}

export class ConvertCommand implements Command {
  readonly id = CONVERT_COMMAND;

  constructor(private readonly models: TranscriptModels) {}

  /** Converts a file (the given one, or the active editor's) and returns the new file's URI. */
  execute(uri?: vscode.Uri, options?: ConvertOptions): Promise<vscode.Uri | undefined> {
    return convert(uri, options ?? {}, this.models);
  }
}

/** Converts a file (the given one, or the active editor's) and returns the new file's URI. */
async function convert(given: vscode.Uri | undefined, options: ConvertOptions, models: TranscriptModels): Promise<vscode.Uri | undefined> {
  const active = given instanceof vscode.Uri ? given : vscode.window.activeTextEditor?.document.uri;
  // A document's transcript view converts its document.
  const uri = active && fileOf(active);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript, caption or Whisper JSON file first, then convert it.'));
    return undefined;
  }
  const name = uri.path.split('/').pop()!;
  let text: string;
  let transcript: Transcript | undefined;
  try {
    if (isDocument(uri)) ({ text, transcript } = await models.originals.read(uri));
    else text = await hostFiles.readText(uri);
  } catch (e) {
    const why = e instanceof NotTextError ? `it is not a text file (${e.message})` : e instanceof DocumentError ? e.reason : `it cannot be read (${(e as Error).message})`;
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot convert {0}: {1}.', name, why));
    return undefined;
  }
  try {
    // Who spoke when, from the RTTM file beside it, as the command line converts it.
    transcript ??= readTranscript(text, await models.readOptionsFor(uri));
  } catch (e) {
    if (e instanceof FormatError || e instanceof NotTextError) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot convert {0}: {1}.', name, e.message));
      return undefined;
    }
    throw e;
  }
  if (transcript.turns.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} holds no spoken words to convert.', name));
    return undefined;
  }
  const target = uri.with({ path: convertedName(uri.path) });
  if (target.toString() === uri.toString()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is already a transcript file.', name));
    return undefined;
  }
  const refused = refusedOutput(target, [{ uri, transcript: true }]);
  if (refused) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot convert {0}: {1}', name, refused));
    return undefined;
  }
  const targetName = target.path.split('/').pop()!;
  if ((await exists(target)) && !options.overwrite) {
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it with the conversion of {1}?', targetName, name), { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  try {
    await hostFiles.writeAtomically(target, writeTranscriptText(transcript, text));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot write {0}: {1}', targetName, (e as Error).message));
    return undefined;
  }
  const turns = transcript.turns.length;
  void vscode.window.showInformationMessage(vscode.l10n.t('Converted {0} ({1}) to {2}: {3} turn{4} by {5} speaker{6}. The original is unchanged.', name, describeFormat(transcript.format as FormatName), targetName, turns, turns === 1 ? '' : 's', transcript.speakers.length, transcript.speakers.length === 1 ? '' : 's'));
  if (options.open !== false) await vscode.window.showTextDocument(target);
  return target;
}

