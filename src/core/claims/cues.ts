/**
 * What one pass over a sentence's words finds (its cues: figures, word-list
 * hits, capitals, questions...) and its hashed word and word-pair buckets.
 * The cues of a transcript's sentences are kept as columns, a typed array per
 * cue and a row per sentence: fifty thousand sentences make a dozen arrays,
 * not fifty thousand objects that outlive the young generation.
 */
import * as words from './words';

// Local copies: read once per word, they must not go through a module binding (which loaders may turn into getters).
const { mixHead, mixTail, scanWordsInto, wordHash } = words;
const { T_ODD_SPACE, T_QUOTE, W_ALLCAPS, W_CAPITAL, W_EST, W_NUMBER, W_SIGN } = words;

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

/** The word lists by word hash: an open-addressing table, built the first time a sentence is scored. */
class Lexicon {
  private readonly keys = new Uint32Array(4096);
  private readonly bits = new Int32Array(4096);
  private readonly used = new Uint8Array(4096);

  add(words: string, bit: number): void {
    for (const w of words.split(' ')) {
      const h = wordHash(w);
      let i = mixHead(h) >>> 20;
      while (this.used[i] && this.keys[i] !== h) i = (i + 1) & 4095;
      this.used[i] = 1;
      this.keys[i] = h;
      this.bits[i]! |= bit;
    }
  }

  /** The bits of the word with hash `h`, its first slot taken from the head of its mix (`mixHead(h)`), which the reader has already. */
  get(h: number, head: number): number {
    let i = head >>> 20;
    while (this.used[i]) {
      if (this.keys[i] === h) return this.bits[i]!;
      i = (i + 1) & 4095;
    }
    return 0;
  }
}

let lexiconTable: Lexicon | undefined;
/** The word lists, built the first time a sentence is read. */
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

const EMPTY = new Float32Array(0);
const EMPTY_BUCKETS = new Int32Array(0);

/**
 * The cues of every sentence, with one list of hashed buckets for them all (a
 * bucket per occurrence); with `weights`, each sentence's sum of its buckets'
 * weights instead, and no list (scoring needs only the sum). With `source`,
 * the words are read from the sentences' spans in it.
 */
export function readCues(sentences: readonly SentenceInput[], weights?: ArrayLike<number>, source?: SentenceSource): CueTable {
  const list = weights ? undefined : new BucketList();
  const w = weights ?? EMPTY;
  const table = new CueTable(sentences.length);
  let count = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    count = source === undefined ? sentenceCues(s.text, 0, s.text.length, w, list, count, table, si) : sentenceCues(source.text, s.start!, s.end!, w, list, count, table, si);
    if (table.marks[si]! & M_ODD_SPACE && source?.oddSpace) source.oddSpace[si] = 1;
  }
  if (list) table.buckets = list.buckets;
  return table;
}

/**
 * Reads the cues of one sentence, text[from, to), into row `row` of `out`,
 * its buckets counted from `bucketStart`: kept in `list` when there is one,
 * else their weights summed. Returns where its buckets end. A function of its
 * own (not the body of a loop over sentences) so that the engine optimises it
 * after a few sentences, with every branch's feedback, rather than mid-loop.
 */
function sentenceCues(text: string, from: number, to: number, w: ArrayLike<number>, list: BucketList | undefined, bucketStart: number, out: CueTable, row: number): number {
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
  // The previous word's mix head, a 32-bit integer: its pair with this word needs only the tail of the mix.
  let prevHead = mixHead(START);
  let flags = 0;
  let lists = 0;
  let numbers = 0;
  let comparatives = 0;
  let policy = 0;
  let acronyms = 0;
  let capsInside = 0;
  let marks = 0;
  for (let k = 0; k < count; k++) {
    const h = hashes[k]!;
    const f = wordFlags[k]!;
    const head = mixHead(h);
    const bits = table.get(h, head);
    const one = mixTail(head, 0) & mask;
    const two = mixTail(prevHead, h) & mask;
    if (keep) {
      buckets[used] = one;
      buckets[used + 1] = two;
    } else sum += w[one]! + w[two]!;
    used += 2;
    prevHead = head;
    // Most words are on no list and have no flag (small letters, no ending to note): nothing more to count.
    if ((f | bits) === 0) continue;
    flags |= f;
    lists |= bits;
    if (f & W_NUMBER) numbers++;
    if (bits & L_COMPARATIVE) comparatives++;
    if (bits & L_POLICY) policy++;
    if (f & W_ALLCAPS && lengths[k]! <= 6) acronyms++;
    else if (k > 0 && f & W_CAPITAL && !(f & W_ALLCAPS) && !(bits & L_STOPCAP)) capsInside++;
    if (f & W_EST && !(bits & L_NOT_EST)) flags |= ESTISH;
    // Signs are the only words with W_SIGN: `?` and `!` among them.
    if (f & W_SIGN) {
      if (h === QUESTION) marks |= M_QUESTION;
      else if (h === EXCLAMATION) marks |= M_EXCLAMATION;
    }
  }
  const end = mixTail(prevHead, END) & mask;
  if (keep) buckets[used] = end;
  else sum += w[end]!;
  used++;
  if (list) list.used = used;
  if (numbers > 0 || lists & L_NUMBER) marks |= M_HAS_NUMBER;
  if (marks & M_HAS_NUMBER || lists & (L_COMPARATIVE | L_CLAIM)) marks |= M_CLAIMISH;
  if (textFlags & T_QUOTE) marks |= M_QUOTE;
  if (textFlags & T_ODD_SPACE) marks |= M_ODD_SPACE;
  out.bucketStart[row] = bucketStart;
  out.bucketEnd[row] = used;
  out.wordSum[row] = sum;
  out.words[row] = count;
  out.numbers[row] = numbers;
  out.comparatives[row] = comparatives;
  out.policy[row] = policy;
  out.capsInside[row] = capsInside;
  out.acronyms[row] = acronyms;
  out.lists[row] = lists;
  out.flags[row] = flags;
  out.marks[row] = marks;
  return used;
}
