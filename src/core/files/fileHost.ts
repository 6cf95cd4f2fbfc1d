/**
 * The one seam between the product's features and the files they work on, as
 * markdown-language-features has its workspace: each host names files its own
 * way (`A`: a `vscode.Uri` in the editor, a path on the command line, a key in
 * tests) and implements these few operations once. Everything that reads or
 * writes files through the seam works the same in VS Code for the Web, on the
 * desktop, on the command line and in memory.
 *
 * Implementations: `src/documents/hostFiles.ts` (over `vscode.workspace.fs`),
 * `src/cli/nodeFiles.ts` (over `node:fs`), `test/unit/memoryFiles.ts` (a map).
 */
import { decodeText, NotTextError } from '../text';

/** What an address names. */
export type EntryKind = 'file' | 'folder' | 'other';

/** What the host knows of an entry. */
export interface EntryInfo {
  kind: EntryKind;
  /** Size in bytes (0 for a folder). */
  size: number;
  /** Last change, in milliseconds since 1970. */
  mtime: number;
  /** True when the address is a symbolic link (to what `kind` says), where the host can tell. */
  link?: boolean;
}

/** The file operations every host provides. */
export interface FileHost<A> {
  /** What is at an address; undefined when nothing is. Other failures throw. */
  stat(at: A): Promise<EntryInfo | undefined>;
  /** A file's bytes. Throws when it cannot be read (`isMissing` tells a missing file apart). */
  readBytes(at: A): Promise<Uint8Array>;
  /** Writes a file whole or not at all (a temporary file beside it, then a rename over it); text is written as UTF-8; missing folders are made. */
  writeAtomically(at: A, content: string | Uint8Array): Promise<void>;
  /** A folder's entries, in no particular order. */
  list(folder: A): Promise<{ name: string; kind: EntryKind }[]>;
  /** Moves a file; with `overwrite: false` it fails when the target exists. */
  rename(from: A, to: A, options: { overwrite: boolean }): Promise<void>;
  /** Makes a folder and the folders it is in. */
  makeFolder(at: A): Promise<void>;
  /** True when an error thrown by this host means that the file is not there. */
  isMissing(error: unknown): boolean;
  /** The address of `name` in `folder`. */
  child(folder: A, name: string): A;
  /** The folder an address is in. */
  parent(at: A): A;
  /** The last part of an address: the file's name. */
  baseName(at: A): string;
  /** The address as a user reads it in a message. */
  shown(at: A): string;
}

/** A text file as read through a host: decoded text, its size in bytes, the encoding found. */
export interface ReadText {
  text: string;
  size: number;
  encoding: string;
}

/** Why a file was not read: it is larger than the limit, or a folder. */
export interface NotRead {
  notRead: 'too-large' | 'folder';
  size: number;
}

/**
 * A text file read as every feature reads text (UTF-8, UTF-16 with or without
 * a mark, Windows-1252), only when it is a file under `limit` bytes; undefined
 * when there is no such file (also when it went away between the look and the
 * read). A file that is not text throws, with the file named.
 */
export async function readTextAt<A>(host: FileHost<A>, at: A, limit: number): Promise<ReadText | NotRead | undefined> {
  const info = await host.stat(at);
  if (!info) return undefined;
  if (info.kind === 'folder') return { notRead: 'folder', size: info.size };
  if (info.size > limit) return { notRead: 'too-large', size: info.size };
  let bytes: Uint8Array;
  try {
    bytes = await host.readBytes(at);
  } catch (e) {
    if (host.isMissing(e)) return undefined;
    throw e;
  }
  // A file that grew past the limit between the look and the read is refused all the same.
  if (bytes.length > limit) return { notRead: 'too-large', size: bytes.length };
  try {
    const decoded = decodeText(bytes);
    return { text: decoded.text, size: bytes.length, encoding: decoded.encoding };
  } catch (e) {
    if (e instanceof NotTextError) throw new Error(`${host.shown(at)}: not a text file (${e.message})`);
    throw e;
  }
}

/** True when a read gave text rather than a reason it was not read. */
export function isText(read: ReadText | NotRead | undefined): read is ReadText {
  return read !== undefined && !('notRead' in read);
}
