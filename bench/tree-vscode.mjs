#!/usr/bin/env node
// The Transcripts view in real VS Code: a workspace of 2,000 generated
// transcripts (about 100 MB) is opened in each integration lane (web worker
// host, Node host), bench/vscode/first-documents.ts opens the view, and the
// times to the first documents shown, the complete list and the background
// index are printed and kept in bench/.results/tree-vscode.json, which
// bench/tree.bench.ts adds to BENCHMARKS.md.
//
//   npm run build && node bench/tree-vscode.mjs [--lane web|node] [--count 2000]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { runTestsInPage } from '../test/harness/lib/browser.mjs';

const { values: options } = parseArgs({
  options: {
    lane: { type: 'string', multiple: true },
    count: { type: 'string', default: '2000' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const lanes = options.lane?.length ? options.lane : ['web', 'node'];
const count = Number(options.count);

const entry = path.join(root, 'dist', 'bench', 'first-documents.js');
await esbuild.build({
  entryPoints: [path.join(root, 'bench', 'vscode', 'first-documents.ts')],
  outfile: entry,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  target: 'es2022',
  logLevel: 'warning',
});

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tree-vscode-bench-'));
const workspace = path.join(tmp, 'workspace');
const { generateCorpus } = await tsImport('./corpus.ts', import.meta.url);
let bytes = 0;
for (const doc of generateCorpus(count)) {
  const file = path.join(workspace, doc.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, doc.text);
  bytes += doc.text.length;
}
console.log(`tree-vscode: ${count} transcripts, ${(bytes / 1048576).toFixed(0)} MB in ${workspace}`);

/**
 * The CPU time (ms) of this process and every process it started (the server, the
 * browser's processes, code-server and its extension host), by process, from
 * Linux's /proc; undefined elsewhere. Over the list, a figure that the machine's
 * other load changes less than the wall-clock times, and that says which process
 * spent it. A process that ended meanwhile is not counted.
 */
function cpuByProcess() {
  let names;
  try {
    names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const processes = new Map();
  for (const name of names) {
    let stat;
    let command = '';
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      command = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      // Ended while the list was read.
      if (!stat) continue;
    }
    // The command's name is in brackets and may hold spaces: the fields counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const type = /--type=([\w-]+)/.exec(command)?.[1];
    const kind = `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}${type ? `:${type}${/--utility-sub-type=([\w.]+)/.exec(command)?.[1] ?? ''}` : ''}`;
    // utime and stime, in clock ticks of 10 ms.
    processes.set(Number(name), { parent: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * 10, kind });
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of processes) {
      if (mine.has(pid) || !mine.has(p.parent)) continue;
      mine.add(pid);
      grew = true;
    }
  }
  const byKind = {};
  for (const pid of mine) {
    const p = processes.get(pid);
    if (p) byKind[p.kind] = (byKind[p.kind] ?? 0) + p.ms;
  }
  return byKind;
}

/** Runs the entry in a page and returns its `[tree-bench]` line, parsed. */
async function measure(url, lane) {
  let found;
  /** Every process's CPU time when the view opened and when the list was complete (first-documents.ts says when). */
  let cpuOpened;
  let cpuListed;
  const log = console.log;
  console.log = (...args) => {
    if (typeof args[0] === 'string' && args[0].includes('[tree-mark] open')) cpuOpened = cpuByProcess();
    if (typeof args[0] === 'string' && args[0].includes('[tree-mark] listed')) cpuListed = cpuByProcess();
    const m = typeof args[0] === 'string' && /\[tree-bench\] (\{.*\})/.exec(args[0]);
    if (m) found = JSON.parse(m[1]);
    log(...args);
  };
  try {
    await runTestsInPage({ url, lane, timeoutMs: 300_000 });
  } finally {
    console.log = log;
  }
  if (!found) throw new Error(`The ${lane} lane reported no figures.`);
  if (cpuOpened && cpuListed) {
    /** The CPU time each kind of process spent from the view's opening to the complete list (ms). */
    found.cpuByProcess = Object.fromEntries(Object.entries(cpuListed).map(([kind, ms]) => [kind, ms - (cpuOpened[kind] ?? 0)]).filter(([, ms]) => ms > 0));
    found.allCpu = Object.values(found.cpuByProcess).reduce((a, b) => a + b, 0);
    log(`[tree-cpu] ${JSON.stringify(found.cpuByProcess)}`);
  }
  return found;
}

const results = {};
const cleanups = [];
try {
  for (const lane of lanes) {
    if (lane === 'web') {
      const { startWebWorkbench } = await import('../test/harness/lib/web.mjs');
      const server = await startWebWorkbench({ extensionDevelopmentPath: root, extensionTestsPath: entry, folderPath: workspace });
      cleanups.push(async () => server.close());
      results.web = await measure(server.url, 'web');
    } else if (lane === 'node') {
      const { startCodeServer } = await import('../test/harness/lib/code-server.mjs');
      const server = await startCodeServer({ stateDir: path.join(tmp, 'state') });
      cleanups.push(async () => server.close());
      const remote = (p) => `vscode-remote://remote${p}`;
      const url = server.pageUrl(workspace, [
        ['extensionDevelopmentPath', remote(root)],
        ['extensionTestsPath', remote(entry)],
      ]);
      results.node = await measure(url, 'node');
    } else {
      throw new Error(`Unknown lane "${lane}": use web or node.`);
    }
    await cleanups.pop()();
  }
} finally {
  // A clean-up that fails is reported, not hidden: it may leave a server running.
  for (const c of cleanups.reverse()) await c().catch((error) => console.error(`tree-vscode: clean-up failed: ${error.message}`));
  rmSync(tmp, { recursive: true, force: true });
}

const ms = (x) => `${Math.round(x)} ms`;
for (const [lane, r] of Object.entries(results)) {
  console.log(
    `tree-vscode ${lane}: ${r.documents} documents; view opened at ${ms(r.viewOpened)} after the extension host started; ` +
      `first documents at ${ms(r.firstDocuments)} (${ms(r.firstDocuments - r.viewOpened)} after the view opened); ` +
      `list complete at ${ms(r.listed)}; background index done at ${ms(r.indexed)}; ` +
      `longest extension-host pause meanwhile ${ms(r.longestPause)} (99th percentile ${ms(r.pause99)})` +
      (r.listingCpu !== undefined ? `; extension-host CPU time from the view's opening to the complete list ${ms(r.listingCpu)}` : '') +
      `; the whole list redrawn ${r.listRedraws} times while it filled` +
      (r.allCpu !== undefined ? `; CPU time of all the bench's processes from the view's opening to the complete list ${ms(r.allCpu)}` : '') +
      `; load ${os.loadavg()[0].toFixed(1)}`,
  );
}
mkdirSync(path.join(root, 'bench', '.results'), { recursive: true });
writeFileSync(path.join(root, 'bench', '.results', 'tree-vscode.json'), JSON.stringify({ date: new Date().toISOString().slice(0, 10), count, megabytes: Math.round(bytes / 1048576), load: os.loadavg()[0], results }, null, 2) + '\n');
