/**
 * The distance of a stored side from the text beside a place, a column at a
 * time (bit-parallel), is the distance of the full table: forwards and
 * backwards, for sides that fit in one word and sides that do not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchoredDistanceAt } from '../../src/core/annotations/bitDistance';
import { lastEditRow } from '../../src/core/annotations/fuzzy';

/** The distance from `a` to the closest beginning of `b`, by the full table. */
function byTable(a: string, b: string): number {
  return Math.min(...lastEditRow(a, b));
}

const reverse = (s: string) => s.split('').reverse().join('');
const letters = fc.constantFrom('a', 'b', 'c', ' ', '’', "'", 'é');
const text = (max: number) => fc.array(letters, { minLength: 0, maxLength: max }).map((cs) => cs.join(''));

describe('anchoredDistanceAt', () => {
  it('reading forwards from a place, equals the full table over the text after it', () => {
    fc.assert(
      fc.property(text(40), text(60), fc.nat(60), fc.nat(50), (stored, T, rawAt, span) => {
        const at = Math.min(rawAt, T.length);
        assert.equal(anchoredDistanceAt(stored, T, at, span, false), byTable(stored, T.slice(at, at + span)));
      }),
      { numRuns: 20000, seed: 24 },
    );
  });

  it('reading backwards from a place, equals the full table over the reversed text before it', () => {
    fc.assert(
      fc.property(text(40), text(60), fc.nat(60), fc.nat(50), (stored, T, rawAt, span) => {
        const at = Math.min(rawAt, T.length);
        assert.equal(anchoredDistanceAt(stored, T, at, span, true), byTable(reverse(stored), reverse(T.slice(Math.max(0, at - span), at))));
      }),
      { numRuns: 20000, seed: 25 },
    );
  });

  it('counts a fixed typo and a removed space as two edits, wherever the side ends', () => {
    const T = 'and the minister said it was totaly  wrong. Next';
    assert.equal(anchoredDistanceAt('the minister said it was totally wrong', T, 4, 48, false), 2);
    assert.equal(anchoredDistanceAt('it was totally wrong.', T, 43, 30, true), 2);
  });
});
