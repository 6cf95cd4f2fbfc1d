import * as vscode from 'vscode';

/** The files a command was run on: a URI, a Transcripts view item (which has `uri`), or a selection of them. */
export function urisOf(item: unknown, selection: unknown): vscode.Uri[] {
  const list = Array.isArray(selection) && selection.length ? selection : item ? [item] : [];
  const out = new Map<string, vscode.Uri>();
  for (const x of list) {
    const uri = x instanceof vscode.Uri ? x : (x as { uri?: unknown } | null)?.uri;
    if (uri instanceof vscode.Uri) out.set(uri.toString(), uri);
  }
  return [...out.values()];
}
