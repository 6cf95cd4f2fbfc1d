/**
 * Fits the check-worthiness model on the CLEF 2019 CheckThat! training
 * transcripts and writes its weights into `src/core/claims/weights.ts`.
 *
 *   npx tsx scripts/fit-checkworthiness.ts [data folder] [--cv-only]
 *   npx tsx scripts/fit-checkworthiness.ts --evaluate <folder of .tsv>
 *   npx tsx scripts/fit-checkworthiness.ts --evaluate-text <folder of .tsv>
 *
 * It prints the mean average precision (MAP) of a leave-one-transcript-out
 * cross-validation, then fits on every transcript and writes the weights
 * (16-bit, base64). `--evaluate` scores another folder of labelled
 * transcripts with the shipped weights and prints their MAP; `--evaluate-text`
 * does so through the product's path (written as a plain transcript, read,
 * split into sentences and scored as `suggest` does).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_BITS, HASH_SIZE } from '../src/core/claims/features';
import { meanAveragePrecision } from '../src/core/claims/evaluate';
import { labelledFeatures, readLabelledTsv, type LabelledTranscript } from '../src/core/claims/labelled';
import { fitLogistic, margin, type FitOptions } from '../src/core/claims/logistic';
import { encodeWeights, scoreLabelled } from '../src/core/claims/checkWorthiness';
import { scoreTranscript } from '../src/core/claims/score';
import { TextIndex } from '../src/core/annotations/positions';
import { parseTranscript } from '../src/core/transcript';

const args = process.argv.slice(2);
const root = join(import.meta.dirname, '..');

function readFolder(folder: string): LabelledTranscript[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
}

export const OPTIONS: FitOptions = {
  l2Words: Number(process.env.L2W ?? 3e-4),
  l2Dense: Number(process.env.L2D ?? 3e-4),
  denseFrom: HASH_SIZE,
  positiveWeight: Number(process.env.POSW ?? 10),
  epochs: Number(process.env.EPOCHS ?? 300),
  learningRate: Number(process.env.LR ?? 0.05),
};

/** Each sentence's margin plus `alpha` times its neighbours' in the same turn. */
function smooth(z: readonly number[], turnOf: readonly number[], alpha: number): number[] {
  return z.map((v, i) => v + alpha * ((turnOf[i - 1] === turnOf[i] ? z[i - 1]! : 0) + (turnOf[i + 1] === turnOf[i] ? z[i + 1]! : 0)));
}

async function main(): Promise<void> {
  if (args[0] === '--evaluate-text') {
    // The product's path: each labelled transcript written as a plain transcript (`SPEAKER: sentence` a line),
    // read, split and scored as `suggest` does; each labelled line gets the best score of the sentences on it.
    const data = readFolder(args[1] ?? '.');
    const rankings = data.map((t) => {
      const lines = t.sentences.map((s) => `${s.speaker ?? 'SPEAKER'}: ${s.text}`);
      const text = lines.join('\n');
      const scored = scoreTranscript(text, parseTranscript(text));
      const index = new TextIndex(text);
      const scores = new Array<number>(lines.length).fill(0);
      for (const s of scored) {
        const line = index.lineOf(s.start);
        scores[line] = Math.max(scores[line]!, s.score);
      }
      return { scores, labels: t.labels };
    });
    console.log(`${data.length} transcripts read as text, MAP with the shipped weights: ${meanAveragePrecision(rankings).toFixed(4)}`);
    return;
  }
  if (args[0] === '--evaluate') {
    const data = readFolder(args[1] ?? '.');
    const map = meanAveragePrecision(data.map((t) => ({ scores: scoreLabelled(t), labels: t.labels })));
    console.log(`${data.length} transcripts, MAP with the shipped weights: ${map.toFixed(4)}`);
    return;
  }
  const folder = args.find((a) => !a.startsWith('-')) ?? join(root, '..', 'shared', 'checkworthiness', 'train');
  const data = readFolder(folder);
  const vectors = data.map(labelledFeatures);
  const rankings: Array<{ scores: number[]; labels: (0 | 1)[] }> = [];
  for (let held = 0; held < data.length; held++) {
    const xs = vectors.filter((_, i) => i !== held).flat();
    const ys = data.filter((_, i) => i !== held).flatMap((t) => t.labels);
    const w = fitLogistic(xs, ys, FEATURE_COUNT, OPTIONS);
    const scores = vectors[held]!.map((x) => margin(w, x));
    rankings.push({ scores, labels: data[held]!.labels });
    if (args.includes('--verbose')) console.log(data[held]!.name, meanAveragePrecision([rankings[held]!]).toFixed(4));
  }
  const map = meanAveragePrecision(rankings);
  console.log(`leave-one-transcript-out MAP over ${data.length} transcripts: ${map.toFixed(4)} (options ${JSON.stringify(OPTIONS)})`);
  for (const k of [5, 10, 20]) {
    const precision = rankings.map((r) => {
      const top = r.scores.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]).slice(0, k);
      return top.filter(([, i]) => r.labels[i]).length / k;
    });
    console.log(`  precision of the top ${k}: ${(precision.reduce((a, b) => a + b, 0) / precision.length).toFixed(3)}`);
  }
  for (const alpha of [0.1, 0.2, 0.3, 0.5]) {
    const smoothed = rankings.map((r, t) => ({ scores: smooth(r.scores, data[t]!.turnOf, alpha), labels: r.labels }));
    console.log(`  with neighbours in the turn weighted ${alpha}: ${meanAveragePrecision(smoothed).toFixed(4)}`);
  }
  if (args.includes('--cv-only')) return;
  const w = fitLogistic(vectors.flat(), data.flatMap((t) => t.labels), FEATURE_COUNT, OPTIONS);
  const dense = DENSE_FEATURES.map((name, d) => `${name}=${w[HASH_SIZE + d]!.toFixed(3)}`).join(' ');
  console.log(`dense weights: ${dense}`);
  const { scale, base64 } = encodeWeights(w);
  const file = join(root, 'src', 'core', 'claims', 'weights.ts');
  writeFileSync(
    file,
    `/**
 * The check-worthiness model's weights, written by scripts/fit-checkworthiness.ts
 * from the CLEF 2019 CheckThat! Task 1 training transcripts (fact-checkers' labels;
 * "free for general research use"; Atanasova et al., CEUR-WS Vol-2380). Only the
 * fitted numbers ship, no sentence of the data. Leave-one-transcript-out MAP: ${map.toFixed(4)}.
 */
/** Bits of the hashed word table the weights were fitted with. */
export const HASH_BITS = ${HASH_BITS};
/** The dense features the weights were fitted with, in order. */
export const DENSE_FEATURES = '${DENSE_FEATURES.join(' ')}';
/** Weight = int16 value × scale. */
export const SCALE = ${scale};
/** ${FEATURE_COUNT} little-endian int16 weights: hashed words and pairs, then the dense features. */
export const WEIGHTS = '${base64}';
/** Leave-one-transcript-out MAP on the training transcripts when these weights were fitted. */
export const CROSS_VALIDATED_MAP = ${map.toFixed(4)};
`,
  );
  console.log(`wrote ${file} (${base64.length} characters)`);
}

void main();
