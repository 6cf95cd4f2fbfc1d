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

describe('words that are mostly a voice’s id said before every caption', () => {
  it('are not their own evidence: a tag on the id and the first word of a cue whose sentence was deleted is not placed on another cue of that voice opening with the same word', () => {
    const ada = 'b7c1d2e3-0a9f-4e8d-8c7b-6a5f4e3d2c1b@0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f';
    const ben = '5e4d3c2b-1a0f-4e9d-8c7b-a6b5c4d3e2f1@0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f';
    const cues = [
      ['0:0:1.200 --> 0:0:4.800', ada, 'Right, the ferry timetable first.'],
      ['0:0:5.100 --> 0:0:7.900', ben, 'Fine by me.'],
      ['0:0:8.300 --> 0:0:12.600', ada, 'Well, the winter sailings stop at six now.'],
      ['0:0:13.000 --> 0:0:15.400', ben, 'Since when?'],
      ['0:0:15.900 --> 0:0:21.300', ada, 'Well honestly, nobody told the harbour office either.'],
      ['0:0:21.800 --> 0:0:24.100', ben, 'That explains the queue.'],
    ];
    const vtt = (cs: string[][]) => 'WEBVTT\n\n' + cs.map(([time, voice, words]) => `${time}\n<v ${voice}>${words}</v>`).join('\n\n') + '\n';
    const before = vtt(cues);
    const quote = `${ada}>Well honestly`.slice(0, ada.length + 5);
    const at = before.indexOf(`${ada}>Well honestly`);
    // The fifth cue's sentence deleted, the voice's id and first word with it: the id and “Well” still open the third cue.
    const after = before.replace(`<v ${ada}>Well honestly, nobody told the harbour office either.</v>`, '</v>');
    const index = new TextIndex(before);
    const record: TagRecord = { ...recordAt(before, at, quote), start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length) };
    assert.ok(quote.length >= 64 && after.includes(`${ada}>Well,`));
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”: ${tag!.anchorNote}`);
  });
});
