/**
 * Reading transcripts in every format: the command line's `outline --json` as
 * a whole process against markdown-it parsing the same file as a whole
 * process; a 5 MB WebVTT file; what recognising the format costs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFormat, readTranscript } from '../src/core/formats';
import { generateTranscript, generateVtt } from './generate';
import { median, time, type BenchRow } from './measure';

function processTime(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    times.push(performance.now() - t);
  }
  return median(times);
}

export default async function bench(): Promise<BenchRow[]> {
  const root = join(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'transcript-bench-'));
  try {
    // The command line as it is shipped: the production bundle.
    execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), '--production'], { cwd: root, stdio: 'ignore' });
    const big = join(dir, 'spoken-20mb.txt');
    writeFileSync(big, generateTranscript(20 * 1024 * 1024, 7));
    const cli = join(root, 'dist', 'cli.js');
    const md = `require(${JSON.stringify(require.resolve('markdown-it'))})().parse(require('fs').readFileSync(${JSON.stringify(big)}, 'utf8'), {})`;
    // Alternate, after a warm-up of each, so that both see the same machine.
    processTime([cli, 'outline', big, '--json'], 1);
    processTime(['-e', md], 1);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < 5; i++) {
      ours.push(processTime([cli, 'outline', big, '--json'], 1));
      theirs.push(processTime(['-e', md], 1));
    }
    const a = median(ours);
    const b = median(theirs);
    const start = processTime([cli, '--version'], 5);
    const bare = processTime(['-e', '0'], 5);

    const vtt = generateVtt(5 * 1024 * 1024, 11);
    readTranscript(vtt);
    const vttMs = time(7, () => readTranscript(vtt));
    const text = generateTranscript(20 * 1024 * 1024, 7);
    readTranscript(text);
    const whole = time(5, () => readTranscript(text));
    const sniff = time(50, () => detectFormat(text, 'spoken.txt'));
    return [
      {
        name: '`outline <20 MB transcript> --json` as a whole process vs markdown-it parsing it as a whole process',
        value: `${a.toFixed(0)} ms`,
        reference: `${b.toFixed(0)} ms (bare Node starts in ${bare.toFixed(0)} ms, the command line in ${start.toFixed(0)} ms)`,
        ratio: a / b,
        goal: '≤ 0.35 (aim 0.25)',
        pass: a / b <= 0.35,
      },
      { name: 'Read a 5 MB WebVTT file (voice tags, 40,000 cues)', value: `${vttMs.toFixed(0)} ms`, goal: '< 150 ms', pass: vttMs < 150 },
      { name: 'Recognise the format of the 20 MB transcript', value: `${sniff.toFixed(3)} ms`, reference: `reading it: ${whole.toFixed(0)} ms`, ratio: sniff / whole, goal: '< 5 % of the outline', pass: sniff / whole < 0.05 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
  }
}
