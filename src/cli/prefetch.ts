/**
 * A command's input file read in the background while the command's code
 * loads: the dispatcher starts one read in Node's thread pool before it loads
 * the command (compiling and running its code takes about as long as copying
 * tens of megabytes from the system's cache), and the command takes the bytes
 * if they are those of the file it then opens and checks itself. Nothing is
 * said about the file here: a file that cannot be read, is no regular file or
 * is large is simply not read ahead, and the command reads it and says what
 * is wrong as it always does.
 */
import { closeSync, fstatSync, openSync, read, type Stats } from 'node:fs';

/** The largest file read ahead: larger ones wait for the command's own checks (size limit, free memory). */
export const PREFETCH_MAX_BYTES = 64 * 1024 * 1024;

/** A file being read ahead. */
export interface PrefetchedFile {
  /** The path as the command line gave it. */
  path: string;
  /** What the file was when it was opened: its bytes are used only for the same file, unchanged. */
  stats: Stats;
  /** The file's bytes, or undefined where the read failed or came short (the file changed while it was read). */
  bytes: Promise<Uint8Array | undefined>;
}

/** Starts reading `path` whole in the background; undefined where it is not to be read ahead. */
export function prefetchFile(path: string): PrefetchedFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    // Not readable: the command opens it itself and says why.
    return undefined;
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    // As above: the command says why.
    closeSync(fd);
    return undefined;
  }
  if (!stats.isFile() || stats.size === 0 || stats.size > PREFETCH_MAX_BYTES) {
    closeSync(fd);
    return undefined;
  }
  const buffer = Buffer.allocUnsafe(stats.size);
  // One read of the whole file, which the system serves at once from its cache; a short one means the file changed.
  const bytes = new Promise<Uint8Array | undefined>((resolve) =>
    read(fd, buffer, 0, buffer.length, 0, (error, n) => {
      closeSync(fd);
      resolve(error || n !== buffer.length ? undefined : buffer);
    }),
  );
  return { path, stats, bytes };
}

/** The bytes read ahead, where they are those of the file the command opened (`fd`) and checked, unchanged since. */
export async function prefetchedBytes(prefetched: PrefetchedFile | undefined, path: string, fd: number): Promise<Uint8Array | undefined> {
  if (!prefetched || prefetched.path !== path) return undefined;
  let opened: Stats;
  try {
    opened = fstatSync(fd);
  } catch {
    // The command reads the file itself, and says what is wrong.
    return undefined;
  }
  const s = prefetched.stats;
  if (s.dev !== opened.dev || s.ino !== opened.ino || s.size !== opened.size || s.mtimeMs !== opened.mtimeMs) return undefined;
  return prefetched.bytes;
}
