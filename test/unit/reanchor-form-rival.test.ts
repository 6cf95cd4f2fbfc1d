/**
 * A fast exact hit is not proof when the tag's own copy only changed in
 * form: a passage said twice, the tagged copy now with a non-breaking space,
 * the other copy exactly as the tag stored it. The tag must not land on the
 * other copy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, reanchorTags, TextIndex, type TagRecord } from '../../src/core/annotations';

const ITEM = 'Clerk: Item four, the motion on the harbour lights, was carried by nine votes to two after a short debate on the cost.';

function recordOn(text: string, at: number, words: string): TagRecord {
  const index = new TextIndex(text);
  return { id: 't-1', category: 'claim', quote: words, start: index.toCodePoint(at), end: index.toCodePoint(at + words.length), ...contextAround(text, at, at + words.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

describe('a passage said twice, the tagged copy changed only in form', () => {
  it('the tag is not placed on the other copy', () => {
    const before = `Chair: We begin.\n\n${ITEM}\n\nChair: Some time later the clerk read the record again.\n\n${ITEM}\n\nChair: Thank you.`;
    const words = 'carried by nine votes to two';
    const own = before.indexOf(words);
    const other = before.lastIndexOf(words);
    // A re-scrape put a non-breaking space in the first copy only.
    const after = before.slice(0, own) + words.replace('nine votes', 'nine\u00a0votes') + before.slice(own + words.length);
    const [tag] = reanchorTags([recordOn(before, own, words)], after);
    assert.ok(tag!.status === 'orphaned' || tag!.start === own, `placed at ${tag!.start}: ${JSON.stringify(after.slice(tag!.start, tag!.end))} (its own copy is at ${own}, the other at ${other})`);
    if (tag!.status === 'orphaned') assert.ok((tag!.candidates ?? []).some((c) => c.start === own), `its own copy is among the candidates: ${JSON.stringify(tag!.candidates)}`);
  });
});
