/**
 * The distance of a stored side from the text beside a place, a column at a
 * time (bit-parallel), is the distance of the full table: forwards and
 * backwards, for sides that fit in one word and sides that do not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchoredDistanceAt, distanceAtLeast } from '../../src/core/annotations/bitDistance';
import { closestPassage, lastEditRow } from '../../src/core/annotations/fuzzy';

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

describe('distanceAtLeast', () => {
  it('never exceeds the distance of the closest passage, and equals it for a quote of up to 32 units', () => {
    fc.assert(
      fc.property(text(80), fc.array(letters, { minLength: 1, maxLength: 70 }).map((cs) => cs.join('')), (hay, quote) => {
        if (hay.length === 0) return;
        const closest = closestPassage(hay, 0, hay.length, quote)!.distance;
        const bound = distanceAtLeast(quote, hay, 0, hay.length, Infinity);
        assert.ok(bound <= closest, `bound ${bound} above the distance ${closest}`);
        if (quote.length <= 32) assert.equal(bound, closest);
      }),
      { numRuns: 20000, seed: 26 },
    );
  });

  it('says a window without the words is too far, and one with them changed a little is not', () => {
    const quote = 'the ministry will publish the full figures in the spring';
    assert.ok(distanceAtLeast(quote, 'We talked about rivers and borders for an hour, then about trade.', 0, 66, 14) > 14);
    const hay = 'Today: the ministry wil publish the ful figures in the spring, she said.';
    assert.ok(distanceAtLeast(quote, hay, 0, hay.length, 14) <= 2);
  });
});
