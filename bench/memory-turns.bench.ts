/**
 * Peak resident memory of `outline --json` as a whole process, against the
 * file's size: 200 MB of transcript in long turns (the generator's), and 20 MB
 * in short turns (a label on every line, half a million turns), where the
 * turns themselves, not the text, take the memory. The JSON goes nowhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTranscript, random } from './generate';
import type { BenchRow } from './measure';

/** 20 MB in short turns: `NAME: a few words.` on every line. */
function shortTurns(bytes: number): string {
  const rnd = random(5);
  const names = ['MR SMITH', 'Ms Jones', 'Q', 'A', 'THE COURT', 'Dr Lee'];
  const words = 'the river treaty border water agreement talks we will continue to support partners region'.split(' ');
  const out = ['Hearing on the river', ''];
  let size = 0;
  while (size < bytes) {
    const n = 2 + Math.floor(rnd() * 8);
    const line = `${names[Math.floor(rnd() * names.length)]}: ${Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ')}.`;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

/** The peak resident memory, in bytes, of a process that outlines `file` with the built command line. */
function peakRss(cli: string, file: string): number {
  const script = `require(${JSON.stringify(cli)}).main(['outline', ${JSON.stringify(file)}, '--json'], () => {}, (s) => process.stderr.write(s)).then((code) => { process.exitCode = code; process.stdout.write(String(process.resourceUsage().maxRSS)); })`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) * 1024;
}

export default async function bench(): Promise<BenchRow[]> {
  const root = join(import.meta.dirname, '..');
  const dir = mkdtempSync(join(tmpdir(), 'transcript-bench-'));
  try {
    execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
    const cli = join(root, 'dist', 'cli.js');
    const rows: BenchRow[] = [];
    for (const [name, file, text] of [
      ['200 MB in long turns', join(dir, 'long.txt'), () => generateTranscript(200 * 1024 * 1024, 7)],
      ['20 MB in short turns (a label on every line)', join(dir, 'short.txt'), () => shortTurns(20 * 1024 * 1024)],
    ] as const) {
      writeFileSync(file, text());
      const size = statSync(file).size;
      const rss = peakRss(cli, file);
      const limit = 4 * size + 100 * 1024 * 1024;
      rows.push({
        name: `Peak memory of \`outline --json\` on ${name}`,
        value: `${(rss / 1024 / 1024).toFixed(0)} MB (${(rss / size).toFixed(1)} × the file)`,
        reference: `file ${(size / 1024 / 1024).toFixed(0)} MB`,
        ratio: rss / size,
        goal: '≤ 4 × the file + 100 MB',
        pass: rss <= limit,
      });
      rmSync(file);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
