/**
 * Memory in proportion to the work: the peak resident memory of
 * `transcript-annotator outline <file> --json`, each run in a fresh process,
 * beside the file's size, against the goal of at most four times the size
 * plus 100 MB (issue 21). Plain ASCII text, and the same text in
 * Windows-1252 with one curly quote (which makes every character two bytes
 * in memory: the worst case a transcript can be).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { generateTranscript } from './generate';
import type { BenchRow } from './measure';

const MB = 1024 * 1024;

/** Peak resident memory of a command line run, in bytes, reported by the process itself at exit. */
function peakMemory(cli: string, preload: string, file: string): number {
  const run = spawnSync(process.execPath, ['--require', preload, cli, 'outline', file, '--json'], { encoding: 'utf8', maxBuffer: 1024 * MB });
  if (run.status !== 0) throw new Error(`outline of ${file} failed: ${run.stderr.slice(0, 500)}`);
  const m = /maxRSS=(\d+)/.exec(run.stderr);
  if (!m) throw new Error(`no memory report from the outline of ${file}`);
  // resourceUsage gives kilobytes.
  return Number(m[1]) * 1024;
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'transcript-memory-bench-'));
  try {
    const cli = join(dir, 'cli.js');
    buildSync({ entryPoints: [join(import.meta.dirname, '..', 'src', 'cli', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'silent', minify: true });
    const preload = join(dir, 'report-memory.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n'));\n");
    const rows: BenchRow[] = [];
    // The names differ in words, not only in numbers: the report matches rows across runs by their words.
    const cases = [
      ['a small transcript (20 MB, ASCII)', 20 * MB, false],
      ['a large transcript (100 MB, ASCII)', 100 * MB, false],
      ['a large transcript in two-byte text (100 MB, Windows-1252 with curly quotes)', 100 * MB, true],
    ] as const;
    for (const [label, size, twoByte] of cases) {
      const file = join(dir, `talk-${size}-${twoByte ? 'cp1252' : 'ascii'}.txt`);
      const text = generateTranscript(size, 7);
      writeFileSync(file, twoByte ? Buffer.concat([Buffer.from([0x93]), Buffer.from('Opening words', 'latin1'), Buffer.from([0x94, 0x0a]), Buffer.from(text, 'latin1')]) : text);
      const bytes = Buffer.byteLength(text) + (twoByte ? 16 : 0);
      const peak = peakMemory(cli, preload, file);
      const goal = 4 * bytes + 100 * MB;
      rows.push({
        name: `Peak memory of outline, ${label}, in a fresh process`,
        value: `${(peak / MB).toFixed(0)} MB`,
        reference: `file ${(bytes / MB).toFixed(0)} MB`,
        ratio: peak / bytes,
        goal: `≤ 4 × size + 100 MB (${(goal / MB).toFixed(0)} MB)`,
        pass: peak <= goal,
      });
      rmSync(file);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
