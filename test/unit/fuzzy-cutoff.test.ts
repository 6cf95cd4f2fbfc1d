/**
 * The closest passage within a number of edits (Ukkonen's cut-off) is the
 * closest passage of the full table whenever that one is within reach: the
 * same words, the same distance, the same choice between equally close ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { closestPassage } from '../../src/core/annotations/fuzzy';

/** Texts over a small alphabet, so that near and equal passages are common. */
const letters = fc.constantFrom('a', 'b', 'c', ' ', '’', "'");
const text = fc.array(letters, { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));

describe('closestPassage with a cut-off', () => {
  it('gives the full search’s passage whenever that one is within reach, and nothing otherwise', () => {
    fc.assert(
      fc.property(text, fc.array(letters, { minLength: 1, maxLength: 20 }).map((cs) => cs.join('')), fc.nat(12), (hay, quote, k) => {
        const full = closestPassage(hay, 0, hay.length, quote)!;
        const cut = closestPassage(hay, 0, hay.length, quote, k);
        if (k >= quote.length) return;
        if (full.distance <= k) assert.deepEqual(cut, full);
        else assert.equal(cut, undefined);
      }),
      { numRuns: 20000, seed: 24 },
    );
  });

  it('finds a passage with a fixed typo and a changed quote inside a window', () => {
    const hay = 'Before that. It’s totally wrong, the minister said. After that.';
    const found = closestPassage(hay, 5, hay.length, "It's totelly wrong", 6)!;
    assert.equal(hay.slice(found.start, found.end), 'It’s totally wrong');
    assert.equal(found.distance, 2);
  });
});
