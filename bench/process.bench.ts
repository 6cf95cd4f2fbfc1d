/**
 * The command line as a user runs it, whole processes: `outline --json` on
 * 20 MB of spoken transcripts against markdown-it parsing the same file, and
 * the command line's start against bare Node's. Needs `dist/cli.js` (`npm run
 * build`, which the full run does for the bundle rows).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTranscript } from './generate';
import { quick, type BenchRow } from './measure';
import { markdownItArgs, timeProcesses } from './processes';

export default async function bench(): Promise<BenchRow[]> {
  const root = join(import.meta.dirname, '..');
  const cli = join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'process-bench-'));
  try {
    const file = join(dir, 'twenty.transcript');
    writeFileSync(file, generateTranscript(20 * 1024 * 1024, 7));
    const runs = quick ? 5 : 7;
    const t = timeProcesses(
      [
        { name: 'node', args: ['-e', '0'] },
        { name: 'help', args: [cli, '--help'] },
        { name: 'outline', args: [cli, 'outline', file, '--json'] },
        { name: 'markdown-it', args: markdownItArgs(file) },
      ],
      runs,
    );
    const node = t.get('node')!;
    const help = t.get('help')!;
    const outline = t.get('outline')!;
    const md = t.get('markdown-it')!;
    return [
      {
        name: `Whole process: outline --json of 20 MB vs markdown-it parsing the same file (node -e), medians of ${runs} alternating runs`,
        value: `${outline.toFixed(0)} ms`,
        reference: `${md.toFixed(0)} ms (bare node ${node.toFixed(0)} ms)`,
        ratio: outline / md,
        goal: '≤ 0.35 (aim 0.25)',
        pass: outline / md <= 0.35,
      },
      {
        name: `Whole process: command-line start (--help) vs bare node -e 0, medians of ${runs} alternating runs`,
        value: `${help.toFixed(0)} ms`,
        reference: `${node.toFixed(0)} ms`,
        ratio: help / node,
        goal: 'within 15 ms of bare node',
        pass: help - node <= 15,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
