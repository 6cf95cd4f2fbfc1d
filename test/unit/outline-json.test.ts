import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCompactTranscript, readTranscript } from '../../src/core/formats';
import { outlineJson, outlineJsonChunks, outlineJsonPieces } from '../../src/core/transcript/outline';
import { fixture } from './helpers';

const streamed = (text: string) => [...outlineJsonChunks(readTranscript(text))].join('');
const whole = (text: string) => JSON.stringify(outlineJson(readTranscript(text)), null, 2);
const fromColumns = (text: string) => [...outlineJsonChunks(readCompactTranscript(text))].join('');

describe('outline JSON written in pieces', () => {
  it('is the same text as the whole outline laid out by JSON.stringify', () => {
    const text = fixture('state-briefing.txt');
    assert.equal(streamed(text), whole(text));
  });

  it('stays the same across the pieces of a transcript with many thousand turns', () => {
    const turns: string[] = ['Hearing on the harbour works', ''];
    for (let i = 0; i < 9000; i++) turns.push(i % 2 ? `MS LEE: Answer number ${i}, given at [00:${String(i % 60).padStart(2, '0')}].` : `Q: Question number ${i}?`, '');
    const text = turns.join('\n');
    const json = streamed(text);
    assert.equal(json, whole(text));
    assert.equal(JSON.parse(json).turns.length, 9000);
  });

  it('writes times, unlabelled turns and names outside ASCII as JSON.stringify does', () => {
    const text = 'A talk on the dam\n\nSome words before anyone is named.\n\n[00:01:05] Ana Ruiz: We open.\n\n[00:02:10.5] Bo\u00e9 Li: And close?\n\n[00:03:00] Ana Ruiz: Yes.\n';
    const json = streamed(text);
    assert.equal(json, whole(text));
    const turns = JSON.parse(json).turns as Array<{ speaker: string | null; time?: number }>;
    assert.deepEqual(turns.map((u) => [u.speaker, u.time]), [[null, undefined], ['Ana Ruiz', 65], ['Boé Li', 130.5], ['Ana Ruiz', 180]]);
  });

  it('is the same given as bytes, every piece kept until the end (no piece is a view of a reused buffer)', () => {
    const plain = ['Hearing on the harbour works', ''];
    for (let i = 0; i < 6000; i++) plain.push(i % 3 ? `MS LEE: Answer ${i}, from Zoë.` : `Q: Question ${i}?`);
    const text = plain.join('\n');
    const pieces = [...outlineJsonPieces(readCompactTranscript(text))];
    assert.ok(pieces.filter((p) => p instanceof Uint8Array).length > 2, 'the turns come in several batches of bytes');
    const decoder = new TextDecoder();
    assert.equal(pieces.map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join(''), whole(text));
  });

  it('is the same written from the turns as columns as from the turns as objects, for plain text and captions', () => {
    const plain = ['Hearing on the harbour works', ''];
    for (let i = 0; i < 3000; i++) plain.push(i % 3 ? `MS LEE: Answer ${i}.` : `Q: Question ${i}?`);
    const captions = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>Where were you?\n\n00:00:04.000 --> 00:00:06.000\n<v Bo Li>At home.\n';
    for (const text of [plain.join('\n'), captions, fixture('state-briefing.txt')]) assert.equal(fromColumns(text), whole(text));
  });

  it('writes an empty transcript with empty lists', () => {
    assert.equal(streamed(''), whole(''));
    assert.deepEqual(JSON.parse(streamed('')).turns, []);
  });

  it('keeps the places of a converted document', () => {
    const text = '⟦1:1⟧Q: Where were you?\n⟦1:2⟧A: At home.\n⟦2:1⟧Q: Alone?\n⟦2:2⟧A: Yes.\n';
    const json = streamed(text);
    assert.equal(json, whole(text));
    assert.ok(JSON.parse(json).turns.every((t: { place?: string }) => typeof t.place === 'string'), json);
  });
});
