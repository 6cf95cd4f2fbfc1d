/**
 * A sentence encoder beside the shipped model: each sentence's vector from a
 * pre-trained encoder (the Universal Sentence Encoder lite, 512 numbers a
 * sentence, computed once outside the project and kept one Float32 file per
 * transcript, `<name>.f32`), a logistic model fitted on those vectors alone,
 * and its margins averaged with the shipped model's at a share the inner split
 * chooses (protocol.ts, `setEncoder`). The product does not compute these
 * vectors: a model that passes the protocol needs the encoder shipped with it.
 *
 *   npx tsx scripts/checkworthiness/encoder.ts <folder of .tsv> <vectors folder> --screen <cache folder> <variant>...
 *   npx tsx scripts/checkworthiness/encoder.ts --compare <log> <log>...
 *
 * `--screen`: one cross-validation over the protocol's 6 outer groups (no inner
 * choice), the encoder model on each variant of the vectors (`alone`; `neighbours`:
 * with the mean vector of the sentences around; `question`: with the vector of
 * the question answered), each ranked plainly, the others' MAP paired with the
 * first's; each variant's margins kept in the cache folder. `--compare`: the outcomes a
 * nested run with `--encoder` printed (`--folds`), paired transcript by
 * transcript: the choice among all against the choice without the encoder
 * (`without`) and the encoder alone (`alone`), MAP and P@10 by kind, the MAP
 * difference with its standard error.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { labelledFeatures, readLabelledTsv, type LabelledTranscript } from '../../src/core/claims/labelled';
import { Adam, sigmoid } from '../../src/core/claims/logistic';
import { rankingMargins, type RankingSettings } from '../../src/core/claims/ranking';
import { example, folds, yearOf } from './protocol';

/** Numbers a sentence of the Universal Sentence Encoder. */
export const ENCODER_DIMS = 512;

/** One transcript's sentence vectors: row i is `x[i * dims .. (i + 1) * dims)`. */
export interface Vectors {
  x: Float32Array;
  dims: number;
}

/** Reads a transcript's vectors (`<name without .tsv>.f32`), checked to hold one row per sentence. */
export function readEncoded(folder: string, t: LabelledTranscript): Vectors {
  const file = join(folder, t.name.replace(/\.tsv$/, '.f32'));
  if (!existsSync(file)) throw new Error(`${file}: no sentence vectors for ${t.name}`);
  const b = readFileSync(file);
  const x = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  if (x.length !== t.sentences.length * ENCODER_DIMS) throw new Error(`${file}: ${x.length / ENCODER_DIMS} vectors for ${t.sentences.length} sentences`);
  return { x, dims: ENCODER_DIMS };
}

/** Each sentence's vector followed by the mean of the vectors of the sentences before and after it (one alone at either end). */
export function withNeighbours(v: Vectors): Vectors {
  const n = v.x.length / v.dims;
  const d = v.dims;
  const x = new Float32Array(n * 2 * d);
  for (let i = 0; i < n; i++) {
    x.set(v.x.subarray(i * d, (i + 1) * d), i * 2 * d);
    const around = [i - 1, i + 1].filter((j) => j >= 0 && j < n);
    for (const j of around) for (let k = 0; k < d; k++) x[i * 2 * d + d + k]! += v.x[j * d + k]! / around.length;
  }
  return { x, dims: 2 * d };
}

/** How the encoder model is fitted: a logistic regression on the standardised vectors. */
export interface DenseSettings {
  l2: number;
  positiveWeight: number;
  epochs: number;
  learningRate: number;
}

/** Fixed before any figure was seen, not tuned (README, "A sentence encoder, under the protocol"). */
export const ENCODER_FIT: DenseSettings = { l2: 1e-2, positiveWeight: 10, epochs: 150, learningRate: 0.05 };

/**
 * A logistic regression on dense vectors, every sentence alike and a marked one
 * `positiveWeight` times, each dimension standardised over the sentences fitted
 * on; returns weights for the raw vectors, the bias last.
 */
export function fitDense(data: ReadonlyArray<{ v: Vectors; labels: readonly number[] }>, o: DenseSettings): Float64Array {
  const d = data[0]!.v.dims;
  const n = data.reduce((a, e) => a + e.labels.length, 0);
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const { v } of data) for (let k = 0; k < v.x.length; k++) mean[k % d]! += v.x[k]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  for (const { v } of data) for (let k = 0; k < v.x.length; k++) sd[k % d]! += (v.x[k]! - mean[k % d]!) ** 2;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]! / n) || 1;
  const x = new Float32Array(n * d);
  const y = new Uint8Array(n);
  let at = 0;
  for (const { v, labels } of data)
    for (let i = 0; i < labels.length; i++, at++) {
      y[at] = labels[i]!;
      for (let j = 0; j < d; j++) x[at * d + j] = (v.x[i * d + j]! - mean[j]!) / sd[j]!;
    }
  let total = 0;
  for (let i = 0; i < n; i++) total += y[i] ? o.positiveWeight : 1;
  const w = new Float64Array(d + 1);
  const g = new Float64Array(d + 1);
  const adam = new Adam(d + 1, o.learningRate);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let z = w[d]!;
      const row = i * d;
      for (let j = 0; j < d; j++) z += w[j]! * x[row + j]!;
      const r = ((sigmoid(z) - y[i]!) * (y[i] ? o.positiveWeight : 1)) / total;
      for (let j = 0; j < d; j++) g[j]! += r * x[row + j]!;
      g[d]! += r;
    }
    for (let j = 0; j <= d; j++) adam.step(w, j, g[j]! + (j < d ? o.l2 * w[j]! : 0), epoch);
  }
  const out = new Float64Array(d + 1);
  out[d] = w[d]!;
  for (let j = 0; j < d; j++) {
    out[j] = w[j]! / sd[j]!;
    out[d]! -= (w[j]! * mean[j]!) / sd[j]!;
  }
  return out;
}

/** The margins of a transcript's sentences under weights from `fitDense`. */
export function denseMargins(w: Float64Array, v: Vectors): number[] {
  const d = v.dims;
  const n = v.x.length / d;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let z = w[d]!;
    for (let j = 0; j < d; j++) z += w[j]! * v.x[i * d + j]!;
    out[i] = z;
  }
  return out;
}

/** MAP and P@10 of some rows, with the mean paired AP difference against `base` and its standard error. */
function line(rows: ReadonlyArray<{ ap: number; p10: number }>, base?: ReadonlyArray<{ ap: number }>): string {
  const map = rows.reduce((a, r) => a + r.ap, 0) / rows.length;
  const p10 = rows.reduce((a, r) => a + r.p10, 0) / rows.length;
  if (!base) return `${map.toFixed(4)} ${p10.toFixed(3)}`;
  const d = rows.map((r, i) => r.ap - base[i]!.ap);
  const m = d.reduce((a, x) => a + x, 0) / d.length;
  const se = Math.sqrt(d.reduce((a, x) => a + (x - m) ** 2, 0) / (d.length - 1) / d.length);
  return `${map.toFixed(4)} ${p10.toFixed(3)} (Δ ${m >= 0 ? '+' : ''}${m.toFixed(4)} ± ${se.toFixed(4)})`;
}

function compare(logs: readonly string[]): void {
  type Row = { name: string; kind: string; ap: number; p10: number };
  const groups = new Map<string, Row[]>();
  for (const log of logs)
    for (const l of readFileSync(log, 'utf8').split('\n')) {
      const m = /^(outcome|without|alone) (same|byKind) (\S+) (debate|speech) (\S+) (\S+)$/.exec(l);
      if (!m) continue;
      const key = `${m[1]} ${m[2]}`;
      groups.set(key, [...(groups.get(key) ?? []), { name: m[3]!, kind: m[4]!, ap: Number(m[5]), p10: Number(m[6]) }]);
    }
  for (const g of groups.values()) g.sort((a, b) => a.name.localeCompare(b.name));
  for (const ranking of ['same', 'byKind']) {
    const base = groups.get(`without ${ranking}`);
    if (!base) continue;
    console.log(`ranking ${ranking === 'same' ? 'one for all' : 'chosen again by kind'}; ${base.length} transcripts; MAP, P@10 (paired MAP difference from 'without' ± its standard error)`);
    for (const label of ['without', 'outcome', 'alone']) {
      const rows = groups.get(`${label} ${ranking}`);
      if (!rows) continue;
      if (rows.map((r) => r.name).join() !== base.map((r) => r.name).join()) throw new Error(`--compare: '${label} ${ranking}' holds other transcripts than 'without ${ranking}'`);
      const by = (kind?: string): string => {
        const idx = rows.map((r, i) => [r, i] as const).filter(([r]) => !kind || r.kind === kind).map(([, i]) => i);
        return line(idx.map((i) => rows[i]!), label === 'without' ? undefined : idx.map((i) => base[i]!));
      };
      console.log(`  ${(label === 'outcome' ? 'with encoder' : label).padEnd(12)} all ${by()} | debates ${by('debate')} | speeches ${by('speech')}`);
    }
  }
}

/**
 * Each sentence's vector followed by that of the question it answers: the last
 * sentence ending in a question mark in the turn before its own, when another
 * speaker said it (zeros otherwise).
 */
export function withQuestion(v: Vectors, t: LabelledTranscript): Vectors {
  const d = v.dims;
  const n = t.sentences.length;
  const x = new Float32Array(n * 2 * d);
  let asked = -1;
  let answering = -1;
  for (let i = 0; i < n; i++) {
    if (i > 0 && t.turnOf[i] !== t.turnOf[i - 1]) {
      // A new turn: it answers the previous turn's last question, if that turn was another speaker's.
      answering = asked >= 0 && t.sentences[asked]!.speaker !== t.sentences[i]!.speaker ? asked : -1;
      asked = -1;
    }
    x.set(v.x.subarray(i * d, (i + 1) * d), i * 2 * d);
    if (answering >= 0) x.set(v.x.subarray(answering * d, (answering + 1) * d), i * 2 * d + d);
    if (t.sentences[i]!.text.trim().endsWith('?')) asked = i;
  }
  return { x, dims: 2 * d };
}

/** The screen's variants: how each sentence's vectors are made. */
const VARIANTS: Record<string, (v: Vectors, t: LabelledTranscript) => Vectors> = {
  alone: (v) => v,
  neighbours: (v) => withNeighbours(v),
  question: (v, t) => withQuestion(v, t),
};

function screen(folder: string, vectors: string, names: readonly string[], cache: string): void {
  // As the protocol: the latest year's transcripts are never looked at; the same 6 outer groups.
  const all = readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(folder, f), 'utf8')));
  const latest = Math.max(...all.map((t) => yearOf(t.name) ?? 0));
  const dev = all.filter((t) => yearOf(t.name) !== latest).map((t) => example(t, labelledFeatures(t)));
  const split = folds(dev, 6);
  const plain: RankingSettings = { neighbours: 0, turnMean: 0, speakerMean: 0 };
  let first: Record<string, number[]> | undefined;
  for (const name of names) {
    const make = VARIANTS[name];
    if (!make) throw new Error(`--screen: no variant '${name}' (${Object.keys(VARIANTS).join(', ')})`);
    const started = Date.now();
    // Each variant's out-of-fold margins are kept, so that variants can run in several processes.
    const file = join(cache, `encoder-${name}.json`);
    let margins: Record<string, number[]>;
    if (existsSync(file)) margins = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>;
    else {
      const vs = new Map(dev.map((e) => [e, make(readEncoded(vectors, e.t), e.t)]));
      margins = {};
      for (const held of split) {
        const w = fitDense(dev.filter((e) => !held.includes(e)).map((e) => ({ v: vs.get(e)!, labels: e.t.labels })), ENCODER_FIT);
        for (const e of held) margins[e.t.name] = denseMargins(w, vs.get(e)!);
      }
      writeFileSync(file, JSON.stringify(margins));
    }
    first ??= margins;
    const rows = (kind: string | undefined, of: Record<string, number[]>) =>
      dev.filter((e) => !kind || e.kind === kind).map((e) => {
        const scores = Array.from(rankingMargins(of[e.t.name]!, e.t.turnOf, e.t.sentences.map((s) => s.speaker), plain));
        return { ap: meanAveragePrecision([{ scores, labels: e.t.labels }]), p10: precisionAt(10, scores, e.t.labels) };
      });
    const by = (kind?: string): string => line(rows(kind, margins), first === margins ? undefined : rows(kind, first!));
    console.log(`${name.padEnd(12)} all ${by()} | debates ${by('debate')} | speeches ${by('speech')}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}

if (process.argv[1]?.endsWith('encoder.ts')) {
  const args = process.argv.slice(2);
  if (args[0] === '--compare') compare(args.slice(1));
  else if (args[2] === '--screen') screen(args[0]!, args[1]!, args.slice(4), args[3]!);
  else throw new Error('usage: encoder.ts <folder of .tsv> <vectors folder> --screen <cache folder> <variant>... | --compare <log> <log>...');
}
