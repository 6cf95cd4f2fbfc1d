/**
 * What the check-worthiness model sees of a sentence: hand-designed cues
 * (figures, comparisons, dates, entities, tense, opinion, questions...) and
 * hashed words and word pairs. The same code computes features when the
 * model is fitted (`scripts/fit-checkworthiness.ts`) and when it scores.
 */

/** A sentence with what the model may know of where it stands. */
export interface SentenceInput {
  /** The sentence's words, as said. */
  text: string;
  /** The speaker, or null where the transcript has no labels. */
  speaker: string | null;
  /**
   * Its span in the source text, when the scorer is given that text: the
   * words are read there (the same words as `text`'s, which may differ in
   * white space), so no sentence needs a string of its own while scoring.
   */
  start?: number;
  end?: number;
}

/** The text that sentences' spans point into, where scoring reads their words. */
export interface SentenceSource {
  text: string;
  /** When given, set to 1 for each sentence whose span holds white space other than single plain spaces (what `oneSpace` in sentences.ts mends). */
  oddSpace?: Uint8Array;
}

import * as words from './words';

// Local copies: read once per word, they must not go through a module binding (which loaders may turn into getters).
const { mix, scanWordsInto, wordHash } = words;
const { T_ODD_SPACE, T_QUOTE, W_ALLCAPS, W_CAPITAL, W_ED, W_EST, W_NT, W_NUMBER, W_PERCENT, W_YEAR } = words;

/** A sparse feature vector: indices into the weight table and their values. */
export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
}

/** Bits of the hash table for words and word pairs. */
export const HASH_BITS = 13;
/** Size of the hashed word table. */
export const HASH_SIZE = 1 << HASH_BITS;

const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens half double doubled triple tripled quarter third';
const SCALE_WORDS = 'percent percentage million millions billion billions trillion trillions thousand thousands hundred hundreds dollars dollar cents jobs rate rates times';
const MONTHS = 'january february march april may june july august september october november december';
const COMPARATIVES = 'more less fewer most least than largest biggest highest lowest smallest greatest worst best record ever never first last only increase increased increases decrease decreased decreases rise rose risen fell fall fallen grew grow growing growth cut cuts doubled tripled lost lose losing gained gain higher lower larger bigger smaller faster slower longest shortest since';
const CLAIM_VERBS = 'said says say voted vote votes supported support supports opposed oppose opposes passed signed created create creates killed cost costs spent spend spending paid pay pays raised raise raises approved proposed wants wanted took take takes gave give gives allowed banned built build made makes according report reports reported invested borrowed owe owes funded fund funds received got';
const POLICY_WORDS = 'tax taxes taxpayers economy jobs unemployment wages income deficit debt budget trade tariffs immigration immigrants border wall crime police guns health healthcare insurance medicare medicaid obamacare social security military troops war nuclear iran isis china russia mexico climate energy oil coal emissions law laws bill act congress senate court percent gdp inflation drugs opioid';
const FIRST_PERSON = 'i i\'m i’m i\'ve i’ve i\'ll i’ll i\'d i’d me my mine myself';
const WE = 'we we\'re we’re we\'ve we’ve we\'ll we’ll our us ourselves';
const YOU = 'you your you\'re you’re yours yourself';
const OPINION = 'think believe feel hope wish want love like hate agree disagree guess suppose opinion frankly honestly clearly obviously great wonderful terrible fantastic tremendous beautiful amazing incredible sad horrible';
const MODALS = 'will would could should might may must shall can can\'t cannot won\'t wouldn\'t shouldn\'t going gonna';
const PAST = 'was were had did been went came said told made took gave got became';
const THANKS = 'thank thanks welcome applause laughter hello goodbye okay ok yes no yeah well oh please congratulations';
const STOP_CAPS = 'I The A An And But So Now Well Yes No Oh Thank We You He She They It This That What When Where Why How Who If In On At For Of To Mr Mrs Ms Dr';

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

/** Where a sentence stands in its transcript; computed by `contextOf`. */
export interface SentenceContext {
  /** The share of the transcript's sentences said by this speaker. */
  speakerShare: number;
  /** True for the speaker with the most sentences. */
  topSpeaker: boolean;
  /** The share of this speaker's sentences that are questions: moderators ask, candidates claim. */
  speakerAsks: number;
  /** 0-based index of the sentence in its turn and the turn's length in sentences. */
  inTurn: number;
  turnLength: number;
  /** True when the previous turn (another speaker's) ended with a question. */
  afterQuestion: boolean;
}

/** Bits of the lexicon: which word lists a word is on. */
const L_NUMBER = 1;
const L_SCALE = 2;
const L_MONTH = 4;
const L_COMPARATIVE = 8;
const L_CLAIM = 16;
const L_POLICY = 32;
const L_FIRST = 64;
const L_WE = 128;
const L_YOU = 256;
const L_OPINION = 512;
const L_MODAL = 1024;
const L_PAST = 2048;
const L_THANKS = 4096;
const L_STOPCAP = 8192;
const L_NEGATION = 16384;
const L_MONEY = 32768;
const L_PERCENT = 65536;
const L_NOT_EST = 131072;
const L_MAY = 262144;

/** The word lists by word hash: an open-addressing table, built the first time a sentence is scored. */
class Lexicon {
  private readonly keys = new Uint32Array(4096);
  private readonly bits = new Int32Array(4096);
  private readonly used = new Uint8Array(4096);

  add(words: string, bit: number): void {
    for (const w of words.split(' ')) {
      const h = wordHash(w);
      let i = Math.imul(h, 0x9e3779b1) >>> 20;
      while (this.used[i] && this.keys[i] !== h) i = (i + 1) & 4095;
      this.used[i] = 1;
      this.keys[i] = h;
      this.bits[i]! |= bit;
    }
  }

  get(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) >>> 20;
    while (this.used[i]) {
      if (this.keys[i] === h) return this.bits[i]!;
      i = (i + 1) & 4095;
    }
    return 0;
  }
}

let lexiconTable: Lexicon | undefined;
function lexicon(): Lexicon {
  if (lexiconTable) return lexiconTable;
  const table = new Lexicon();
  table.add(NUMBER_WORDS, L_NUMBER);
  table.add(SCALE_WORDS, L_SCALE);
  table.add(MONTHS, L_MONTH);
  table.add(COMPARATIVES, L_COMPARATIVE);
  table.add(CLAIM_VERBS, L_CLAIM);
  table.add(POLICY_WORDS, L_POLICY);
  table.add(FIRST_PERSON, L_FIRST);
  table.add(WE, L_WE);
  table.add(YOU, L_YOU);
  table.add(OPINION, L_OPINION);
  table.add(MODALS, L_MODAL);
  table.add(PAST, L_PAST);
  table.add(THANKS, L_THANKS);
  table.add(STOP_CAPS, L_STOPCAP);
  table.add('not never no', L_NEGATION);
  table.add('$ € £ dollars dollar', L_MONEY);
  table.add('percent %', L_PERCENT);
  table.add('interest honest request suggest protest invest arrest forest test contest latest', L_NOT_EST);
  table.add('may', L_MAY);
  lexiconTable = table;
  return table;
}

const START = wordHash('<s>');
const END = wordHash('</s>');
const QUESTION = wordHash('?');
const EXCLAMATION = wordHash('!');
/** A superlative-like word (`-est`, not `interest`), kept with the word flags. */
const ESTISH = 1 << 20;

/** What one pass over a sentence's words finds. */
interface Cues {
  /** Its hashed word and word-pair buckets: [bucketStart, bucketEnd) of the transcript's bucket list (counted even when not kept). */
  bucketStart: number;
  bucketEnd: number;
  /** The sum of the weights of its buckets, when the cues were read with weights. */
  wordSum: number;
  words: number;
  numbers: number;
  lists: number;
  comparatives: number;
  policy: number;
  capsInside: number;
  acronyms: number;
  flags: number;
  question: boolean;
  exclamation: boolean;
  quote: boolean;
  /** White space other than single plain spaces in its span. */
  oddSpace: boolean;
  hasNumber: boolean;
  claimish: boolean;
}

/** The words of the sentence being read, kept between calls. */
let wordBuffer: words.WordBuffer | undefined;

/** Hashed word and word-pair buckets of many sentences, one after another (a bucket per occurrence). */
class BucketList {
  buckets = new Int32Array(1024);
  used = 0;

  /** Makes room for `count` more buckets. */
  reserve(count: number): void {
    if (this.used + count <= this.buckets.length) return;
    const grown = new Int32Array(Math.max(this.buckets.length * 2, this.used + count));
    grown.set(this.buckets.subarray(0, this.used));
    this.buckets = grown;
  }
}

/**
 * The cues of every sentence, with one list of hashed buckets for them all (a
 * bucket per occurrence); with `weights`, each sentence's sum of its buckets'
 * weights instead, and no list (scoring needs only the sum).
 */
function allCues(sentences: readonly SentenceInput[], weights?: ArrayLike<number>, source?: SentenceSource): { cues: Cues[]; buckets: Int32Array } {
  const list = weights ? undefined : new BucketList();
  const w = weights ?? EMPTY;
  const cues: Cues[] = new Array<Cues>(sentences.length);
  let count = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const c = source === undefined ? sentenceCues(s.text, 0, s.text.length, w, list, count) : sentenceCues(source.text, s.start!, s.end!, w, list, count);
    count = c.bucketEnd;
    if (c.oddSpace && source?.oddSpace) source.oddSpace[si] = 1;
    cues[si] = c;
  }
  return { cues, buckets: list ? list.buckets : new Int32Array(0) };
}

const EMPTY = new Float32Array(0);

/**
 * The cues of one sentence, text[from, to), its buckets counted from
 * `bucketStart`: kept in `list` when there is one, else their weights summed.
 * A function of its own (not the body of a loop over sentences) so that the
 * engine optimises it after a few sentences, with every branch's feedback,
 * rather than mid-loop.
 */
function sentenceCues(text: string, from: number, to: number, w: ArrayLike<number>, list: BucketList | undefined, bucketStart: number): Cues {
  const table = lexicon();
  const mask = HASH_SIZE - 1;
  const found = (wordBuffer ??= new words.WordBuffer());
  const keep = list !== undefined;
  // Room for the most buckets the sentence can give (every word takes a character at least): no check per word.
  if (list) list.reserve(2 * (to - from) + 1);
  const buckets = list ? list.buckets : EMPTY_BUCKETS;
  let used = bucketStart;
  found.count = 0;
  const textFlags = scanWordsInto(text, from, to, found);
  const { hashes, flags: wordFlags, lengths, count } = found;
  let sum = 0;
  // As a 32-bit integer throughout: a hash mixed with a constant read from the module would otherwise be boxed, a heap number per word.
  let prev = START | 0;
  let flags = 0;
  let lists = 0;
  let numbers = 0;
  let comparatives = 0;
  let policy = 0;
  let acronyms = 0;
  let capsInside = 0;
  let question = false;
  let exclamation = false;
  for (let k = 0; k < count; k++) {
    const h = hashes[k]!;
    const f = wordFlags[k]!;
    const bits = table.get(h);
    const one = mix(h, 0) & mask;
    const two = mix(prev, h) & mask;
    if (keep) {
      buckets[used] = one;
      buckets[used + 1] = two;
    } else sum += w[one]! + w[two]!;
    used += 2;
    prev = h | 0;
    flags |= f;
    lists |= bits;
    if (f & W_NUMBER) numbers++;
    if (bits & L_COMPARATIVE) comparatives++;
    if (bits & L_POLICY) policy++;
    if (f & W_ALLCAPS && lengths[k]! <= 6) acronyms++;
    else if (k > 0 && f & W_CAPITAL && !(f & W_ALLCAPS) && !(bits & L_STOPCAP)) capsInside++;
    if (f & W_EST && !(bits & L_NOT_EST)) flags |= ESTISH;
    if (h === QUESTION) question = true;
    else if (h === EXCLAMATION) exclamation = true;
  }
  const end = mix(prev, END) & mask;
  if (keep) buckets[used] = end;
  else sum += w[end]!;
  used++;
  const hasNumber = numbers > 0 || (lists & L_NUMBER) !== 0;
  if (list) list.used = used;
  return {
    bucketStart,
    bucketEnd: used,
    wordSum: sum,
    words: count,
    numbers,
    lists,
    comparatives,
    policy,
    capsInside,
    acronyms,
    flags,
    question,
    exclamation,
    quote: (textFlags & T_QUOTE) !== 0,
    oddSpace: (textFlags & T_ODD_SPACE) !== 0,
    hasNumber,
    claimish: hasNumber || (lists & (L_COMPARATIVE | L_CLAIM)) !== 0,
  };
}

const EMPTY_BUCKETS = new Int32Array(0);

/** Computes each sentence's place in its transcript: speaker shares, turn positions. */
export function contextsOf(sentences: readonly SentenceInput[], turnOf: readonly number[]): SentenceContext[] {
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
  for (const s of sentences) {
    if (s.speaker !== run || runCount === 0) {
      flush();
      run = s.speaker;
      runCount = 0;
      runAsks = 0;
    }
    runCount++;
    if (s.text.includes('?')) runAsks++;
  }
  flush();
  let top = 0;
  // Unlabelled text (a speech without labels) counts as one speaker, as a single-speaker transcript does.
  for (const c of counts.values()) if (c > top) top = c;
  const n = sentences.length || 1;
  const out: SentenceContext[] = new Array<SentenceContext>(sentences.length);
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
      out[k] = { speakerShare: c / n, topSpeaker: c === top, speakerAsks, inTurn: k - i, turnLength: j - i, afterQuestion: prevTurnQuestion };
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

/** White space as `\s` means it. */
function isWhite(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Writes a sentence's dense features into `out` (DENSE_COUNT values, in DENSE_FEATURES order). */
function dense(out: Float64Array, s: SentenceInput, c: Cues, ctx: SentenceContext, prev: Cues | undefined, next: Cues | undefined, topic: boolean): void {
  const n = c.words;
  const lists = c.lists;
  let d = 0;
  out[d++] = 1;
  out[d++] = c.numbers > 0 ? 1 : 0;
  out[d++] = Math.min(c.numbers, 4) / 4;
  out[d++] = c.flags & W_PERCENT || lists & L_PERCENT ? 1 : 0;
  out[d++] = lists & L_MONEY ? 1 : 0;
  out[d++] = lists & L_SCALE ? 1 : 0;
  out[d++] = lists & L_NUMBER ? 1 : 0;
  out[d++] = c.flags & W_YEAR ? 1 : 0;
  out[d++] = lists & L_MONTH && !(lists & L_MAY) ? 1 : 0;
  out[d++] = c.comparatives > 0 ? 1 : 0;
  out[d++] = Math.min(c.comparatives, 4) / 4;
  out[d++] = c.flags & ESTISH ? 1 : 0;
  out[d++] = lists & L_CLAIM ? 1 : 0;
  out[d++] = c.policy > 0 ? 1 : 0;
  out[d++] = Math.min(c.policy, 4) / 4;
  out[d++] = Math.min(c.capsInside, 4) / 4;
  out[d++] = c.acronyms > 0 ? 1 : 0;
  out[d++] = lists & L_FIRST ? 1 : 0;
  out[d++] = lists & L_WE ? 1 : 0;
  out[d++] = lists & L_YOU ? 1 : 0;
  out[d++] = lists & L_OPINION ? 1 : 0;
  out[d++] = lists & L_MODAL ? 1 : 0;
  out[d++] = lists & L_PAST || c.flags & W_ED ? 1 : 0;
  out[d++] = c.question ? 1 : 0;
  out[d++] = c.exclamation ? 1 : 0;
  out[d++] = n <= 6 && lists & L_THANKS ? 1 : 0;
  out[d++] = Math.log1p(n) / 4;
  out[d++] = n < 8 ? 1 : 0;
  out[d++] = n < 4 ? 1 : 0;
  out[d++] = n > 35 ? 1 : 0;
  out[d++] = s.speaker === null ? 1 : 0;
  out[d++] = ctx.speakerShare;
  out[d++] = ctx.topSpeaker ? 1 : 0;
  out[d++] = ctx.speakerAsks;
  out[d++] = ctx.turnLength > 1 ? ctx.inTurn / (ctx.turnLength - 1) : 0;
  out[d++] = ctx.inTurn === 0 ? 1 : 0;
  out[d++] = Math.log1p(ctx.turnLength) / 4;
  out[d++] = ctx.afterQuestion && ctx.inTurn === 0 ? 1 : 0;
  out[d++] = c.quote ? 1 : 0;
  out[d++] = lists & L_NEGATION || c.flags & W_NT ? 1 : 0;
  out[d++] = prev?.hasNumber ? 1 : 0;
  out[d++] = next?.hasNumber ? 1 : 0;
  out[d++] = prev?.claimish ? 1 : 0;
  out[d++] = next?.claimish ? 1 : 0;
  // The answer to a question about a policy or a figure: its first sentences tend to hold the claim.
  out[d++] = topic ? 1 / (1 + ctx.inTurn) : 0;
}

/** Whether a turn answers a question about a policy or a figure: the sentence before it asked one. */
function asksTopic(q: Cues | undefined): boolean {
  return q !== undefined && q.question && (q.policy > 0 || q.hasNumber);
}

/** The features of every sentence of one transcript, in order (for fitting). */
export function featuresOf(sentences: readonly SentenceInput[], contexts: readonly SentenceContext[]): FeatureVector[] {
  const { cues, buckets } = allCues(sentences);
  const values = new Float64Array(DENSE_COUNT);
  let topic = false;
  return sentences.map((s, i) => {
    const c = cues[i]!;
    if (contexts[i]!.inTurn === 0) topic = asksTopic(cues[i - 1]);
    dense(values, s, c, contexts[i]!, cues[i - 1], cues[i + 1], topic);
    // Repeated buckets stay separate entries: a weighted sum counts them as a count would.
    const count = c.bucketEnd - c.bucketStart;
    const index = new Int32Array(count + DENSE_COUNT);
    const value = new Float32Array(count + DENSE_COUNT);
    const norm = 1 / Math.sqrt(Math.max(1, count));
    index.set(buckets.subarray(c.bucketStart, c.bucketEnd));
    value.fill(norm, 0, count);
    for (let d = 0; d < DENSE_COUNT; d++) {
      index[count + d] = HASH_SIZE + d;
      value[count + d] = values[d]!;
    }
    return { index, value };
  });
}

/**
 * The weighted sum of every sentence's features (what `featuresOf` gives),
 * without building the vectors; with `source`, the words are read from the
 * sentences' spans in it.
 */
export function marginsOf(sentences: readonly SentenceInput[], contexts: readonly SentenceContext[], weights: ArrayLike<number>, source?: SentenceSource): Float64Array {
  const { cues } = allCues(sentences, weights, source);
  const values = new Float64Array(DENSE_COUNT);
  const out = new Float64Array(sentences.length);
  let topic = false;
  for (let i = 0; i < sentences.length; i++) {
    const c = cues[i]!;
    if (contexts[i]!.inTurn === 0) topic = asksTopic(cues[i - 1]);
    dense(values, sentences[i]!, c, contexts[i]!, cues[i - 1], cues[i + 1], topic);
    let z = c.wordSum * (1 / Math.sqrt(Math.max(1, c.bucketEnd - c.bucketStart)));
    for (let d = 0; d < DENSE_COUNT; d++) z += values[d]! * weights[HASH_SIZE + d]!;
    out[i] = z;
  }
  return out;
}
