/**
 * `transcript-annotator export <files or folders...> --format <f> -o <path>`:
 * the same gathering and writing as the editor's Export Annotations command,
 * over files read from disk. A broken sidecar is named on stderr and makes
 * the exit code 1, while the other documents still export.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CATEGORIES, readCodebook, CODEBOOK_PATH, type Category } from '../core/annotations/codebook';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX } from '../core/annotations/tag';
import { annotatorSidecarPath, annotatorSlug, sidecarPath } from '../core/annotations/sidecarPaths';
import { EXPORT_WRITERS, exportWriter, writeExport } from '../core/export/writers';
import { exportCategoriesOf, gatherCorpus, type SourceDocument } from '../core/export/gather';
import type { ExportProblem } from '../core/export/exportData';
import { RefiQdaError } from '../core/export/refiQda';
import { exportSummary, formatProblem } from '../core/export/summary';
import { hasTranscriptExtension } from '../core/workspace/documents';
import { recordingBeside } from '../core/media/recording';
import { CommandError, refuseReplacingInputs, walkInputs, readDecodedFile, readsLikeTranscript, readTranscriptFile, isDocumentFile, writeAtomically } from './io';

export const EXPORT_USAGE = `  export <files or folders...> --format <format> -o <path> [options]
                            Export the tags of transcripts (folders are searched for
                            transcripts: *.transcript, *.transcript.txt, documents such
                            as PDF and Word files, and text files with a sidecar or that
                            read like a transcript). A document's tags cite their place
                            in it (page:line of a PDF) in every format.
                            Formats: ${EXPORT_WRITERS.map((f) => f.id).join(', ')}.
                            -o - writes to standard output.
      --force               Replace the output file when it exists.
      --include-orphans     Export tags whose words are no longer in the text.
      --tags <set>          Whose tags: shared (default, <file>.annotations.yaml), agreed
                            (the adjudicated set) or an annotator's name.
      --no-bom              CSV without a byte-order mark (spreadsheets want one).
      --no-neutralise       CSV cells as they are: no ' before a cell that starts with
                            = + - @, a tab or a carriage return (for programs that
                            read the file as data, never for spreadsheets).
      --publisher-name <n>  ClaimReview: the organisation publishing the reviews.
      --publisher-url <url> ClaimReview: the address the reviews are published under;
                            each review's url is it with #<tag id>.
      --codebook <file>     The codebook (default: ${CODEBOOK_PATH} here, if any).
      --name <name>         The project's name in a .qdpx (default: the output's name).
`;

const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;

interface Options {
  format: string;
  output: string;
  force: boolean;
  orphans: boolean;
  tags?: string;
  bom: boolean;
  neutralise: boolean;
  publisherName?: string;
  publisherUrl?: string;
  codebook?: string;
  name?: string;
  inputs: string[];
}

function parse(args: string[]): Options {
  const o: Partial<Options> & { inputs: string[] } = { inputs: [], force: false, orphans: false, bom: true, neutralise: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`export: ${a} needs a value`, 2);
      return v;
    };
    if (a === '--format' || a === '-f') o.format = value();
    else if (a === '-o' || a === '--output') o.output = value();
    else if (a === '--codebook') o.codebook = value();
    else if (a === '--name') o.name = value();
    else if (a === '--force') o.force = true;
    else if (a === '--include-orphans') o.orphans = true;
    else if (a === '--tags') o.tags = value();
    else if (a === '--no-bom') o.bom = false;
    else if (a === '--bom') o.bom = true;
    else if (a === '--no-neutralise' || a === '--no-neutralize') o.neutralise = false;
    else if (a === '--publisher-name') o.publisherName = value();
    else if (a === '--publisher-url') o.publisherUrl = value();
    else if (a.startsWith('-') && a !== '-') throw new CommandError(`export: unknown option ${a}`, 2);
    else o.inputs.push(a);
  }
  if (!o.format) throw new CommandError(`export: --format is missing (one of ${EXPORT_WRITERS.map((f) => f.id).join(', ')})`, 2);
  if (!exportWriter(o.format)) throw new CommandError(`export: unknown format '${o.format}' (one of ${EXPORT_WRITERS.map((f) => f.id).join(', ')})`, 2);
  if (!o.output) throw new CommandError('export: -o <path> is missing (the file to write, or - for standard output)', 2);
  if (o.inputs.length === 0) throw new CommandError('export: no transcript or folder given', 2);
  if (o.tags !== undefined && o.tags !== 'shared' && o.tags !== 'agreed' && !annotatorSlug(o.tags)) throw new CommandError(`export: --tags '${o.tags}' names no annotator (shared, agreed, or an annotator's name)`, 2);
  return o as Options;
}


/** The transcripts under the inputs, in a stable order, each once. */
export function findTranscripts(inputs: readonly string[]): string[] {
  const found = new Set<string>();
  const consider = (file: string, explicit: boolean) => {
    if (file.endsWith(SIDECAR_SUFFIX)) {
      // A sidecar given or met stands for its transcript.
      const transcript = file.slice(0, -SIDECAR_SUFFIX.length);
      if (explicit || existsSync(transcript)) found.add(transcript);
      return;
    }
    if (explicit || hasTranscriptExtension(file) || existsSync(file + SIDECAR_SUFFIX) || isDocumentFile(file)) {
      found.add(file);
      return;
    }
    if (file.endsWith('.txt') && readsLikeTranscript(file)) found.add(file);
  };
  walkInputs(inputs, consider, (message) => new CommandError(message));
  return [...found];
}

/** How a path is shown and stored: relative to the current folder when under it, with `/`. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
  return shown.split(sep).join('/');
}

export function loadCodebook(option: string | undefined, problems: ExportProblem[]): Category[] {
  const file = option ?? (existsSync(CODEBOOK_PATH) ? CODEBOOK_PATH : undefined);
  if (!file) return [...DEFAULT_CATEGORIES];
  const { text } = readDecodedFile(file, 'codebook', 1024 * 1024);
  const read = readCodebook(text);
  for (const p of read.problems) problems.push({ file: displayPath(file), line: p.line, severity: p.severity, message: p.message });
  return read.categories;
}

/** Runs `export`; returns the exit code. Failures that end it are written as one line. */
export async function runExport(args: string[], write: (s: string) => void, writeError: (s: string) => void, version: string): Promise<number> {
  try {
    return await exportCommand(args, write, writeError, version);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n${e.code === 2 ? `Usage:\n${EXPORT_USAGE}` : ''}`);
    return e.code;
  }
}

async function exportCommand(args: string[], write: (s: string) => void, writeError: (s: string) => void, version: string): Promise<number> {
  const o = parse(args);
  const format = exportWriter(o.format)!;
  const toStdout = o.output === '-';
  if (toStdout && format.id === 'qdpx') throw new CommandError('export: a .qdpx project is a zip archive; give a file to write it to with -o', 2);
  if (!toStdout) {
    if (existsSync(o.output)) {
      if (statSync(o.output).isDirectory()) throw new CommandError(`${o.output}: is a folder; give the file to write`, 2);
      if (!o.force) throw new CommandError(`${o.output}: already exists; add --force to replace it`);
    } else if (!existsSync(dirname(resolve(o.output)))) {
      throw new CommandError(`${o.output}: the folder ${dirname(o.output)} does not exist`);
    }
  }
  const problems: ExportProblem[] = [];
  const codebook = loadCodebook(o.codebook, problems);
  const files = findTranscripts(o.inputs);
  if (!toStdout) refuseReplacingInputs('export', o.output, [...files.map((path) => ({ path, transcript: true })), { path: o.codebook ?? CODEBOOK_PATH }]);
  const sources: SourceDocument[] = [];
  for (const file of files) {
    const path = displayPath(file);
    let source: SourceDocument;
    try {
      // A document (PDF, Word...) is read by its reader: its tags are anchored to the text it extracts.
      const read = isDocumentFile(file) ? await readTranscriptFile(file, MAX_TRANSCRIPT_BYTES) : undefined;
      const text = read ? read.text : readDecodedFile(file, 'transcript', MAX_TRANSCRIPT_BYTES).text;
      source = { path, uri: pathToFileURL(resolve(file)).href, text, ...(read ? { transcript: read.transcript } : {}) };
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      problems.push({ file: path, severity: 'error', keptOut: true, message: `${e.message.slice(e.message.indexOf(': ') + 2)}; the document is left out.` });
      continue;
    }
    const media = recordingBeside(basename(file), readdirSync(dirname(resolve(file))));
    if (media) source.media = media;
    const sidecarFile = !o.tags || o.tags === 'shared' ? file + SIDECAR_SUFFIX : o.tags === 'agreed' ? sidecarPath(file, { kind: 'agreed' }) : annotatorSidecarPath(file, o.tags);
    if (existsSync(sidecarFile)) {
      try {
        const sidecar = readDecodedFile(sidecarFile, 'sidecar', MAX_SIDECAR_BYTES);
        source.sidecar = { name: displayPath(sidecarFile), text: sidecar.text, byteLength: sidecar.bytes };
      } catch (e) {
        if (!(e instanceof CommandError)) throw e;
        problems.push({ file: displayPath(sidecarFile), severity: 'error', keptOut: true, message: `${e.message.slice(e.message.indexOf(': ') + 2)}; ${path} is left out.` });
        continue;
      }
    }
    sources.push(source);
  }
  if (files.length === 0) throw new CommandError(`export: no transcript found in ${o.inputs.join(', ')}`);
  const origin = `Transcript Annotator ${version}`;
  const gathered = gatherCorpus(sources, exportCategoriesOf(codebook), { orphans: o.orphans ? 'include' : 'skip', created: new Date().toISOString(), origin });
  for (const item of gathered.problems) problems.push(item);
  let written;
  try {
    written = writeExport(format.id, gathered.corpus, { bom: o.bom, neutraliseFormulas: o.neutralise, publisher: { name: o.publisherName, url: o.publisherUrl }, projectName: o.name ?? (toStdout ? 'Transcripts' : basename(o.output).replace(/\.[^.]+$/, '')) });
  } catch (e) {
    if (e instanceof RefiQdaError) throw new CommandError(`export: ${e.message}`);
    throw e;
  }
  for (const p of problems) writeError(formatProblem(p) + '\n');
  if (toStdout) write(new TextDecoder('utf-8', { ignoreBOM: true }).decode(written.bytes));
  else writeAtomically(o.output, written.bytes);
  const summary = exportSummary(format, gathered.corpus, written, toStdout ? 'standard output' : o.output, problems) + '\n';
  if (toStdout) writeError(summary);
  else write(summary);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
