/**
 * Labelled transcripts in the CLEF CheckThat! 2019 layout (one sentence a
 * line: `number TAB speaker TAB sentence TAB label`), read for fitting and
 * for checking the model; the product never ships them.
 */
import { featuresOf, type FeatureVector, type SentenceInput } from './features';

/** One labelled transcript. */
export interface LabelledTranscript {
  name: string;
  sentences: SentenceInput[];
  /** 1 where fact-checkers marked the sentence worth checking. */
  labels: (0 | 1)[];
  /** Index of the turn of each sentence: consecutive sentences of one speaker share a turn. */
  turnOf: number[];
}

/** Reads one TSV file's text; lines that do not have four fields are skipped. */
export function readLabelledTsv(name: string, text: string): LabelledTranscript {
  const out: LabelledTranscript = { name, sentences: [], labels: [], turnOf: [] };
  let turn = -1;
  let last: string | null | undefined;
  for (const line of text.split(/\r?\n/)) {
    const f = line.split('\t');
    if (f.length < 4) continue;
    const speaker = f[1]!.trim() || null;
    if (speaker !== last) turn++;
    last = speaker;
    out.sentences.push({ text: f[2]!, speaker });
    out.labels.push(f[3]!.trim() === '1' ? 1 : 0);
    out.turnOf.push(turn);
  }
  return out;
}

/** The feature vectors of a labelled transcript's sentences. */
export function labelledFeatures(t: LabelledTranscript): FeatureVector[] {
  return featuresOf(t.sentences, t.turnOf);
}
