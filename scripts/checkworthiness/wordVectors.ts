/**
 * A screen of pre-trained word vectors beside the shipped features: each
 * sentence's words looked up in GloVe files (vectors.ts), their mean (or
 * their mean weighted by each word's inverse document frequency, counted on
 * the transcripts fitted on) appended as
 * dense features to the rows the pairwise fit sees. One cross-validation over
 * the same 6 groups as the protocol (README, "Screened before the
 * protocol"); each variant's out-of-fold margins are kept in a cache folder,
 * so that two variants can run in two processes, and `--compare` prints MAP
 * and P@10 by kind under fixed ranking settings and the paired difference,
 * transcript by transcript, against `plain`. The product does not compute
 * these features: a variant that passes the protocol needs a word table
 * shipped with it.
 *
 *   npx tsx scripts/checkworthiness/wordVectors.ts <folder of .tsv> <cache folder> <vectors file,...> <variant>
 *   npx tsx scripts/checkworthiness/wordVectors.ts <folder of .tsv> <cache folder> --compare <variant>...
 *
 * Variants: `plain` (the pairwise fit as shipped), `mean`, `idf`, `inter`
 * (plain with one more cue: a figure and a claim verb in one sentence),
 * `meanInter`, `vectorsNoWords` (the cues and `mean`, no hashed words) and
 * `cues` (the cues alone, its baseline).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import { rankingMargins, type RankingSettings } from '../../src/core/claims/ranking';
import { fitPacked, marginsWith, pack, type FitSettings } from './fitting';
import { example, folds, yearOf, type Example } from './protocol';
import { meanVector, readVectors, vectorTokens } from './vectors';

const [folder, cache, third, ...rest] = process.argv.slice(2);
if (!folder || !cache || !third) throw new Error('usage: wordVectors.ts <folder of .tsv> <cache folder> <vectors,...> <variant> | --compare <variant>...');
mkdirSync(cache, { recursive: true });
const all = readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
// As the protocol: the latest year's transcripts are never looked at.
const latest = Math.max(...all.map((t) => yearOf(t.name) ?? 0));
const dev = all.filter((t) => yearOf(t.name) !== latest).map((t) => example(t, labelledFeatures(t)));
const split = folds(dev, 6);

const SHIPPED: Record<string, RankingSettings> = { speech: { neighbours: 0.3, turnMean: 0.5, speakerMean: 0.5 }, debate: { neighbours: 0, turnMean: 0, speakerMean: 0.5 } };

if (third === '--compare') {
  const names = rest;
  const margins = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(join(cache, `${n}.json`), 'utf8')) as Record<string, number[]>]));
  const apOf = (e: Example, m: number[], s: RankingSettings): { ap: number; p10: number } => {
    const scores = Array.from(rankingMargins(m, e.t.turnOf, e.t.sentences.map((x) => x.speaker), s));
    return { ap: meanAveragePrecision([{ scores, labels: e.t.labels }]), p10: precisionAt(10, scores, e.t.labels) };
  };
  const settings: Array<[string, (e: Example) => RankingSettings]> = [
    ['plain', () => ({ neighbours: 0, turnMean: 0, speakerMean: 0 })],
    ['shipped by kind', (e) => SHIPPED[e.kind]!],
  ];
  for (const [label, s] of settings) {
    console.log(`ranking: ${label}`);
    const base = dev.map((e) => apOf(e, margins[names[0]!]![e.t.name]!, s(e)));
    for (const n of names) {
      const rows = dev.map((e) => apOf(e, margins[n]![e.t.name]!, s(e)));
      const by = (kind?: string): string => {
        const idx = dev.map((e, i) => [e, i] as const).filter(([e]) => !kind || e.kind === kind).map(([, i]) => i);
        const map = idx.reduce((a, i) => a + rows[i]!.ap, 0) / idx.length;
        const p10 = idx.reduce((a, i) => a + rows[i]!.p10, 0) / idx.length;
        const d = idx.map((i) => rows[i]!.ap - base[i]!.ap);
        const mean = d.reduce((a, x) => a + x, 0) / d.length;
        const se = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (d.length - 1) / d.length);
        return `${map.toFixed(4)} ${p10.toFixed(3)} (Δ ${mean >= 0 ? '+' : ''}${mean.toFixed(4)} ± ${se.toFixed(4)})`;
      };
      console.log(`  ${n.padEnd(10)} all ${by()}  debates ${by('debate')}  speeches ${by('speech')}`);
    }
  }
  process.exit(0);
}

const variant = rest[0]!;
const { table: vectors, dims } = readVectors(third.split(','));
let [seen, found] = [0, 0];
const tokenised = new Map(dev.map((e) => [e, e.t.sentences.map((s) => vectorTokens(s.text))]));
for (const ts of tokenised.values()) for (const t of ts) for (const w of t) { seen++; if (vectors.has(w)) found++; }
console.log(`${vectors.size} vectors of ${dims} dims; ${((100 * found) / seen).toFixed(1)} % of the development transcripts' ${seen} words have one`);

const HAS_DIGIT = HASH_SIZE + DENSE_FEATURES.indexOf('hasDigit');
const CLAIM = HASH_SIZE + DENSE_FEATURES.indexOf('claimVerb');
const useVectors = variant === 'mean' || variant === 'idf' || variant === 'meanInter' || variant === 'vectorsNoWords';
// `vectorsNoWords`: the cues and the mean vector, no hashed words; `cues`: the cues alone (its baseline).
const noWords = variant === 'vectorsNoWords' || variant === 'cues';
const useInter = variant === 'inter' || variant === 'meanInter';
const extra = (useVectors ? dims : 0) + (useInter ? 1 : 0);
const size = FEATURE_COUNT + extra;

/** Rows with the variant's features appended; `idf` gives each word's weight (1 when absent). */
function rowsOf(e: Example, idf?: Map<string, number>): ReturnType<typeof pack> {
  const ts = tokenised.get(e)!;
  return pack(e.full.map((x, i): FeatureVector => {
    const keep = [...x.index.keys()].filter((k) => !noWords || x.index[k]! >= HASH_SIZE);
    const index = keep.map((k) => x.index[k]!);
    const value = keep.map((k) => x.value[k]!);
    if (useVectors) {
      const mean = meanVector({ dims, table: vectors }, ts[i]!, idf && ((w) => idf.get(w) ?? 1));
      for (let d = 0; d < dims; d++) {
        index.push(FEATURE_COUNT + d);
        value.push(mean[d]!);
      }
    }
    if (useInter) {
      let both = 0;
      for (let k = 0; k < x.index.length; k++) if (x.index[k] === HAS_DIGIT && x.value[k]) both++;
      for (let k = 0; k < x.index.length; k++) if (x.index[k] === CLAIM && x.value[k]) both++;
      index.push(size - 1);
      value.push(both === 2 ? 1 : 0);
    }
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  }), e.t.labels);
}

const settings: FitSettings = { loss: 'pairwise', l2Words: 3e-4, l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 10, epochs: 300, learningRate: 0.05 };
const out: Record<string, number[]> = {};
for (const [f, held] of split.entries()) {
  const on = dev.filter((e) => !held.includes(e));
  // Inverse document frequency over the sentences fitted on only.
  let idf: Map<string, number> | undefined;
  if (variant === 'idf') {
    const df = new Map<string, number>();
    let n = 0;
    for (const e of on) for (const t of tokenised.get(e)!) { n++; for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1); }
    idf = new Map([...vectors.keys()].map((w) => [w, Math.log((n + 1) / ((df.get(w) ?? 0) + 1))]));
  }
  const w = fitPacked(on.map((e) => ({ rows: rowsOf(e, idf), times: 1 })), size, settings);
  for (const e of held) out[e.t.name] = marginsWith(w, rowsOf(e, idf));
  console.log(`fold ${f + 1}/6 fitted`);
}
writeFileSync(join(cache, `${variant}.json`), JSON.stringify(out));
if (!existsSync(join(cache, 'plain.json'))) console.log('run the variant plain too, then --compare plain <variant>...');
