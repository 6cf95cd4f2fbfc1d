import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyChanges, contextAround, reanchorTags, TextIndex, type Tag, type TagRecord, type TextChange } from '../../src/core/annotations';

/** A tag on the first occurrence of `quote` (or the n-th) in `text`, UTF-16 positions. */
function tagOn(text: string, quote: string, occurrence = 0, id = 't-00000001'): Tag {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `"${quote}" is not in the text`);
  return { id, category: 'factual-claim', quote, start, end: start + quote.length, ...contextAround(text, start, start + quote.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

/** The same tag as a sidecar stores it, code points in `text`. */
function recordOf(text: string, tag: Tag): TagRecord {
  const index = new TextIndex(text);
  return { ...tag, start: index.toCodePoint(tag.start), end: index.toCodePoint(tag.end) };
}

function edit(text: string, tags: Tag[], ...changes: TextChange[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  applyChanges(tags, changes, (s, e) => out.slice(Math.max(0, s), Math.max(0, e)));
  return out;
}

const words = (text: string, tag: Tag) => text.slice(tag.start, tag.end);

describe('tags following edits in the editor', () => {
  const text = 'Mayor: The barrier cost eleven million pounds, and it was finished on time.';

  it('typing before a tag keeps it on its words', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const after = edit(text, [tag], { start: 7, end: 7, text: 'Well, ' });
    assert.equal(words(after, tag), 'eleven million pounds');
  });

  it('typing right before or right after a tag does not stretch it', () => {
    const tag = tagOn(text, 'eleven million pounds');
    let after = edit(text, [tag], { start: tag.start, end: tag.start, text: 'about ' });
    after = edit(after, [tag], { start: tag.end, end: tag.end, text: ' sterling' });
    assert.equal(words(after, tag), 'eleven million pounds');
  });

  it('an edit inside the words stays inside the tag', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const at = text.indexOf('million');
    const after = edit(text, [tag], { start: at, end: at + 'million'.length, text: 'billion' });
    assert.equal(words(after, tag), 'eleven billion pounds');
    assert.equal(tag.status, 'anchored');
  });

  it('deleting some of the words keeps the tag on the rest', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const at = text.indexOf('cost ');
    const after = edit(text, [tag], { start: at, end: text.indexOf('million'), text: '' });
    assert.equal(words(after, tag), 'million pounds');
  });

  it('deleting all the words orphans the tag and keeps its quote', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const after = edit(text, [tag], { start: tag.start - 1, end: tag.end + 1, text: '' });
    assert.equal(tag.status, 'orphaned');
    assert.equal(tag.quote, 'eleven million pounds');
    assert.equal(tag.start, after.indexOf('cost') + 4);
  });

  it('undoing the deletion puts the tag back on its words', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const deleted = edit(text, [tag], { start: tag.start, end: tag.end, text: '' });
    const at = tag.start;
    const restored = edit(deleted, [tag], { start: at, end: at, text: 'eleven million pounds' });
    assert.equal(tag.status, 'anchored');
    assert.equal(words(restored, tag), 'eleven million pounds');
  });

  it('a reload that replaces the whole text finds the tag again where its surroundings prove it', () => {
    const long = 'Chair: Good morning to everyone here.\n\n' + text + '\n\nChair: Thank you, Mayor, for that answer.';
    const tag = tagOn(long, 'eleven million pounds');
    const reloaded = long.replace('Good morning', 'Good afternoon');
    edit(long, [tag], { start: 0, end: long.length, text: reloaded });
    assert.equal(tag.status, 'anchored');
    assert.equal(words(reloaded, tag), 'eleven million pounds');
  });

  it('a reload that adds text before a tag near the start finds it, reported moved (its start-of-text context changed)', () => {
    const tag = tagOn(text, 'eleven million pounds');
    const reloaded = 'Added above.\n' + text;
    edit(text, [tag], { start: 0, end: text.length, text: reloaded });
    assert.equal(tag.status, 'moved');
    assert.equal(words(reloaded, tag), 'eleven million pounds');
  });

  it('applies several changes of one event in order', () => {
    const tag = tagOn(text, 'finished');
    const after = edit(text, [tag], { start: text.length - 1, end: text.length - 1, text: 'XX' }, { start: 0, end: 0, text: 'YYY' });
    assert.equal(words(after, tag), 'finished');
  });

  it('under random edits, a tag whose words no edit touched still covers exactly those words', () => {
    const base = 'Q: Who pays? A: The council pays half and the state pays the rest. Q: When? A: In June.';
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 25 }),
        fc.nat(),
        fc.nat(12),
        (edits, at, len) => {
          let current = base;
          const start = at % (base.length - 1);
          const end = Math.min(base.length, start + 1 + len);
          const tag = tagOn(base, base.slice(start, end));
          tag.start = start;
          tag.end = end;
          const quote = base.slice(start, end);
          let touched = false;
          for (const [pos, del, ins] of edits) {
            const s = pos % (current.length + 1);
            const e = Math.min(current.length, s + del);
            // Touching: overlapping the words, or inside them.
            if (s < tag.end && e > tag.start) touched = true;
            if (del === 0 && s > tag.start && s < tag.end) touched = true;
            if (tag.status !== 'anchored' || tag.end - tag.start !== quote.length) touched = true;
            current = edit(current, [tag], { start: s, end: e, text: ins });
            if (!touched && current.slice(tag.start, tag.end) !== quote) return false;
          }
          return touched || current.slice(tag.start, tag.end) === quote;
        },
      ),
      { numRuns: 500 },
    );
  });

  it('moves ten thousand tags after one keystroke quickly', () => {
    const tags: Tag[] = Array.from({ length: 10000 }, (_, i) => ({ ...tagOn(text, 'eleven'), id: `t-${i}`, start: i * 100, end: i * 100 + 20 }));
    const started = performance.now();
    applyChanges(tags, [{ start: 5, end: 5, text: 'a' }]);
    assert.ok(performance.now() - started < 50);
    assert.equal(tags[9999]!.start, 999901);
  });
});

describe('finding tags again after an outside change', () => {
  const original = [
    'Mayor Ines Varga: The barrier cost eleven million pounds.',
    '',
    'We will open the pumping station before October.',
    '',
    'Question: Is it strong enough?',
    '',
    'Mayor Ines Varga: It was built for a storm like 2014. It was built for a storm like 2014, and more.',
  ].join('\n');

  function reanchor(before: string, after: string, ...tags: Tag[]): Tag[] {
    return reanchorTags(tags.map((t) => recordOf(before, t)), after);
  }

  it('leaves a tag whose words still stand at its old position there', () => {
    const [tag] = reanchor(original, original.replace('Is it strong', 'Is it tough'), tagOn(original, 'eleven million pounds'));
    assert.equal(tag!.status, 'anchored');
    assert.equal(tag!.start, original.indexOf('eleven'));
  });

  it('follows text added above, same words in the same surroundings: anchored', () => {
    const after = 'Transcript corrected on 9 April.\n\n' + original;
    const [tag] = reanchor(original, after, tagOn(original, 'pumping station'));
    assert.equal(tag!.status, 'anchored');
    assert.equal(after.slice(tag!.start, tag!.end), 'pumping station');
  });

  it('finds a moved paragraph and reports the tag as moved', () => {
    const paragraphs = original.split('\n\n');
    const after = [paragraphs[1], paragraphs[0], paragraphs[2], paragraphs[3]].join('\n\n');
    const [tag] = reanchor(original, after, tagOn(original, 'eleven million pounds'));
    assert.equal(after.slice(tag!.start, tag!.end), 'eleven million pounds');
    assert.equal(tag!.status, 'moved');
    assert.match(tag!.anchorNote!, /^Its words now stand at line 3, with different words around them \(\d+% of its surroundings agree\)\.$/);
  });

  it('chooses among repeated phrases by their surroundings', () => {
    const second = tagOn(original, 'It was built for a storm like 2014', 1);
    const after = 'New first line.\n' + original.replace('Question:', 'Q:');
    const [tag] = reanchor(original, after, second);
    assert.equal(tag!.start, after.lastIndexOf('It was built for a storm like 2014'));
    assert.equal(tag!.status, 'anchored');
  });

  it('orphans a tag whose sentence was replaced, even when a copy of its words stands nearby', () => {
    const first = tagOn(original, 'It was built for a storm like 2014', 0);
    const after = original.replace('Mayor Ines Varga: It was built for a storm like 2014. ', 'Mayor Ines Varga: Certainly. ');
    const [tag] = reanchor(original, after, first);
    assert.equal(tag!.status, 'orphaned');
    assert.equal(tag!.quote, 'It was built for a storm like 2014');
  });

  it('finds words that changed a little and says how similar they are', () => {
    const after = original.replace('We will open the pumping station before October.', 'We will open the new pumping station before October.');
    const [tag] = reanchor(original, after, tagOn(original, 'We will open the pumping station before October'));
    assert.equal(tag!.status, 'moved');
    assert.equal(after.slice(tag!.start, tag!.end), 'We will open the new pumping station before October');
    assert.match(tag!.anchorNote!, /\d+% similar, at least 80% needed/);
  });

  it('orphans a tag whose passage was deleted, keeping its quote, and never moves it to a lookalike', () => {
    const after = original.replace('We will open the pumping station before October.', 'We will consider a pumping plan in due course.');
    const [tag] = reanchor(original, after, tagOn(original, 'open the pumping station before October'));
    assert.equal(tag!.status, 'orphaned');
    assert.equal(tag!.quote, 'open the pumping station before October');
    assert.equal(tag!.start, tag!.end);
  });

  it('keeps every other tag on its words around a deleted passage, reporting those whose surroundings changed', () => {
    const tags = [tagOn(original, 'eleven million pounds', 0, 't-1'), tagOn(original, 'pumping station', 0, 't-2'), tagOn(original, 'strong enough', 0, 't-3'), tagOn(original, 'and more', 0, 't-4')];
    const after = original.replace('We will open the pumping station before October.\n\n', '');
    const found = reanchor(original, after, ...tags);
    assert.deepEqual(found.map((t) => [t.id, t.status, t.status === 'orphaned' ? t.quote : after.slice(t.start, t.end)]), [
      // The deleted passage was in its surroundings after it: reported.
      ['t-1', 'moved', 'eleven million pounds'],
      ['t-2', 'orphaned', 'pumping station'],
      // Its words stand, but the deleted passage was part of its surroundings: reported.
      ['t-3', 'moved', 'strong enough'],
      ['t-4', 'anchored', 'and more'],
    ]);
  });

  it('finds emoji and Cyrillic quotes by code points', () => {
    const before = 'Мэр: 👋 Привет! Мы построим мост 🌉 к маю.';
    const tag = tagOn(before, 'мост 🌉');
    const after = '🎉🎉 ' + before;
    const [found] = reanchor(before, after, tag);
    assert.equal(after.slice(found!.start, found!.end), 'мост 🌉');
  });
});
