/**
 * `npm run bench`: runs every `bench/*.bench.ts` (whatever files there are),
 * prints a table and writes BENCHMARKS.md from this one run. Each benchmark
 * measures against a reference in the same run.
 *
 *   npm run bench                      every benchmark, BENCHMARKS.md rewritten whole
 *   npm run bench -- outline tree      only those files; their rows replace theirs in BENCHMARKS.md
 *   npm run bench -- --quick [names]   fewer runs and smaller inputs, no VS Code; prints, writes nothing
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { BenchRow } from './measure';
import { isKept, judgeRuns, mergeReport, readReport, tableLine, type ReportSection } from './report';

/** How many times a benchmark file runs at most when one of its goals is missed: one noisy run does not decide (BENCH_MAX_RUNS to change it). */
const MAX_RUNS = Math.max(1, Number(process.env.BENCH_MAX_RUNS ?? 3) || 3);

type Bench = () => Promise<BenchRow[]>;

const USAGE = `Usage:
  npm run bench                      every benchmark, BENCHMARKS.md rewritten whole
  npm run bench -- outline tree      only the files whose names contain these; their rows replace theirs in BENCHMARKS.md
  npm run bench -- --quick [names]   fewer runs and smaller inputs, no VS Code; prints, writes nothing
`;

/** A command line this script cannot run: said in one message, exit code 2. */
class UsageError extends Error {}

async function loadBench(file: string): Promise<Bench> {
  const mod = (await import(join(import.meta.dirname, file))) as { default: Bench | { default: Bench } };
  return typeof mod.default === 'function' ? mod.default : mod.default.default;
}

function bundleRows(root: string): BenchRow[] {
  execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), '--production'], { cwd: root, stdio: 'ignore' });
  const kb = (f: string) => statSync(join(root, f)).size / 1024;
  const main = kb('dist/extension.js');
  const web = kb('dist/web/extension.js');
  const yaml = kb('dist/chunks/yaml.js');
  const rows: BenchRow[] = [
    { name: 'Node bundle dist/extension.js (minified)', value: `${main.toFixed(1)} KB`, goal: `< 500 KB (was < 350 KB before the readers of every format, three-way sidecar merging, agreement, recordings and the claim model; the yaml parser, ${yaml.toFixed(0)} KB, is a chunk of its own, required the first time a sidecar is read)`, pass: main < 500 },
    { name: 'Browser bundle dist/web/extension.js (minified)', value: `${web.toFixed(1)} KB`, goal: '< 500 KB (as above; the yaml parser is a chunk here too, fetched when the extension starts, since web chunks load asynchronously and sidecars are read synchronously)', pass: web < 500 },
  ];
  // Leave the development build in place for the tests.
  execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
  return rows;
}

/** The machine as the report's header gives it: processors, memory and how busy it was. */
function machine(): string {
  const list = cpus();
  return `${list.length} × ${list[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  // Read by bench/measure.ts, which the benchmark files import after this.
  if (quick) process.env.BENCH_QUICK = '1';
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const unknown = args.find((a) => a.startsWith('-') && a !== '--quick');
  if (unknown) throw new UsageError(`bench: unknown option ${unknown}\n${USAGE}`);
  const only = args.filter((a) => a !== '--quick');
  const started = new Date();
  const loadBefore = load();
  const all = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.bench.ts'));
  const unmatched = only.filter((o) => !all.some((f) => f.includes(o)));
  // A name that matches no file would leave BENCHMARKS.md rewritten with nothing measured.
  if (unmatched.length) throw new UsageError(`bench: no benchmark file matches ${unmatched.join(', ')} (files: ${all.map((f) => f.replace('.bench.ts', '')).join(', ')})`);
  const files = all.filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
  const sections: ReportSection[] = [];
  for (const file of files) {
    process.stdout.write(`running ${file}...\n`);
    const bench = await loadBench(file);
    const runs: BenchRow[][] = [await bench()];
    // A missed goal is measured again: it counts as missed only when every run misses it.
    while (!quick && runs.length < MAX_RUNS && runs[runs.length - 1]!.some((r) => !r.pass)) {
      process.stdout.write(`  a goal was missed; running ${file} again (${runs.length + 1} of ${MAX_RUNS})...\n`);
      runs.push(await bench());
    }
    const rows = judgeRuns(runs);
    sections.push({ title: file.replace('.bench.ts', ''), rows });
    console.table(rows.map((r) => ({ benchmark: r.name, value: r.value, reference: r.reference ?? '', ratio: r.ratio?.toFixed(2) ?? '', goal: r.goal ?? '', ok: r.pass ? 'yes' : 'NO' })));
  }
  if (only.length === 0) {
    const rows = bundleRows(root);
    sections.push({ title: 'bundle', rows });
    console.table(rows.map((r) => ({ benchmark: r.name, value: r.value, goal: r.goal ?? '', ok: r.pass ? 'yes' : 'NO' })));
  }
  if (quick) {
    console.log('\n--quick: fewer runs and smaller inputs; BENCHMARKS.md left as it is (it comes from a full run).');
  } else {
    const reportFile = join(root, 'BENCHMARKS.md');
    const md: string[] = [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\`${only.length ? ` (${only.join(', ')} only)` : ''}, started ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, finished ${new Date().toISOString().slice(11, 16)} UTC.`,
      '',
      `- Machine: ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} at the start, ${load()} at the end.`,
      `- Node ${process.version}.`,
      `- Each figure is the median of several runs, measured side by side with its reference in the same run (alternating where both are timed); ${MAX_RUNS > 1 ? `a benchmark file that misses a goal is run again, up to ${MAX_RUNS} times in all, and a goal counts as missed only when every run misses it` : 'each benchmark file ran once (BENCH_MAX_RUNS=1)'}. Misses are in bold.`,
      '',
    ];
    // A full run rewrites the report whole. A partial run keeps the other files' rows, marked as not re-measured.
    const earlier = only.length && existsSync(reportFile) ? readReport(readFileSync(reportFile, 'utf8')) : { sections: [] };
    const merged = mergeReport(sections, earlier);
    if (merged.some((s) => s.rows.some(isKept))) md.push('Rows marked *not re-measured* were kept from an earlier report: this run did not measure them.', '');
    for (const { title, rows } of merged) {
      md.push(`## ${title}`, '', '| Benchmark | Ours | Reference | Ratio | Goal | Met |', '| --- | --- | --- | --- | --- | --- |');
      for (const r of rows) md.push(tableLine(r));
      md.push('');
    }
    writeFileSync(reportFile, md.join('\n'));
  }
  // The exit code speaks for what this run measured.
  const failed = sections.flatMap((s) => s.rows).filter((r) => !r.pass);
  if (failed.length) {
    console.log(`\n${failed.length} goal(s) not met: ${failed.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
