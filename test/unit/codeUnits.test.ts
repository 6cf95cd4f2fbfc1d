import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeUnits } from '../../src/core/claims/codeUnits';

/** What `charCodeAt` reads of the text, with the 0 the scanner expects after it. */
function expected(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return [...out, 0];
}

/** The units `codeUnits` gives up to and including the 0 after the text (the array may go on). */
function unitsOf(text: string): number[] {
  return Array.from(codeUnits(text).subarray(0, text.length + 1));
}

/** Runs `f` as in a web worker, where there is no Node Buffer. */
function withoutBuffer<T>(f: () => T): T {
  const g = globalThis as { Buffer?: unknown };
  const saved = g.Buffer;
  delete g.Buffer;
  try {
    return f();
  } finally {
    g.Buffer = saved;
  }
}

describe('a text as code units for the word scanner', () => {
  it('gives a byte per character when every character is under 256, then a 0', () => {
    assert.ok(codeUnits('Naïve café, 12%') instanceof Uint8Array);
    assert.deepEqual(unitsOf('Naïve café, 12%'), expected('Naïve café, 12%'));
  });

  it('gives 16-bit units when a character is wider, surrogate pairs as two units', () => {
    const text = 'Don’t “quote” 😀 ok';
    assert.ok(codeUnits(text) instanceof Uint16Array);
    assert.deepEqual(unitsOf(text), expected(text));
  });

  it('gives the units of a text asked for again after another took its array', () => {
    const first = 'taxes rose by 3 percent';
    assert.deepEqual(unitsOf(first), expected(first));
    assert.deepEqual(unitsOf('jobs fell'), expected('jobs fell'));
    assert.deepEqual(unitsOf(first), expected(first));
  });

  it('puts the 0 right after a shorter text given next, whatever the array held before', () => {
    assert.deepEqual(unitsOf('a long first text of words'), expected('a long first text of words'));
    assert.deepEqual(unitsOf('tax'), expected('tax'));
    assert.deepEqual(unitsOf('a long first text’s words'), expected('a long first text’s words'));
    assert.deepEqual(unitsOf('tax’'), expected('tax’'));
  });

  it('gives the same units without Node’s Buffer, as in a web worker', () => {
    for (const text of ['plain words', 'Don’t “quote” 😀', '']) {
      assert.deepEqual(withoutBuffer(() => unitsOf(text)), expected(text));
    }
  });
});
