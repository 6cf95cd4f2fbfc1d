/**
 * How a REFI-QDA selection's numbers map to places in the transcript under
 * each way tools count: code points or UTF-16 units, a CRLF as two characters
 * or one. The text here has a wave emoji (two UTF-16 units, one code point)
 * and a CRLF, so every reading puts the words after them somewhere else.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INSIDE, OUTSIDE, landmarksOf, mapPositions, placeUnder, positionOrder, type Reading } from '../../src/core/export/refiPositions';

const RAW = 'Tide 🌊 up\r\nQuay shut';
/** The same text with LF line ends, as the transcript holds it. */
const TEXT = 'Tide 🌊 up\nQuay shut';
const CODE_POINTS: Reading = { units: 'code points', crlf: 'two' };
const UTF16: Reading = { units: 'UTF-16 units', crlf: 'two' };
const CRLF_ONCE: Reading = { units: 'code points', crlf: 'one' };
const UTF16_CRLF_ONCE: Reading = { units: 'UTF-16 units', crlf: 'one' };

/** The positions, mapped under a reading, as a plain list. */
function mapped(reading: Reading, positions: number[]): number[] {
  return [...mapPositions(landmarksOf(RAW), reading, positions)];
}

describe('REFI-QDA positions: one reading per way of counting', () => {
  it('finds the CRLFs and surrogate pairs of a text, in order, and nothing for a lone CR', () => {
    const marks = landmarksOf('a🌊b\r\nc\rd🌊');
    assert.deepEqual([...marks.at], [1, 4, 9]);
    assert.deepEqual([...marks.crlf], [0, 1, 0]);
  });

  it("maps 'Quay' counted in code points, CRLF as two: 11–15", () => {
    assert.deepEqual(mapped(CODE_POINTS, [11, 15]), [11, 15]);
    assert.equal(TEXT.slice(11, 15), 'Quay');
  });

  it("maps 'Quay' counted in UTF-16 units (NVivo): 12–16", () => {
    assert.deepEqual(mapped(UTF16, [12, 16]), [11, 15]);
  });

  it("maps 'Quay' with a CRLF counted once (ATLAS.ti): 10–14, and 11–15 in UTF-16 units", () => {
    assert.deepEqual(mapped(CRLF_ONCE, [10, 14]), [11, 15]);
    assert.deepEqual(mapped(UTF16_CRLF_ONCE, [11, 15]), [11, 15]);
  });

  it('says which positions fall inside a character (between the halves of the emoji, between CR and LF) or past the end', () => {
    // In UTF-16 units the emoji is 5–7, the CRLF 10–12 and the text 21 long; in code points the CRLF is 9–11 and the text 20 long.
    assert.deepEqual(mapped(UTF16, [6, 11, 21, 22]), [INSIDE, INSIDE, 20, OUTSIDE]);
    assert.deepEqual(mapped(CODE_POINTS, [10, 20, 21]), [INSIDE, 20, OUTSIDE]);
  });

  it('keeps the order the positions were given in, whatever their order in the text', () => {
    assert.deepEqual(mapped(CODE_POINTS, [15, 0, 11, 5, 6]), [15, 0, 11, 5, 7]);
  });

  it('orders the positions of a source by value, equal ones by where they were given', () => {
    assert.deepEqual([...positionOrder([30, 10, 20, 10, 0])], [4, 1, 3, 2, 0]);
  });

  it('orders positions as large as a project may write them (up to 15 digits) by value too', () => {
    assert.deepEqual([...positionOrder([999_999_999_999_999, 7, 2 ** 40, 7])], [1, 3, 2, 0]);
  });

  it('places selections on their words, or says why not', () => {
    const placed = placeUnder(RAW, TEXT, UTF16, [{ start: 12, end: 16 }, { start: 6, end: 9 }, { start: 20, end: 30 }]);
    assert.deepEqual(placed, [{ start: 11, end: 15, words: 'Quay' }, { problem: 'inside a character' }, { problem: 'outside' }]);
  });
});
