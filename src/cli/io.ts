/** Files for the command line's `tag` and `merge`: read with the project's decoder, written whole or not at all. */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { documentReaderFor, FormatError, isDocumentFileName, looksLikeTranscript, readDocument, type DocumentRead, type ReadOptions } from '../core/formats';
import { decodeText, NotTextError } from '../core/text';
import { CommandError } from './commandError';

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
function readBytes(file: string, what: string, limit: number): Buffer {
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CommandError(`${file}: is a folder, not a ${what}`);
    if (st.size > limit) throw new CommandError(`${file}: too large to read as a ${what} (${st.size} bytes; the limit is ${limit})`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof CommandError) throw e;
    if (errno(e) === 'ENOENT') throw new CommandError(`${file}: no such file`);
    throw new CommandError(`${file}: cannot read it (${errno(e)})`);
  }
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
 * messages say what is wrong and where.
 */
export async function readTranscriptFile(file: string, limit: number, options: ReadOptions = {}): Promise<DocumentRead> {
  try {
    // The bytes are passed on, not kept here: once decoded they can go (see readDocument).
    return await readDocument(readBytes(file, 'transcript file', limit), { fileName: file, ...options });
  } catch (e) {
    if (e instanceof NotTextError) throw new CommandError(`${file}: not a text file (${e.message})`);
    if (e instanceof FormatError) throw new CommandError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Bytes read from a `.txt` file to tell whether it reads like a transcript. */
const SNIFF_BYTES = 16 * 1024;

/** True when a file's head reads like a transcript; a file that cannot be read or is not text does not. */
export function readsLikeTranscript(file: string): boolean {
  let head: Buffer;
  try {
    head = readFileSync(file).subarray(0, SNIFF_BYTES);
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
    head = readFileSync(file).subarray(0, SNIFF_BYTES);
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
