/**
 * The check-worthiness model: fitted weights (shipped as a short base64
 * string, decoded the first time a sentence is scored, so start-up does not
 * pay) applied to a sentence's features, the margins ranked in their
 * transcript's context (ranking.ts), giving a score in [0, 1].
 */
import { columnsOf, type SentenceColumns } from './columns';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_BITS, marginsOf, type SentenceInput, type SentenceSource } from './features';
import { kindOfColumns, type TranscriptKind } from './kind';
import type { LabelledTranscript } from './labelled';
import { sigmoid } from './logistic';
import { rankingMarginsOf, type RankingSettings } from './ranking';
import * as shipped from './weights';

let table: Float32Array | undefined;

/** The shipped weights, decoded once. */
function weights(): Float32Array {
  if (table) return table;
  if (!weightsFitFeatures()) throw new Error('the check-worthiness weights were fitted with other features: run scripts/fit-checkworthiness.ts');
  table = decodeWeights(shipped.WEIGHTS, shipped.SCALE);
  return table;
}

/** The shipped ranking settings, for speeches and for debates. */
const SETTINGS: RankingSettings = { neighbours: shipped.NEIGHBOURS, turnMean: shipped.TURN_MEAN, speakerMean: shipped.SPEAKER_MEAN };
const DEBATE_SETTINGS: RankingSettings = { neighbours: shipped.DEBATE_NEIGHBOURS, turnMean: shipped.DEBATE_TURN_MEAN, speakerMean: shipped.DEBATE_SPEAKER_MEAN };

/** The shipped ranking settings for a kind of transcript (the one place the choice is made). */
export function rankingSettingsFor(kind: TranscriptKind): RankingSettings {
  return kind === 'debate' ? DEBATE_SETTINGS : SETTINGS;
}

/** Weights from `encodeWeights`' base64 and scale. */
export function decodeWeights(base64: string, scale: number): Float32Array {
  const bin = atob(base64);
  const w = new Float32Array(FEATURE_COUNT);
  for (let j = 0; j < FEATURE_COUNT && 2 * j + 1 < bin.length; j++) {
    const u = bin.charCodeAt(2 * j) | (bin.charCodeAt(2 * j + 1) << 8);
    w[j] = (u >= 0x8000 ? u - 0x10000 : u) * scale;
  }
  return w;
}

/** True when the shipped weights were fitted with the features this code computes. */
export function weightsFitFeatures(): boolean {
  return shipped.HASH_BITS === HASH_BITS && shipped.DENSE_FEATURES === DENSE_FEATURES.join(' ') && atob(shipped.WEIGHTS).length === 2 * FEATURE_COUNT;
}

/** Weights as 16-bit integers in base64, with the scale that brings them back. */
export function encodeWeights(w: ArrayLike<number>): { scale: number; base64: string } {
  let max = 0;
  for (let j = 0; j < w.length; j++) max = Math.max(max, Math.abs(w[j]!));
  const scale = max === 0 ? 1 : max / 32767;
  let bin = '';
  for (let j = 0; j < w.length; j++) {
    const q = Math.round(w[j]! / scale) & 0xffff;
    bin += String.fromCharCode(q & 0xff, q >> 8);
  }
  return { scale: Number(scale.toPrecision(8)), base64: btoa(bin) };
}

/**
 * Scores sentences of one transcript, in order, in [0, 1]: the logistic of
 * each one's margin with its turn's and speaker's share added (ranking.ts),
 * higher where fact-checkers would more likely mark it worth checking.
 * `turnOf` gives each sentence's turn (consecutive sentences of a turn share
 * its number). With `source`, every sentence has a span in it, where its
 * words are read.
 */
export function scoreSentences(sentences: readonly SentenceInput[], turnOf: ArrayLike<number>, source?: SentenceSource): number[] {
  return Array.from(scoreColumns(columnsOf(sentences, turnOf, source), source?.oddSpace));
}

/** Scores sentences with given weights and ranking settings (the shipped ones, or ones being fitted). */
export function scoreWith(w: ArrayLike<number>, settings: RankingSettings, sentences: readonly SentenceInput[], turnOf: ArrayLike<number>, source?: SentenceSource): number[] {
  return Array.from(scoreColumnsWith(w, settings, columnsOf(sentences, turnOf, source), source?.oddSpace));
}

/**
 * Scores a transcript's sentences given as columns, with the shipped
 * weights. With `oddSpace`, sets 1 for each sentence whose span holds white
 * space other than single plain spaces.
 */
export function scoreColumns(sentences: SentenceColumns, oddSpace?: Uint8Array): Float64Array {
  return scoreColumnsWith(weights(), rankingSettingsFor(kindOfColumns(sentences.speaker.subarray(0, sentences.length), sentences.speakers)), sentences, oddSpace);
}

function scoreColumnsWith(w: ArrayLike<number>, settings: RankingSettings, sentences: SentenceColumns, oddSpace?: Uint8Array): Float64Array {
  const z = rankingMarginsOf(marginsOf(sentences, w, oddSpace), sentences.turnOf, sentences.speaker, sentences.speakers, settings);
  for (let i = 0; i < z.length; i++) z[i] = sigmoid(z[i]!);
  return z;
}

/** Scores a labelled transcript's sentences with the shipped weights. */
export function scoreLabelled(t: LabelledTranscript): number[] {
  return scoreSentences(t.sentences, t.turnOf);
}
