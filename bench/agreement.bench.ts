/**
 * Agreement over 2,000 transcripts with two annotators and 20,000 tags each:
 * reading both annotators' sidecars, grouping the tags, cutting the units
 * (sentences, or code points) and computing every measure per category, as
 * `agreement` does after reading the files. The yardstick is a plain pass over
 * the same tags: reading the same sidecars and counting the tags per category.
 */
import { agreementReport, annotatorSets, type AgreementDocument } from '../src/core/agreement';
import { contextAround, readSidecar, writeSidecar, type Tag } from '../src/core/annotations';
import { annotatorSidecarPath } from '../src/core/annotations/sidecarPaths';
import { generateTranscript, random } from './generate';
import { time, type BenchRow } from './measure';

const TRANSCRIPTS = 2000;
const TAGS_PER_ANNOTATOR = 20000;
const CATEGORIES = ['claim', 'statistic', 'promise', 'attack'];

/** Tags on whole words; the second annotator moves some boundaries and changes some categories. */
function makeTags(text: string, count: number, author: string, rnd: () => number, base?: Tag[]): Tag[] {
  const tags: Tag[] = [];
  const step = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    const from = base?.[i];
    let start = from ? from.start + (rnd() < 0.3 ? Math.floor(rnd() * 10) : 0) : i * step + Math.floor(rnd() * (step / 2));
    while (start < text.length && start > 0 && text[start - 1] !== ' ') start++;
    let end = from ? from.end : Math.min(text.length, start + 20 + Math.floor(rnd() * 60));
    while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
    if (end <= start) end = Math.min(text.length, start + 1);
    const category = from && rnd() > 0.2 ? from.category : CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!;
    tags.push({ id: `t-${i.toString(16).padStart(8, '0')}`, category, quote: text.slice(start, end), start, end, ...contextAround(text, start, end), speaker: null, section: null, author, created: '2025-04-08T10:00:00.000Z', modified: '2025-04-08T10:00:00.000Z', status: 'anchored' });
  }
  return tags;
}

export default async function bench(): Promise<BenchRow[]> {
  const rnd = random(14);
  const corpus: Array<{ path: string; text: string; sidecars: Array<{ path: string; text: string }> }> = [];
  const perDoc = TAGS_PER_ANNOTATOR / TRANSCRIPTS;
  for (let d = 0; d < TRANSCRIPTS; d++) {
    const text = generateTranscript(4096, d + 1);
    const path = `corpus/t${d}.transcript`;
    const ana = makeTags(text, perDoc, 'Ana', rnd);
    const bo = makeTags(text, perDoc, 'Bo', rnd, ana);
    corpus.push({
      path,
      text,
      sidecars: [
        { path: annotatorSidecarPath(path, 'Ana'), text: writeSidecar({ transcriptName: path, text, tags: ana }) },
        { path: annotatorSidecarPath(path, 'Bo'), text: writeSidecar({ transcriptName: path, text, tags: bo }) },
      ],
    });
  }
  const documents = (): AgreementDocument[] => corpus.map((c) => ({ path: c.path, text: c.text, sets: annotatorSets(c.text, c.sidecars).sets }));
  let units = 0;
  const bySentence = time(3, () => {
    units = agreementReport(documents(), { unit: 'sentence' }).measures.krippendorffAlpha.units;
  });
  const byTag = time(3, () => agreementReport(documents(), { unit: 'tag' }));
  const byCharacter = time(3, () => agreementReport(documents(), { unit: 'character' }));
  const grouping = time(3, () => documents());
  let counted = 0;
  const plain = time(3, () => {
    const counts = new Map<string, number>();
    for (const c of corpus) {
      for (const s of c.sidecars) {
        const read = readSidecar(s.text);
        if (read.kind !== 'ok') continue;
        for (const t of read.sidecar.tags) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
      }
    }
    counted = [...counts.values()].reduce((a, b) => a + b, 0);
  });
  if (counted !== 2 * TAGS_PER_ANNOTATOR) throw new Error(`the plain pass counted ${counted} tags`);
  const row = (name: string, ms: number): BenchRow => ({
    name,
    value: `${ms.toFixed(0)} ms`,
    reference: `${plain.toFixed(0)} ms (reading the same sidecars and counting the tags per category)`,
    ratio: ms / plain,
    goal: '< 2000 ms',
    pass: ms < 2000,
  });
  return [
    row('Reading and grouping the sidecars alone (what every unit below includes)', grouping),
    row(`Agreement by sentence (${units} sentences), ${TRANSCRIPTS} transcripts, 2 × ${TAGS_PER_ANNOTATOR} tags, from the sidecars' text`, bySentence),
    row('Agreement by tag, same corpus', byTag),
    row('Agreement by character (and αu), same corpus', byCharacter),
  ];
}
