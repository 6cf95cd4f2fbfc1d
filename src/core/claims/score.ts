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

/** Scored sentences as their readers take them: spans and scores by row, a sentence's object made when asked for. */
export interface SentenceScores {
  /** How many sentences. */
  readonly length: number;
  /** Sentence i is text[start[i], end[i]) of its transcript. */
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  /** Its score (`ScoredSentence.score`). */
  readonly score: ArrayLike<number>;
  /** Sentence i as an object. */
  at(i: number): ScoredSentence;
}

/**
 * Every spoken sentence of a transcript with its score, in text order, as
 * columns: a transcript of 20 MB has fifty thousand sentences, and a reader
 * mostly wants a few (the best ones, those on screen), so a sentence gets an
 * object and a string of its own only when read (`at`).
 */
export class ScoredSentences implements SentenceScores, Iterable<ScoredSentence> {
  constructor(
    private readonly text: string,
    private readonly transcript: Transcript,
    /** How many sentences. */
    readonly length: number,
    /** Sentence i is text[start[i], end[i]). */
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Index of its turn in `Transcript.turns`. */
    readonly turn: Int32Array,
    /** Its score (`ScoredSentence.score`). */
    readonly score: Float64Array,
    /** 1 where its words hold white space other than single plain spaces (its text is then made single). */
    private readonly oddSpace: Uint8Array,
  ) {}

  /** Sentence i as an object (a new one at each call). */
  at(i: number): ScoredSentence {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`scored sentence ${i} asked for, of ${this.length}`);
    const start = this.start[i]!;
    const end = this.end[i]!;
    const turn = this.turn[i]!;
    const said = this.text.slice(start, end);
    return { start, end, text: this.oddSpace[i] ? oneSpace(said) : said, speaker: this.transcript.turns[turn]!.speaker, turn, score: this.score[i]! };
  }

  /** Every sentence as an object, in text order. */
  toArray(): ScoredSentence[] {
    const out = new Array<ScoredSentence>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }

  *[Symbol.iterator](): Iterator<ScoredSentence> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** The `count` best sentences as `topSentences` chooses them, each made an object. */
  top(count: number, minScore = 0): ScoredSentence[] {
    return bestRows(this.score, this.length, count, minScore).map((i) => this.at(i));
  }
}

/** Every spoken sentence of a transcript with its score, in text order. */
export function scoreTranscript(text: string, transcript: Transcript): ScoredSentences {
  // Read where they stand in the text: no sentence gets an object or a string until it is read.
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
  return new ScoredSentences(text, transcript, n, spans.start.subarray(0, n), spans.end.subarray(0, n), spans.turn.subarray(0, n), scores, oddSpace);
}

/**
 * The `count` best sentences, kept in text order; ties go to the earlier
 * sentence. With `minScore`, only those scoring at least that much.
 */
export function topSentences<T extends { score: number }>(sentences: readonly T[], count: number, minScore = 0): T[] {
  return bestRows(Float64Array.from(sentences, (s) => s.score), sentences.length, count, minScore).map((i) => sentences[i]!);
}

/** The rows of the `count` best scores of the first `n`, in row order; ties go to the earlier row. With `minScore`, only those scoring at least that much. */
function bestRows(score: ArrayLike<number>, n: number, count: number, minScore: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (score[i]! >= minScore) order.push(i);
  order.sort((a, b) => score[b]! - score[a]! || a - b);
  return order.slice(0, Math.max(0, count)).sort((a, b) => a - b);
}
