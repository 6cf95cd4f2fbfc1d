/**
 * A command's one input file read on Node's thread pool while the command's
 * code loads: for `outline` of a large transcript, reading the file and
 * loading the command each take a good part of the process's time, and the
 * read needs no JavaScript, so the two overlap instead of following each
 * other. Only the bytes are read here: every check of the file (a folder, too
 * large, not text) and every message is still the command's, made where it
 * reads the file (io.ts), which takes these bytes only where they are the
 * whole file it means to read.
 */
import { closeSync, fstatSync, openSync, read } from 'node:fs';

/** A file being read ahead: its path as given, its size when it was opened, and its bytes once read. */
export class ReadAhead {
  constructor(
    /** The path as the command was given it. */
    readonly file: string,
    /** The file's size in bytes when the read started. */
    readonly size: number,
    private bytes: Promise<Uint8Array | undefined> | undefined,
  ) {}

  /**
   * The whole file's bytes, given once: this object then holds them no
   * longer, so that they are freed as soon as their reader is done with them.
   * Undefined where the read failed or came short (the command then reads the
   * file itself, and says what is wrong), and when taken before.
   */
  take(): Promise<Uint8Array | undefined> {
    const bytes = this.bytes ?? Promise.resolve(undefined);
    this.bytes = undefined;
    return bytes;
  }
}

/** The smallest file read ahead: a smaller one is read in less time than the read ahead costs. */
export const READ_AHEAD_MIN = 1 << 20;

/**
 * Starts reading `file` whole, where it is a regular file of `READ_AHEAD_MIN`
 * to `limit` bytes; undefined otherwise, or where it cannot be opened: the
 * command reads it the ordinary way, and its messages say why it cannot.
 */
export function readAhead(file: string, limit: number): ReadAhead | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    // A missing or unreadable file: the command's own read says so, with its message.
    return undefined;
  }
  let size: number;
  try {
    const st = fstatSync(fd);
    size = st.size;
    if (!st.isFile() || size < READ_AHEAD_MIN || size > limit) {
      closeSync(fd);
      return undefined;
    }
  } catch {
    // As above: the command's own read reports what is wrong with the file.
    closeSync(fd);
    return undefined;
  }
  const bytes = new Promise<Uint8Array | undefined>((resolve) => {
    let buffer: Buffer;
    try {
      buffer = Buffer.allocUnsafe(size);
    } catch {
      // No room for the bytes now: the command's read checks the memory left and says so.
      closeSync(fd);
      resolve(undefined);
      return;
    }
    read(fd, buffer, 0, size, 0, (error, got) => {
      closeSync(fd);
      // A failed or short read (the file changed meanwhile) is the command's to make again and report.
      // Given on the next turn of the event loop, not in this callback: the command would otherwise run inside it, while Node's request (which holds the bytes too) lives, and the bytes could not be freed once decoded.
      setImmediate(resolve, error || got !== size ? undefined : buffer);
    });
  });
  return new ReadAhead(file, size, bytes);
}
