/** Check-worthiness of a transcript's spoken sentences. */
import type { Transcript } from '../transcript';
import { scoreSentences } from './checkWorthiness';
import { oneSpace, sentencesAsWritten, type SpokenSentence } from './sentences';

/** A spoken sentence with the model's score. */
export interface ScoredSentence extends SpokenSentence {
  /** How worth checking it is, in [0, 1]: the logistic of the model's margin, with its turn's and speaker's context added (ranking.ts). */
  score: number;
}

/** Every spoken sentence of a transcript with its score, in text order. */
export function scoreTranscript(text: string, transcript: Transcript): ScoredSentence[] {
  // As written: reading their words finds which need their white space made single.
  const sentences = sentencesAsWritten(text, transcript);
  // A turn, for the model, is a run of sentences by one speaker, as in the transcripts it was fitted on
  // (where a label on every line, or a note between paragraphs, would otherwise start turns of one sentence).
  const turnOf: number[] = [];
  let run = -1;
  sentences.forEach((s, i) => {
    if (i === 0 || s.speaker !== sentences[i - 1]!.speaker || (s.speaker === null && s.turn !== sentences[i - 1]!.turn)) run++;
    turnOf.push(run);
  });
  const oddSpace = new Uint8Array(sentences.length);
  const scores = scoreSentences(sentences, turnOf, { text, oddSpace });
  const out = sentences as ScoredSentence[];
  for (let i = 0; i < out.length; i++) {
    out[i]!.score = scores[i]!;
    if (oddSpace[i]) out[i]!.text = oneSpace(out[i]!.text);
  }
  return out;
}

/**
 * The `count` best sentences, kept in text order; ties go to the earlier
 * sentence. With `minScore`, only those scoring at least that much.
 */
export function topSentences<T extends { score: number }>(sentences: readonly T[], count: number, minScore = 0): T[] {
  const order = sentences.map((_, i) => i).filter((i) => sentences[i]!.score >= minScore);
  order.sort((a, b) => sentences[b]!.score - sentences[a]!.score || a - b);
  return order.slice(0, Math.max(0, count)).sort((a, b) => a - b).map((i) => sentences[i]!);
}
