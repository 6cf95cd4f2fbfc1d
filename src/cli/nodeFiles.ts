/** The file seam (`core/files/fileHost.ts`) over `node:fs`, for the command line: files are named by their paths. */
import { lstat, mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { EntryInfo, EntryKind, FileHost } from '../core/files/fileHost';
import { errno, writeAtomically } from './io';

/** The entry kind of a `Stats`. */
function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
}

/** Files on this machine's disk. */
export const nodeFiles: FileHost<string> = {
  async stat(at): Promise<EntryInfo | undefined> {
    try {
      const s = await stat(at);
      return { kind: kindOf(s), size: s.isDirectory() ? 0 : s.size, mtime: s.mtimeMs };
    } catch (e) {
      if (errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  readBytes: (at) => readFile(at),
  async writeAtomically(at, content) {
    writeAtomically(at, content, { makeFolders: true });
  },
  async list(folder) {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  async rename(from, to, { overwrite }) {
    if (!overwrite) {
      // `rename` replaces silently on every platform; the look before it is what refuses.
      const there = await lstat(to).then(
        () => true,
        (e: unknown) => (errno(e) === 'ENOENT' ? false : Promise.reject(e)),
      );
      if (there) throw Object.assign(new Error(`${to}: already exists`), { code: 'EEXIST' });
    }
    await rename(from, to);
  },
  async makeFolder(at) {
    await mkdir(at, { recursive: true });
  },
  isMissing: (error) => errno(error) === 'ENOENT',
  child: (folder, name) => join(folder, name),
  parent: (at) => dirname(at),
  baseName: (at) => basename(at),
  shown: (at) => at,
};
