/**
 * Claims: scoring sentences for check-worthiness against outlining the same
 * text (the repeats index is measured in repeats.bench.ts).
 */
import { scoreTranscript } from '../src/core/claims/score';
import { readTranscript } from '../src/core/formats';
import { generateTranscript } from './generate';
import { median, time, type BenchRow } from './measure';

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // A 100 KB transcript: parse and score, as Suggest Claims does on a document not parsed yet.
  const small = generateTranscript(100 * 1024, 3);
  for (let i = 0; i < 5; i++) scoreTranscript(small, readTranscript(small));
  const s = time(30, () => scoreTranscript(small, readTranscript(small)));
  rows.push({ name: 'Score every sentence of a 100 KB transcript (parse included)', value: `${s.toFixed(1)} ms`, goal: '< 100 ms', pass: s < 100 });

  // 20 MB: scoring throughput against the outline's.
  const [a, b] = scoreAgainstOutline(generateTranscript(20 * 1024 * 1024, 7));
  rows.push({ name: 'Score 20 MB of transcript text (parse included) vs outline it', value: `${a.toFixed(0)} ms`, reference: `${b.toFixed(0)} ms`, ratio: a / b, goal: '≤ 3 (a third of the outline’s throughput)', pass: a / b <= 3 });

  // Turns without a single full stop (automatic captions): every stretch searched for sentence ends must not send the search to the end of the text.
  const [c, d] = scoreAgainstOutline(generateTranscript(4 * 1024 * 1024, 11).replace(/[.!?…]/g, ''));
  rows.push({ name: 'Score 4 MB of turns without punctuation (parse included) vs outline it', value: `${c.toFixed(0)} ms`, reference: `${d.toFixed(0)} ms`, ratio: c / d, goal: '≤ 3, as punctuated text', pass: c / d <= 3 });

  return rows;
}

/** Medians of parsing and scoring `text`, and of parsing it alone, in five alternating runs after one warm-up (three left the ratio to the load of the moment). */
function scoreAgainstOutline(text: string): [number, number] {
  scoreTranscript(text, readTranscript(text));
  const ours: number[] = [];
  const outline: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    scoreTranscript(text, readTranscript(text));
    ours.push(performance.now() - t);
    t = performance.now();
    readTranscript(text);
    outline.push(performance.now() - t);
  }
  return [median(ours), median(outline)];
}
