/**
 * The protocol that chooses and reports the check-worthiness model: nested
 * cross-validation grouped by transcript. The inner split chooses the fit
 * and the ranking settings; the outer split, which the choice never sees,
 * reports how the chosen model ranks transcripts it was not fitted on,
 * separately for debates and for speeches.
 */
import { meanAveragePrecision, precisionAt } from '../../src/core/claims/evaluate';
import { FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import type { LabelledTranscript } from '../../src/core/claims/labelled';
import { fitPacked, marginsWith, pack, type FitSettings, type PackedRows } from './fitting';
import { transcriptKind, type TranscriptKind } from '../../src/core/claims/kind';
import { rankingMargins, type RankingSettings } from '../../src/core/claims/ranking';
import { fitForest, forestMargins, type Forest, type TreeSettings } from './trees';

/** A transcript with its feature vectors. */
export interface Example {
  t: LabelledTranscript;
  /** Hashed words and dense features. */
  full: FeatureVector[];
  /** The dense features alone. */
  dense: FeatureVector[];
  /** `full`, packed for fitting. */
  rows: PackedRows;
  kind: Kind;
  /** How many times its sentences count in a fit (1 unless the fit script is told otherwise). */
  weight?: number;
  /** The labels the outer figures score it against, when they are not those it is fitted with (`--relabel`: the original ones). */
  scoredOn?: (0 | 1)[];
  /** Other labels of the same sentences (`--judge`, `--relabel`: another edition's), its outer ranking also scored against. */
  alsoJudged?: (0 | 1)[];
}

/** Debates have many speakers and few check-worthy sentences; speeches (and press conferences) one main speaker. */
export type Kind = TranscriptKind;

/** A debate when no speaker says 60 % of the sentences (as the product decides, kind.ts). */
export function kindOf(t: LabelledTranscript): Kind {
  return transcriptKind(t.sentences);
}

/** The year in a transcript's name (`20190108_...`), or undefined. */
export function yearOf(name: string): number | undefined {
  const m = /^((?:19|20)\d\d)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export function example(t: LabelledTranscript, full: FeatureVector[]): Example {
  const dense = full.map((x) => {
    let from = 0;
    while (from < x.index.length && x.index[from]! < HASH_SIZE) from++;
    return { index: x.index.subarray(from), value: x.value.subarray(from) };
  });
  return { t, full, dense, rows: pack(full, t.labels), kind: kindOf(t) };
}

const common = { l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 10, epochs: 300, learningRate: 0.05 };

/**
 * The fits the choice is made among: hashed words and cues with a light or a
 * heavy penalty on the words, a pairwise fit (the order inside each
 * transcript), the mean of it and the light one, and the cues alone. (The
 * balanced and listwise losses, fitting.ts, were screened with explore.ts and
 * tried under this protocol, and not kept: README, "Tried and not kept".)
 */
export const FITS = {
  words: { loss: 'logistic', l2Words: 3e-4, ...common },
  sparseWords: { loss: 'logistic', l2Words: 3e-3, ...common },
  dense: { loss: 'logistic', l2Words: 3e-4, ...common, denseOnly: true },
  pairwise: { loss: 'pairwise', l2Words: 3e-4, ...common },
} satisfies Record<string, FitSettings>;
/** A fit of its own, or `wordsPairwise`: the mean of `words` and `pairwise`, made from their weights (`blend`). */
export type FitName = keyof typeof FITS | 'wordsPairwise';
/** The fits over words and cues, one of which a choice takes as its base. */
export const WORD_FITS = ['words', 'sparseWords', 'pairwise', 'wordsPairwise'] as const;
export type WordFit = (typeof WORD_FITS)[number];

/** A full choice: which word fit, how much of the dense-only fit is averaged in, and the ranking settings. */
export interface Choice extends RankingSettings {
  base: WordFit;
  /** The share of the dense-only model in the average of margins (a two-model ensemble, itself linear). */
  denseShare: number;
  /** The share of the auxiliary model (auxiliary.ts), on the pairwise fit's scale; absent when no auxiliary data is given. */
  auxShare?: number;
  /** The share of the boosted trees over the cues (trees.ts), on the pairwise fit's scale; absent unless trees are tried (`setTrees`). */
  treeShare?: number;
  /** Each speaker's margins spread alike (`setSpeakerScale`): a sentence's distance from its speaker's mean margin divided by the speaker's spread, times the transcript's. */
  speakerScale?: boolean;
  /** The share of a side model's margins (`setSideModel`: the sentence encoder's, encoder.ts), on the pairwise fit's scale; the rest is the other fits' mix; absent unless one is given. */
  sideShare?: number;
}

/** A model the product does not compute, fitted on the transcripts of each fit: returns the margins it gives a transcript. */
export type SideModel = (on: readonly Example[]) => (e: Example) => number[];

/** The side model offered to the inner split (`--encoder`); undefined: none. */
let sideModel: SideModel | undefined;

/** Offers a side model's margins to every choice, at shares of 0, 0.25, 0.5, 0.75 and 1 (1: the side model alone). */
export function setSideModel(model: SideModel | undefined): void {
  sideModel = model;
}

/** The side model's shares offered, fixed before any figure was seen. */
export const SIDE_SHARES = [0, 0.25, 0.5, 0.75, 1];

/** Whether the inner split is offered `speakerScale` (`--speaker-scale`). */
let offerSpeakerScale = false;

/** Offers every choice with and without each speaker's margins brought to one spread (`Choice.speakerScale`). */
export function setSpeakerScale(on: boolean): void {
  offerSpeakerScale = on;
}

/** The trees tried beside the linear fits (`--trees`), fixed before any figure was seen; undefined: none. */
let treeSettings: TreeSettings | undefined;

/** Offers boosted trees over the cues (trees.ts) to every choice, at shares of 0, 0.5, 1 and 2 of the pairwise fit's spread. */
export function setTrees(settings: TreeSettings | undefined): void {
  treeSettings = settings;
}

/** The trees' settings: depth 3, 60 rounds (decided before the protocol ran; not tuned). */
export const TREES: TreeSettings = { depth: 3, rounds: 60, rate: 0.1, lambda: 1, minHessian: 0.05 };

/** Every choice the inner split looks at; with `withAux`, each also with shares of the auxiliary model. */
export function choices(withAux = false): Choice[] {
  const out: Choice[] = [];
  for (const base of WORD_FITS)
    for (const denseShare of [0, 0.25, 0.5])
      for (const auxShare of withAux ? [0, 0.5, 1, 2, 4] : [undefined])
        for (const treeShare of treeSettings ? [0, 0.5, 1, 2] : [undefined])
          for (const speakerScale of offerSpeakerScale ? [false, true] : [undefined])
            for (const sideShare of sideModel ? SIDE_SHARES : [undefined]) {
              // The side model alone: one base is enough, the others' margins count nothing.
              if (sideShare === 1 && (base !== WORD_FITS[0] || denseShare !== 0 || auxShare || treeShare || speakerScale)) continue;
              for (const neighbours of [0, 0.15, 0.3])
                for (const turnMean of [0, 0.5])
                  for (const speakerMean of [0, 0.5, 1, 2])
                    out.push({ base, denseShare, ...(auxShare === undefined ? {} : { auxShare }), ...(treeShare === undefined ? {} : { treeShare }), ...(speakerScale === undefined ? {} : { speakerScale }), ...(sideShare === undefined ? {} : { sideShare }), neighbours, turnMean, speakerMean });
            }
  return out;
}

/** Every fit's weights, the auxiliary model's when there is one, and the trees when tried (with the factor that brings their margins to the pairwise fit's spread). */
export type Weights = Record<FitName, Float64Array> & { aux?: Float64Array; forest?: { f: Forest; k: number }; side?: { margins: (e: Example) => number[]; k: number } };

/** Length of the fits' weights: the product's table, and features only tried by the protocol after it (`--vectors`). */
let rowLength = FEATURE_COUNT;

/** Features tried by the protocol alone take indices from FEATURE_COUNT to `length` - 1 of the examples' rows. */
export function setRowLength(length: number): void {
  rowLength = length;
}

/** Features made again for every fit from the transcripts fitted on (`--near`): sets the rows of `targets` from `on`; undefined: none. */
let refitted: ((on: readonly Example[], targets: readonly Example[]) => void) | undefined;

/**
 * Features that depend on the transcripts a fit is made on (nearness.ts): before every fit, the rows of the transcripts
 * fitted on are made from them (each without its own), and before its margins, the rows of those it scores.
 */
export function setRefitted(f: typeof refitted): void {
  refitted = f;
}

/** Weights of one fit on some transcripts. */
export function fit(name: FitName, on: readonly Example[]): Float64Array {
  if (name === 'wordsPairwise') return blend(fit('words', on), fit('pairwise', on), on);
  return fitPacked(on.map((e) => ({ rows: e.rows, times: e.weight ?? 1 })), rowLength, FITS[name]);
}

/** The spread (standard deviation) of some weights' margins over the sentences they were fitted on. */
function spread(w: Float64Array, on: ReadonlyArray<{ rows: PackedRows }>): number {
  return spreadOf(on.flatMap((e) => marginsWith(w, e.rows)));
}

/** The standard deviation of some margins (1 when they do not vary). */
function spreadOf(zs: readonly number[]): number {
  let [n, sum, squares] = [0, 0, 0];
  for (const z of zs) {
    n++;
    sum += z;
    squares += z * z;
  }
  return n === 0 ? 1 : Math.sqrt(Math.max(0, squares / n - (sum / n) ** 2)) || 1;
}

/**
 * The mean of two fits as one linear model: each fit's weights divided by the
 * spread of its margins over the sentences fitted on (a pointwise and a
 * pairwise fit have margins of unlike scales), on the first fit's scale.
 */
export function blend(a: Float64Array, b: Float64Array, on: ReadonlyArray<{ rows: PackedRows }>): Float64Array {
  const [sa, sb] = [spread(a, on), spread(b, on)];
  return a.map((v, j) => (v / sa + b[j]! / sb) * (sa / 2));
}

/**
 * Every fit's weights on some transcripts. With `aux` (the auxiliary model's
 * weights, fitted on other data once), those weights brought to the spread of
 * the pairwise fit's margins over these transcripts, so that a share means the
 * same whatever the fold.
 */
export function fitAll(on: readonly Example[], aux?: Float64Array): Weights {
  refitted?.(on, on);
  const w = Object.fromEntries(Object.keys(FITS).map((name) => [name, fit(name as FitName, on)])) as unknown as Weights;
  w.wordsPairwise = blend(w.words, w.pairwise, on);
  if (aux) w.aux = scaledAux(aux, w.pairwise, on);
  if (treeSettings) {
    const f = fitForest(on, treeSettings);
    w.forest = { f, k: spread(w.pairwise, on) / spreadOf(on.flatMap((e) => forestMargins(f, e))) };
  }
  if (sideModel) {
    const margins = sideModel(on);
    w.side = { margins, k: spread(w.pairwise, on) / spreadOf(on.flatMap((e) => margins(e))) };
  }
  return w;
}

/** The auxiliary weights on the scale of `like`'s margins over some transcripts. */
export function scaledAux(aux: Float64Array, like: Float64Array, on: ReadonlyArray<{ rows: PackedRows }>): Float64Array {
  const k = spread(like, on) / spread(aux, on);
  return aux.map((v) => v * k);
}

/** The fits' margins of one transcript. */
export type Margins = Record<FitName, number[]> & { aux?: number[]; trees?: number[]; side?: number[] };

export function marginsOf(e: Example, w: Weights): Margins {
  const out = Object.fromEntries(Object.keys(w).filter((name) => name !== 'forest' && name !== 'side').map((name) => [name, marginsWith(w[name as FitName], e.rows)])) as Margins;
  if (w.forest) out.trees = forestMargins(w.forest.f, e).map((v) => v * w.forest!.k);
  if (w.side) out.side = w.side.margins(e).map((v) => v * w.side!.k);
  return out;
}

/** The ranking of one transcript under a choice. */
export function rank(e: Example, m: Margins, c: Choice): number[] {
  const a = c.auxShare ?? 0;
  const t = c.treeShare ?? 0;
  const s = c.sideShare ?? 0;
  const z = m[c.base].map((v, i) => (1 - s) * ((1 - c.denseShare) * v + c.denseShare * m.dense[i]! + (a === 0 ? 0 : a * m.aux![i]!) + (t === 0 ? 0 : t * m.trees![i]!)) + (s === 0 ? 0 : s * m.side![i]!));
  const speakers = e.t.sentences.map((s) => s.speaker);
  return Array.from(rankingMargins(c.speakerScale ? speakerScaled(z, speakers) : z, e.t.turnOf, speakers, c));
}

/**
 * Margins with each speaker's spread made the transcript's: a sentence keeps
 * its speaker's mean, and its distance from it is divided by the speaker's
 * standard deviation and multiplied by the transcript's (a speaker of one
 * sentence, or of equal margins, keeps them as they are).
 */
export function speakerScaled(z: readonly number[], speakers: ReadonlyArray<string | null>): number[] {
  const groups = new Map<string | null, number[]>();
  z.forEach((v, i) => {
    const g = groups.get(speakers[i]!) ?? [];
    g.push(v);
    groups.set(speakers[i]!, g);
  });
  const all = spreadOf(z);
  const by = new Map([...groups].map(([s, g]) => [s, { mean: g.reduce((x, v) => x + v, 0) / g.length, sd: g.length > 1 ? spreadOf(g) : 1 }]));
  return z.map((v, i) => {
    const { mean, sd } = by.get(speakers[i]!)!;
    return mean + ((v - mean) / sd) * all;
  });
}

/** Groups transcripts into k folds, debates and speeches spread over them all. */
export function folds<T extends Example>(data: readonly T[], k: number): T[][] {
  const order = [...data].sort((a, b) => a.kind.localeCompare(b.kind) || a.t.name.localeCompare(b.t.name));
  const out: T[][] = Array.from({ length: Math.min(k, data.length) }, () => []);
  order.forEach((e, i) => out[i % out.length]!.push(e));
  return out;
}

/** Margins of every transcript from fits made without its fold. */
export function outOfFold(data: readonly Example[], k: number, log?: (line: string) => void, aux?: Float64Array): Map<Example, Margins> {
  const out = new Map<Example, Margins>();
  for (const [f, held] of folds(data, k).entries()) {
    const rest = data.filter((e) => !held.includes(e));
    const w = fitAll(rest, aux);
    refitted?.(rest, held);
    for (const e of held) out.set(e, marginsOf(e, w));
    log?.(`    fold ${f + 1}/${k} fitted on ${rest.length}`);
  }
  return out;
}

/** MAP of a choice over transcripts with their margins (those of one kind only, when given). */
export function mapOf(margins: Map<Example, Margins>, c: Choice, kind?: Kind): number {
  return meanAveragePrecision([...margins].filter(([e]) => kind === undefined || e.kind === kind).map(([e, m]) => ({ scores: rank(e, m, c), labels: e.t.labels })));
}

/** A choice with other ranking settings for debates: the fit stays one, only how margins become a ranking differs. */
export interface KindChoice {
  speech: Choice;
  debate: Choice;
}

/**
 * Given the choice made on all transcripts, the ranking settings (neighbours,
 * turn, speaker) chosen again on each kind's transcripts alone; the fit and
 * its ensemble stay those of `c`, so one weight table serves both.
 */
export function chooseByKind(margins: Map<Example, Margins>, c: Choice): KindChoice {
  const out = { speech: c, debate: c };
  for (const kind of ['speech', 'debate'] as const) {
    let best = mapOf(margins, c, kind);
    for (const r of choices(c.auxShare !== undefined)) {
      if (r.base !== c.base || r.denseShare !== c.denseShare || r.auxShare !== c.auxShare || r.treeShare !== c.treeShare || r.speakerScale !== c.speakerScale || r.sideShare !== c.sideShare) continue;
      const map = mapOf(margins, r, kind);
      if (map > best + 1e-9) {
        best = map;
        out[kind] = r;
      }
    }
  }
  return out;
}

/** The choice with the best MAP (ties to the earlier, simpler one); with `among`, of the choices it keeps. */
export function choose(margins: Map<Example, Margins>, among: (c: Choice) => boolean = () => true): { choice: Choice; map: number } {
  const withAux = [...margins.values()].some((m) => m.aux !== undefined);
  let best = { choice: choices(withAux)[0]!, map: -1 };
  for (const c of choices(withAux)) {
    if (!among(c)) continue;
    const map = mapOf(margins, c);
    if (map > best.map + 1e-9) best = { choice: c, map };
  }
  return best;
}

/** One transcript's figures under the outer split. */
export interface Outcome {
  name: string;
  kind: Kind;
  ap: number;
  p10: number;
  choice: Choice;
}

/** Figures of a group of outcomes: MAP and mean precision at 10. */
export function summary(rows: readonly Outcome[]): { count: number; map: number; p10: number } {
  const aps = rows.filter((r) => !Number.isNaN(r.ap));
  return {
    count: rows.length,
    map: aps.reduce((a, r) => a + r.ap, 0) / Math.max(1, aps.length),
    p10: rows.reduce((a, r) => a + r.p10, 0) / Math.max(1, rows.length),
  };
}

/** The outer split's outcomes of one choice for all transcripts, and of ranking settings chosen by kind. */
export interface NestedOutcomes {
  same: Outcome[];
  byKind: Outcome[];
  /** With trees, speaker scaling or a side model offered (`setTrees`, `setSpeakerScale`, `setSideModel`), the same two made among the choices without them, from the same fits: the comparison paired transcript by transcript. */
  without?: { same: Outcome[]; byKind: Outcome[] };
  /** With a side model, the same two made among the choices of the side model alone (`sideShare` 1). */
  alone?: { same: Outcome[]; byKind: Outcome[] };
  /** The transcripts with other labels (`Example.alsoJudged`), their outer rankings scored against those. */
  judged: { same: Outcome[]; byKind: Outcome[] };
}

/**
 * Nested cross-validation: for each outer fold, the choice is made by an
 * inner cross-validation on the other folds' transcripts only, then fitted
 * on all of them and scored on the outer fold; the same fits also score the
 * outer fold with ranking settings chosen by kind (`chooseByKind`). With
 * `only`, those outer folds alone (1-based).
 */
export function nested(data: readonly Example[], outerK: number, innerK: number, log: (line: string) => void, only?: readonly number[], aux?: Float64Array): NestedOutcomes {
  const out: NestedOutcomes = { same: [], byKind: [], judged: { same: [], byKind: [] }, ...(treeSettings || offerSpeakerScale || sideModel ? { without: { same: [], byKind: [] } } : {}), ...(sideModel ? { alone: { same: [], byKind: [] } } : {}) };
  const outcome = (e: Example, m: Margins, choice: Choice, labels = e.scoredOn ?? e.t.labels): Outcome => {
    const scores = rank(e, m, choice);
    return { name: e.t.name, kind: e.kind, ap: meanAveragePrecision([{ scores, labels }]), p10: precisionAt(10, scores, labels), choice };
  };
  for (const [f, held] of folds(data, outerK).entries()) {
    // While exploring, some outer folds only (1-based): their figures are not the protocol's.
    if (only && !only.includes(f + 1)) continue;
    const rest = data.filter((e) => !held.includes(e));
    log(`outer fold ${f + 1}/${outerK}: ${held.map((e) => e.t.name).join(' ')}`);
    const inner = outOfFold(rest, innerK, log, aux);
    const { choice, map } = choose(inner);
    const byKind = chooseByKind(inner, choice);
    log(`  inner choice ${JSON.stringify(choice)} (inner MAP ${map.toFixed(4)}); by kind ${JSON.stringify(byKind)}`);
    const without = out.without && choose(inner, (c) => !c.treeShare && !c.speakerScale && !c.sideShare).choice;
    const withoutByKind = without && chooseByKind(inner, without);
    if (without) log(`  without what was offered: ${JSON.stringify(without)}; by kind ${JSON.stringify(withoutByKind)}`);
    const alone = out.alone && choose(inner, (c) => c.sideShare === 1).choice;
    const aloneByKind = alone && chooseByKind(inner, alone);
    if (alone) log(`  the side model alone: ${JSON.stringify(alone)}; by kind ${JSON.stringify(aloneByKind)}`);
    const w = fitAll(rest, aux);
    refitted?.(rest, held);
    for (const e of held) {
      const m = marginsOf(e, w);
      out.same.push(outcome(e, m, choice));
      out.byKind.push(outcome(e, m, byKind[e.kind]));
      if (e.alsoJudged) {
        out.judged.same.push(outcome(e, m, choice, e.alsoJudged));
        out.judged.byKind.push(outcome(e, m, byKind[e.kind], e.alsoJudged));
      }
      if (without) {
        out.without!.same.push(outcome(e, m, without));
        out.without!.byKind.push(outcome(e, m, withoutByKind![e.kind]));
      }
      if (alone) {
        out.alone!.same.push(outcome(e, m, alone));
        out.alone!.byKind.push(outcome(e, m, aloneByKind![e.kind]));
      }
    }
  }
  return out;
}

/** The shipped model's weights under a choice: the averaged fits are one linear model. */
export function combined(w: Weights, c: Choice): Float64Array {
  const out = new Float64Array(FEATURE_COUNT);
  const a = c.auxShare ?? 0;
  for (let j = 0; j < FEATURE_COUNT; j++) out[j] = (1 - c.denseShare) * w[c.base][j]! + (j >= HASH_SIZE ? c.denseShare * w.dense[j]! : 0) + (a === 0 ? 0 : a * w.aux![j]!);
  return out;
}

