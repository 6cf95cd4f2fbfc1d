/**
 * The repeats index of a 2,000-transcript corpus (about 100 MB). The
 * Transcripts view's background index reads, decodes and outlines every
 * transcript; the repeats index takes each one's fingerprint in the same pass
 * (`DocumentIndex.onDidReadText`), so what it adds is measured against that
 * index, side by side on the same texts, alternating runs. Then one claim is
 * looked for across all of them.
 */
import { textFingerprint } from '../src/core/claims/fingerprint';
import { indexedTranscript, RepeatIndex } from '../src/core/claims/repeatIndex';
import { spokenSentences } from '../src/core/claims/sentences';
import { readTranscript } from '../src/core/formats';
import { decodeText } from '../src/core/text';
import { buildOutline } from '../src/core/workspace/documentTree';
import { generateCorpus } from './corpus';
import { median, quick, time, type BenchRow } from './measure';

export default async function bench(): Promise<BenchRow[]> {
  const count = quick ? 400 : 2000;
  const docs = generateCorpus(count);
  const encoder = new TextEncoder();
  const files = docs.map((d) => encoder.encode(d.text));
  const megabytes = files.reduce((n, f) => n + f.length, 0) / 1048576;
  const texts = files.map((bytes) => decodeText(bytes).text);

  // What the view's index does with each file, and what the repeats index adds to it.
  const viewIndex = () => {
    for (const bytes of files) {
      const { text } = decodeText(bytes);
      buildOutline(text, readTranscript(text, { skipNotes: true }));
    }
  };
  const fingerprints = () => {
    for (const text of texts) textFingerprint(text);
  };
  viewIndex();
  fingerprints();
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    let t = performance.now();
    viewIndex();
    theirs.push(performance.now() - t);
    t = performance.now();
    fingerprints();
    ours.push(performance.now() - t);
  }
  const added = median(ours);
  const reference = median(theirs);

  // The index as Find Repeats builds it from those fingerprints, then one search.
  const prints = texts.map((t) => textFingerprint(t));
  const index = new RepeatIndex();
  const build = time(1, () => docs.forEach((d, i) => index.set(indexedTranscript(d.path, texts[i]!, () => readTranscript(texts[i]!), []), prints[i]!)));
  const source = texts[1234 % count]!;
  const sentence = spokenSentences(source, readTranscript(source)).find((s) => s.end - s.start > 150 && s.end - s.start < 400)!;
  const claim = source.slice(sentence.start, sentence.end);
  const copy = docs[77]!;
  const at = copy.text.indexOf('\n\n', copy.text.length / 2);
  const said = copy.text.slice(0, at) + '\n\nMinister Ana Costa: ' + claim + copy.text.slice(at);
  index.set(indexedTranscript(copy.path, said, () => readTranscript(said), []));
  const exclude = { document: docs[1234 % count]!.path, start: sentence.start, end: sentence.end };
  const first = performance.now();
  const found = index.find(claim, { exclude });
  const firstSearch = performance.now() - first;
  const q = time(5, () => index.find(claim, { exclude }));
  const size = `${count.toLocaleString('en')} transcripts (${megabytes.toFixed(0)} MB)`;
  return [
    {
      name: `Repeats index of ${size}, made in the view's index pass: fingerprints vs the view's index (decode, parse, outline)`,
      value: `${added.toFixed(0)} ms`,
      reference: `${reference.toFixed(0)} ms`,
      ratio: added / reference,
      goal: '≤ 0.3 (adds under 30 % to the view’s full index)',
      pass: added / reference <= 0.3,
    },
    { name: `Repeats index of ${size} filled from those fingerprints`, value: `${build.toFixed(0)} ms`, goal: '< 100 ms', pass: build < 100 },
    { name: `Repeats of one claim across ${size} once indexed (${found.length} found)`, value: `${q.toFixed(1)} ms (first ${firstSearch.toFixed(0)} ms)`, goal: '< 1000 ms, the repeat found', pass: firstSearch < 1000 && q < 1000 && found.some((r) => r.document === copy.path) },
  ];
}
