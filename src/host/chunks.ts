/**
 * Where the editor finds the document readers' chunks. The Node extension
 * host imports them from beside its bundle (the core's default); the browser
 * extension host runs its bundle from a fetched text, with no address of its
 * own, so it imports them from the extension's address.
 */
import * as vscode from 'vscode';
import { setChunkLoader, type ReaderChunk } from '../core/formats/documents/chunks';

export function register(context: vscode.ExtensionContext): void {
  if (!WEB_BUILD) return;
  const base = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'chunks');
  setChunkLoader(async (name) => {
    const address = vscode.Uri.joinPath(base, `${name}.js`).toString(true);
    const m = (await import(/* webpackIgnore: true */ address)) as ReaderChunk;
    return m;
  });
}
