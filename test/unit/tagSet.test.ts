import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addTag,
  changesTag,
  editTag,
  fitTag,
  keepTag,
  nextTag,
  previousTag,
  removeTag,
  restoreTag,
  tagUnder,
  type Tag,
  type TagSet,
} from '../../src/core/annotations';

const TEXT = 'Mayor Okafor: The ferry will run every hour from June, and fares stay at two euros.';
const BEFORE = '2026-03-01T10:00:00.000Z';
const NOW = '2026-03-02T09:30:00.000Z';

/** A tag on the first occurrence of `words` in TEXT. */
function tagOn(id: string, words: string, fields: Partial<Tag> = {}): Tag {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, `"${words}" is not in the text`);
  return { id, category: 'commitment', quote: words, prefix: '', suffix: '', speaker: 'Mayor Okafor', section: null, created: BEFORE, modified: BEFORE, status: 'anchored', start, end: start + words.length, ...fields };
}

const ferry = tagOn('t-00000001', 'The ferry will run every hour from June');
const hour = tagOn('t-00000002', 'every hour');
const fares = tagOn('t-00000003', 'fares stay at two euros', { note: 'check the tariff', verdict: 'True' });
const set = (): TagSet => Object.freeze({ tags: Object.freeze([ferry, hour, fares]), removed: Object.freeze([]) });

describe('tag set: add, edit, remove, restore', () => {
  it('adds a tag to a new set, leaving the old one as it was', () => {
    const before = set();
    const extra = tagOn('t-00000004', 'two euros');
    const { set: after, tag } = addTag(before, extra);
    assert.equal(tag, extra);
    assert.deepEqual(after.tags.map((t) => t.id), ['t-00000001', 't-00000002', 't-00000003', 't-00000004']);
    assert.equal(before.tags.length, 3);
  });

  it('edits the category, note, verdict and source in one step and stamps the time', () => {
    const { set: after, tag } = editTag(set(), 't-00000001', { category: 'prediction', note: ' weekly? ', verdict: 'Misleading', source: 'https://example.org/ferry' }, NOW);
    assert.deepEqual(
      { category: tag?.category, note: tag?.note, verdict: tag?.verdict, source: tag?.source, modified: tag?.modified },
      { category: 'prediction', note: 'weekly?', verdict: 'Misleading', source: 'https://example.org/ferry', modified: NOW },
    );
    assert.equal(after.tags[0], tag);
  });

  it('never changes the tag it edits in place', () => {
    const before = set();
    editTag(before, 't-00000003', { note: '' }, NOW);
    assert.equal(before.tags[2]!.note, 'check the tariff');
    assert.equal(fares.modified, BEFORE);
  });

  it('removes an optional field given as empty text, and keeps the fields not given', () => {
    const { tag } = editTag(set(), 't-00000003', { note: '  ' }, NOW);
    assert.equal('note' in tag!, false);
    assert.equal(tag?.verdict, 'True');
  });

  it('sets, corrects and forgets the speaker', () => {
    assert.equal(editTag(set(), 't-00000001', { speaker: 'Deputy Mayor Lind' }, NOW).tag?.speaker, 'Deputy Mayor Lind');
    assert.equal(editTag(set(), 't-00000001', { speaker: null }, NOW).tag?.speaker, null);
    assert.equal(editTag(set(), 't-00000001', { speaker: ' ' }, NOW).tag?.speaker, null);
  });

  it('keeps the category when it is given as empty text', () => {
    assert.equal(editTag(set(), 't-00000001', { category: '' }, NOW).tag?.category, 'commitment');
  });

  it('tells whether an edit changes anything', () => {
    assert.equal(changesTag(fares, { note: 'check the tariff', verdict: 'True' }), false);
    assert.equal(changesTag(fares, { verdict: 'False' }), true);
    assert.equal(changesTag(ferry, { speaker: 'Mayor Okafor' }), false);
  });

  it('acts on nothing when the id is unknown', () => {
    const change = editTag(set(), 't-ffffffff', { note: 'x' }, NOW);
    assert.equal(change.tag, undefined);
    assert.deepEqual(change.set.tags, [...set().tags]);
  });

  it('removes a tag to the removed list and restores the last removed one', () => {
    const removed = removeTag(set(), 't-00000002');
    assert.deepEqual(removed.set.tags.map((t) => t.id), ['t-00000001', 't-00000003']);
    assert.deepEqual(removed.set.removed.map((t) => t.id), ['t-00000002']);
    const again = removeTag(removed.set, 't-00000003');
    const restored = restoreTag(again.set);
    assert.equal(restored.tag?.id, 't-00000003');
    assert.deepEqual(restored.set.removed.map((t) => t.id), ['t-00000002']);
  });

  it('restores a removed tag by its id', () => {
    const removed = removeTag(removeTag(set(), 't-00000001').set, 't-00000002').set;
    const restored = restoreTag(removed, 't-00000001');
    assert.deepEqual(restored.set.tags.map((t) => t.id).sort(), ['t-00000001', 't-00000003']);
    assert.deepEqual(restored.set.removed.map((t) => t.id), ['t-00000002']);
  });

  it('restores nothing when nothing was removed', () => {
    assert.equal(restoreTag(set()).tag, undefined);
  });

  it('removing then restoring gives back the same tags, for any order of removals', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['t-00000001', 't-00000002', 't-00000003']), (ids) => {
        let s: TagSet = set();
        for (const id of ids) s = removeTag(s, id).set;
        for (let i = 0; i < ids.length; i++) s = restoreTag(s).set;
        return s.removed.length === 0 && [...s.tags].sort((a, b) => a.start - b.start || a.end - b.end).map((t) => t.id).join() === set().tags.map((t) => t.id).join();
      }),
    );
  });
});

describe('tag set: fitting a tag to other words', () => {
  it('moves the tag, its quote and its context, and places it', () => {
    const lost = tagOn('t-00000005', 'two euros', { status: 'orphaned', anchorNote: 'Its words are no longer in the transcript.' });
    const start = TEXT.indexOf('two euros');
    const { tag } = fitTag({ tags: [lost], removed: [] }, lost.id, TEXT, start - 3, start + 9, NOW);
    assert.equal(tag?.quote, 'at two euros');
    assert.equal(tag?.prefix.endsWith('fares stay '), true);
    assert.equal(tag?.suffix, '.');
    assert.equal(tag?.status, 'anchored');
    assert.equal('anchorNote' in tag!, false);
    assert.equal(lost.status, 'orphaned');
  });

  it('accepts a moved tag where it is', () => {
    const moved = { ...hour, status: 'moved' as const, anchorNote: 'Found on other words.' };
    const { tag } = keepTag({ tags: [moved], removed: [] }, moved.id, NOW);
    assert.equal(tag?.status, 'anchored');
    assert.equal(tag?.modified, NOW);
    assert.equal('anchorNote' in tag!, false);
  });
});

describe('tag set: the tag under the cursor, next and previous', () => {
  const at = (words: string) => TEXT.indexOf(words);

  it('takes the innermost tag under the cursor', () => {
    assert.equal(tagUnder(set().tags, at('hour'), at('hour'))?.id, 't-00000002');
    assert.equal(tagUnder(set().tags, at('ferry'), at('ferry'))?.id, 't-00000001');
  });

  it('takes a tag when the cursor is just after its last character', () => {
    const end = at('two euros') + 'two euros'.length;
    assert.equal(tagUnder(set().tags, end, end)?.id, 't-00000003');
  });

  it('takes the tag a selection touches', () => {
    assert.equal(tagUnder(set().tags, at('and fares'), at('and fares') + 9)?.id, 't-00000003');
  });

  it('finds nothing between tags, nor on an orphaned tag', () => {
    const between = at(', and');
    assert.equal(tagUnder(set().tags, between + 1, between + 1), undefined);
    const orphan = { ...fares, status: 'orphaned' as const };
    assert.equal(tagUnder([orphan], at('fares'), at('fares')), undefined);
  });

  it('steps to the next and previous tag in reading order, skipping orphaned ones', () => {
    const tags = [fares, hour, ferry, { ...tagOn('t-00000009', 'from June'), status: 'orphaned' as const }];
    assert.equal(nextTag(tags, 0)?.id, 't-00000001');
    assert.equal(nextTag(tags, at('The ferry'))?.id, 't-00000002');
    assert.equal(nextTag(tags, at('every'))?.id, 't-00000003');
    assert.equal(nextTag(tags, at('fares')), undefined);
    assert.equal(previousTag(tags, TEXT.length)?.id, 't-00000003');
    assert.equal(previousTag(tags, at('fares'))?.id, 't-00000002');
    assert.equal(previousTag(tags, at('The ferry')), undefined);
  });
});
