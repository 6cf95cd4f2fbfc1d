/**
 * Where each sentence stands in its transcript: how much its speaker says and
 * asks, its place in its turn, and whether its turn answers a question. Kept
 * as columns, a typed array per measure and a row per sentence.
 */
import { M_QUESTION, type CueTable, type SentenceInput } from './cues';
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
export function contextsOf(sentences: readonly SentenceInput[], turnOf: readonly number[], cues: CueTable): ContextTable {
  const counts = new Map<string | null, number>();
  const asks = new Map<string | null, number>();
  // Consecutive sentences mostly share a speaker: each run is counted, then added to the speaker's totals once.
  let run: string | null | undefined;
  let runCount = 0;
  let runAsks = 0;
  const flush = (): void => {
    if (runCount === 0) return;
    counts.set(run!, (counts.get(run!) ?? 0) + runCount);
    if (runAsks) asks.set(run!, (asks.get(run!) ?? 0) + runAsks);
  };
  const marks = cues.marks;
  for (let k = 0; k < sentences.length; k++) {
    const speaker = sentences[k]!.speaker;
    if (speaker !== run || runCount === 0) {
      flush();
      run = speaker;
      runCount = 0;
      runAsks = 0;
    }
    runCount++;
    if (marks[k]! & M_QUESTION) runAsks++;
  }
  flush();
  let top = 0;
  // Unlabelled text (a speech without labels) counts as one speaker, as a single-speaker transcript does.
  for (const c of counts.values()) if (c > top) top = c;
  const n = sentences.length || 1;
  const out = new ContextTable(sentences.length);
  let i = 0;
  let prevTurnQuestion = false;
  let speaker: string | null | undefined;
  let c = 0;
  let speakerAsks = 0;
  while (i < sentences.length) {
    let j = i;
    while (j < sentences.length && turnOf[j] === turnOf[i]) j++;
    for (let k = i; k < j; k++) {
      const sk = sentences[k]!.speaker;
      if (sk !== speaker || k === 0) {
        speaker = sk;
        c = counts.get(sk) ?? 0;
        speakerAsks = (asks.get(sk) ?? 0) / Math.max(1, c);
      }
      out.speakerShare[k] = c / n;
      out.topSpeaker[k] = c === top ? 1 : 0;
      out.speakerAsks[k] = speakerAsks;
      out.inTurn[k] = k - i;
      out.turnLength[k] = j - i;
      out.afterQuestion[k] = prevTurnQuestion ? 1 : 0;
    }
    prevTurnQuestion = endsWithQuestion(sentences[j - 1]!.text);
    i = j;
  }
  return out;
}

/** Whether a text ends in a question mark, maybe followed by closing quotes or a bracket: read from the end, where a regular expression would read it all. */
function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
  while (i > 0 && isClosing(text.charCodeAt(i - 1))) i--;
  while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 63;
}

/** `"`, `'`, `”`, `’`, `)`. */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}
