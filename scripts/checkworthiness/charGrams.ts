/**
 * A screen of a second hashed table beside the words and word pairs: the
 * character n-grams of each word (a space at either end, digits as 0),
 * hashed into their own buckets. One cross-validation over the same 6 groups
 * as the protocol, the pairwise fit with and without the table, each ranked
 * plainly and with two fixed sets of ranking shares (README, "Screened before
 * the protocol"). The product does not compute these features: a table that
 * passes the protocol needs a cue file of its own and a hook in features.ts.
 *
 *   npx tsx scripts/checkworthiness/charGrams.ts <folder of .tsv> [bits = 12] [n = 4]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import { rankingMargins } from '../../src/core/claims/ranking';
import { fitPacked, marginsWith, pack, type FitSettings } from './fitting';
import { example, folds, yearOf, type Example } from './protocol';
const [folder, bits, n] = process.argv.slice(2);
if (!folder) throw new Error('usage: charGrams.ts <folder of .tsv> [bits] [n]');
const SIZE = 1 << Number(bits ?? 12);
const N = Number(n ?? 4);
const all = readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
// As the protocol: the latest year's transcripts are never looked at.
const latest = Math.max(...all.map((t) => yearOf(t.name) ?? 0));
const dev = all.filter((t) => yearOf(t.name) !== latest).map((t) => example(t, labelledFeatures(t)));
/** The table's indices (after the weight table's) of a sentence's character n-grams, FNV-1a hashed. */
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
}
for (const [name, m] of Object.entries(oof)) for (const s of [{ neighbours: 0, turnMean: 0, speakerMean: 0 }, { neighbours: 0.3, turnMean: 0.5, speakerMean: 0.5 }, { neighbours: 0, turnMean: 0, speakerMean: 0.5 }]) {
  const by = (kind: string): string => {
    const g = dev.filter((e) => e.kind === kind).map((e) => ({ scores: Array.from(rankingMargins(m.get(e)!, e.t.turnOf, e.t.sentences.map((x) => x.speaker), s)), labels: e.t.labels }));
    return `${meanAveragePrecision(g).toFixed(4)} ${(g.reduce((a, r) => a + precisionAt(10, r.scores, r.labels), 0) / g.length).toFixed(3)}`;
  };
  console.log(name, JSON.stringify(s), 'debates', by('debate'), 'speeches', by('speech'));
}
