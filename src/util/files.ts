/** Files as the user meets them (both hosts): whether one is there, its text, how it is named to the user, and asking before replacing it. Reached through the file seam (`documents/hostFiles.ts`). */
import * as vscode from 'vscode';
import { hostFiles } from '../documents/hostFiles';
import { decodeText } from '../core/text';
import { logError } from './log';

/** True when a file or folder is there; any error other than "not found" is logged and counts as absent. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await hostFiles.stat(uri)) !== undefined;
  } catch (e) {
    logError('Could not look at a file', uri, e);
    return false;
  }
}

/** How a file is named to the user: its path in the workspace, with characters that reorder or hide text made visible. */
export function shown(uri: vscode.Uri): string {
  return hostFiles.shown(uri);
}

/** A file's path in the workspace as it is, for data (an export's document column), never for a message. */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** A file's text and size, or undefined when there is no such file. Throws with the file named for anything else. */
export async function readText(uri: vscode.Uri): Promise<{ text: string; bytes: number } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await hostFiles.readBytes(uri);
  } catch (e) {
    if (hostFiles.isMissing(e)) return undefined;
    throw new Error(`${shown(uri)}: cannot read it (${(e as Error).message})`);
  }
  try {
    return { text: decodeText(bytes).text, bytes: bytes.length };
  } catch (e) {
    throw new Error(`${shown(uri)}: not a text file (${(e as Error).message})`);
  }
}

/** The workspace folder a file belongs to, or the first one. */
export function folderFor(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The file a user is asked about before it is replaced: true when it may be written. */
export async function mayReplace(uri: vscode.Uri, replace: boolean | undefined): Promise<boolean> {
  if (replace || !(await exists(uri))) return true;
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', shown(uri)), { modal: true }, 'Replace');
  return choice === 'Replace';
}
