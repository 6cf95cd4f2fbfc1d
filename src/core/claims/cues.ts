/**
 * What one pass over a sentence's words finds (its cues: figures, word-list
 * hits, capitals, questions...) and its hashed word and word-pair buckets.
 * The cues of a transcript's sentences are kept as columns, a typed array per
 * cue and a row per sentence: fifty thousand sentences make a dozen arrays,
 * not fifty thousand objects that outlive the young generation.
 */
import { codeUnits, type CodeUnits } from './codeUnits';
import type { SentenceColumns } from './columns';
import { wasmScanner } from './wasmScanner';
import * as words from './words';

// Local copies: read once per word, they must not go through a module binding (which loaders may turn into getters).
const { CueSums, isWhite, mixHead, mixTail, scanWordsInto, wordHash } = words;
const { T_ODD_SPACE, T_QUOTE } = words;

export type { SentenceInput, SentenceSource } from './columns';

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

/** Bits of the lexicon: which word lists a word is on. */
export const L_NUMBER = 1;
export const L_SCALE = 2;
export const L_MONTH = 4;
export const L_COMPARATIVE = 8;
export const L_CLAIM = 16;
export const L_POLICY = 32;
export const L_FIRST = 64;
export const L_WE = 128;
export const L_YOU = 256;
export const L_OPINION = 512;
export const L_MODAL = 1024;
export const L_PAST = 2048;
export const L_THANKS = 4096;
export const L_STOPCAP = 8192;
export const L_NEGATION = 16384;
export const L_MONEY = 32768;
export const L_PERCENT = 65536;
export const L_NOT_EST = 131072;
export const L_MAY = 262144;

/** Bits of the lexicon's slot number: a table of 8,192 slots for a few hundred words. */
const LEXICON_BITS = 13;

/**
 * The word lists by word hash: a table where each word of the lists has a
 * slot of its own, chosen by a multiplier tried until no two words share one
 * (a perfect hash). Looking a word up is then one slot read and a comparison
 * made without a branch: whether a word is on a list is as good as random
 * from word to word, and a branch on it would be mispredicted often.
 */
class Lexicon {
  /**
   * Each slot's word hash at 2 × slot and its `L_` bits (0 for an empty slot) just after: side by side, a look-up
   * reads one line of the cache, not one in each of two tables (the scanner looks up every word, and the
   * lexicon and the weights together outgrow the first-level cache).
   */
  private slots = new Int32Array(2 << LEXICON_BITS);
  private multiplier = 0;

  constructor(lists: ReadonlyArray<readonly [string, number]>) {
    const byHash = new Map<number, number>();
    for (const [words, bit] of lists) for (const w of words.split(' ')) {
      const h = wordHash(w) | 0;
      byHash.set(h, (byHash.get(h) ?? 0) | bit);
    }
    // Odd multipliers in a fixed order, so the table is the same at every start; the first tried usually fits.
    for (let m = FIRST_MULTIPLIER; ; m = (m + 0x3c6ef372) | 1) {
      if (this.place(byHash, m)) return;
    }
  }

  /** Puts every word in the slot `m` gives it, if no two share one. */
  private place(byHash: ReadonlyMap<number, number>, m: number): boolean {
    this.slots.fill(0);
    for (const [h, bits] of byHash) {
      const at = 2 * (Math.imul(h, m) >>> (32 - LEXICON_BITS));
      if (this.slots[at + 1] !== 0) return false;
      this.slots[at] = h;
      this.slots[at + 1] = bits;
    }
    this.multiplier = m;
    return true;
  }

  /** The slots (word hash, `L_` bits), and the multiplier that gives a word its slot: the scanner looks words up itself (as `get` does). */
  get table(): { slots: Int32Array; multiplier: number } {
    return { slots: this.slots, multiplier: this.multiplier };
  }

  /** The `L_` bits of the word with hash `h` (0 when on no list). */
  get(h: number): number {
    const at = 2 * (Math.imul(h, this.multiplier) >>> (32 - LEXICON_BITS));
    // 0 when the slot holds this word, else -1: the slot's bits are kept or cleared without a branch.
    const other = this.slots[at]! ^ h;
    return this.slots[at + 1]! & ((other | -other) >> 31 ^ -1);
  }
}

/** A multiplier known to give the shipped word lists a slot each (others are tried if the lists change). */
const FIRST_MULTIPLIER = 0x6d5b1af1;

let lexiconTable: Lexicon | undefined;
/** The word lists, built the first time a sentence is read. */
function lexicon(): Lexicon {
  lexiconTable ??= new Lexicon([
    [NUMBER_WORDS, L_NUMBER],
    [SCALE_WORDS, L_SCALE],
    [MONTHS, L_MONTH],
    [COMPARATIVES, L_COMPARATIVE],
    [CLAIM_VERBS, L_CLAIM],
    [POLICY_WORDS, L_POLICY],
    [FIRST_PERSON, L_FIRST],
    [WE, L_WE],
    [YOU, L_YOU],
    [OPINION, L_OPINION],
    [MODALS, L_MODAL],
    [PAST, L_PAST],
    [THANKS, L_THANKS],
    [STOP_CAPS, L_STOPCAP],
    ['not never no', L_NEGATION],
    ['$ € £ dollars dollar', L_MONEY],
    ['percent %', L_PERCENT],
    ['interest honest request suggest protest invest arrest forest test contest latest', L_NOT_EST],
    ['may', L_MAY],
  ]);
  return lexiconTable;
}
const START = wordHash('<s>');
const END = wordHash('</s>');
/** A superlative-like word (`-est`, not `interest`), kept with the word flags. */
export const ESTISH = 1 << 20;

/** Bits of `CueTable.marks`. */
export const M_QUESTION = 1;
export const M_EXCLAMATION = 2;
export const M_QUOTE = 4;
/** White space other than single plain spaces in its span. */
export const M_ODD_SPACE = 8;
export const M_HAS_NUMBER = 16;
/** A figure, a comparison or a claim verb. */
export const M_CLAIMISH = 32;
/** It ends in a question mark, maybe followed by closing quotes or a bracket. */
export const M_ENDS_QUESTION = 64;

/** The cues of a transcript's sentences: row i of each column is sentence i's. */
export class CueTable {
  /** Its hashed word and word-pair buckets: [bucketStart, bucketEnd) of the transcript's bucket list (counted even when not kept). */
  readonly bucketStart: Int32Array;
  readonly bucketEnd: Int32Array;
  /** The sum of the weights of its buckets, when the cues were read with weights. */
  readonly wordSum: Float64Array;
  /** How many words, numbers, comparatives, policy words, capitalised words inside it and acronyms. */
  readonly words: Int32Array;
  readonly numbers: Int32Array;
  readonly comparatives: Int32Array;
  readonly policy: Int32Array;
  readonly capsInside: Int32Array;
  readonly acronyms: Int32Array;
  /** The `L_` bits of the word lists its words are on. */
  readonly lists: Int32Array;
  /** The `W_` flags of its words, and `ESTISH`. */
  readonly flags: Int32Array;
  /** `M_` bits. */
  readonly marks: Uint8Array;
  /** Every sentence's buckets, one after another (a bucket per occurrence), when kept. */
  buckets: Int32Array = new Int32Array(0);

  constructor(readonly length: number) {
    this.bucketStart = new Int32Array(length);
    this.bucketEnd = new Int32Array(length);
    this.wordSum = new Float64Array(length);
    this.words = new Int32Array(length);
    this.numbers = new Int32Array(length);
    this.comparatives = new Int32Array(length);
    this.policy = new Int32Array(length);
    this.capsInside = new Int32Array(length);
    this.acronyms = new Int32Array(length);
    this.lists = new Int32Array(length);
    this.flags = new Int32Array(length);
    this.marks = new Uint8Array(length);
  }
}

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
 * Takes the measure of one sentence's words, as the scanner finds them (no
 * buffer of words, no second pass over them): its buckets, kept in a list or
 * their weights summed, and its cues. Reused from sentence to sentence.
 */
class CueReader {
  /** What the scanner works out as it reads (words.ts). */
  readonly sums = new CueSums();

  constructor(weights: ArrayLike<number> | undefined) {
    const sums = this.sums;
    const table = lexicon().table;
    sums.lexicon = table.slots;
    sums.multiplier = table.multiplier;
    sums.shift = 32 - LEXICON_BITS;
    sums.comparativeBit = L_COMPARATIVE;
    sums.policyBit = L_POLICY;
    sums.stopCapBit = L_STOPCAP;
    sums.notEstBit = L_NOT_EST;
    sums.estish = ESTISH;
    sums.questionMark = M_QUESTION;
    sums.exclamationMark = M_EXCLAMATION;
    sums.mask = MASK;
    sums.keep = weights === undefined;
    if (weights) sums.w = weights;
  }

  /** Starts a sentence whose buckets are counted from `bucketStart`. */
  begin(bucketStart: number): void {
    const sums = this.sums;
    sums.first = bucketStart;
    sums.sum = 0;
    sums.count = 0;
    sums.prevHead = START_HEAD;
    sums.flags = 0;
    sums.lists = 0;
    sums.numbers = 0;
    sums.comparatives = 0;
    sums.policy = 0;
    sums.acronyms = 0;
    sums.capsInside = 0;
    sums.marks = 0;
  }

  /** Ends the sentence: its closing bucket, and its row of `out`; returns where its buckets end. */
  end(textFlags: number, bucketStart: number, out: CueTable, row: number): number {
    const sums = this.sums;
    const end = mixTail(sums.prevHead, END) & MASK;
    const last = sums.first + 2 * sums.count;
    if (sums.keep) sums.buckets[last] = end;
    else sums.sum += sums.w[end]!;
    const used = last + 1;
    let marks = sums.marks;
    const lists = sums.lists;
    if (sums.numbers > 0 || lists & L_NUMBER) marks |= M_HAS_NUMBER;
    if (marks & M_HAS_NUMBER || lists & (L_COMPARATIVE | L_CLAIM)) marks |= M_CLAIMISH;
    if (textFlags & T_QUOTE) marks |= M_QUOTE;
    if (textFlags & T_ODD_SPACE) marks |= M_ODD_SPACE;
    out.bucketStart[row] = bucketStart;
    out.bucketEnd[row] = used;
    out.wordSum[row] = sums.sum;
    out.words[row] = sums.count;
    out.numbers[row] = sums.numbers;
    out.comparatives[row] = sums.comparatives;
    out.policy[row] = sums.policy;
    out.capsInside[row] = sums.capsInside;
    out.acronyms[row] = sums.acronyms;
    out.lists[row] = lists;
    out.flags[row] = sums.flags;
    out.marks[row] = marks;
    return used;
  }
}

const MASK = HASH_SIZE - 1;
const START_HEAD = mixHead(START);

/**
 * The cues of every sentence, with one list of hashed buckets for them all (a
 * bucket per occurrence); with `weights`, each sentence's sum of its buckets'
 * weights instead, and no list (scoring needs only the sum).
 */
export function readCues(sentences: SentenceColumns, weights?: ArrayLike<number>): CueTable {
  const list = weights ? undefined : new BucketList();
  const reader = new CueReader(weights);
  const table = new CueTable(sentences.length);
  const { text, start, end } = sentences;
  let count = 0;
  // Scoring a text of bytes: the scanner in WebAssembly reads it (the same cues, in about half the time).
  const fast = list ? undefined : wasmScanner(text, reader.sums, START_HEAD);
  if (fast) {
    for (let si = 0; si < sentences.length; si++) {
      reader.begin(count);
      count = reader.end(fast.read(start[si]!, end[si]!, reader.sums), count, table, si);
      if (fast.endsWithQuestion()) table.marks[si]! |= M_ENDS_QUESTION;
    }
    return table;
  }
  // Every character of the sentences is read once: as code units in a typed array, not through `charCodeAt`.
  const units = codeUnits(text);
  for (let si = 0; si < sentences.length; si++) count = sentenceCues(units, start[si]!, end[si]!, reader, list, count, table, si);
  if (list) table.buckets = list.buckets;
  return table;
}

/**
 * Reads the cues of one sentence, text[from, to), into row `row` of `out`,
 * its buckets counted from `bucketStart`: kept in `list` when there is one,
 * else their weights summed. Returns where its buckets end.
 */
function sentenceCues(text: CodeUnits, from: number, to: number, reader: CueReader, list: BucketList | undefined, bucketStart: number, out: CueTable, row: number): number {
  // Room for the most buckets the sentence can give (every word takes a character at least): no check per word.
  if (list) {
    list.reserve(2 * (to - from) + 1);
    reader.sums.buckets = list.buckets;
  }
  reader.begin(bucketStart);
  const textFlags = scanWordsInto(text, from, to, reader.sums);
  const used = reader.end(textFlags, bucketStart, out, row);
  // Read here, where the scanner has just been: the sentence's end is still in the cache.
  if (endsWithQuestion(text, from, to)) out.marks[row]! |= M_ENDS_QUESTION;
  if (list) list.used = used;
  return used;
}

/** Whether text[start, end) ends in a question mark, maybe followed by closing quotes or a bracket: read from the end, where a regular expression would read it all. */
function endsWithQuestion(text: CodeUnits, start: number, end: number): boolean {
  let i = end;
  while (i > start && isWhite(text[i - 1]!)) i--;
  while (i > start && isClosing(text[i - 1]!)) i--;
  while (i > start && isWhite(text[i - 1]!)) i--;
  return i > start && text[i - 1] === 63;
}

/** `"`, `'`, `”`, `’`, `)`. */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
}
