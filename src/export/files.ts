/**
 * Files for exports and imports through `vscode.workspace.fs`, so that they
 * work in desktop VS Code and in VS Code for the Web alike.
 */
import * as vscode from 'vscode';
import { CODEBOOK_PATH, DEFAULT_CATEGORIES, readCodebook, type Category } from '../core/annotations/codebook';
import { SIDECAR_SUFFIX } from '../core/annotations/model';
import { decodeText } from '../core/text';
import { exists } from '../util/files';

export { exists };

/** The sidecar of a transcript: `briefing.txt` → `briefing.txt.annotations.yaml`. */
export function sidecarOf(transcript: vscode.Uri): vscode.Uri {
  return transcript.with({ path: transcript.path + SIDECAR_SUFFIX });
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

/** Where a folder's codebook lives. */
export function codebookUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...CODEBOOK_PATH.split('/'));
}

/** The codebook of the workspace folder (the default one when it has none); its problems as messages naming the file. */
export async function loadCodebook(folder: vscode.WorkspaceFolder | undefined): Promise<{ categories: Category[]; problems: Array<{ file: string; line: number; message: string; severity: 'error' | 'warning' }> }> {
  if (!folder) return { categories: [...DEFAULT_CATEGORIES], problems: [] };
  const uri = codebookUri(folder);
  const file = await readText(uri);
  if (!file) return { categories: [...DEFAULT_CATEGORIES], problems: [] };
  const read = readCodebook(file.text);
  return { categories: read.categories, problems: read.problems.map((p) => ({ file: shown(uri), line: p.line, message: p.message, severity: p.severity })) };
}

/** The transcripts that have a sidecar, anywhere in the workspace. */
export async function transcriptsWithSidecars(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '{**/node_modules/**,**/.git/**}', undefined, token);
  return sidecars.map((s) => s.with({ path: s.path.slice(0, -SIDECAR_SUFFIX.length) }));
}

/** The file a user is asked about before it is replaced: true when it may be written. */
export async function mayReplace(uri: vscode.Uri, replace: boolean | undefined): Promise<boolean> {
  if (replace || !(await exists(uri))) return true;
  const choice = await vscode.window.showWarningMessage(`${shown(uri)} already exists. Replace it?`, { modal: true }, 'Replace');
  return choice === 'Replace';
}
