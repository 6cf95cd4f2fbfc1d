/** What every command module under `commands/` exports, for the dispatcher (`../index.ts`) to load it when it runs. */
import type { PrefetchedFile } from './prefetch';

/** Where a command writes. */
export interface CommandOutput {
  write(s: string): void;
  /** Writes UTF-8 bytes as they are, where the output takes bytes (standard output); `write` is used where it is absent. */
  writeBytes?(b: Uint8Array): void;
  writeError(s: string): void;
  /** Resolves when the output has room again (a pipe's buffer was full); commands that write a lot wait for it between pieces. */
  drained?(): Promise<void>;
}

/** A command's entry: its arguments after the command's name in, its exit code out; `prefetched`, its input file as the dispatcher read it ahead, for the commands it does that for. */
export type RunCommand = (args: string[], out: CommandOutput, prefetched?: PrefetchedFile) => Promise<number>;
