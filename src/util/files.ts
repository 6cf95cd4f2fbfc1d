/** Files through `vscode.workspace.fs` (both hosts): whether one is there, its text, how it is named to the user, and asking before replacing it. */
import * as vscode from 'vscode';
import { decodeText } from '../core/text';
import { logError } from './log';

/** True when a file or folder is there; any error other than "not found" is logged and counts as absent. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) logError('Could not look at a file', uri, e);
    return false;
  }
}

/** How a file is named to the user: its path in the workspace. */
export function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** A file's text and size, or undefined when there is no such file. Throws with the file named for anything else. */
export async function readText(uri: vscode.Uri): Promise<{ text: string; bytes: number } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
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
