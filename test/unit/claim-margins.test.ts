import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnsOf } from '../../src/core/claims/columns';
import { readCues } from '../../src/core/claims/cues';
import { FEATURE_COUNT, featuresOf, HASH_SIZE, marginsOf } from '../../src/core/claims/features';
import { margin } from '../../src/core/claims/logistic';
import { seededRandom } from '../../src/core/agreement/gamma';

/** A short exchange in our own words, with figures, capitals, acronyms, signs, endings and a line break. */
const SAID: Array<[string, string]> = [
  ['HOST', 'Good evening, and welcome!'],
  ['HOST', 'Minister, did unemployment really fall by 3.5% since 2019?'],
  ['MINISTER', 'It fell to the lowest rate we have ever recorded, and NATO agreed.'],
  ['MINISTER', 'We invested $12,000,000 in the harbour, the latest of our projects'],
  ['MINISTER', "I don't think the Senate voted against it: the budget passed in March."],
  ['HOST', 'Thank you.'],
  ['GUEST', 'That is simply not true,\nand the interest on the debt doubled.'],
];

function columns() {
  const sentences = SAID.map(([speaker, text]) => ({ speaker, text }));
  const turnOf: number[] = [];
  for (let i = 0; i < SAID.length; i++) turnOf.push(i === 0 ? 0 : turnOf[i - 1]! + (SAID[i]![0] === SAID[i - 1]![0] ? 0 : 1));
  return { sentences, turnOf, columns: columnsOf(sentences, turnOf) };
}

/** Weights of every feature drawn in [-1, 1), the same at every run. */
function someWeights(): Float32Array {
  const random = seededRandom(7);
  return Float32Array.from({ length: FEATURE_COUNT }, () => 2 * random() - 1);
}

describe('the margins scoring computes', () => {
  it('are the weighted sums of the features fitting sees, sentence by sentence', () => {
    const { sentences, turnOf, columns: c } = columns();
    const w = someWeights();
    const scored = marginsOf(c, w);
    const fitted = featuresOf(sentences, turnOf).map((x) => margin(w, x));
    assert.equal(scored.length, SAID.length);
    // Fitting keeps each bucket's share as a 32-bit number; scoring sums the weights first: the same up to rounding.
    for (let i = 0; i < SAID.length; i++) assert.ok(Math.abs(scored[i]! - fitted[i]!) < 1e-5, `sentence ${i}: ${scored[i]} scored, ${fitted[i]} from its features`);
  });

  it('sum the weights of the buckets fitting keeps, and count the same cues', () => {
    const { columns: c } = columns();
    const w = someWeights();
    const summed = readCues(c, w);
    const kept = readCues(c);
    for (let i = 0; i < SAID.length; i++) {
      let sum = 0;
      for (let b = kept.bucketStart[i]!; b < kept.bucketEnd[i]!; b++) {
        assert.ok(kept.buckets[b]! >= 0 && kept.buckets[b]! < HASH_SIZE, `sentence ${i}: bucket ${kept.buckets[b]} outside the table`);
        sum += w[kept.buckets[b]!]!;
      }
      assert.ok(Math.abs(summed.wordSum[i]! - sum) < 1e-9, `sentence ${i}: ${summed.wordSum[i]} summed, ${sum} from its buckets`);
      // Two buckets a word and the sentence's closing one.
      assert.equal(kept.bucketEnd[i]! - kept.bucketStart[i]!, 2 * kept.words[i]! + 1);
    }
    for (const column of ['words', 'numbers', 'comparatives', 'policy', 'capsInside', 'acronyms', 'lists', 'flags', 'marks'] as const) {
      assert.deepEqual(Array.from(summed[column]), Array.from(kept[column]), `${column} differ between scoring and fitting`);
    }
  });

  it('count what the words say: figures, comparisons, policy words, capitals inside, acronyms, questions', () => {
    const { columns: c } = columns();
    const cues = readCues(c);
    // 'Minister, did unemployment really fall by 3.5% since 2019?'
    assert.equal(cues.numbers[1], 2);
    assert.equal(cues.policy[1], 1);
    assert.equal(cues.comparatives[1], 2);
    // 'It fell to the lowest rate we have ever recorded, and NATO agreed.'
    assert.equal(cues.acronyms[2], 1);
    // '... the Senate voted against it: the budget passed in March.'
    assert.equal(cues.capsInside[4], 2);
    assert.notEqual(cues.marks[1]! & 1, 0, 'the question is marked');
  });
});
