/** Files for the command line's `tag` and `merge`: read with the project's decoder, written whole or not at all. */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parseSidecarPath } from '../core/annotations/sidecarPaths';
import { replacedInput, replacedInputMessage, type ReadInput } from '../core/workspace/outputGuard';
import { diarisationFileFor, documentReaderFor, FormatError, isDocumentFileName, parseRttm, looksLikeTranscript, readCompactDocumentFrom, readDocumentFrom, type DocumentRead, type ReadOptions } from '../core/formats';
import type { CompactTranscript } from '../core/transcript/compact';
import { decodeText, NotTextError, type ByteSource } from '../core/text';
import { CommandError } from './commandError';
import { prefetchedBytes, type PrefetchedFile } from './prefetch';

export { CommandError } from './commandError';

/** The largest transcript the command line reads. */
export const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;

export function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** A text file's content; undefined when `optional` and the file does not exist. */
export function readTextFile(file: string, what: string, limit: number, optional = false): string | undefined {
  if (optional) {
    try {
      statSync(file);
    } catch (e) {
      if (errno(e) === 'ENOENT') return undefined;
    }
  }
  return readDecodedFile(file, what, limit).text;
}

/** A file's bytes, when it is a file under the size limit; the messages say what is wrong and where (`what` names what it should be). */
export function readBytes(file: string, what: string, limit: number): Buffer {
  try {
    checkedSize(file, what, limit);
    return readFileSync(file);
  } catch (e) {
    throw readFailure(file, e);
  }
}

/** A file's size, when it is a file under the size limit that fits in memory; throws CommandError saying what is wrong. */
function checkedSize(file: string, what: string, limit: number): number {
  const st = statSync(file);
  if (st.isDirectory()) throw new CommandError(`${file}: is a folder, not a ${what}`);
  if (st.size > limit) throw new CommandError(`${file}: too large to read as a ${what} (${st.size} bytes; the limit is ${limit})`);
  const memory = memoryProblem(st.size, getHeapStatistics());
  if (memory) throw new CommandError(`${file}: too large to read as a ${what} here: ${memory}`);
  return st.size;
}

/**
 * Heap a command may take per byte of the file it reads: its text (two bytes
 * a character once any character is outside Latin-1, as in Windows-1252 text
 * with curly quotes) and the transcript read from it. Measured in
 * `bench/memory.bench.ts`: about 3.5 at worst, so 4 leaves a margin.
 */
export const HEAP_PER_FILE_BYTE = 4;

/**
 * Why a file of `size` bytes would not fit in what is left of the heap, said
 * before it is read, so that no command dies of an exhausted heap;
 * undefined when it fits.
 */
export function memoryProblem(size: number, heap: { heap_size_limit: number; used_heap_size: number }): string | undefined {
  const need = size * HEAP_PER_FILE_BYTE;
  const free = heap.heap_size_limit - heap.used_heap_size;
  if (need <= free) return undefined;
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  return `it needs about ${mb(need)} of memory and ${mb(free)} is free to this process; give Node more with NODE_OPTIONS=--max-old-space-size=${Math.ceil((need + heap.used_heap_size) / (1024 * 1024) / 256) * 256}, or split the file`;
}

/** A text file decoded as every command reads text, with its size in bytes; the messages say what is wrong and where. */
export function readDecodedFile(file: string, what: string, limit: number): { text: string; bytes: number } {
  const bytes = readBytes(file, what, limit);
  try {
    return { text: decodeText(bytes).text, bytes: bytes.length };
  } catch (e) {
    if (e instanceof NotTextError) throw new CommandError(`${file}: not a text file (${e.message})`);
    throw e;
  }
}

/**
 * A transcript file in any format the readers know, text or document (PDF,
 * Word, XML...): the text its offsets point into and the transcript. The
 * messages say what is wrong and where. `prefetched`: the file as the
 * dispatcher read it ahead (prefetch.ts), used where it is this file.
 */
export async function readTranscriptFile(file: string, limit: number, options: ReadOptions = {}, prefetched?: PrefetchedFile): Promise<DocumentRead> {
  return readTranscriptFileWith(file, limit, (source) => readDocumentFrom(source, { fileName: file, ...diarisationBeside(file), ...options }), prefetched);
}

/** `readTranscriptFile` with the transcript's turns and sections as columns: what `outline` writes from; `prefetched`, the file as the dispatcher read it ahead. */
export async function readCompactTranscriptFile(file: string, limit: number, options: ReadOptions = {}, prefetched?: PrefetchedFile): Promise<{ text: string; transcript: CompactTranscript }> {
  return readTranscriptFileWith(file, limit, (source) => readCompactDocumentFrom(source, { fileName: file, ...diarisationBeside(file), ...options }), prefetched);
}

/** Who spoke when, from the RTTM file beside a Whisper JSON or captions file (`talk.json` and `talk.rttm`), when there is one; a broken one is an error that names it. */
function diarisationBeside(file: string): Pick<ReadOptions, 'diarisation'> {
  const rttm = diarisationFileFor(file);
  const text = rttm === undefined ? undefined : readTextFile(rttm, 'RTTM file', MAX_TRANSCRIPT_BYTES, true);
  if (text === undefined) return {};
  try {
    return { diarisation: parseRttm(text) };
  } catch (e) {
    if (e instanceof FormatError) throw new CommandError(`${rttm}: ${e.message}`);
    throw e;
  }
}

/** A transcript file's bytes, checked and read a piece at a time (or taken from `prefetched` where that is this file, unchanged), given to `read`; the messages say what is wrong and where. */
async function readTranscriptFileWith<T>(file: string, limit: number, read: (source: ByteSource) => Promise<T>, prefetched?: PrefetchedFile): Promise<T> {
  // Checked as readBytes checks, then read a piece at a time: a text file's whole bytes are never in memory beside its text.
  let size: number;
  let fd: number;
  try {
    size = checkedSize(file, 'transcript file', limit);
    fd = openSync(file, 'r');
  } catch (e) {
    throw readFailure(file, e);
  }
  const readPiece = (position: number, length: number): Uint8Array => {
    const piece = Buffer.allocUnsafe(length);
    let got = 0;
    try {
      while (got < length) {
        const n = readSync(fd, piece, got, length - got, position + got);
        if (n === 0) break; // the file was cut short while it was read
        got += n;
      }
    } catch (e) {
      throw readFailure(file, e);
    }
    return got === length ? piece : piece.subarray(0, got);
  };
  try {
    // Read ahead while the command loaded: the same bytes the pieces would be, already in memory.
    const ahead = await prefetchedBytes(prefetched, file, fd);
    if (ahead) return await read({ size: ahead.length, read: (position, length) => ahead.subarray(position, position + length) });
    return await read({ size, read: readPiece });
  } catch (e) {
    if (e instanceof NotTextError) throw new CommandError(`${file}: not a text file (${e.message})`);
    if (e instanceof FormatError) throw new CommandError(`${file}: ${e.message}`);
    throw e;
  } finally {
    closeSync(fd);
  }
}

/** What to say when a file cannot be read: the CommandError that says why. */
function readFailure(file: string, e: unknown): CommandError {
  if (e instanceof CommandError) return e;
  if (errno(e) === 'ENOENT') return new CommandError(`${file}: no such file`);
  return new CommandError(`${file}: cannot read it (${errno(e)})`);
}

/** Bytes read from a `.txt` file to tell whether it reads like a transcript. */
const SNIFF_BYTES = 16 * 1024;

/** The first bytes of a file, without reading the rest (a file may be far larger than memory). */
function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** True when a file's head reads like a transcript; a file that cannot be read or is not text does not. */
export function readsLikeTranscript(file: string): boolean {
  let head: Buffer;
  try {
    head = readHead(file);
  } catch {
    // Unreadable here: the command reports it when it reads the file, if it needs it.
    return false;
  }
  try {
    return looksLikeTranscript(decodeText(head).text, { fileName: file });
  } catch (e) {
    if (e instanceof NotTextError) return false;
    throw e;
  }
}

/** True when a file is a document a document reader reads (a PDF, a Word file, or XML, HTML or JSON whose head says so). */
export function isDocumentFile(file: string): boolean {
  if (isDocumentFileName(file)) return true;
  if (!/\.(?:xml|html?|json)$/i.test(file)) return false;
  let head: Buffer;
  try {
    head = readHead(file);
  } catch {
    // Unreadable here: the command reports it when it reads the file.
    return false;
  }
  return documentReaderFor(head, file) !== undefined;
}

/**
 * Writes a file whole or not at all: a temporary file beside it, then a
 * rename over it. Text is written as UTF-8. With `makeFolders`, the folders
 * it goes in are made first.
 */
export function writeAtomically(path: string, content: string | Uint8Array, options: { makeFolders?: boolean } = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    if (options.makeFolders) mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never made: nothing to remove.
    }
    throw new CommandError(`${path}: cannot write it (${errno(e)})`);
  }
}

/**
 * Refuses, before anything is written, an output that is one of a command's
 * inputs or a sidecar of an input transcript, even with --force: compared
 * after `.`/`..`, links (the real path of the file, or of its folder when it
 * does not exist yet), hard links, and case where the file system folds it.
 */
export function refuseReplacingInputs(command: string, output: string, inputs: readonly ReadInput[]): void {
  const out = realPath(output);
  const real = inputs.map((input) => ({ ...input, path: realPath(input.path) }));
  const replaced = replacedInput(out, real, { caseInsensitive: caseInsensitiveAt(out) }) ?? sameFileAs(output, inputs);
  if (replaced) {
    const named = inputs[real.findIndex((r) => r.path === replaced.input)]?.path ?? replaced.input;
    throw new CommandError(`${command}: ${replacedInputMessage(output, { ...replaced, input: named }, true)}`, 2);
  }
}

/** The absolute real path of a file, or of its nearest existing folder with the rest of the path after it. */
function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    // A file not there yet (or a dangling link): resolve the folder it would go in.
    const folder = dirname(absolute);
    return folder === absolute ? absolute : join(realPath(folder), basename(absolute));
  }
}

/** True when the file system holding `path` takes names in any case (its own or the nearest folder's name tells). */
function caseInsensitiveAt(path: string): boolean {
  for (let at = path; ; at = dirname(at)) {
    const name = basename(at);
    const flipped = name.toUpperCase() !== name ? name.toUpperCase() : name.toLowerCase();
    if (flipped !== name) {
      try {
        const a = statSync(at);
        const b = statSync(join(dirname(at), flipped));
        return a.ino === b.ino && a.dev === b.dev;
      } catch (e) {
        // Not there yet, or no such name in the other case: ask the folder above.
        if (errno(e) === 'ENOENT' && statExists(at)) return false;
      }
    }
    if (dirname(at) === at) return process.platform === 'win32' || process.platform === 'darwin';
  }
}

function statExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    // Not there, or not readable: it tells nothing of the case.
    return false;
  }
}

/** The input (or a sidecar of an input transcript) that is the same file as an existing output through a hard link. */
function sameFileAs(output: string, inputs: readonly ReadInput[]): { input: string; as: 'file' | 'sidecar' } | undefined {
  let target;
  try {
    target = statSync(output);
  } catch {
    // No output yet: no file to share.
    return undefined;
  }
  // Only a file with more than one name can be another file under a name the other checks do not see.
  if (target.ino === 0 || target.nlink < 2) return undefined;
  const same = (file: string) => {
    try {
      const st = statSync(file);
      return st.ino === target.ino && st.dev === target.dev;
    } catch {
      // An input not there cannot be written over.
      return false;
    }
  };
  for (const input of inputs) {
    if (same(input.path)) return { input: input.path, as: 'file' };
    if (!input.transcript) continue;
    const folder = dirname(input.path);
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // The folder cannot be listed: its sidecars are compared by name only.
    }
    for (const name of names) {
      if (parseSidecarPath(name)?.transcript === basename(input.path) && same(join(folder, name))) return { input: input.path, as: 'sidecar' };
    }
  }
  return undefined;
}

/** Options of the form `--name value` and flags, the rest as positional arguments. Errors carry `usage`, or, without it, the whole command line's usage. */
export function parseOptions(command: string, args: string[], flags: string[], valued: string[], usage?: string): { flags: Set<string>; values: Map<string, string>; files: string[] } {
  const out = { flags: new Set<string>(), values: new Map<string, string>(), files: [] as string[] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valued.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw usageError(`${command}: ${a} needs a value`, usage);
      out.values.set(a, v);
    } else if (flags.includes(a)) out.flags.add(a);
    else if (a.startsWith('-') && a !== '-') throw usageError(`${command}: unknown option ${a}`, usage);
    else out.files.push(a);
  }
  return out;
}

function usageError(message: string, usage: string | undefined): CommandError {
  return usage === undefined ? new CommandError(message, 2, true) : new CommandError(`${message}\n${usage}`, 2);
}

/** Folders never looked into when a folder is given. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The files of the command line's inputs: each file given (`explicit`), and
 * every file under each folder given, in name order, hidden folders and
 * `node_modules` left out. `fail` makes the error for a path that cannot be read.
 */
export function walkInputs(inputs: readonly string[], consider: (path: string, explicit: boolean) => void, fail: (message: string) => Error): void {
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      throw fail(`${folder}: cannot read the folder (${errno(e)})`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (entry.isFile()) consider(path, false);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      throw fail(errno(e) === 'ENOENT' ? `${input}: no such file or folder` : `${input}: cannot read it (${errno(e)})`);
    }
    if (st.isDirectory()) walk(input);
    else consider(input, true);
  }
}
