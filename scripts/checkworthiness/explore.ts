/**
 * A cheap screen of fits before the full protocol: out-of-fold margins of
 * each fit over the outer folds (one level, no inner choice), kept in a
 * cache folder so that a fit is made once, then the MAP by kind of each fit
 * (alone, and averaged with the dense-only one) under the best ranking
 * settings and under fixed ones. Optimistic, since the settings are chosen
 * on the figures shown: for screening only; the nested protocol decides.
 *
 *   npx tsx scripts/checkworthiness/explore.ts <folder of .tsv> <cache folder> [--apart <folder>] fit-name...
 *
 * `apart:<fit>` fits `<fit>` twice, on the transcripts named in the `--apart`
 * folder and on the others (two editions that mark sentences at different
 * rates), and averages the two models' margins, each divided by its spread
 * over the sentences it was fitted on: still one linear model. `a+b` averages
 * the margins of fits `a` and `b`, each divided by its spread. `trees2` and
 * `trees3` are boosted trees over the cues (trees.ts), of depth 2 and 3.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { FEATURE_COUNT, HASH_SIZE } from '../../src/core/claims/features';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { rankingMargins, type RankingSettings } from '../../src/core/claims/ranking';
import { fitPacked, marginsWith, pack, type FitSettings } from './fitting';
import { example, folds, yearOf, type Example } from './protocol';
import { fitForest, forestMargins, type TreeSettings } from './trees';

const base = { l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 10, epochs: 300, learningRate: 0.05 };
/** The fits screened, by name. */
const SCREENED: Record<string, FitSettings> = {
  words: { loss: 'logistic', l2Words: 3e-4, ...base },
  sparseWords: { loss: 'logistic', l2Words: 3e-3, ...base },
  sparserWords: { loss: 'logistic', l2Words: 1e-2, ...base },
  dense: { loss: 'logistic', l2Words: 3e-4, ...base, denseOnly: true },
  balanced: { loss: 'balanced', l2Words: 3e-4, ...base },
  sparseBalanced: { loss: 'balanced', l2Words: 3e-3, ...base },
  balancedMin10: { loss: 'balanced', l2Words: 3e-4, ...base, minTranscripts: 10 },
  lightBalanced: { loss: 'balanced', l2Words: 1e-4, ...base },
  denseBalanced: { loss: 'balanced', l2Words: 3e-4, ...base, denseOnly: true },
  listwise: { loss: 'listwise', l2Words: 3e-4, ...base },
  sparseListwise: { loss: 'listwise', l2Words: 3e-3, ...base },
  sparserListwise: { loss: 'listwise', l2Words: 1e-2, ...base },
  denseListwise: { loss: 'listwise', l2Words: 3e-4, ...base, denseOnly: true },
  pairwise: { loss: 'pairwise', l2Words: 3e-4, ...base },
  sparsePairwise: { loss: 'pairwise', l2Words: 3e-3, ...base },
  sparserPairwise: { loss: 'pairwise', l2Words: 1e-2, ...base },
  lightPairwise: { loss: 'pairwise', l2Words: 1e-4, ...base },
  densePairwise: { loss: 'pairwise', l2Words: 3e-4, ...base, denseOnly: true },
  wordsMin3: { loss: 'logistic', l2Words: 3e-4, ...base, minTranscripts: 3 },
  wordsMin5: { loss: 'logistic', l2Words: 3e-4, ...base, minTranscripts: 5 },
  wordsMin10: { loss: 'logistic', l2Words: 3e-4, ...base, minTranscripts: 10 },
  wordsMin20: { loss: 'logistic', l2Words: 3e-4, ...base, minTranscripts: 20 },
  wordsMin36: { loss: 'logistic', l2Words: 3e-4, ...base, minTranscripts: 36 },
};

/** Boosted trees over the cues (trees.ts), screened by name. */
const TREES: Record<string, TreeSettings> = {
  trees2: { depth: 2, rounds: 60, rate: 0.1, lambda: 1, minHessian: 0.05 },
  trees3: { depth: 3, rounds: 60, rate: 0.1, lambda: 1, minHessian: 0.05 },
};

const argv = process.argv.slice(2);
const apartAt = argv.indexOf('--apart');
const apart = apartAt >= 0 ? new Set(readdirSync(argv.splice(apartAt, 2)[1]!)) : new Set<string>();
const [folder, cache, ...names] = argv;
mkdirSync(cache!, { recursive: true });
const all = readdirSync(folder!).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(folder!, f), 'utf8')));
const latest = Math.max(...all.map((t) => yearOf(t.name) ?? 0));
const dev = all.filter((t) => yearOf(t.name) !== latest).map((t) => example(t, labelledFeatures(t)));
const packed = new Map(dev.map((e) => [e, pack(e.full, e.t.labels)]));
const split = folds(dev, 6);

function outOfFold(name: string): Map<string, number[]> {
  const file = join(cache!, `${name}.json`);
  if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>));
  const out = new Map<string, number[]>();
  const started = Date.now();
  for (const held of split) {
    const rest = dev.filter((e) => !held.includes(e));
    const fitOn = (on: readonly Example[], settings: FitSettings): Float64Array => fitPacked(on.map((e) => ({ rows: packed.get(e)!, times: 1 })), FEATURE_COUNT, settings);
    if (TREES[name]) {
      const f = fitForest(rest, TREES[name]);
      for (const e of held) out.set(e.t.name, forestMargins(f, e));
      continue;
    }
    let w: Float64Array;
    if (name.startsWith('apart:')) {
      // One model per edition, each scaled to unit spread of margins over its own sentences, then averaged.
      const settings = SCREENED[name.slice('apart:'.length)]!;
      w = new Float64Array(FEATURE_COUNT);
      for (const group of [rest.filter((e) => apart.has(e.t.name)), rest.filter((e) => !apart.has(e.t.name))]) {
        const wg = fitOn(group, settings);
        const ms = group.flatMap((e) => marginsWith(wg, packed.get(e)!));
        const mean = ms.reduce((a, v) => a + v, 0) / ms.length;
        const sd = Math.sqrt(ms.reduce((a, v) => a + (v - mean) ** 2, 0) / ms.length) || 1;
        for (let j = 0; j < FEATURE_COUNT; j++) w[j]! += wg[j]! / sd / 2;
      }
    } else w = fitOn(rest, SCREENED[name]!);
    for (const e of held) out.set(e.t.name, marginsWith(w, packed.get(e)!));
  }
  console.log(`${name}: fitted in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(file, JSON.stringify(Object.fromEntries(out)));
  return out;
}

function figures(rank: (e: Example) => number[]): string {
  const by = (group: readonly Example[]): string => {
    const rows = group.map((e) => ({ scores: rank(e), labels: e.t.labels }));
    const p10 = rows.reduce((a, r) => a + precisionAt(10, r.scores, r.labels), 0) / rows.length;
    return `${meanAveragePrecision(rows).toFixed(4)} ${p10.toFixed(3)}`;
  };
  return `all ${by(dev)} | debates ${by(dev.filter((e) => e.kind === 'debate'))} | speeches ${by(dev.filter((e) => e.kind === 'speech'))}`;
}

/** `a+b`: the fits' out-of-fold margins, each divided by its spread over all sentences, averaged. */
function marginsOf(name: string): Map<string, number[]> {
  if (!name.includes('+')) return outOfFold(name);
  const parts = name.split('+').map((part) => {
    const m = outOfFold(part);
    const all = [...m.values()].flat();
    const mean = all.reduce((a, v) => a + v, 0) / all.length;
    return { m, sd: Math.sqrt(all.reduce((a, v) => a + (v - mean) ** 2, 0) / all.length) || 1 };
  });
  return new Map(dev.map((e) => [e.t.name, e.t.labels.map((_, i) => parts.reduce((a, p) => a + p.m.get(e.t.name)![i]! / p.sd, 0) / parts.length)]));
}

const GRID: RankingSettings[] = [];
for (const neighbours of [0, 0.15, 0.3]) for (const turnMean of [0, 0.5]) for (const speakerMean of [0, 0.5, 1, 2]) GRID.push({ neighbours, turnMean, speakerMean });
const dense = names.includes('denseListwise') ? outOfFold('denseListwise') : outOfFold('dense');
for (const name of names) {
  const m = marginsOf(name);
  for (const share of [0, 0.25, 0.5]) {
    const z = (e: Example): number[] => m.get(e.t.name)!.map((v, i) => (1 - share) * v + share * dense.get(e.t.name)![i]!);
    const rank = (s: RankingSettings) => (e: Example) => Array.from(rankingMargins(z(e), e.t.turnOf, e.t.sentences.map((x) => x.speaker), s));
    let best = { s: GRID[0]!, map: -1 };
    for (const s of GRID) {
      const map = meanAveragePrecision(dev.map((e) => ({ scores: rank(s)(e), labels: e.t.labels })));
      if (map > best.map) best = { s, map };
    }
    console.log(`${name.padEnd(16)} dense ${share}  plain: ${figures(rank({ neighbours: 0, turnMean: 0, speakerMean: 0 }))}`);
    console.log(`${''.padEnd(16)}            turn 0.5: ${figures(rank({ neighbours: 0, turnMean: 0.5, speakerMean: 0 }))}`);
    console.log(`${''.padEnd(16)}            best ${JSON.stringify(best.s)}: ${figures(rank(best.s))}`);
  }
}
