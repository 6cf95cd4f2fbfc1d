/** Check-worthiness of a transcript's spoken sentences. */
import type { Transcript } from '../transcript';
import { scoreColumns } from './checkWorthiness';
import { SpeakerNumbers, type SentenceColumns } from './columns';
import { oneSpace, sentenceSpans, type SpokenSentence } from './sentences';

/** A spoken sentence with the model's score. */
export interface ScoredSentence extends SpokenSentence {
  /** How worth checking it is, in [0, 1]: the logistic of the model's margin, with its turn's and speaker's context added (ranking.ts). */
  score: number;
}

/** Every spoken sentence of a transcript with its score, in text order. */
export function scoreTranscript(text: string, transcript: Transcript): ScoredSentence[] {
  // Read where they stand in the text: no sentence gets an object or a string until its score is known.
  const spans = sentenceSpans(text, transcript);
  const n = spans.length;
  const turns = transcript.turns;
  const numbers = new SpeakerNumbers();
  const speaker = new Int32Array(n);
  // A turn, for the model, is a run of sentences by one speaker, as in the transcripts it was fitted on
  // (where a label on every line, or a note between paragraphs, would otherwise start turns of one sentence).
  const turnOf = new Int32Array(n);
  let run = -1;
  for (let i = 0; i < n; i++) {
    const name = turns[spans.turn[i]!]!.speaker;
    speaker[i] = numbers.of(name);
    if (i === 0 || speaker[i] !== speaker[i - 1] || (name === null && spans.turn[i] !== spans.turn[i - 1])) run++;
    turnOf[i] = run;
  }
  const columns: SentenceColumns = { text, length: n, start: spans.start, end: spans.end, speaker, speakers: numbers.count, turnOf };
  // As written: reading their words finds which need their white space made single.
  const oddSpace = new Uint8Array(n);
  const scores = scoreColumns(columns, oddSpace);
  // Made at its full length: no copying as it grows.
  const out = new Array<ScoredSentence>(n);
  for (let i = 0; i < n; i++) {
    const start = spans.start[i]!;
    const end = spans.end[i]!;
    const turn = spans.turn[i]!;
    const said = text.slice(start, end);
    out[i] = { start, end, text: oddSpace[i] ? oneSpace(said) : said, speaker: turns[turn]!.speaker, turn, score: scores[i]! };
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
