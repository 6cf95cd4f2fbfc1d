/**
 * `transcript-annotator repeats <transcript> --tag <id> [<files or folders>] [--json]`
 * and `repeats <files or folders> [--json]`: where tagged claims are said
 * again in a corpus of transcripts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { MAX_SIDECAR_BYTES, placeTags, readSidecar, sha256Text, TextIndex, type Tag } from '../core/annotations';
import { sidecarPath } from '../core/annotations/sidecarPaths';
import { indexedTranscript, RepeatIndex, type Repeat, type RepeatTag } from '../core/claims/repeatIndex';
import { hasTranscriptExtension } from '../core/workspace/documents';
import { decodeText } from '../core/text';
import { readTranscript } from '../core/formats';
import { CommandError, walkInputs, errno, readsLikeTranscript, readTextFile } from './io';

export const REPEATS_USAGE = `  repeats <transcript> --tag <id> [<files or folders>] [--json]
                            Where the claim tagged <id> is said again, word for word
                            or nearly, most similar first, with speaker, date and any
                            tag (verdict, source) already on the repeat. Searches the
                            transcript's folder unless files or folders are given.
  repeats <files or folders> [--json]
                            Every tagged claim of the corpus that is said again.
      --min <similarity>    The least share of the claim's words found (default 0.5).
`;

const MAX_BYTES = 256 * 1024 * 1024;

interface Options {
  tag?: string;
  json: boolean;
  min: number;
  inputs: string[];
}

function parse(args: string[]): Options {
  const o: Options = { json: false, min: 0.5, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--tag' || a === '--min') {
      const v = args[++i];
      if (v === undefined) throw new CommandError(`repeats: ${a} needs a value`, 2);
      if (a === '--tag') o.tag = v;
      else {
        const n = Number(v);
        if (!(n > 0 && n <= 1)) throw new CommandError(`repeats: --min needs a number above 0 and at most 1, got '${v}'`, 2);
        o.min = n;
      }
    } else if (a.startsWith('-')) throw new CommandError(`repeats: unknown option ${a}`, 2);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new CommandError(`repeats: expected ${o.tag ? 'a transcript' : 'files or folders'}`, 2);
  return o;
}


/** The transcripts under the inputs: transcript extensions, files with a sidecar, text that reads like a transcript. */
function findTranscripts(inputs: readonly string[]): string[] {
  const found = new Set<string>();
  const consider = (file: string, explicit: boolean): void => {
    if (/\.annotations(?:\.[^./\\]+)?\.yaml$/.test(file)) return;
    if (explicit || hasTranscriptExtension(file) || existsSync(sidecarPath(file))) found.add(file);
    else if (file.endsWith('.txt') && readsLikeTranscript(file)) found.add(file);
  };
  walkInputs(inputs, consider, (message) => new CommandError(message));
  return [...found];
}

function display(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return (rel.startsWith('..') ? resolve(file) : rel).split(sep).join('/');
}

interface Loaded {
  id: string;
  text: string;
  index: TextIndex;
  tags: Tag[];
}

/** Reads a transcript and its shared sidecar; a broken sidecar is reported and its tags left out. */
function load(file: string, warn: (s: string) => void): Loaded | undefined {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) {
      warn(`${file}: skipped, too large (${size} bytes)\n`);
      return undefined;
    }
    text = decodeText(readFileSync(file)).text;
  } catch (e) {
    warn(`${file}: skipped, cannot read it as text (${errno(e)})\n`);
    return undefined;
  }
  const index = new TextIndex(text);
  let tags: Tag[] = [];
  const side = sidecarPath(file);
  let sidecarText: string | undefined;
  try {
    // Under the sidecar size limit, as every command reads sidecars.
    sidecarText = readTextFile(side, 'sidecar', MAX_SIDECAR_BYTES, true);
  } catch (e) {
    warn(`${side}: cannot be read, its tags are left out (${(e as Error).message})\n`);
  }
  if (sidecarText !== undefined) {
    const read = readSidecar(sidecarText);
    if (read.kind === 'unreadable') warn(`${side}: cannot be read, its tags are left out (${read.problems[0]?.message ?? 'unknown problem'})\n`);
    else tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, sha256Text(text), index).filter((t) => t.status !== 'orphaned');
  }
  return { id: display(file), text, index, tags };
}

function repeatTag(t: Tag): RepeatTag {
  return { id: t.id, category: t.category, quote: t.quote, start: t.start, end: t.end, ...(t.verdict ? { verdict: t.verdict } : {}), ...(t.source ? { source: t.source } : {}) };
}

function placed(r: Repeat, docs: Map<string, Loaded>) {
  const d = docs.get(r.document)!;
  return {
    transcript: r.document,
    line: d.index.lineOf(r.start) + 1,
    endLine: d.index.lineOf(Math.max(r.start, r.end - 1)) + 1,
    start: d.index.toCodePoint(r.start),
    end: d.index.toCodePoint(r.end),
    text: r.text,
    speaker: r.speaker,
    date: r.date ?? null,
    similarity: Math.round(r.similarity * 1000) / 1000,
    tags: r.tags.map((t) => ({ id: t.id, category: t.category, verdict: t.verdict ?? null, source: t.source ?? null })),
  };
}

function claimJson(doc: Loaded, t: Tag) {
  return { transcript: doc.id, tag: { id: t.id, category: t.category, quote: t.quote, speaker: t.speaker, verdict: t.verdict ?? null, source: t.source ?? null, line: doc.index.lineOf(t.start) + 1 } };
}

function textOf(claims: Array<ReturnType<typeof claimJson> & { repeats: Array<ReturnType<typeof placed>> }>): string {
  const out: string[] = [];
  for (const c of claims) {
    const verdict = c.tag.verdict ? ` [${c.tag.verdict}]` : '';
    out.push(`${c.transcript}:${c.tag.line} ${c.tag.id} ${c.tag.category}${verdict} “${c.tag.quote.replace(/\s+/g, ' ')}”`);
    if (c.repeats.length === 0) out.push('  said nowhere else');
    for (const r of c.repeats) {
      const tags = r.tags.map((t) => `${t.id}${t.verdict ? ` ${t.verdict}` : ''}${t.source ? ` ${t.source}` : ''}`).join('; ');
      out.push(`  ${r.similarity.toFixed(2)} ${r.transcript}:${r.line}${r.date ? ` ${r.date}` : ''}${r.speaker ? ` ${r.speaker}` : ''}: ${r.text}${tags ? `\n       tagged: ${tags}` : ''}`);
    }
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

/** Runs `repeats`; returns the exit code. */
export function runRepeats(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  const o = parse(args);
  const [first, ...rest] = o.inputs;
  const corpus = o.tag ? (rest.length ? rest : [dirname(first!)]) : o.inputs;
  const files = findTranscripts(corpus);
  if (o.tag && !files.some((f) => resolve(f) === resolve(first!))) files.unshift(first!);
  const docs = new Map<string, Loaded>();
  const index = new RepeatIndex();
  for (const file of files) {
    const d = load(file, writeError);
    if (!d || docs.has(d.id)) continue;
    docs.set(d.id, d);
    index.set(indexedTranscript(d.id, d.text, readTranscript(d.text, { skipNotes: false }), d.tags.map(repeatTag)));
  }
  const find = (doc: Loaded, t: Tag) => ({ ...claimJson(doc, t), repeats: index.find(doc.text.slice(t.start, t.end), { exclude: { document: doc.id, start: t.start, end: t.end }, minSimilarity: o.min }).map((r) => placed(r, docs)) });
  if (o.tag) {
    const doc = docs.get(display(first!));
    if (!doc) throw new CommandError(`${first}: cannot be read as a transcript`);
    const tag = doc.tags.find((t) => t.id === o.tag);
    if (!tag) throw new CommandError(`${first}: no tag '${o.tag}' placed in the text (see the anchors command for the tags and their status)`);
    const claim = find(doc, tag);
    write(o.json ? JSON.stringify(claim, null, 2) + '\n' : textOf([claim]));
    return 0;
  }
  const claims = [...docs.values()].flatMap((doc) => doc.tags.map((t) => find(doc, t))).filter((c) => c.repeats.length > 0);
  write(o.json ? JSON.stringify({ claims }, null, 2) + '\n' : claims.length ? textOf(claims) : `no tagged claim of ${docs.size} transcript${docs.size === 1 ? '' : 's'} is said again\n`);
  return 0;
}
