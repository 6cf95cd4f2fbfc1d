import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../src/core/agreement/gamma';
import { isNarrow } from '../../src/core/claims/codeUnits';
import { columnsOf, type SentenceColumns } from '../../src/core/claims/columns';
import { CueTable, readCues } from '../../src/core/claims/cues';
import { FEATURE_COUNT } from '../../src/core/claims/features';
import { unavailable, wasmScanner } from '../../src/core/claims/wasmScanner';
import { CueSums } from '../../src/core/claims/words';

/** Sentences in our own words with every kind of word the scanner tells apart, and white space of every kind. */
const SAID = [
  'we will support the partners in the region',
  'Minister, did unemployment really fall by 3.5% since 2019?',
  'It fell to the lowest rate we have ever recorded, and NATO agreed!',
  'We invested $12,000,000 and £300 in the harbour: the latest of our projects',
  "I don't think the Senate voted against it; the well-known budget passed in March.",
  'Thank  you,\tthank you\nall.',
  'He said "never" twice - and the interest doubled; UNESCO, the EU and the U.S. wanted more',
  "Le ministère a été très clair : l'économie a progressé de 2 % en 1998, déclaré-t-il À Genève.",
  'internationalisation counterrevolutionaries notwithstanding extraordinarily',
  'abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq',
  'shouldn\'t couldn\'t biggest honest contest tested ended red bed sed',
  'ÉCOLE Ärzte über Straße naïve façade oeuvre ØRESUND µ ª º',
  '1900 2001 1899 12 99% 3,5 4.25.6 100 % 2020s',
  'Why? Really?! Yes. "Quoted." (Aside.)',
  'trailing letters at the very end',
];

/** Weights of every feature drawn in [-1, 1), the same at every run. */
function someWeights(seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: FEATURE_COUNT }, () => 2 * random() - 1);
}

/** Every column of a cue table, by name. */
function columnsOfTable(t: CueTable): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const name of ['bucketStart', 'bucketEnd', 'wordSum', 'words', 'numbers', 'comparatives', 'policy', 'capsInside', 'acronyms', 'lists', 'flags', 'marks'] as const) out[name] = Array.from(t[name]);
  return out;
}

/** The cues of `c` read by the WebAssembly scanner (float32 weights) and by the JavaScript one (the same weights as float64, which it alone takes). */
function bothWays(c: SentenceColumns, w: Float32Array): [Record<string, number[]>, Record<string, number[]>] {
  const sums = new CueSums();
  sums.w = w;
  sums.mask = 8;
  assert.ok(wasmScanner(c.text, sums, 0), 'a text the WebAssembly scanner reads');
  return [columnsOfTable(readCues(c, w)), columnsOfTable(readCues(c, Float64Array.from(w)))];
}

describe('the word scanner in WebAssembly', () => {
  it('is compiled in Node, and takes a text of bytes with float32 weights', () => {
    assert.equal(unavailable, undefined);
    const sums = new CueSums();
    sums.w = new Float32Array(8);
    sums.mask = 7;
    assert.ok(wasmScanner('plain words', sums, 0));
  });

  it('leaves to the JavaScript scanner a text with a wide letter or a euro sign, other weights, and kept buckets', () => {
    const sums = new CueSums();
    sums.w = new Float32Array(8);
    sums.mask = 8;
    assert.equal(wasmScanner('a word in Полтава', sums, 0), undefined);
    assert.equal(wasmScanner('it cost 5 €', sums, 0), undefined);
    assert.ok(wasmScanner('it’s “quoted” — twice…', sums, 0));
    sums.w = new Float64Array(8);
    assert.equal(wasmScanner('plain words', sums, 0), undefined);
    sums.w = new Float32Array(8);
    sums.keep = true;
    assert.equal(wasmScanner('plain words', sums, 0), undefined);
  });

  it('reads curly quotes, dashes, ellipses and wide white space as the JavaScript scanner does', () => {
    const said = [
      'It’s what they’d call “the biggest” — isn’t it?”',
      '“Why?“ he asked… ‘twice’ – and „again“ in\u2028a new line\u3000and a wide space',
      'we’ve doubled ’em, don’t you think? “Yes.”',
      // `“` closes nothing: this one does not end in a question for the model.
      'Did he really say it twice?“',
      'a symbol ♻ and an emoji 😀 between words, and an ideographic full stop。',
    ];
    const c = columnsOf(said.map((text) => ({ text, speaker: null })), said.map(() => 0));
    assert.ok(!isNarrow(c.text));
    const [fast, plain] = bothWays(c, someWeights(17));
    assert.deepEqual(fast, plain);
  });

  it('reads the same cues and sums as the JavaScript scanner, sentence by sentence', () => {
    const sentences = SAID.map((text, i) => ({ text, speaker: i % 3 === 0 ? 'HOST' : 'GUEST' }));
    const c = columnsOf(sentences, SAID.map((_, i) => i));
    const [fast, plain] = bothWays(c, someWeights(3));
    assert.deepEqual(fast, plain);
  });

  it('reads a stretch that ends inside a word as ending there', () => {
    const text = 'the delegation arrived early and the committee agreed';
    // Spans that stop inside `delegation`, `committee` and `agreed`, and one that starts inside a word.
    const cuts: Array<[number, number]> = [[0, 8], [4, 30], [9, 40], [15, text.length - 2], [41, text.length]];
    const c = columnsOf(cuts.map(([start, end]) => ({ text: text.slice(start, end), speaker: null, start, end })), cuts.map(() => 0), { text });
    const [fast, plain] = bothWays(c, someWeights(5));
    assert.deepEqual(fast, plain);
  });

  it('gives the same sums with other weights for the same text (a word cache would otherwise keep the old ones)', () => {
    const sentences = SAID.slice(0, 3).map((text) => ({ text, speaker: null }));
    const c = columnsOf(sentences, [0, 0, 0]);
    const first = bothWays(c, someWeights(11));
    const second = bothWays(c, someWeights(12));
    assert.deepEqual(first[0], first[1]);
    assert.deepEqual(second[0], second[1]);
    assert.notDeepEqual(first[0].wordSum, second[0].wordSum);
  });

  it('reads random text of letters, digits, signs and white space as the JavaScript scanner does', () => {
    const random = seededRandom(29);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz      ABCXYZ\'-.,?!%$£"0123456789\n\téàÉÀß';
    let text = '';
    for (let i = 0; i < 20000; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    const spans: Array<[number, number]> = [];
    for (let at = 0; at < text.length; ) {
      const end = Math.min(text.length, at + 1 + Math.floor(random() * 300));
      spans.push([at, end]);
      at = end;
    }
    const c = columnsOf(spans.map(([start, end]) => ({ text: text.slice(start, end), speaker: null, start, end })), spans.map(() => 0), { text });
    const [fast, plain] = bothWays(c, someWeights(13));
    assert.deepEqual(fast, plain);
  });
});

describe('the shipped scanner bytes', () => {
  it('are scanner.wat compiled: the source and the base64 in scannerWasm.ts never drift apart', async () => {
    const { readFileSync } = await import('node:fs');
    const { SCANNER_WASM } = await import('../../src/core/claims/scannerWasm');
    const wabt = await (await import('wabt')).default();
    const module = wabt.parseWat('scanner.wat', readFileSync(new URL('../../src/core/claims/scanner.wat', import.meta.url), 'utf8'));
    module.validate();
    const compiled = Buffer.from(module.toBinary({}).buffer).toString('base64');
    module.destroy();
    assert.equal(SCANNER_WASM, compiled, 'scannerWasm.ts is out of date: run node scripts/build-scanner.mjs');
  });
});
