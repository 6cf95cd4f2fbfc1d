/**
 * Words said several times (a stage direction, an interjection) whose own
 * paragraph moved: a copy whose surroundings agree only about half is no
 * proof, and the tag must not land on it. It waits for the user with its
 * candidates, or stays on its own copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, reanchorTags, TextIndex, type TagRecord } from '../../src/core/annotations';

function recordAt(text: string, at: number, words: string): TagRecord {
  const index = new TextIndex(text);
  return { id: 't-1', category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(text, at, at + words.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

describe('a stage direction said several times, its own paragraph moved', () => {
  it('is not placed on a copy whose surroundings agree about half', () => {
    const paragraphs = [
      'HOST: Thank you both.',
      'LEE: We can go as fast as...',
      'SYSTEM: (CROSSTALK)',
      'LEE: -- to cut the fare to two pounds.',
      'HOST: Please, one at a time.',
      'LEE: We go so fast as...',
      'SYSTEM: (CROSSTALK)',
      'LEE: -- so save the line.',
      'SYSTEM: (CROSSTALK)',
      'DIAZ: I was going to say...',
      'HOST: Go on.',
      'DIAZ: I will...',
      'HOST: -- do not talk over each other.',
      'DIAZ: The buses run late every day.',
    ];
    const before = paragraphs.join('\n\n');
    const at = before.indexOf('CROSSTALK');
    // The tagged paragraph moved between "I will..." and the host's reproach; its old neighbours now stand together.
    const moved = [...paragraphs.slice(0, 2), ...paragraphs.slice(3, 12), paragraphs[2]!, ...paragraphs.slice(12)];
    const after = moved.join('\n\n');
    const [tag] = reanchorTags([recordAt(before, at, 'CROSSTALK')], after.replace(/\n/g, '\r\n'));
    const text = after.replace(/\n/g, '\r\n');
    const ownCrlf = text.indexOf('SYSTEM: (CROSSTALK)\r\n\r\nHOST: -- do not') + 'SYSTEM: ('.length;
    assert.ok(tag!.status === 'orphaned' || tag!.start === ownCrlf, `placed (${tag!.status}) at ${tag!.start}, its own copy is at ${ownCrlf}: ${tag!.anchorNote}`);
  });
});
