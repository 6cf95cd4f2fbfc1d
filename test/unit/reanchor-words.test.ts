/**
 * Tags found by their words after many small changes at once: the examples
 * of issue 24, in words of our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, reanchorTags, TextIndex, type TagRecord } from '../../src/core/annotations';

/** The tag on `quote` in `text`, as a sidecar stores it. */
function recordOn(text: string, quote: string, id = 't-1'): TagRecord {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, `“${quote}” is not in the text`);
  const index = new TextIndex(text);
  return { id, category: 'c', quote, start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), ...contextAround(text, at, at + quote.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

const SENTENCES = [
  'Chair: We will now hear from the harbour authority about the flood defences.',
  'Director Lena Moss: Thank you. The barrier has been tested twice this winter.',
  'It’s totally ready for the spring tides, and we’ve checked every gate by hand.',
  'The pumps were replaced last year at a cost of four million.',
  'Chair: And the northern wall?',
  'Director Lena Moss: The northern wall is next; the work starts in May and ends in August.',
];

describe('re-anchoring by words after a re-scrape', () => {
  it('a fixed typo, a changed apostrophe and a sentence deleted beside the tag together still find it', () => {
    const before = SENTENCES.join(' ');
    const quote = 'It’s totally ready for the spring tides, and we’ve checked every gate by hand.';
    const after = SENTENCES.filter((_, k) => k !== 1).join(' ').replace('It’s totally', "It's totelly").replace('we’ve', "we've").replace(/ /g, (m, at: number) => (at % 7 === 0 ? '\u00a0' : m));
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved');
    assert.equal(after.slice(tag!.start, tag!.end), "It's totelly ready for the spring tides, and we've checked every gate by hand.");
    assert.match(tag!.anchorNote!, /no longer in the transcript.*% (similar|alike)/);
  });

  it('a long passage that lost a sentence and gained a line of boilerplate is found, its note giving the old words', () => {
    const long = Array.from({ length: 60 }, (_, k) => `Point ${k + 1}: the council will publish the figures for district ${k + 1} and answer questions about them in writing.`).join(' ');
    const before = `Chair: Opening statement.\n\n${long}\n\nChair: Questions.`;
    const lost = 'Point 30: the council will publish the figures for district 30 and answer questions about them in writing. ';
    const after = before.replace(lost, '').replace('Point 45:', 'Advertisement. Point 45:');
    const [tag] = reanchorTags([recordOn(before, long)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), long.replace(lost, '').replace('Point 45:', 'Advertisement. Point 45:'));
  });

  it('a tag whose words were deleted is orphaned, not moved to a passage with similar surroundings', () => {
    const before = 'Q: Did you leave the paper in May? A: Yes. Q: Did you start the firm after you left the paper in May? A: Yes, soon after.';
    const record = recordOn(before, 'A: Yes.');
    const after = before.replace('A: Yes. ', '');
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'orphaned');
  });

  it('a long tag that ends the file is found by its words when its last paragraph was copied elsewhere, the copy holding only part of them', () => {
    // Numbered sentences, so that every three words stand once; the last paragraph is three quarters of the tag.
    const said = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => `Point ${from + k}: the council will report on the harbour wall number ${from + k} by the end of the season.`).join(' ');
    const paragraphs = [`Chair: ${said(0, 4)}`, `Member: ${said(4, 8)}`, `Chair: ${said(8, 12)}`, `Member: ${said(12, 20)}`, `Engineer: ${said(20, 50)}`];
    const before = paragraphs.join('\n\n');
    const quote = paragraphs.slice(3).join('\n\n');
    // A re-scrape: the last paragraph copied after the first, and a letter changed in every hundred of the tag's own.
    const copied = [paragraphs[0], paragraphs[4], ...paragraphs.slice(1)].join('\n\n');
    const own = copied.lastIndexOf(paragraphs[3]!);
    const after = copied.slice(0, own) + copied.slice(own).replace(/e(.{99})/gs, 'a$1');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(tag!.start, own);
    assert.equal(tag!.end, after.length);
  });
});
