/**
 * The command line: `transcript-annotator <command> [options]`. This file only
 * dispatches: each command's code is in `commands/<name>.ts`, loaded when that
 * command runs (the build makes each a file of its own under `dist/cli/`), so
 * starting the command line parses nothing a command does not use.
 */
import { CommandError, isCommandError } from './commandError';
import type { CommandOutput, RunCommand } from './command';
import { VERSION } from './version';
import { showInvisible } from '../core/text/visible';

/** For the build, which runs commands on samples and then keeps their compiled code (scripts/cli-code-cache.mjs); the loader is imported only when a command runs or this is called, so starting the command line loads nothing more. */
export async function saveCodeCaches(): Promise<string[]> {
  return (await import('./commandFile')).saveCodeCaches();
}

type CommandModule = { run: RunCommand };

/** Every command, by name. The imports stay dynamic: the build turns each into a load of the command's own file, with its code cache where there is one (commandFile.ts). */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  outline: () => import('./commands/outline'),
  anchors: () => import('./commands/anchors'),
  validate: () => import('./commands/validate'),
  convert: () => import('./commands/convert'),
  export: () => import('./commands/export'),
  import: () => import('./commands/import'),
  agreement: () => import('./commands/agreement'),
  tag: () => import('./commands/tag'),
  merge: () => import('./commands/merge'),
  repeats: () => import('./commands/repeats'),
  suggest: () => import('./commands/suggest'),
  report: () => import('./commands/report'),
};

const help = (): Promise<CommandModule & { USAGE: string }> => import('./commands/help');

/** Runs the command line with the given arguments and returns the exit code; `writeBytes` writes bytes to the same output as `write`, where it takes them. */
export async function main(argv: string[], write: (s: string) => void, writeErrorRaw: (s: string) => void, drained?: () => Promise<void>, writeBytes?: (b: Uint8Array) => void): Promise<number> {
  // Messages name files, speakers and notes from others' files: characters that reorder or hide text are shown, line by line.
  const writeError = (s: string) => writeErrorRaw(s.split('\n').map(showInvisible).join('\n'));
  const [command, ...rest] = argv;
  const out: CommandOutput = { write, writeError };
  if (drained) out.drained = drained;
  if (writeBytes) out.writeBytes = writeBytes;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      write((await help()).USAGE);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      write(VERSION + '\n');
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      throw new CommandError(`unknown command '${command}'`, 2, true);
    }
    return await (await load()).run(rest, out);
  } catch (e) {
    if (isCommandError(e)) {
      writeError(`transcript-annotator: ${e.message}${e.withUsage ? `\n${(await help()).USAGE}` : ''}\n`);
      return e.code;
    }
    // A bug, said in one line: the stack is for developers, shown when TRANSCRIPT_ANNOTATOR_DEBUG is set.
    const detail = process.env.TRANSCRIPT_ANNOTATOR_DEBUG ? ((e as Error).stack ?? String(e)) : e instanceof Error ? e.message : String(e);
    writeError(`transcript-annotator: unexpected error (please report it): ${detail}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  // A pipe takes what is written without blocking: a long output waits for it to drain rather than pile up in memory.
  const drained = () => (process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve());
  void main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    drained,
    (b) => process.stdout.write(b),
  ).then((code) => {
    process.exitCode = code;
  });
}
