/**
 * The one seam between the editor's features and the files they work on (as
 * markdown-language-features' `IMdWorkspace`): find a transcript's open
 * document, read its decoded text, write a file whole, name its sidecar, find and
 * watch files. One
 * implementation over `vscode.workspace.fs`, so the features work the same in
 * VS Code for the Web and on the desktop.
 */
import * as vscode from 'vscode';
import { decodeText } from '../core/text';
import { sidecarUriOf } from '../storage/sidecarFiles';
import { logError } from '../util/log';
import { openDocument } from './index';

/** What the editor's features ask of files. */
export interface HostFiles {
  /** The open document of a file (or a document's transcript view), if it is open. */
  openDocument(uri: vscode.Uri): vscode.TextDocument | undefined;
  /** A file's text as the editor has it when it is open, else decoded from disk. */
  readText(uri: vscode.Uri): Promise<string>;
  /** Writes a file whole or not at all: a temporary file beside it, then a rename over it. Text is written as UTF-8. */
  writeAtomically(uri: vscode.Uri, content: string | Uint8Array): Promise<void>;
  /** The shared sidecar of a transcript. */
  sidecarOf(transcript: vscode.Uri): vscode.Uri;
  /** The workspace's files that a pattern takes and `exclude` leaves, at most `max`. */
  findFiles(include: vscode.GlobPattern, exclude?: string, max?: number): Thenable<vscode.Uri[]>;
  /** Watches the files a pattern takes; `ignore` leaves out creations, changes or deletions. The caller owns the watcher. */
  watch(glob: string, ignore?: { create?: boolean; change?: boolean; delete?: boolean }): vscode.FileSystemWatcher;
}

/** The files of the editor's workspace, through `vscode.workspace.fs`. */
export const hostFiles: HostFiles = {
  openDocument: (uri) => openDocument(uri),
  async readText(uri) {
    const open = openDocument(uri);
    if (open) return open.getText();
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  },
  async writeAtomically(uri, content) {
    const temp = uri.with({ path: `${uri.path}.tmp-${Math.random().toString(36).slice(2, 10)}` });
    await vscode.workspace.fs.writeFile(temp, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    try {
      await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(temp)).catch((cleanup: unknown) => logError('Could not remove a temporary file after a failed write', temp, cleanup));
      throw e;
    }
  },
  sidecarOf: (transcript) => sidecarUriOf(transcript),
  findFiles: (include, exclude, max) => vscode.workspace.findFiles(include, exclude, max),
  watch: (glob, ignore = {}) => vscode.workspace.createFileSystemWatcher(glob, ignore.create, ignore.change, ignore.delete),
};
