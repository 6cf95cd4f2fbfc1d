/**
 * The command line: `transcript-annotator outline <file> [--json]`,
 * `anchors <transcript> [--sidecar <file>] [--json]` and `validate <sidecar>`.
 * It uses the same core as the editor.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { CONVERT_USAGE, runConvert } from './convert';
import { AGREEMENT_USAGE, runAgreement } from './agreement';
import { EXPORT_USAGE, runExport } from './export';
import { IMPORT_USAGE, runImport } from './import';
import { MERGE_USAGE, runMerge } from './merge';
import { runTag, TAG_USAGE } from './tag';
import { REPEATS_USAGE, runRepeats } from './repeats';
import { REPORT_USAGE, runReport } from './report';
import { parseSuggestArgs, suggestOutput, SuggestUsageError, SUGGEST_USAGE } from './suggest';
import { describeAnchors, MAX_SIDECAR_BYTES, placeTags, readSidecar, sha256Text, SIDECAR_SUFFIX, TextIndex, writeSidecar, type Problem } from '../core/annotations';
import { applyChoices } from './choose';
import { outlineJson, outlineText } from '../core/transcript/outline';
import { showInvisible } from '../core/text';
import { CommandError, isDocumentFile, parseOptions, readTextFile, readTranscriptFile, writeAtomically } from './io';

const MAX_BYTES = 256 * 1024 * 1024;
const USAGE = `Usage: transcript-annotator <command> [options]

Commands:
  outline <file> [--json]   Print a transcript's metadata, speakers, sections and turns;
                            a document (PDF, Word, XML, web page, speech service JSON)
                            gives each turn's place in the original (page:line).
                            With --json, print them as JSON (lines are 1-based).
  anchors <transcript> [--sidecar <file>] [--json] [--choose first|<tag id>=<n>,...]
                            Print every tag of the transcript with where it stands now:
                            1-based line/column range, code-point offsets and status
                            (anchored, moved, orphaned). The sidecar defaults to
                            <transcript>.annotations.yaml. --choose places ambiguous
                            tags and writes the sidecar: first (every duplicated
                            passage's first place) or a tag id and its place (from 1),
                            which places all the tags of that passage.
  validate <sidecar>        Check a sidecar; print each problem as file:line:column and
                            exit with 1 when there are errors.
${CONVERT_USAGE}${EXPORT_USAGE}${IMPORT_USAGE}${AGREEMENT_USAGE}${TAG_USAGE}${MERGE_USAGE}${SUGGEST_USAGE}${REPEATS_USAGE}${REPORT_USAGE}
Options:
  -h, --help                Show this help.
  -v, --version             Show the version.
`;

function readTranscriptText(file: string): string {
  return decodeFile(file, 'transcript file', MAX_BYTES);
}

/** A file decoded as every command reads text (the messages say what is wrong and where). */
function decodeFile(file: string, what: string, limit: number): string {
  return readTextFile(file, what, limit)!;
}

async function outline(args: string[]): Promise<string> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new CommandError(`outline: unknown option ${unknown[0]}\n${USAGE}`, 2);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new CommandError(`outline: expected one file, got ${files.length}\n${USAGE}`, 2);
  const file = files[0]!;
  const { text, transcript } = await readTranscriptFile(file, MAX_BYTES);
  return json ? JSON.stringify(outlineJson(transcript), null, 2) + '\n' : outlineText(transcript, text);
}


function located(file: string, problems: Problem[]): string {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`).join('');
}

async function anchors(args: string[], writeError: (s: string) => void): Promise<{ out: string; code: number }> {
  const parsed = parseOptions('anchors', args, ['--json'], ['--sidecar', '--choose'], USAGE);
  if (parsed.files.length !== 1) throw new CommandError(`anchors: expected one transcript, got ${parsed.files.length}\n${USAGE}`, 2);
  const file = parsed.files[0]!;
  const sidecarFile = parsed.values.get('--sidecar') ?? file + SIDECAR_SUFFIX;
  // A document (PDF, Word...) through its reader: its tags are anchored to the text it extracts.
  const text = isDocumentFile(file) ? (await readTranscriptFile(file, MAX_BYTES)).text : readTranscriptText(file);
  const read = readSidecar(decodeFile(sidecarFile, 'sidecar', MAX_SIDECAR_BYTES));
  if (read.kind === 'unreadable') throw new CommandError(`${sidecarFile}: cannot be read\n${located(sidecarFile, read.problems)}`.trimEnd());
  const warnings = read.problems;
  if (warnings.length) writeError(located(sidecarFile, warnings));
  // Entries that did not validate are errors, as `validate` says: the exit code tells scripts.
  const code = warnings.some((p) => p.severity === 'error') ? 1 : 0;
  const index = new TextIndex(text);
  const current = sha256Text(text);
  const placed = placeTags(read.sidecar.tags, text, read.sidecar.sha256, current, index);
  let chose = '';
  const choose = parsed.values.get('--choose');
  if (choose !== undefined) {
    if (read.kind === 'ok' && read.readOnly) throw new CommandError(`${sidecarFile}: ${read.readOnly}`);
    const done = applyChoices(placed, choose, new Date().toISOString());
    if (done.placed) writeAtomically(sidecarFile, writeSidecar({ transcriptName: basename(file), text, tags: placed, invalid: read.sidecar.invalid, extra: read.sidecar.extra, sha256: current, index }));
    chose = done.placed ? `Placed ${done.placed} ambiguous tag${done.placed === 1 ? '' : 's'} (${done.passages} duplicated passage${done.passages === 1 ? '' : 's'}); ${basename(sidecarFile)} was written.\n` : 'No tag is ambiguous; nothing was written.\n';
    writeError(chose);
  }
  const tags = describeAnchors(placed, index);
  if (parsed.flags.has('--json')) {
    const json = { transcript: file, sidecar: sidecarFile, sha256: { stored: read.sidecar.sha256 ?? null, current, same: read.sidecar.sha256 === current }, tags };
    return { out: JSON.stringify(json, null, 2) + '\n', code };
  }
  const lines = tags.map((t) => {
    const at = `${t.range.start.line}:${t.range.start.column}-${t.range.end.line}:${t.range.end.column}`;
    return `${(t.candidates ? 'ambiguous' : t.status).padEnd(8)} ${at.padEnd(15)} ${t.category.padEnd(16)} “${t.quote.replace(/\s+/g, ' ')}”${t.anchorNote ? `\n${' '.repeat(9)}${t.anchorNote}` : ''}`;
  });
  return { out: `${basename(file)}: ${tags.length} tag${tags.length === 1 ? '' : 's'}${read.sidecar.sha256 === current ? '' : ' (the transcript changed since the sidecar was written)'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`, code };
}

function validate(args: string[]): { out: string; code: number } {
  const parsed = parseOptions('validate', args, [], [], USAGE);
  if (parsed.files.length !== 1) throw new CommandError(`validate: expected one sidecar, got ${parsed.files.length}\n${USAGE}`, 2);
  const file = parsed.files[0]!;
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // decodeFile reports a missing file.
  }
  // A sidecar over the limit is refused by its size alone, without reading it.
  const read = readSidecar(size > MAX_SIDECAR_BYTES ? '' : decodeFile(file, 'sidecar', MAX_SIDECAR_BYTES), size);
  const errors = read.problems.filter((p) => p.severity === 'error').length;
  const hint = file.endsWith(SIDECAR_SUFFIX) ? '' : ` (sidecars are named <transcript>${SIDECAR_SUFFIX}: did you mean ${file}${SIDECAR_SUFFIX}?)`;
  const summary = read.kind === 'unreadable'
    ? `${file}: not readable as a sidecar${hint}\n`
    : `${file}: ${read.sidecar.tags.length} valid tag${read.sidecar.tags.length === 1 ? '' : 's'}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}${read.kind === 'ok' && read.readOnly ? ' (newer format: read-only)' : ''}\n`;
  return { out: located(file, read.problems) + summary, code: read.kind === 'unreadable' || errors > 0 ? 1 : 0 };
}

function version(): string {
  // esbuild inlines package.json into the bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../package.json') as { version: string }).version;
}

/** Runs the command line with the given arguments and returns the exit code. */
export async function main(argv: string[], write: (s: string) => void, writeErrorRaw: (s: string) => void): Promise<number> {
  // Messages name files, speakers and notes from others' files: characters that reorder or hide text are shown, line by line.
  const writeError = (s: string) => writeErrorRaw(s.split('\n').map(showInvisible).join('\n'));
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
      write(await outline(rest));
      return 0;
    }
    if (command === 'anchors') {
      const { out, code } = await anchors(rest, writeError);
      write(out);
      return code;
    }
    if (command === 'convert') {
      write(await runConvert(rest, (file, format) => readTranscriptFile(file, MAX_BYTES, format ? { format } : {})));
      return 0;
    }
    if (command === 'export') return runExport(rest, write, writeError, version());
    if (command === 'import') return runImport(rest, write, writeError);
    if (command === 'agreement') return runAgreement(rest, write, writeError);
    if (command === 'tag') return runTag(rest, write, writeError);
    if (command === 'merge') return runMerge(rest, write, writeError);
    if (command === 'report') return runReport(rest, write, writeError);
    if (command === 'repeats') {
      try {
        return runRepeats(rest, write, writeError);
      } catch (e) {
        if (e instanceof CommandError) throw new CommandError(e.code === 2 ? `${e.message}\n${USAGE}` : e.message, e.code);
        throw e;
      }
    }
    if (command === 'suggest') {
      const o = (() => {
        try {
          return parseSuggestArgs(rest);
        } catch (e) {
          if (e instanceof SuggestUsageError) throw new CommandError(`${e.message}\n${USAGE}`, 2);
          throw e;
        }
      })();
      const { text, transcript } = await readTranscriptFile(o.file, MAX_BYTES);
      write(suggestOutput(text, o, transcript));
      return 0;
    }
    if (command === 'validate') {
      const { out, code } = validate(rest);
      write(out);
      return code;
    }
    throw new CommandError(`unknown command '${command}'\n${USAGE}`, 2);
  } catch (e) {
    if (e instanceof CommandError) {
      writeError(`transcript-annotator: ${e.message}\n`);
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
  void main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((code) => {
    process.exitCode = code;
  });
}
