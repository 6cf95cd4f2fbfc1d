/**
 * Normalising a long text (decoded in one call) gives the same units as a
 * short one (decoded a unit at a time), and keeps what a decoder would
 * replace or drop: a lone surrogate, a pair, a byte-order mark inside.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText } from '../../src/core/annotations';

/** The text normalised piece by piece, each piece short enough to take the unit-at-a-time way. */
function byPieces(text: string): string {
  // Cut only at plain letters, where normalising a piece cannot depend on its neighbour.
  const out: string[] = [];
  for (let k = 0; k < text.length; k += 100) out.push(normalizeText(text, k, Math.min(text.length, k + 100)).text);
  return out.join('');
}

describe('normalising a long text', () => {
  it('gives the units a short text gives, curly quotes and line ends folded', () => {
    const text = 'She said \u201cno\u201d \u2014 twice.\r\nThen: it\u2019s done. '.repeat(40).replace(/ {2}/g, ' ');
    const long = normalizeText(text);
    assert.ok(long.text.length > 256);
    assert.match(long.text, /^She said "no"-twice\. Then: it's done\. She/);
    assert.equal(long.starts.length, long.text.length);
  });

  it('keeps a lone surrogate as it is', () => {
    const text = `${'a'.repeat(300)}\ud800${'b'.repeat(300)}`;
    assert.equal(normalizeText(text).text, text);
  });

  it('keeps a character outside the Basic Multilingual Plane as its pair', () => {
    const text = `${'a'.repeat(300)} \u{1F600} ${'b'.repeat(300)}`;
    assert.equal(normalizeText(text).text, text);
  });

  it('agrees with normalising the same text in short pieces', () => {
    const text = 'abcdefghij'.repeat(30) + 'x\u00e9y'.repeat(100);
    assert.equal(normalizeText(text).text, byPieces(text));
  });
});
