/**
 * Where each sentence stands in its transcript: how much its speaker says and
 * asks, its place in its turn, and whether its turn answers a question. Kept
 * as columns, a typed array per measure and a row per sentence.
 */
import type { SentenceColumns } from './columns';
import { M_QUESTION, type CueTable } from './cues';
import { isWhite } from './words';

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
 * positions. A sentence asks when it holds a question mark (its cues say so).
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
    prevTurnQuestion = endsWithQuestion(sentences.text, sentences.start[j - 1]!, sentences.end[j - 1]!);
    i = j;
  }
  return out;
}

/** Whether text[start, end) ends in a question mark, maybe followed by closing quotes or a bracket: read from the end, where a regular expression would read it all. */
function endsWithQuestion(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isWhite(text.charCodeAt(i - 1))) i--;
  while (i > start && isClosing(text.charCodeAt(i - 1))) i--;
  while (i > start && isWhite(text.charCodeAt(i - 1))) i--;
  return i > start && text.charCodeAt(i - 1) === 63;
}

/** `"`, `'`, `”`, `’`, `)`. */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}
