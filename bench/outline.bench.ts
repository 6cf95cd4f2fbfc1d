/** Outlining speed against markdown-it parsing the same text, in the same run. */
import MarkdownIt from 'markdown-it';
import { readTranscript } from '../src/core/formats';
import { generateTranscript } from './generate';
import { median, type BenchRow } from './measure';

export default async function bench(): Promise<BenchRow[]> {
  const big = generateTranscript(20 * 1024 * 1024, 7);
  const small = generateTranscript(100 * 1024, 3);
  const md = new MarkdownIt();
  // Warm both up, then alternate runs so that both see the same machine state.
  readTranscript(big);
  md.parse(big, {});
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    readTranscript(big);
    ours.push(performance.now() - t);
    t = performance.now();
    md.parse(big, {});
    theirs.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(theirs);
  const smallTimes: number[] = [];
  for (let i = 0; i < 50; i++) readTranscript(small);
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    readTranscript(small);
    smallTimes.push(performance.now() - t);
  }
  const s = median(smallTimes);
  return [
    {
      name: 'Outline 20 MB of transcript text vs markdown-it parse',
      value: `${a.toFixed(0)} ms`,
      reference: `${b.toFixed(0)} ms`,
      ratio: a / b,
      goal: '≤ 0.35 (aim 0.25)',
      pass: a / b <= 0.35,
    },
    { name: 'Outline a 100 KB transcript', value: `${s.toFixed(2)} ms`, goal: '< 2 ms', pass: s < 2 },
  ];
}
