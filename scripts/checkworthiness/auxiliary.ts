/**
 * An auxiliary model fitted on other labelled sentences than the CLEF
 * transcripts (ClaimBuster's US presidential debates, 1960–2016, labelled
 * check-worthy factual claim or not): its margins can be averaged into the
 * main model's, a share the inner split chooses (protocol.ts). Its labels
 * differ from CLEF's (a factual claim worth checking, against sentences a
 * fact-checker chose), so it is a second opinion, not more of the same data.
 *
 * Its sentences come without their neighbours, turns or speakers (a sample of
 * each debate), so the fit sees their words and the cues of the sentence
 * alone; the cues of a sentence's context are left out of its rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { fitPacked, pack, type FitSettings, type PackedRows } from './fitting';

/** Cues of a sentence's place among others: meaningless for sentences sampled out of their debate. */
const CONTEXT_CUES = new Set(['noSpeaker', 'speakerShare', 'topSpeaker', 'speakerAsks', 'turnPosition', 'firstInTurn', 'turnLength', 'afterQuestion', 'prevHasNumber', 'nextHasNumber', 'prevClaimish', 'nextClaimish', 'answersTopic']);

/** A feature vector without the context cues. */
export function withoutContext(x: FeatureVector): FeatureVector {
  const keep: number[] = [];
  for (let k = 0; k < x.index.length; k++) {
    const j = x.index[k]!;
    if (j < HASH_SIZE || !CONTEXT_CUES.has(DENSE_FEATURES[j - HASH_SIZE]!)) keep.push(k);
  }
  return { index: Int32Array.from(keep, (k) => x.index[k]!), value: Float32Array.from(keep, (k) => x.value[k]!) };
}

/**
 * Reads a folder of auxiliary blocks in the CLEF layout (one `.tsv` a group of
 * sentences from one stretch of debates; the pairwise fit orders each block's
 * sentences), packed without the context cues.
 */
export function readAuxiliary(folder: string): PackedRows[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const t = readLabelledTsv(f, readFileSync(join(folder, f), 'utf8'));
      return pack(labelledFeatures(t).map(withoutContext), t.labels);
    });
}

/** The auxiliary fit: pairwise inside each block, the shipped fit's penalties. */
const AUXILIARY_FIT: FitSettings = { loss: 'pairwise', l2Words: 3e-4, l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 10, epochs: 300, learningRate: 0.05 };

/** The auxiliary model's weights (the context cues' stay 0). */
export function fitAuxiliary(blocks: readonly PackedRows[]): Float64Array {
  return fitPacked(blocks.map((rows) => ({ rows, times: 1 })), FEATURE_COUNT, AUXILIARY_FIT);
}
