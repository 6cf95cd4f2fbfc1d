import * as vscode from 'vscode';
import { OPEN_SAMPLES_COMMAND } from '../../commandIds';
import { parseSidecarPath } from '../../core/annotations/sidecarPaths';
import type { Command } from '../../util/command';
import { logError } from '../../util/log';
import type { ViewsContext } from './shared';
import { editorUriOf } from '../../documents/addresses';
import { hostFiles } from '../../documents/hostFiles';

/** The samples' working copies, in the extension's global storage: tagging a sample never writes into the extension's own files. */
export const SAMPLES_COPY_FOLDER = 'samples';
/** The list of the samples' files, for hosts that cannot list the extension's folder. */
export const SAMPLES_INDEX = 'index.json';

/**
 * Open a Sample Transcript…: one of the samples the extension carries. The
 * picker lists the transcripts (sidecars travel with them, unlisted); the
 * chosen one and its sidecars are copied to the extension's storage first, so
 * that tags land in the copy. A copy already there is opened as it is, with
 * the user's tags. Returns the opened file.
 */
export class OpenSamplesCommand implements Command {
  readonly id = OPEN_SAMPLES_COMMAND;

  constructor(
    private readonly v: ViewsContext,
    private readonly storage: vscode.Uri,
  ) {}

  async execute(given?: unknown): Promise<vscode.Uri | undefined> {
    const folder = vscode.Uri.joinPath(this.v.extensionUri, 'samples');
    const files = await sampleFiles(folder);
    const transcripts = files.filter((name) => !parseSidecarPath(name)).sort();
    if (!transcripts.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This build of Transcript Annotator carries no samples.'));
      return undefined;
    }
    const pick = typeof given === 'string' && transcripts.includes(given) ? given : await vscode.window.showQuickPick(transcripts, { title: vscode.l10n.t('Open a Sample Transcript') });
    if (!pick) return undefined;
    const copies = vscode.Uri.joinPath(this.storage, SAMPLES_COPY_FOLDER);
    const copy = vscode.Uri.joinPath(copies, pick);
    try {
      // The transcript and its sidecars, unless a copy is already there: the user's tags in it are kept.
      for (const name of files.filter((n) => n === pick || parseSidecarPath(n)?.transcript === pick)) {
        const target = vscode.Uri.joinPath(copies, name);
        if (await exists(target)) continue;
        // Read and written, not copied: VS Code for the Web serves the extension's files from another file system.
        await hostFiles.writeAtomically(target, await hostFiles.readBytes(vscode.Uri.joinPath(folder, name)));
      }
    } catch (e) {
      logError('Could not copy the sample', copy, e);
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot copy the sample {0} to {1}: {2}', pick, copies.toString(true), (e as Error).message));
      return undefined;
    }
    await vscode.window.showTextDocument(editorUriOf(copy));
    return copy;
  }
}

/** The samples' file names: the folder's listing, else its `index.json` (VS Code for the Web cannot list an extension's folder). */
async function sampleFiles(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await hostFiles.list(folder)).filter(({ name, kind }) => kind === 'file' && name !== SAMPLES_INDEX).map(({ name }) => name);
  } catch (listing) {
    try {
      const names: unknown = JSON.parse(new TextDecoder().decode(await hostFiles.readBytes(vscode.Uri.joinPath(folder, SAMPLES_INDEX))));
      return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
    } catch (e) {
      // No samples in this build: the caller says so.
      logError('Could not list the samples', folder, listing);
      logError('Could not read the samples\' index', folder, e);
      return [];
    }
  }
}

/** True when something is at the address; failures other than "not there" are thrown. */
async function exists(uri: vscode.Uri): Promise<boolean> {
  return (await hostFiles.stat(uri)) !== undefined;
}
