/**
 * The command line's start-up as whole processes, side by side with bare Node
 * (`node -e 0`) in the same run: `--version` (the dispatcher alone), `--help`
 * (every command's usage), and `outline` of a small transcript (the dispatcher
 * and the outline command's own file). The shipped (production) build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTranscript } from './generate';
import { median, type BenchRow } from './measure';

const RUNS = 15;

function once(args: string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t;
}

export default async function bench(): Promise<BenchRow[]> {
  const root = join(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'transcript-bench-'));
  try {
    execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), '--production'], { cwd: root, stdio: 'ignore' });
    const small = join(dir, 'small.txt');
    writeFileSync(small, generateTranscript(2 * 1024, 5));
    const cli = join(root, 'dist', 'cli.js');
    const cases: Record<string, string[]> = { bare: ['-e', '0'], version: [cli, '--version'], help: [cli, '--help'], outline: [cli, 'outline', small, '--json'] };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    for (const args of Object.values(cases)) once(args);
    // Alternate the cases run by run, so that each sees the same machine.
    for (let i = 0; i < RUNS; i++) for (const [k, args] of Object.entries(cases)) times[k]!.push(once(args));
    const [bare, version, help, outline] = (['bare', 'version', 'help', 'outline'] as const).map((k) => median(times[k]!)) as [number, number, number, number];
    const row = (name: string, ms: number, goal: number | undefined): BenchRow => ({
      name,
      value: `${ms.toFixed(0)} ms (+${(ms - bare).toFixed(0)} ms)`,
      reference: `bare Node ${bare.toFixed(0)} ms`,
      ratio: ms / bare,
      ...(goal === undefined ? { pass: true } : { goal: `within ${goal} ms of bare Node`, pass: ms - bare <= goal }),
    });
    return [
      row('Command line start-up: `--version` as a whole process', version, 15),
      row('Command line start-up: `--help` (every command\'s usage)', help, 15),
      row('`outline` of a 2 KB transcript as a whole process (loads the outline command only)', outline, undefined),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
  }
}
