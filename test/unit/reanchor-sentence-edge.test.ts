/**
 * Short words that open a sentence, said again at the start of the next one: when the sentence that held a tag's
 * words is deleted, the next sentence's first words stand right after the tag's side before, as its own did. Nothing
 * tells them from the tag's own words kept with the rest of their sentence deleted, so the tag waits with that place
 * as its one candidate instead of being put there by chance. Where the rest of the side after still agrees, the
 * words are the tag's own and it is placed. Words standing once whose surroundings agree just up to their
 * sentence's edges moved with their sentence (two sentences swapped): the tag follows them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { paragraphText, recordAt } from './tagRecords';

const PLEDGE = 'Chair: We close with the pledge of the board. Let us be patient with the crews this winter. Let us be fair to the people who wait on the pier. Let us keep the night boat running. That is all for today.';
const OTHER = 'Reporter: Will the pledge be printed in the paper?';

/** The tag on the `n`-th (from 0) “Let us” of the text. */
function tagOnLetUs(text: string, n: number) {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf('Let us', at + 1);
  return recordAt(text, at, at + 'Let us'.length);
}

describe('a tag\'s words at the edges of sentences', () => {
  const before = paragraphText([PLEDGE, OTHER]);

  it('the sentence they opened deleted: the tag waits with the next sentence’s words as its one candidate', () => {
    const record = tagOnLetUs(before, 1);
    const after = before.replace(' Let us be fair to the people who wait on the pier.', '');
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end + 20)}”, not left to choose`);
    assert.deepEqual(tag!.candidates?.map((c) => c.start), [after.indexOf('Let us keep')]);
    assert.match(tag!.anchorNote ?? '', /^Ambiguous: .*their own sentence deleted/);
  });

  it('a letter changed in the rest of their sentence: the tag is placed on its own words', () => {
    const record = tagOnLetUs(before, 1);
    const after = before.replace('fair to the people', 'fair to the peaple');
    const [tag] = reanchorTags([record], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(tag!.start, after.indexOf('Let us be fair'));
  });
  it('words standing once, their sentence swapped with the next one: the tag follows its sentence', () => {
    const talk = 'Host: How did the winter go at the harbour, then? Everyone kept asking about it at the market. He was using this old rope trick to tie the boat to the post. She learnt it from a fisherman in the north years ago. Nobody else on the pier bothered.';
    const text = paragraphText([talk, OTHER]);
    const at = text.indexOf('using this old rope');
    const record = recordAt(text, at, at + 'using this old rope trick to tie the boat to the'.length);
    const swapped = talk.replace('He was using this old rope trick to tie the boat to the post. She learnt it from a fisherman in the north years ago.', 'She learnt it from a fisherman in the north years ago. He was using this old rope trick to tie the boat to the post.');
    const after = paragraphText([swapped, OTHER]);
    const [tag] = reanchorTags([record], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(tag!.start, after.indexOf('using this old rope'));
  });
});
