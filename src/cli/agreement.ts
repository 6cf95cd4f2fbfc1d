/**
 * `transcript-annotator agreement <files or folders...> [--unit sentence|turn|tag|character] [--json]`:
 * how far the annotators of the transcripts agree, by the same core as the
 * editor's Agreement Report. Each transcript's sidecars are found beside it
 * (the shared one and every `<file>.annotations.<annotator>.yaml`).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AGREEMENT_ON, agreementReport, ALPHA_LEVELS, annotatorSets, leftOutWhy, UNIT_KINDS, type AgreementDocument, type AgreementOn, type AgreementReport, type AlphaMetric, type MeasureSummary, type UnitKind } from '../core/agreement';
import { annotatorSlug, parseSidecarPath, SIDECAR_INFIX } from '../core/annotations/sidecarPaths';
import { MAX_SIDECAR_BYTES } from '../core/annotations/tag';
import { hasTranscriptExtension } from '../core/workspace/documents';
import { CommandError, errno, readDecodedFile, walkInputs } from './io';

export const AGREEMENT_USAGE = `  agreement <files or folders...> [--unit sentence|turn|tag|character] [--on category|verdict]
            [--level nominal|ordinal|interval] [--json]
                            How far the annotators of the transcripts agree: percent
                            agreement, Cohen's kappa, Fleiss' kappa, Krippendorff's alpha
                            on units (sentences by default, turns, whole tags, or code
                            points with --unit character) and Krippendorff's unitized
                            alpha on the characters, overall and per category.
                            Annotators' tags are read from <file>.annotations.<name>.yaml
                            and from the shared sidecar's tags that have an author.
      --on verdict          Compare the tags' verdicts (false ... true) instead of their
                            categories; tags without a verdict on that scale are left out.
      --level <level>       Krippendorff's alpha's level of measurement: nominal (default for
                            categories), ordinal (default for verdicts: near verdicts
                            disagree less) or interval (verdicts as the numbers 1 to 6).
      --annotators <a,b>    Compare only these annotators (names or slugs).
      --gamma [samples]     Add Mathet's gamma (spans that may overlap), with 30 (or the
                            given number of) random continua per transcript for chance.
`;

const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;



/** The transcripts under the inputs (a sidecar stands for its transcript), each once, in a stable order. */
function findTranscripts(inputs: readonly string[]): string[] {
  const found = new Set<string>();
  const consider = (file: string, explicit: boolean) => {
    const sidecar = parseSidecarPath(file.split('\\').join('/'));
    if (sidecar) {
      found.add(sidecar.transcript);
      return;
    }
    if (explicit || hasTranscriptExtension(file)) found.add(file);
  };
  walkInputs(inputs, consider, (message) => new CommandError(message));
  return [...found];
}

/** Every sidecar of a transcript: the files beside it whose names say they hold its tags. */
function sidecarsOf(transcript: string, listings: Map<string, string[]>): string[] {
  const folder = dirname(transcript);
  let names = listings.get(folder);
  if (!names) {
    try {
      names = readdirSync(folder).sort();
    } catch (e) {
      throw new CommandError(`${folder}: cannot read the folder (${errno(e)})`);
    }
    listings.set(folder, names);
  }
  const base = basename(transcript);
  return names.filter((n) => n.startsWith(base + SIDECAR_INFIX) && parseSidecarPath(n)?.transcript === base).map((n) => join(folder, n));
}

function format(value: number | null): string {
  return value === null ? '–' : value.toFixed(4);
}

const MEASURE_NAMES: Array<[keyof AgreementReport['measures'], string]> = [
  // Mathet's γ is listed last, when asked for.
  ['percentAgreement', 'Percent agreement'],
  ['cohenKappa', "Cohen's kappa"],
  ['fleissKappa', "Fleiss' kappa"],
  ['krippendorffAlpha', "Krippendorff's alpha"],
  ['unitizedAlpha', "Krippendorff's unitized alpha"],
  ['gamma', "Mathet's gamma"],
];

function textReport(report: AgreementReport): string {
  const out: string[] = [];
  out.push(`Annotators: ${report.annotators.map((a) => a.name).join(', ')}`);
  out.push(`Transcripts: ${report.documents} (${report.complete} coded by every annotator); unit: ${report.unit}; compared: ${report.on === 'verdict' ? 'verdicts' : 'categories'}; alpha: ${report.level}`);
  out.push('');
  const width = Math.max(12, ...report.categories.map((c) => c.length));
  out.push(`${'Measure'.padEnd(30)} ${'overall'.padStart(8)} ${'units'.padStart(9)}  ${report.categories.map((c) => c.padStart(Math.min(width, 16))).join(' ')}`);
  for (const [key, name] of MEASURE_NAMES) {
    const m: MeasureSummary | undefined = report.measures[key];
    if (!m) continue;
    out.push(`${name.padEnd(30)} ${format(m.overall).padStart(8)} ${String(m.units).padStart(9)}  ${report.categories.map((c) => format(m.byCategory[c] ?? null).padStart(Math.min(width, 16))).join(' ')}`);
  }
  if (report.confusion) {
    const { between, labels, counts } = report.confusion;
    out.push('', `Confusion matrix (rows ${between[0]}, columns ${between[1]}):`);
    const w = Math.max(8, ...labels.map((l) => l.length));
    out.push(`${''.padEnd(w)} ${labels.map((l) => l.padStart(w)).join(' ')}`);
    counts.forEach((row, i) => out.push(`${labels[i]!.padEnd(w)} ${row.map((n) => String(n).padStart(w)).join(' ')}`));
  }
  if (report.leftOut.length) {
    out.push('', `Left out (${report.leftOut.length} tag${report.leftOut.length === 1 ? '' : 's'}):`);
    for (const t of report.leftOut) out.push(`  ${t.document}: "${t.quote}" (${t.category}${t.annotator ? `, ${t.annotator}` : ''}): ${leftOutWhy(t)}`);
  }
  return out.join('\n') + '\n';
}

/** The JSON output: one entry per measure, with the annotators compared. */
export function agreementJson(report: AgreementReport): Record<string, unknown> {
  return {
    annotators: report.annotators.map((a) => a.name),
    unit: report.unit,
    on: report.on,
    level: report.level,
    transcripts: report.documents,
    transcriptsCodedByAll: report.complete,
    categories: report.categories,
    ...report.measures,
    confusion: report.confusion ?? null,
    leftOut: report.leftOut.map((t) => ({ transcript: t.document, sidecar: t.file, id: t.id, quote: t.quote, category: t.category, annotator: t.annotator ?? null, reason: t.reason, ...(t.verdict ? { verdict: t.verdict } : {}) })),
  };
}

/** Runs `agreement`; returns the exit code. */
export function runAgreement(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  try {
    return agreement(args, write, writeError);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n${e.code === 2 ? `Usage:\n${AGREEMENT_USAGE}` : ''}`);
    return e.code;
  }
}

function agreement(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  let unit: UnitKind = 'sentence';
  let json = false;
  let only: string[] | undefined;
  let gamma: number | undefined;
  let on: AgreementOn = 'category';
  let level: AlphaMetric | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--gamma') {
      gamma = 30;
      if (/^\d+$/.test(args[i + 1] ?? '')) gamma = Number(args[++i]);
      if (gamma < 1) throw new CommandError('agreement: --gamma needs at least one sample', 2);
    }
    else if (a === '--on' || a === '--level') {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`agreement: ${a} needs a value`, 2);
      if (a === '--on') {
        if (!(AGREEMENT_ON as readonly string[]).includes(v)) throw new CommandError(`agreement: --on '${v}' is not known (one of ${AGREEMENT_ON.join(', ')})`, 2);
        on = v as AgreementOn;
      } else {
        if (!(ALPHA_LEVELS as readonly string[]).includes(v)) throw new CommandError(`agreement: --level '${v}' is not known (one of ${ALPHA_LEVELS.join(', ')})`, 2);
        level = v as AlphaMetric;
      }
    } else if (a === '--unit' || a === '--annotators') {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`agreement: ${a} needs a value`, 2);
      if (a === '--unit') {
        if (!(UNIT_KINDS as readonly string[]).includes(v)) throw new CommandError(`agreement: unknown unit '${v}' (one of ${UNIT_KINDS.join(', ')})`, 2);
        unit = v as UnitKind;
      } else only = v.split(',').map((s) => annotatorSlug(s.trim())).filter(Boolean);
    } else if (a.startsWith('-')) throw new CommandError(`agreement: unknown option ${a}`, 2);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new CommandError('agreement: no transcript or folder given', 2);
  if (level === 'interval' && on === 'category') throw new CommandError('agreement: --level interval needs values that are numbers, and categories are names: use --on verdict, or --level nominal', 2);
  const files = findTranscripts(inputs);
  const listings = new Map<string, string[]>();
  const documents: AgreementDocument[] = [];
  let failed = false;
  let unattributed = 0;
  for (const file of files) {
    const sidecars = sidecarsOf(file, listings);
    if (sidecars.length === 0) continue;
    let text: string;
    try {
      text = readDecodedFile(file, 'transcript', MAX_TRANSCRIPT_BYTES).text;
    } catch (e) {
      if (!(e instanceof CommandError)) throw e;
      writeError(`${e.message}; the transcript is left out\n`);
      failed = true;
      continue;
    }
    const sources = [];
    for (const path of sidecars) {
      try {
        const read = readDecodedFile(path, 'sidecar', MAX_SIDECAR_BYTES);
        sources.push({ path: path.split('\\').join('/'), text: read.text, byteLength: read.bytes });
      } catch (e) {
        if (!(e instanceof CommandError)) throw e;
        writeError(`${e.message}; its tags are left out\n`);
        failed = true;
      }
    }
    const read = annotatorSets(text, sources);
    for (const p of read.problems) writeError(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
    for (const path of read.unreadable) writeError(`${path}: cannot be read as a sidecar; its tags are left out\n`);
    if (read.unreadable.length) failed = true;
    unattributed += read.unattributed;
    documents.push({ path: file, text, sets: read.sets, leftOut: read.leftOut });
  }
  if (unattributed) writeError(`${unattributed} tag${unattributed === 1 ? '' : 's'} of shared sidecars have no author and are not compared\n`);
  const report = agreementReport(documents, { unit, on, ...(level ? { level } : {}), annotators: only, ...(gamma ? { gamma: { samples: gamma } } : {}) });
  for (const s of report.gammaSkipped ?? []) writeError(`${s.path}: left out of gamma: ${s.reason}\n`);
  if (report.annotators.length < 2) {
    throw new CommandError(
      `agreement: ${report.annotators.length === 0 ? 'no annotator' : `only one annotator (${report.annotators[0]!.name})`} found in ${inputs.join(', ')}; agreement needs the tags of two or more (in <file>.annotations.<name>.yaml, or tags with an author)`,
    );
  }
  write(json ? JSON.stringify(agreementJson(report), null, 2) + '\n' : textReport(report));
  return failed ? 1 : 0;
}
