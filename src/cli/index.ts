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
import { standardOutput } from './stdout';
import { prefetchFile } from './prefetch';

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

/** Commands whose one input file is read ahead while their code loads (prefetch.ts): the file among their arguments, where they were given one. */
const READ_AHEAD: Record<string, (args: string[]) => string | undefined> = {
  outline: (args) => {
    const files = args.filter((a) => !a.startsWith('-'));
    return files.length === 1 ? files[0] : undefined;
  },
};

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
    const ahead = Object.hasOwn(READ_AHEAD, command) ? READ_AHEAD[command]!(rest) : undefined;
    const prefetched = ahead === undefined ? undefined : prefetchFile(ahead);
    return await (await load()).run(rest, out, prefetched);
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
  const closed = () => process.exit(0);
  const stdout = standardOutput(1, () => {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') closed();
      throw e;
    });
    return process.stdout;
  }, closed);
  void main(process.argv.slice(2), stdout.write, (s) => process.stderr.write(s), stdout.drained, stdout.writeBytes).then((code) => {
    process.exitCode = code;
    // All written and nothing left pending: end here, without the engine's tear-down of a heap the system takes back whole.
    if (stdout.direct && process.getActiveResourcesInfo().length === 0) process.exit(code);
  });
}
