/**
 * Where each sentence stands in its transcript: how much its speaker says and
 * asks, its place in its turn, and whether its turn answers a question. Kept
 * as columns, a typed array per measure and a row per sentence.
 */
import type { SentenceColumns } from './columns';
import { M_ENDS_QUESTION, M_QUESTION, type CueTable } from './cues';

/** The place of a transcript's sentences: row i of each column is sentence i's. */
export class ContextTable {
  /** The share of the transcript's sentences said by the sentence's speaker. */
  readonly speakerShare: Float64Array;
  /** 1 for the speaker with the most sentences. */
  readonly topSpeaker: Uint8Array;
  /** The share of the speaker's sentences that are questions: moderators ask, candidates claim. */
  readonly speakerAsks: Float64Array;
  /** 0-based index of the sentence in its turn, and the turn's length in sentences. */
  readonly inTurn: Int32Array;
  readonly turnLength: Int32Array;
  /** 1 when the previous turn (another speaker's) ended with a question. */
  readonly afterQuestion: Uint8Array;

  constructor(readonly length: number) {
    this.speakerShare = new Float64Array(length);
    this.topSpeaker = new Uint8Array(length);
    this.speakerAsks = new Float64Array(length);
    this.inTurn = new Int32Array(length);
    this.turnLength = new Int32Array(length);
    this.afterQuestion = new Uint8Array(length);
  }
}

/**
 * Computes each sentence's place in its transcript: speaker shares, turn
 * positions. A sentence asks when it holds a question mark, and a turn ends
 * in a question when its last sentence does (its cues say both).
 */
export function contextsOf(sentences: SentenceColumns, cues: CueTable): ContextTable {
  const n = sentences.length;
  const { speaker, turnOf } = sentences;
  // Sentences and questions per speaker number.
  const counts = new Int32Array(sentences.speakers);
  const asks = new Int32Array(sentences.speakers);
  const marks = cues.marks;
  for (let k = 0; k < n; k++) {
    counts[speaker[k]!]!++;
    if (marks[k]! & M_QUESTION) asks[speaker[k]!]!++;
  }
  let top = 0;
  // Unlabelled text (a speech without labels) counts as one speaker, as a single-speaker transcript does.
  for (let id = 0; id < counts.length; id++) if (counts[id]! > top) top = counts[id]!;
  const total = n || 1;
  const out = new ContextTable(n);
  let i = 0;
  let prevTurnQuestion = false;
  while (i < n) {
    let j = i;
    while (j < n && turnOf[j] === turnOf[i]) j++;
    for (let k = i; k < j; k++) {
      const c = counts[speaker[k]!]!;
      out.speakerShare[k] = c / total;
      out.topSpeaker[k] = c === top ? 1 : 0;
      out.speakerAsks[k] = asks[speaker[k]!]! / Math.max(1, c);
      out.inTurn[k] = k - i;
      out.turnLength[k] = j - i;
      out.afterQuestion[k] = prevTurnQuestion ? 1 : 0;
    }
    prevTurnQuestion = (marks[j - 1]! & M_ENDS_QUESTION) !== 0;
    i = j;
  }
  return out;
}
