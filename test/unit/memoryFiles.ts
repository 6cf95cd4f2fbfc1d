/** The file seam (`core/files/fileHost.ts`) in memory, for tests: files are named by `/`-separated paths. */
import type { EntryInfo, FileHost } from '../../src/core/files/fileHost';

/** A missing file, as the memory host reports it. */
class Missing extends Error {
  readonly code = 'ENOENT';
}

/** Files and folders held in maps; `writes` counts the writes, `failNextWrite` makes the next write fail before anything changes. */
export class MemoryFiles implements FileHost<string> {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  readonly folders = new Set<string>(['/']);
  writes = 0;
  failNextWrite: Error | undefined;
  private clock = 0;

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(initial)) this.put(path, content);
  }

  /** Puts a file in place at once, with its folders. */
  put(path: string, content: string | Uint8Array): void {
    this.makeFolders(this.parent(path));
    this.files.set(path, { bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtime: ++this.clock });
  }

  /** A file's text, or undefined. */
  text(path: string): string | undefined {
    const file = this.files.get(path);
    return file && new TextDecoder().decode(file.bytes);
  }

  async stat(at: string): Promise<EntryInfo | undefined> {
    const file = this.files.get(at);
    if (file) return { kind: 'file', size: file.bytes.length, mtime: file.mtime };
    return this.folders.has(at) ? { kind: 'folder', size: 0, mtime: 0 } : undefined;
  }

  async readBytes(at: string): Promise<Uint8Array> {
    const file = this.files.get(at);
    if (!file) throw new Missing(`${at}: no such file`);
    return file.bytes;
  }

  async writeAtomically(at: string, content: string | Uint8Array): Promise<void> {
    const failure = this.failNextWrite;
    this.failNextWrite = undefined;
    if (failure) throw failure;
    if (this.folders.has(at)) throw new Error(`${at}: is a folder`);
    this.writes++;
    this.put(at, content);
  }

  async list(folder: string): Promise<{ name: string; kind: 'file' | 'folder' }[]> {
    if (!this.folders.has(folder)) throw new Missing(`${folder}: no such folder`);
    const prefix = folder === '/' ? '/' : `${folder}/`;
    const direct = (path: string) => path.startsWith(prefix) && path !== folder && !path.slice(prefix.length).includes('/');
    return [...[...this.files.keys()].filter(direct).map((path) => ({ name: path.slice(prefix.length), kind: 'file' as const })), ...[...this.folders].filter(direct).map((path) => ({ name: path.slice(prefix.length), kind: 'folder' as const }))];
  }

  async rename(from: string, to: string, options: { overwrite: boolean }): Promise<void> {
    const file = this.files.get(from);
    if (!file) throw new Missing(`${from}: no such file`);
    if (!options.overwrite && (this.files.has(to) || this.folders.has(to))) throw new Error(`${to}: already exists`);
    this.files.delete(from);
    this.makeFolders(this.parent(to));
    this.files.set(to, file);
  }

  async makeFolder(at: string): Promise<void> {
    this.makeFolders(at);
  }

  isMissing(error: unknown): boolean {
    return error instanceof Missing;
  }

  child(folder: string, name: string): string {
    return folder === '/' ? `/${name}` : `${folder}/${name}`;
  }

  parent(at: string): string {
    const cut = at.lastIndexOf('/');
    return cut <= 0 ? '/' : at.slice(0, cut);
  }

  baseName(at: string): string {
    return at.slice(at.lastIndexOf('/') + 1);
  }

  shown(at: string): string {
    return at;
  }

  private makeFolders(at: string): void {
    for (let folder = at; !this.folders.has(folder); folder = this.parent(folder)) this.folders.add(folder);
  }
}
