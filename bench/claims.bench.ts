/**
 * Claims: scoring sentences for check-worthiness against outlining the same
 * text, and finding repeats of one claim across a 2,000-transcript corpus
 * against the outline of that corpus (what the Transcripts view's full index does).
 */
import { indexedTranscript, RepeatIndex } from '../src/core/claims/repeatIndex';
import { scoreTranscript } from '../src/core/claims/score';
import { spokenSentences } from '../src/core/claims/sentences';
import { readTranscript } from '../src/core/formats';
import { generateCorpus } from './corpus';
import { generateTranscript } from './generate';
import { median, time, type BenchRow } from './measure';

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // A 100 KB transcript: parse and score, as Suggest Claims does on a document not parsed yet.
  const small = generateTranscript(100 * 1024, 3);
  for (let i = 0; i < 5; i++) scoreTranscript(small, readTranscript(small));
  const s = time(30, () => scoreTranscript(small, readTranscript(small)));
  rows.push({ name: 'Score every sentence of a 100 KB transcript (parse included)', value: `${s.toFixed(1)} ms`, goal: '< 100 ms', pass: s < 100 });

  // 20 MB: scoring throughput against the outline's, alternating runs.
  const big = generateTranscript(20 * 1024 * 1024, 7);
  const parsed = readTranscript(big);
  scoreTranscript(big, parsed);
  const ours: number[] = [];
  const outline: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    scoreTranscript(big, readTranscript(big));
    ours.push(performance.now() - t);
    t = performance.now();
    readTranscript(big);
    outline.push(performance.now() - t);
  }
  const a = median(ours);
  const b = median(outline);
  rows.push({ name: 'Score 20 MB of transcript text (parse included) vs outline it', value: `${a.toFixed(0)} ms`, reference: `${b.toFixed(0)} ms`, ratio: a / b, goal: '≤ 3 (a third of the outline’s throughput)', pass: a / b <= 3 });

  // Repeats: 2,000 transcripts of 50 KB. The reference is outlining them all, as the view's full index does.
  const docs = generateCorpus(2000);
  const megabytes = docs.reduce((n, d) => n + d.text.length, 0) / (1024 * 1024);
  let t = performance.now();
  for (const d of docs) readTranscript(d.text);
  const outlineAll = performance.now() - t;
  t = performance.now();
  const index = new RepeatIndex();
  // As in the editor: a transcript is parsed for its sentences only when a search reaches it.
  for (const d of docs) index.set(indexedTranscript(d.path, d.text, () => readTranscript(d.text), []));
  const build = performance.now() - t;
  // A sentence of one transcript, said again in another: looked for in all of them.
  const source = docs[1234]!.text;
  const sentence = spokenSentences(source, readTranscript(source)).find((s) => s.end - s.start > 150 && s.end - s.start < 400)!;
  const claim = source.slice(sentence.start, sentence.end);
  const copy = docs[77]!;
  const at = copy.text.indexOf('\n\n', copy.text.length / 2);
  index.set(indexedTranscript(copy.path, copy.text.slice(0, at) + '\n\nMinister Ana Costa: ' + claim + copy.text.slice(at), () => readTranscript(copy.text), []));
  const first = performance.now();
  const found = index.find(claim, { exclude: { document: docs[1234]!.path, start: sentence.start, end: sentence.end } });
  const firstSearch = performance.now() - first;
  const q = time(5, () => index.find(claim, { exclude: { document: docs[1234]!.path, start: sentence.start, end: sentence.end } }));
  rows.push({ name: `Index 2,000 transcripts (${megabytes.toFixed(0)} MB) for repeats vs outline them all`, value: `${build.toFixed(0)} ms`, reference: `${outlineAll.toFixed(0)} ms`, ratio: build / outlineAll, goal: '≤ 0.3 (adds under 30 % to the view’s full index)', pass: build / outlineAll <= 0.3 });
  rows.push({ name: `Repeats of one claim across 2,000 transcripts once indexed (${found.length} found)`, value: `${q.toFixed(1)} ms (first ${firstSearch.toFixed(0)} ms)`, goal: '< 1000 ms', pass: firstSearch < 1000 && q < 1000 && found.some((r) => r.document === copy.path) });
  return rows;
}
