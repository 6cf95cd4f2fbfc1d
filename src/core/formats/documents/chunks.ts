/**
 * Chunks: the document readers whose libraries are big (pdf.js, an XML or
 * HTML parser) are built as files of their own and loaded the first time such
 * a file is read, so the bundles that start the editor and the command line
 * stay small. Each reader's chunk (`chunks/<name>.ts`) exports `read`; the
 * editor's export and import code is a chunk too (`src/core/export/chunk.ts`).
 */
import { FormatError } from '../errors';
import type { ParseOptions } from '../options';
import type { DocumentRead } from './writer';

/** What a chunk exports. */
export interface ReaderChunk {
  read(bytes: Uint8Array, options: ParseOptions): DocumentRead | Promise<DocumentRead>;
}

/** Loads a chunk by name and gives its exports; the host sets one where the default cannot find the files. */
export type ChunkLoader = (name: string) => Promise<object>;

/**
 * The default: a dynamic import beside this module in the sources (tests run
 * them through tsx) and beside the bundle in `dist/` (the command line and the
 * Node extension host load `dist/chunks/<name>.js`). The path is built at run
 * time so the bundler leaves the import alone.
 */
const besideThisFile: ChunkLoader = async (name) => {
  const path = (typeof CHUNKS_FOLDER === 'string' ? CHUNKS_FOLDER : './chunks/') + name + '.js';
  const m = (await import(/* webpackIgnore: true */ path)) as { default?: object };
  // A CommonJS chunk comes as its `module.exports` under `default`; a module of the sources as itself.
  return m.default ?? m;
};

let loader: ChunkLoader = besideThisFile;
const loaded = new Map<string, Promise<object>>();

/** Sets how chunks are loaded (the browser extension fetches them from its own address). */
export function setChunkLoader(load: ChunkLoader): void {
  loader = load;
  loaded.clear();
}

/** The exports of the chunk of that name, loaded once. */
export function loadModule<T extends object>(name: string): Promise<T> {
  let hit = loaded.get(name);
  if (!hit) {
    hit = loader(name);
    hit.catch(() => loaded.delete(name));
    loaded.set(name, hit);
  }
  return hit as Promise<T>;
}

/** A document reader's chunk. */
export function loadChunk(name: string): Promise<ReaderChunk> {
  return loadModule<ReaderChunk>(name);
}

/**
 * A reader's `read` that loads its chunk first. A built chunk carries its own
 * copy of FormatError, which callers' `instanceof FormatError` does not know:
 * its errors are given back as this bundle's FormatError.
 */
export function chunkReader(name: string): ReaderChunk['read'] {
  return async (bytes, options) => {
    const chunk = await loadChunk(name);
    try {
      return await chunk.read(bytes, options);
    } catch (e) {
      if (e instanceof Error && e.name === 'FormatError' && !(e instanceof FormatError)) throw new FormatError(e.message);
      throw e;
    }
  };
}
