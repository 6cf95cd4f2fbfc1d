/**
 * The command line: `transcript-annotator outline <file> [--json]`.
 * It uses the same core as the editor.
 */
import { readFileSync, statSync } from 'node:fs';
import { outlineJson, outlineText } from './core/outline';
import { decodeText, NotTextError } from './core/text';
import { parseTranscript } from './core/transcript';

const MAX_BYTES = 256 * 1024 * 1024;
const USAGE = `Usage: transcript-annotator <command> [options]

Commands:
  outline <file> [--json]   Print a transcript's metadata, speakers, sections and turns.
                            With --json, print them as JSON (lines are 1-based).

Options:
  -h, --help                Show this help.
  -v, --version             Show the version.
`;

/** A failure to report in one line, with the exit code to leave with. */
class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

function readTranscript(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`${file}: is a folder, not a transcript file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? (e as Error).message})`);
  }
  if (size > MAX_BYTES) throw new CliError(`${file}: too large to read as a transcript (${size} bytes; the limit is ${MAX_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read it (${code ?? (e as Error).message})`);
  }
  try {
    return decodeText(bytes).text;
  } catch (e) {
    if (e instanceof NotTextError) throw new CliError(`${file}: not a text file (${e.message})`);
    throw e;
  }
}

function outline(args: string[]): string {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new CliError(`outline: unknown option ${unknown[0]}\n${USAGE}`, 2);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new CliError(`outline: expected one file, got ${files.length}\n${USAGE}`, 2);
  const file = files[0]!;
  const text = readTranscript(file);
  const transcript = parseTranscript(text);
  return json ? JSON.stringify(outlineJson(transcript), null, 2) + '\n' : outlineText(transcript, text);
}

function version(): string {
  // esbuild inlines package.json into the bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../package.json') as { version: string }).version;
}

/** Runs the command line with the given arguments and returns the exit code. */
export function main(argv: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      write(USAGE);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      write(version() + '\n');
      return 0;
    }
    if (command === 'outline') {
      write(outline(rest));
      return 0;
    }
    throw new CliError(`unknown command '${command}'\n${USAGE}`, 2);
  } catch (e) {
    if (e instanceof CliError) {
      writeError(`transcript-annotator: ${e.message}\n`);
      return e.code;
    }
    writeError(`transcript-annotator: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
