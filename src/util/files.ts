/** Small questions about files, through `vscode.workspace.fs` (both hosts). */
import * as vscode from 'vscode';
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
