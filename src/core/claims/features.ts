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
}

/** A sparse feature vector: indices into the weight table and their values. */
export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
}

/** Bits of the hash table for words and word pairs. */
export const HASH_BITS = 13;
/** Size of the hashed word table. */
export const HASH_SIZE = 1 << HASH_BITS;

const TOKEN = /\d[\d,.]*\d%?|\d%?|[\p{L}][\p{L}\p{M}'’-]*|[$€£%?!]/gu;

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens half double doubled triple tripled quarter third'.split(' '));
const SCALE_WORDS = new Set('percent percentage million millions billion billions trillion trillions thousand thousands hundred hundreds dollars dollar cents jobs rate rates times'.split(' '));
const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
const COMPARATIVES = new Set('more less fewer most least than largest biggest highest lowest smallest greatest worst best record ever never first last only increase increased increases decrease decreased decreases rise rose risen fell fall fallen grew grow growing growth cut cuts doubled tripled lost lose losing gained gain higher lower larger bigger smaller faster slower longest shortest since'.split(' '));
const CLAIM_VERBS = new Set('said says say voted vote votes supported support supports opposed oppose opposes passed signed created create creates killed cost costs spent spend spending paid pay pays raised raise raises approved proposed wants wanted took take takes gave give gives allowed banned built build made makes according report reports reported invested borrowed owe owes funded fund funds received got'.split(' '));
const POLICY_WORDS = new Set('tax taxes taxpayers economy jobs unemployment wages income deficit debt budget trade tariffs immigration immigrants border wall crime police guns health healthcare insurance medicare medicaid obamacare social security military troops war nuclear iran isis china russia mexico climate energy oil coal emissions law laws bill act congress senate court percent gdp inflation drugs opioid'.split(' '));
const FIRST_PERSON = new Set('i i\'m i’m i\'ve i’ve i\'ll i’ll i\'d i’d me my mine myself'.split(' '));
const WE = new Set('we we\'re we’re we\'ve we’ve we\'ll we’ll our us ourselves'.split(' '));
const YOU = new Set('you your you\'re you’re yours yourself'.split(' '));
const OPINION = new Set('think believe feel hope wish want love like hate agree disagree guess suppose opinion frankly honestly clearly obviously great wonderful terrible fantastic tremendous beautiful amazing incredible sad horrible'.split(' '));
const MODALS = new Set('will would could should might may must shall can can\'t cannot won\'t wouldn\'t shouldn\'t going gonna'.split(' '));
const PAST = new Set('was were had did been went came said told made took gave got became'.split(' '));
const THANKS = new Set('thank thanks welcome applause laughter hello goodbye okay ok yes no yeah well oh please congratulations'.split(' '));
const STOP_CAPS = new Set('I The A An And But So Now Well Yes No Oh Thank We You He She They It This That What When Where Why How Who If In On At For Of To Mr Mrs Ms Dr'.split(' '));

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

interface Cues {
  tokens: string[];
  lower: string[];
  hasNumber: boolean;
  claimish: boolean;
}

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function wordClass(w: string): string {
  if (/^\d/.test(w)) {
    if (w.endsWith('%')) return '<pct>';
    if (/^(?:1[89]|20)\d\d$/.test(w)) return '<year>';
    return '<num>';
  }
  return w;
}

function cues(text: string): Cues {
  const toks = tokens(text);
  const lower = toks.map((t) => wordClass(t.toLowerCase()));
  const hasNumber = lower.some((w) => w === '<num>' || w === '<pct>' || w === '<year>' || NUMBER_WORDS.has(w));
  const claimish = hasNumber || lower.some((w) => COMPARATIVES.has(w) || CLAIM_VERBS.has(w));
  return { tokens: toks, lower, hasNumber, claimish };
}

/** Computes each sentence's place in its transcript: speaker shares, turn positions. */
export function contextsOf(sentences: readonly SentenceInput[], turnOf: readonly number[]): SentenceContext[] {
  const counts = new Map<string | null, number>();
  const asks = new Map<string | null, number>();
  for (const s of sentences) {
    counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
    if (s.text.includes('?')) asks.set(s.speaker, (asks.get(s.speaker) ?? 0) + 1);
  }
  let top = 0;
  // Unlabelled text (a speech without labels) counts as one speaker, as a single-speaker transcript does.
  for (const c of counts.values()) if (c > top) top = c;
  const n = sentences.length || 1;
  const out: SentenceContext[] = [];
  let i = 0;
  let prevTurnQuestion = false;
  while (i < sentences.length) {
    let j = i;
    while (j < sentences.length && turnOf[j] === turnOf[i]) j++;
    for (let k = i; k < j; k++) {
      const c = counts.get(sentences[k]!.speaker) ?? 0;
      out.push({ speakerShare: c / n, topSpeaker: c === top, speakerAsks: (asks.get(sentences[k]!.speaker) ?? 0) / Math.max(1, c), inTurn: k - i, turnLength: j - i, afterQuestion: prevTurnQuestion });
    }
    prevTurnQuestion = /\?\s*["'”’)]*\s*$/.test(sentences[j - 1]!.text);
    i = j;
  }
  return out;
}

/** The features of every sentence of one transcript, in order. */
export function featuresOf(sentences: readonly SentenceInput[], contexts: readonly SentenceContext[]): FeatureVector[] {
  const all = sentences.map((s) => cues(s.text));
  return sentences.map((s, i) => vector(s, all[i]!, contexts[i]!, all[i - 1], all[i + 1]));
}

function vector(s: SentenceInput, c: Cues, ctx: SentenceContext, prev: Cues | undefined, next: Cues | undefined): FeatureVector {
  const hashed = new Map<number, number>();
  const { lower, tokens: toks } = c;
  const add = (key: string): void => {
    const h = fnv(key) & (HASH_SIZE - 1);
    hashed.set(h, (hashed.get(h) ?? 0) + 1);
  };
  let prevWord = '<s>';
  for (const w of lower) {
    add(w);
    add(prevWord + ' ' + w);
    prevWord = w;
  }
  add(prevWord + ' </s>');
  const norm = 1 / Math.sqrt(Math.max(1, lower.length * 2 + 1));

  const count = (set: Set<string>): number => {
    let k = 0;
    for (const w of lower) if (set.has(w)) k++;
    return k;
  };
  const numbers = lower.filter((w) => w === '<num>' || w === '<pct>' || w === '<year>').length;
  const comparatives = count(COMPARATIVES);
  let capsInside = 0;
  let acronyms = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (/^\p{Lu}{2,}$/u.test(t) && t.length <= 6) acronyms++;
    else if (k > 0 && /^\p{Lu}\p{Ll}/u.test(t) && !STOP_CAPS.has(t)) capsInside++;
  }
  const n = lower.length;
  const policy = count(POLICY_WORDS);
  const dense: number[] = [
    1,
    numbers > 0 ? 1 : 0,
    Math.min(numbers, 4) / 4,
    lower.some((w) => w === '<pct>' || w === 'percent' || w === '%') ? 1 : 0,
    lower.some((w) => w === '$' || w === 'dollars' || w === 'dollar' || w === '€' || w === '£') ? 1 : 0,
    count(SCALE_WORDS) > 0 ? 1 : 0,
    count(NUMBER_WORDS) > 0 ? 1 : 0,
    lower.includes('<year>') ? 1 : 0,
    count(MONTHS) > 0 && !lower.includes('may') ? 1 : 0,
    comparatives > 0 ? 1 : 0,
    Math.min(comparatives, 4) / 4,
    lower.some((w) => w.length > 5 && /(?:est)$/.test(w) && !/(?:interest|honest|request|suggest|protest|invest|arrest|forest|test)$/.test(w)) ? 1 : 0,
    count(CLAIM_VERBS) > 0 ? 1 : 0,
    policy > 0 ? 1 : 0,
    Math.min(policy, 4) / 4,
    Math.min(capsInside, 4) / 4,
    acronyms > 0 ? 1 : 0,
    count(FIRST_PERSON) > 0 ? 1 : 0,
    count(WE) > 0 ? 1 : 0,
    count(YOU) > 0 ? 1 : 0,
    count(OPINION) > 0 ? 1 : 0,
    count(MODALS) > 0 ? 1 : 0,
    count(PAST) > 0 || lower.some((w) => w.length > 4 && w.endsWith('ed')) ? 1 : 0,
    s.text.includes('?') ? 1 : 0,
    s.text.includes('!') ? 1 : 0,
    n <= 6 && count(THANKS) > 0 ? 1 : 0,
    Math.log1p(n) / 4,
    n < 8 ? 1 : 0,
    n < 4 ? 1 : 0,
    n > 35 ? 1 : 0,
    s.speaker === null ? 1 : 0,
    ctx.speakerShare,
    ctx.topSpeaker ? 1 : 0,
    ctx.speakerAsks,
    ctx.turnLength > 1 ? ctx.inTurn / (ctx.turnLength - 1) : 0,
    ctx.inTurn === 0 ? 1 : 0,
    Math.log1p(ctx.turnLength) / 4,
    ctx.afterQuestion && ctx.inTurn === 0 ? 1 : 0,
    /["“”]/.test(s.text) ? 1 : 0,
    lower.some((w) => w === 'not' || w === 'never' || w === 'no' || w.endsWith("n't") || w.endsWith('n’t')) ? 1 : 0,
    prev?.hasNumber ? 1 : 0,
    next?.hasNumber ? 1 : 0,
    prev?.claimish ? 1 : 0,
    next?.claimish ? 1 : 0,
  ];
  const size = hashed.size + DENSE_COUNT;
  const index = new Int32Array(size);
  const value = new Float32Array(size);
  let k = 0;
  for (const [h, v] of hashed) {
    index[k] = h;
    value[k++] = v * norm;
  }
  for (let d = 0; d < DENSE_COUNT; d++) {
    index[k] = HASH_SIZE + d;
    value[k++] = dense[d]!;
  }
  return { index, value };
}
