/**
 * Loads a built command's file (`dist/cli/<name>.js`) as `require` would,
 * with the V8 code cache the build made for it (`dist/cli/<name>.js.cache`):
 * a one-shot process then takes its functions' compiled code from the cache
 * instead of parsing and compiling them again (for `outline`, most of what
 * loading its code costs). The cache starts with a copy of the file it was
 * made from: a cache of another build is not used (comparing the bytes costs
 * less than loading a hash function), and one that V8 rejects (another Node,
 * other flags) only means the code is compiled as usual.
 * Only the built command line uses this (the build's plugin routes each
 * command's import here); the sources import the commands directly.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The command files loaded by this process, with what their cache needs and whether theirs was used. */
const loaded: Array<{ file: string; script: Script; source: Buffer; fromCache: boolean }> = [];

/** The exports of the command file `<name>.js` in the `cli` folder beside this bundle. */
export function requireCommand(name: string): unknown {
  return loadCommandFile(join(__dirname, 'cli', `${name}.js`));
}

/** The exports of a CommonJS file (absolute path), compiled from the code cache beside it where that cache was made from the same bytes. */
export function loadCommandFile(file: string): unknown {
  const source = readFileSync(file);
  const cache = readCache(file + '.cache');
  // The cache: the source's length (4 bytes, little-endian), the source, then V8's data.
  const made = cache && cache.length >= 4 ? cache.readUInt32LE(0) : -1;
  const cachedData = made === source.length && cache!.subarray(4, 4 + made).equals(source) ? cache!.subarray(4 + made) : undefined;
  // The same wrapper as Node's own loader, so that the file runs as a CommonJS module. It holds no `import()`, which Node 20 cannot run from a code cache: the build makes the commands' imports of chunks `require`s.
  const script = new Script(Module.wrap(source.toString('utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  loaded.push({ file, script, source, fromCache: cachedData !== undefined && !script.cachedDataRejected });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** A cache file's bytes; undefined where there is none (a build without caches), or it cannot be read (said when TRANSCRIPT_ANNOTATOR_DEBUG is set: the command runs as well without it). */
function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && process.env.TRANSCRIPT_ANNOTATOR_DEBUG) process.stderr.write(`transcript-annotator: code cache ${path} not read: ${(e as Error).message}\n`);
    return undefined;
  }
}

/**
 * Writes the code cache of every command file this process loaded, beside
 * it, written whole or not at all: called by the build after running the
 * commands on samples, so the cache holds the functions those runs compiled.
 */
export function saveCodeCaches(): string[] {
  return loaded.map(({ file, script, source }) => {
    const path = file + '.cache';
    const length = Buffer.alloc(4);
    length.writeUInt32LE(source.length);
    writeFileSync(path + '.tmp', Buffer.concat([length, source, script.createCachedData()]));
    renameSync(path + '.tmp', path);
    return path;
  });
}

/** Whether the file was loaded, in this process, with its compiled code from its cache. */
export function loadedFromCache(file: string): boolean {
  return loaded.some((l) => l.file === file && l.fromCache);
}
