/** A workspace folder's codebook file, read for exports and imports (the default categories when there is none). */
import * as vscode from 'vscode';
import { CODEBOOK_PATH, DEFAULT_CATEGORIES, readCodebook, type Category } from '../core/annotations/codebook';
import { readText, shown } from '../util/files';

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
