/**
 * Standard output for the command line, written with the file system's own
 * blocking writes: making `process.stdout` loads Node's stream modules (and,
 * to tell a terminal, its socket modules) and a writer object, which a
 * one-shot process paid on every run for an output it writes in a few large
 * pieces. On Windows `process.stdout` is kept: only it writes Unicode to the
 * console. An output that cannot take a blocking write (a descriptor left
 * non-blocking by the program that started this one) goes through the stream
 * from the first write that would wait, in order.
 */
import { writeSync } from 'node:fs';

/** Where the command line writes its output. */
export interface StandardOutput {
  write(s: string): void;
  writeBytes(b: Uint8Array): void;
  /** Resolves when the output has room again. */
  drained(): Promise<void>;
  /** True while every write has gone straight to the descriptor: nothing is waiting in a stream. */
  readonly direct: boolean;
}

/**
 * The output on descriptor `fd`; `stream` gives the stream to fall back on
 * (`process.stdout`), made only if it is needed; `closed` is called when the
 * reader has gone (a pipe closed early, as by `head`).
 */
export function standardOutput(fd: number, stream: () => NodeJS.WriteStream, closed: () => void): StandardOutput {
  let fallback: NodeJS.WriteStream | undefined = process.platform === 'win32' ? stream() : undefined;
  const writeBytes = (b: Uint8Array): void => {
    if (fallback) {
      fallback.write(b);
      return;
    }
    let at = 0;
    while (at < b.length) {
      try {
        at += writeSync(fd, b, at, b.length - at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed();
          return;
        }
        // The descriptor is non-blocking and full: the stream waits for it, with what is left of these bytes first.
        if (code !== 'EAGAIN') throw e;
        fallback = stream();
        fallback.write(b.subarray(at));
        return;
      }
    }
  };
  return {
    write: (s) => (fallback ? void fallback.write(s) : writeBytes(Buffer.from(s, 'utf8'))),
    writeBytes,
    drained: () => (fallback?.writableNeedDrain ? new Promise<void>((resolve) => fallback!.once('drain', () => resolve())) : Promise.resolve()),
    get direct() {
      return fallback === undefined;
    },
  };
}
