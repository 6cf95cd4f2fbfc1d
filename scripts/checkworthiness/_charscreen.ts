// Temporary screen (not committed): a second hashed table of character 4-grams, single-level CV, pairwise fit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import { rankingMargins } from '../../src/core/claims/ranking';
import { fitPacked, marginsWith, pack, type FitSettings } from './fitting';
import { example, folds, yearOf, type Example } from './protocol';
const BITS = Number(process.argv[2] ?? 12);
const N = Number(process.argv[3] ?? 4);
const SIZE = 1 << BITS;
const folder = '/work/data-cw/pool';
const all = readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
const dev = all.filter((t) => yearOf(t.name) !== 2019).map((t) => example(t, labelledFeatures(t)));
function grams(text: string): number[] {
  const out: number[] = [];
  for (const w of text.toLowerCase().replace(/[0-9]/g, '0').split(/[^a-z0']+/)) {
    if (!w) continue;
    const s = ` ${w} `;
    for (let i = 0; i + N <= s.length; i++) {
      let h = 2166136261;
      for (let k = i; k < i + N; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
      out.push(FEATURE_COUNT + ((h >>> 0) & (SIZE - 1)));
    }
  }
  return out;
}
const rows = new Map(dev.map((e) => [e, pack(e.full.map((x, i): FeatureVector => {
  const g = grams(e.t.sentences[i]!.text);
  const norm = 1 / Math.sqrt(Math.max(1, g.length));
  return { index: Int32Array.from([...x.index, ...g]), value: Float32Array.from([...x.value, ...g.map(() => norm)]) };
}), e.t.labels)]));
const base: FitSettings = { loss: 'pairwise', l2Words: 3e-4, l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 10, epochs: 300, learningRate: 0.05 };
const split = folds(dev, 6);
const oof = { plain: new Map<Example, number[]>(), chars: new Map<Example, number[]>() };
for (const held of split) {
  const rest = dev.filter((e) => !held.includes(e));
  const w0 = fitPacked(rest.map((e) => ({ rows: e.rows, times: 1 })), FEATURE_COUNT, base);
  const w1 = fitPacked(rest.map((e) => ({ rows: rows.get(e)!, times: 1 })), FEATURE_COUNT + SIZE, base);
  for (const e of held) { oof.plain.set(e, marginsWith(w0, e.rows)); oof.chars.set(e, marginsWith(w1, rows.get(e)!)); }
  console.log('fold done');
}
for (const [name, m] of Object.entries(oof)) for (const s of [{ neighbours: 0, turnMean: 0, speakerMean: 0 }, { neighbours: 0.3, turnMean: 0.5, speakerMean: 0.5 }, { neighbours: 0, turnMean: 0, speakerMean: 0.5 }]) {
  const by = (kind: string): string => {
    const g = dev.filter((e) => e.kind === kind).map((e) => ({ scores: Array.from(rankingMargins(m.get(e)!, e.t.turnOf, e.t.sentences.map((x) => x.speaker), s)), labels: e.t.labels }));
    return `${meanAveragePrecision(g).toFixed(4)} ${(g.reduce((a, r) => a + precisionAt(10, r.scores, r.labels), 0) / g.length).toFixed(3)}`;
  };
  console.log(name, JSON.stringify(s), 'debates', by('debate'), 'speeches', by('speech'));
}
