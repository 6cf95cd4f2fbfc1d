/**
 * The editor's side of the file seam (`core/files/fileHost.ts`), as
 * markdown-language-features has its `IMdWorkspace`: the operations every host
 * provides (look, read, write whole, list, rename), over `vscode.workspace.fs`
 * so the features work the same in VS Code for the Web and on the desktop, and
 * what only the editor has: a transcript's open document, its sidecar's
 * address, finding and watching files. Features reach files through here only.
 */
import * as vscode from 'vscode';
import type { EntryKind, FileHost } from '../core/files/fileHost';
import { decodeText, showInvisible } from '../core/text';
import { logError } from '../util/log';
import { openDocument, sidecarUriOf } from './addresses';

/** What the editor's features ask of files: the seam's operations over URIs, and the editor's own. */
export interface HostFiles extends FileHost<vscode.Uri> {
  /** The open document of a file (or a document's transcript view), if it is open. */
  openDocument(uri: vscode.Uri): vscode.TextDocument | undefined;
  /** A file's text as the editor has it when it is open, else decoded from disk. */
  readText(uri: vscode.Uri): Promise<string>;
  /** The shared sidecar of a transcript. */
  sidecarOf(transcript: vscode.Uri): vscode.Uri;
  /** The workspace's files that a pattern takes and `exclude` leaves (by default what `files.exclude` leaves; null: every one), at most `max`. */
  findFiles(include: vscode.GlobPattern, exclude?: string | null, max?: number): Thenable<vscode.Uri[]>;
  /** Watches the files a pattern takes (a glob: in the workspace's folders); `ignore` leaves out creations, changes or deletions. The caller owns the watcher. */
  watch(glob: vscode.GlobPattern, ignore?: { create?: boolean; change?: boolean; delete?: boolean }): vscode.FileSystemWatcher;
}

/** The entry kind of a `vscode.FileType` (a bit set: a link to a file is a file). */
function kindOf(type: vscode.FileType): EntryKind {
  return type & vscode.FileType.Directory ? 'folder' : type & vscode.FileType.File ? 'file' : 'other';
}

/** True when an error of `vscode.workspace.fs` means that the file is not there. */
function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

/** The files of the editor's workspace, through `vscode.workspace.fs`. */
export const hostFiles: HostFiles = {
  async stat(uri) {
    try {
      const info = await vscode.workspace.fs.stat(uri);
      const kind = kindOf(info.type);
      return { kind, size: kind === 'folder' ? 0 : info.size, mtime: info.mtime, ...(info.type & vscode.FileType.SymbolicLink ? { link: true } : {}) };
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  },
  readBytes: async (uri) => vscode.workspace.fs.readFile(uri),
  async list(folder) {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name, type]) => ({ name, kind: kindOf(type) }));
  },
  rename: async (from, to, { overwrite }) => vscode.workspace.fs.rename(from, to, { overwrite }),
  makeFolder: async (uri) => vscode.workspace.fs.createDirectory(uri),
  isMissing,
  child: (folder, name) => vscode.Uri.joinPath(folder, name),
  parent: (uri) => vscode.Uri.joinPath(uri, '..'),
  baseName: (uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1),
  shown: (uri) => showInvisible(vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1)),
  openDocument: (uri) => openDocument(uri),
  async readText(uri) {
    const open = openDocument(uri);
    if (open) return open.getText();
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  },
  async writeAtomically(uri, content) {
    const temp = uri.with({ path: `${uri.path}.tmp-${Math.random().toString(36).slice(2, 10)}` });
    // `writeFile` makes missing folders itself, in both hosts.
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
