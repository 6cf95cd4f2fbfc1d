/**
 * `transcript-annotator report <files or folders...> -o report.html`: the
 * corpus report as one self-contained HTML page with no script, to open in any
 * browser or send to an editor. The same counts and charts as the editor's
 * Show Corpus Report; the charting library is loaded from its chunk.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_SIDECAR_BYTES, SIDECAR_SUFFIX } from '../core/annotations/tag';
import { annotatorSlug, parseSidecarPath, SIDECAR_INFIX } from '../core/annotations/sidecarPaths';
import { annotatorSets, type SidecarSource } from '../core/agreement/annotators';
import { placeTags } from '../core/annotations/reanchor';
import { TextIndex } from '../core/annotations/positions';
import { readSidecar } from '../core/annotations/sidecar';
import { VERDICTS } from '../core/annotations/tagSet';
import { formatProblem } from '../core/export/summary';
import type { ExportProblem } from '../core/export/exportData';
import { loadModule } from '../core/formats/documents/chunks';
import { readTranscript } from '../core/formats';
import { reportCategories, type ContributedColor } from '../core/report/colors';
import { reportTags } from '../core/report/fromTags';
import type { ReportDocument, ReportFilter } from '../core/report/model';
import { sha256Text } from '../core/text/sha256';
import { stripBom } from '../core/text';
import { buildOutline } from '../core/workspace/documentTree';
import { CommandError, isDocumentFile, readDecodedFile, readTranscriptFile, writeAtomically } from './io';
import { displayPath, findTranscripts, loadCodebook } from './export';

export const REPORT_USAGE = `  report <files or folders...> -o <report.html> [options]
                            A corpus report as one HTML page with no script: speaker
                            scorecards, the claims matrix, the timeline and who spoke
                            how much, each chart beside a table of its numbers.
      --force               Replace the output file when it exists.
      --from <date>         Only events on or after this date (YYYY-MM-DD).
      --to <date>           Only events on or before this date.
      --speaker <name>      Only this speaker's claims and words (repeat for more).
      --category <id>       Only claims of this category (repeat for more).
      --verdict <verdict>   Only claims with this verdict (repeat; "" for none).
      --tags <set>          Whose tags: shared (default), agreed, or an annotator's name
                            (their own sidecar's tags and the shared tags they authored).
      --codebook <file>     The codebook (default: .transcripts/codebook.yaml here, if any).
      --charts <folder>     Also write each chart as <folder>/<chart>.svg and its numbers
                            as <folder>/<chart>.csv (every row).
`;

const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the report chunk exports. */
type ReportChunk = typeof import('../core/report/chunk');

interface Options {
  output: string;
  force: boolean;
  filter: ReportFilter;
  tags?: string;
  codebook?: string;
  /** Where to write each chart's SVG and CSV. */
  charts?: string;
  inputs: string[];
}

function parse(args: string[]): Options {
  const o: Options = { output: '', force: false, filter: {}, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`report: ${a} needs a value`, 2);
      return v;
    };
    if (a === '-o' || a === '--output') o.output = value();
    else if (a === '--force') o.force = true;
    else if (a === '--from' || a === '--to') {
      const date = value();
      if (!DATE.test(date)) throw new CommandError(`report: ${a} '${date}' is not a date written YYYY-MM-DD`, 2);
      o.filter[a === '--from' ? 'from' : 'to'] = date;
    } else if (a === '--speaker') (o.filter.speakers ??= []).push(value());
    else if (a === '--category') (o.filter.categories ??= []).push(value());
    else if (a === '--verdict') (o.filter.verdicts ??= []).push(value());
    else if (a === '--tags') o.tags = value();
    else if (a === '--codebook') o.codebook = value();
    else if (a === '--charts') o.charts = value();
    else if (a.startsWith('-') && a !== '-') throw new CommandError(`report: unknown option ${a}`, 2);
    else o.inputs.push(a);
  }
  if (!o.output) throw new CommandError('report: -o <file> is missing (the page to write, or - for standard output)', 2);
  if (o.inputs.length === 0) throw new CommandError('report: no transcript or folder given', 2);
  if (o.tags !== undefined && o.tags !== 'shared' && o.tags !== 'agreed' && !annotatorSlug(o.tags)) throw new CommandError(`report: --tags '${o.tags}' names no annotator (shared, agreed, or an annotator's name)`, 2);
  return o;
}

/** Runs `report`; returns the exit code. */
export async function runReport(args: string[], write: (s: string) => void, writeError: (s: string) => void): Promise<number> {
  try {
    return await report(args, write, writeError);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n${e.code === 2 ? `Usage:\n${REPORT_USAGE}` : ''}`);
    return e.code;
  }
}

async function report(args: string[], write: (s: string) => void, writeError: (s: string) => void): Promise<number> {
  const o = parse(args);
  const toStdout = o.output === '-';
  const problems: ExportProblem[] = [];
  const codebook = loadCodebook(o.codebook, problems);
  const files = findTranscripts(o.inputs);
  if (files.length === 0) throw new CommandError(`report: no transcript found in ${o.inputs.join(', ')}`);
  if (!toStdout) checkOutput(o, files);
  if (o.charts !== undefined && !(existsSync(o.charts) && statSync(o.charts).isDirectory())) throw new CommandError(`${o.charts}: no such folder for --charts`, 2);
  const documents: ReportDocument[] = [];
  for (const file of files) {
    const doc = readDocument(file, o.tags, problems);
    const read = await doc;
    if (read) documents.push(read);
  }
  const categories = reportCategories(codebook, contributedColors(), 'light');
  const chunk = await loadModule<ReportChunk>('report');
  const data = chunk.gatherReport(documents, categories, VERDICTS, o.filter);
  const { charts } = chunk.reportCharts(data);
  const svgs = await chunk.renderCharts(charts);
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  const page = chunk.reportPage(data, charts, svgs, { filterText: chunk.filterText(o.filter, (id) => labels.get(id) ?? id), generated: new Date().toISOString().slice(0, 10) });
  if (o.charts !== undefined) {
    const inputs = new Set(files.map((f) => resolve(f)));
    for (const chart of charts) {
      const svg = svgs.get(chart.id);
      for (const [path, content] of [[join(o.charts, `${chart.id}.csv`), chunk.chartCsv(chart)], ...(svg ? [[join(o.charts, `${chart.id}.svg`), chunk.svgFile(svg)]] : [])] as Array<[string, string]>) {
        if (inputs.has(resolve(path))) throw new CommandError(`${path}: is one of the report's inputs; give another folder to --charts`, 2);
        writeAtomically(path, content);
      }
    }
  }
  for (const p of problems) writeError(formatProblem(p) + '\n');
  const summary = `${data.documents.length} document${data.documents.length === 1 ? '' : 's'}, ${data.claims.length} claim${data.claims.length === 1 ? '' : 's'}, ${charts.length} charts`;
  if (toStdout) {
    write(page);
    writeError(`report: ${summary}\n`);
  } else {
    writeAtomically(o.output, page);
    write(`Wrote ${o.output}: ${summary}.\n`);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

/** The output must not be a folder, an input or a sidecar, nor replace a file without --force. */
function checkOutput(o: Options, files: readonly string[]): void {
  const out = resolve(o.output);
  for (const f of files) {
    if (out === resolve(f) || out.startsWith(resolve(f) + '.annotations.')) throw new CommandError(`${o.output}: is one of the report's inputs; give another file to write`, 2);
  }
  if (existsSync(o.output)) {
    if (statSync(o.output).isDirectory()) throw new CommandError(`${o.output}: is a folder; give the file to write`, 2);
    if (!o.force) throw new CommandError(`${o.output}: already exists; add --force to replace it`);
  } else if (!existsSync(dirname(out))) {
    throw new CommandError(`${o.output}: the folder ${dirname(o.output)} does not exist`);
  }
}

/** One transcript with its outline and tags; undefined (with a problem) when it cannot be read. */
async function readDocument(file: string, tags: string | undefined, problems: ExportProblem[]): Promise<ReportDocument | undefined> {
  const path = displayPath(file);
  let text: string;
  let transcript;
  try {
    // A document (PDF, Word...) is read by its reader: its tags are anchored to the text it extracts.
    if (isDocumentFile(file)) ({ text, transcript } = await readTranscriptFile(file, MAX_TRANSCRIPT_BYTES));
    else {
      text = stripBom(readDecodedFile(file, 'transcript', MAX_TRANSCRIPT_BYTES).text);
      transcript = readTranscript(text, { skipNotes: true, fileName: path });
    }
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    problems.push({ file: path, severity: 'error', keptOut: true, message: `${e.message.slice(e.message.indexOf(': ') + 2)}; the document is left out.` });
    return undefined;
  }
  const outline = buildOutline(text, transcript);
  const title = outline.title ?? path.slice(path.lastIndexOf('/') + 1);
  const document = (tags: ReportDocument['tags']): ReportDocument => ({ key: pathToFileURL(resolve(file)).href, title, path, ...(outline.date ? { date: outline.date } : {}), outline, tags });
  if (tags && tags !== 'shared') return document(setOf(file, text, tags, problems));
  const sidecarFile = file + SIDECAR_SUFFIX;
  let placed: ReportDocument['tags'] = [];
  if (existsSync(sidecarFile)) {
    const name = displayPath(sidecarFile);
    let sidecarText: string;
    let bytes: number;
    try {
      ({ text: sidecarText, bytes } = readDecodedFile(sidecarFile, 'sidecar', MAX_SIDECAR_BYTES));
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      problems.push({ file: name, severity: 'error', keptOut: true, message: `${e.message.slice(e.message.indexOf(': ') + 2)}; ${path} is left out.` });
      return undefined;
    }
    const read = readSidecar(sidecarText, bytes);
    for (const p of read.problems) problems.push({ file: name, line: p.line, severity: p.severity, message: p.message, ...(p.severity === 'error' ? { keptOut: true } : {}) });
    if (read.kind === 'unreadable') {
      problems.push({ file: name, severity: 'error', keptOut: true, message: `The sidecar cannot be read, so ${path} is left out of the report.` });
      return undefined;
    }
    placed = reportTags(text, placeTags(read.sidecar.tags, text, read.sidecar.sha256, sha256Text(text), new TextIndex(text)));
  }
  return document(placed);
}

/**
 * The agreed set or one annotator's tags, as the editor's report and
 * agreement read them: every sidecar beside the transcript, an annotator's
 * being their own sidecar's tags and the shared tags they authored.
 */
function setOf(file: string, text: string, whose: string, problems: ExportProblem[]): ReportDocument['tags'] {
  const folder = dirname(file);
  const base = basename(file);
  const sources: SidecarSource[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.startsWith(base + SIDECAR_INFIX) || parseSidecarPath(name)?.transcript !== base) continue;
    const sidecar = join(folder, name);
    try {
      const read = readDecodedFile(sidecar, 'sidecar', MAX_SIDECAR_BYTES);
      sources.push({ path: sidecar, text: read.text, byteLength: read.bytes });
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      problems.push({ file: displayPath(sidecar), severity: 'error', keptOut: true, message: `${e.message.slice(e.message.indexOf(': ') + 2)}; its tags are left out.` });
    }
  }
  const annotated = annotatorSets(text, sources);
  for (const p of annotated.problems) problems.push({ file: displayPath(p.file), line: p.line, severity: p.severity, message: p.message, ...(p.severity === 'error' ? { keptOut: true } : {}) });
  for (const u of annotated.unreadable) problems.push({ file: displayPath(u), severity: 'error', keptOut: true, message: 'The sidecar cannot be read; its tags are left out of the report.' });
  if (whose === 'agreed') return reportTags(text, annotated.agreed?.tags ?? []);
  const set = annotated.sets.find((s) => s.key === annotatorSlug(whose));
  return reportTags(text, (set?.tags ?? []).flatMap((t) => (t.record ? [t.record] : [])));
}

/** The colours the extension contributes, for the codebook's colour ids: esbuild inlines package.json. */
function contributedColors(): ContributedColor[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require('../../package.json') as { contributes?: { colors?: ContributedColor[] } };
  return manifest.contributes?.colors ?? [];
}
