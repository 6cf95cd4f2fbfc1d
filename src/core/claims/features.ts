/**
 * What the check-worthiness model sees of a sentence: hand-designed cues
 * (figures, comparisons, dates, entities, tense, opinion, questions...) and
 * hashed words and word pairs. The same code computes features when the
 * model is fitted (`scripts/fit-checkworthiness.ts`) and when it scores.
 */
import * as cueModule from './cues';
import { columnsOf, NO_SPEAKER, type SentenceColumns, type SentenceInput } from './columns';
import { contextsOf, type ContextTable } from './context';
import * as words from './words';
import { HASH_SIZE, readCues, type CueTable } from './cues';

export { HASH_BITS, HASH_SIZE } from './cues';
export type { SentenceColumns, SentenceInput, SentenceSource } from './columns';

// Local copies: read once per sentence, they must not go through a module binding (which loaders may turn into getters).
const { W_ED, W_NT, W_PERCENT, W_YEAR } = words;
const { ESTISH, L_CLAIM, L_FIRST, L_MAY, L_MODAL, L_MONEY, L_MONTH, L_NEGATION, L_NUMBER, L_OPINION, L_PAST, L_PERCENT, L_SCALE, L_THANKS, L_WE, L_YOU } = cueModule;
const { M_CLAIMISH, M_EXCLAMATION, M_HAS_NUMBER, M_ODD_SPACE, M_QUESTION, M_QUOTE } = cueModule;

/** A sparse feature vector: indices into the weight table and their values. */
export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
}

/** The names of the dense features, in weight-table order after the hashed ones. */
export const DENSE_FEATURES = [
  'bias',
  'hasDigit',
  'numberCount',
  'percent',
  'money',
  'scaleWord',
  'numberWord',
  'year',
  'month',
  'comparative',
  'comparativeCount',
  'superlativeEst',
  'claimVerb',
  'policyWord',
  'policyCount',
  'capitalisedInside',
  'acronym',
  'firstPerson',
  'we',
  'you',
  'opinion',
  'modal',
  'past',
  'question',
  'exclamation',
  'thanks',
  'logLength',
  'short',
  'veryShort',
  'long',
  'noSpeaker',
  'speakerShare',
  'topSpeaker',
  'speakerAsks',
  'turnPosition',
  'firstInTurn',
  'turnLength',
  'afterQuestion',
  'quote',
  'negation',
  'prevHasNumber',
  'nextHasNumber',
  'prevClaimish',
  'nextClaimish',
  'answersTopic',
] as const;

export const DENSE_COUNT = DENSE_FEATURES.length;
/** Length of the weight table: hashed words and pairs, then the dense features. */
export const FEATURE_COUNT = HASH_SIZE + DENSE_COUNT;

/**
 * Writes sentence i's dense features into `out` (DENSE_COUNT values, in
 * DENSE_FEATURES order). `topic`: its turn answers a question about a policy
 * or a figure.
 */
function dense(out: Float64Array, s: SentenceColumns, c: CueTable, ctx: ContextTable, i: number, topic: boolean): void {
  const n = c.words[i]!;
  const lists = c.lists[i]!;
  const flags = c.flags[i]!;
  const marks = c.marks[i]!;
  const numbers = c.numbers[i]!;
  const comparatives = c.comparatives[i]!;
  const policy = c.policy[i]!;
  const inTurn = ctx.inTurn[i]!;
  const turnLength = ctx.turnLength[i]!;
  const prev = i > 0 ? c.marks[i - 1]! : 0;
  const next = i + 1 < c.length ? c.marks[i + 1]! : 0;
  let d = 0;
  out[d++] = 1;
  out[d++] = numbers > 0 ? 1 : 0;
  out[d++] = Math.min(numbers, 4) / 4;
  out[d++] = flags & W_PERCENT || lists & L_PERCENT ? 1 : 0;
  out[d++] = lists & L_MONEY ? 1 : 0;
  out[d++] = lists & L_SCALE ? 1 : 0;
  out[d++] = lists & L_NUMBER ? 1 : 0;
  out[d++] = flags & W_YEAR ? 1 : 0;
  out[d++] = lists & L_MONTH && !(lists & L_MAY) ? 1 : 0;
  out[d++] = comparatives > 0 ? 1 : 0;
  out[d++] = Math.min(comparatives, 4) / 4;
  out[d++] = flags & ESTISH ? 1 : 0;
  out[d++] = lists & L_CLAIM ? 1 : 0;
  out[d++] = policy > 0 ? 1 : 0;
  out[d++] = Math.min(policy, 4) / 4;
  out[d++] = Math.min(c.capsInside[i]!, 4) / 4;
  out[d++] = c.acronyms[i]! > 0 ? 1 : 0;
  out[d++] = lists & L_FIRST ? 1 : 0;
  out[d++] = lists & L_WE ? 1 : 0;
  out[d++] = lists & L_YOU ? 1 : 0;
  out[d++] = lists & L_OPINION ? 1 : 0;
  out[d++] = lists & L_MODAL ? 1 : 0;
  out[d++] = lists & L_PAST || flags & W_ED ? 1 : 0;
  out[d++] = marks & M_QUESTION ? 1 : 0;
  out[d++] = marks & M_EXCLAMATION ? 1 : 0;
  out[d++] = n <= 6 && lists & L_THANKS ? 1 : 0;
  out[d++] = logQuarter(n);
  out[d++] = n < 8 ? 1 : 0;
  out[d++] = n < 4 ? 1 : 0;
  out[d++] = n > 35 ? 1 : 0;
  out[d++] = s.speaker[i] === NO_SPEAKER ? 1 : 0;
  out[d++] = ctx.speakerShare[i]!;
  out[d++] = ctx.topSpeaker[i]!;
  out[d++] = ctx.speakerAsks[i]!;
  out[d++] = turnLength > 1 ? inTurn / (turnLength - 1) : 0;
  out[d++] = inTurn === 0 ? 1 : 0;
  out[d++] = logQuarter(turnLength);
  out[d++] = ctx.afterQuestion[i]! && inTurn === 0 ? 1 : 0;
  out[d++] = marks & M_QUOTE ? 1 : 0;
  out[d++] = lists & L_NEGATION || flags & W_NT ? 1 : 0;
  out[d++] = prev & M_HAS_NUMBER ? 1 : 0;
  out[d++] = next & M_HAS_NUMBER ? 1 : 0;
  out[d++] = prev & M_CLAIMISH ? 1 : 0;
  out[d++] = next & M_CLAIMISH ? 1 : 0;
  // The answer to a question about a policy or a figure: its first sentences tend to hold the claim.
  out[d++] = topic ? 1 / (1 + inTurn) : 0;
}

/** `Math.log1p(n) / 4` for the counts most sentences have (words, sentences in a turn), each worked out once, the first time a sentence is scored. */
let logQuarters: Float64Array | undefined;

function logQuarter(n: number): number {
  const table = (logQuarters ??= Float64Array.from({ length: 1024 }, (_, k) => Math.log1p(k) / 4));
  return n < table.length ? table[n]! : Math.log1p(n) / 4;
}

/** Whether a turn starting at sentence i answers a question about a policy or a figure: the sentence before it asked one. */
function asksTopic(c: CueTable, i: number): boolean {
  if (i === 0) return false;
  const marks = c.marks[i - 1]!;
  return (marks & M_QUESTION) !== 0 && (c.policy[i - 1]! > 0 || (marks & M_HAS_NUMBER) !== 0);
}

/** The features of every sentence of one transcript, in order (for fitting); `turnOf` gives each sentence's turn. */
export function featuresOf(sentences: readonly SentenceInput[], turnOf: ArrayLike<number>): FeatureVector[] {
  const columns = columnsOf(sentences, turnOf);
  const cues = readCues(columns);
  const contexts = contextsOf(columns, cues);
  const buckets = cues.buckets;
  const values = new Float64Array(DENSE_COUNT);
  let topic = false;
  const out: FeatureVector[] = [];
  for (let i = 0; i < columns.length; i++) {
    if (contexts.inTurn[i] === 0) topic = asksTopic(cues, i);
    dense(values, columns, cues, contexts, i, topic);
    // Repeated buckets stay separate entries: a weighted sum counts them as a count would.
    const from = cues.bucketStart[i]!;
    const count = cues.bucketEnd[i]! - from;
    const index = new Int32Array(count + DENSE_COUNT);
    const value = new Float32Array(count + DENSE_COUNT);
    const norm = 1 / Math.sqrt(Math.max(1, count));
    index.set(buckets.subarray(from, from + count));
    value.fill(norm, 0, count);
    for (let d = 0; d < DENSE_COUNT; d++) {
      index[count + d] = HASH_SIZE + d;
      value[count + d] = values[d]!;
    }
    out.push({ index, value });
  }
  return out;
}

/**
 * The weighted sum of every sentence's features (what `featuresOf` gives),
 * without building the vectors. With `oddSpace`, sets 1 for each sentence
 * whose span holds white space other than single plain spaces.
 */
export function marginsOf(sentences: SentenceColumns, weights: ArrayLike<number>, oddSpace?: Uint8Array): Float64Array {
  const cues = readCues(sentences, weights);
  const contexts = contextsOf(sentences, cues);
  const values = new Float64Array(DENSE_COUNT);
  const denseWeights = Float64Array.from({ length: DENSE_COUNT }, (_, d) => weights[HASH_SIZE + d]!);
  const out = new Float64Array(sentences.length);
  let topic = false;
  for (let i = 0; i < sentences.length; i++) {
    if (contexts.inTurn[i] === 0) topic = asksTopic(cues, i);
    dense(values, sentences, cues, contexts, i, topic);
    let z = cues.wordSum[i]! * (1 / Math.sqrt(Math.max(1, cues.bucketEnd[i]! - cues.bucketStart[i]!)));
    // In the order `featuresOf` gives them. Most are 0, and adding 0 leaves the sum as it is (at most a 0 turns
    // from -0 to +0, which no score tells apart), so every one is added: no branch that the features of
    // the sentence at hand would make hard to predict.
    // Four a turn, in order: V8 checks both arrays at every turn of a loop (its check for interrupts keeps
    // it from hoisting those checks), which cost more than the sums.
    let d = 0;
    for (; d + 4 <= DENSE_COUNT; d += 4) {
      z += values[d]! * denseWeights[d]!;
      z += values[d + 1]! * denseWeights[d + 1]!;
      z += values[d + 2]! * denseWeights[d + 2]!;
      z += values[d + 3]! * denseWeights[d + 3]!;
    }
    for (; d < DENSE_COUNT; d++) z += values[d]! * denseWeights[d]!;
    out[i] = z;
  }
  if (oddSpace) for (let i = 0; i < sentences.length; i++) if (cues.marks[i]! & M_ODD_SPACE) oddSpace[i] = 1;
  return out;
}
