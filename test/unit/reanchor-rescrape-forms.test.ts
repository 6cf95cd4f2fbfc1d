/**
 * Differences of form a re-scrape brings that say nothing about the words:
 * HTML character references written or decoded (`it&#39;s` for `it's`,
 * `&amp;` for `&`), a caption file converted between SRT and WebVTT (the
 * decimal comma of its timestamps a point), and changed words whose edge is
 * the space their unchanged side ends with. The cases the harder re-scrape
 * runs found, in words of our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalized, reanchorTags } from '../../src/core/annotations';
import { recordOn } from './tagRecords';

describe('re-anchoring across differences of form a re-scrape brings', () => {
  it('HTML character references compare as the characters they name', () => {
    assert.equal(normalized('it&#39;s R&amp;D, &quot;done&quot; &#x2019;now&apos;'), `it's R&D, "done" 'now'`);
    assert.equal(normalized('fish &amp; chips'), normalized('fish & chips'));
  });

  it('an ampersand that starts no reference stays itself', () => {
    assert.equal(normalized('Q&A & more &rsquo; &#0;'), 'Q&A & more &rsquo; &#0;');
  });

  it('a non-breaking space written as a reference is one space with the spaces around it', () => {
    assert.equal(normalized('a &nbsp; b'), 'a b');
  });

  it('a tag stays anchored when the page is scraped again with its apostrophes and ampersands written as references', () => {
    const before = "HOST: Welcome back. Today we're talking about R&D budgets, and it's not a small sum.\n\nGUEST: It isn't. We doubled it.\n";
    const after = before.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    const [tag] = reanchorTags([recordOn(before, "R&D budgets, and it's not a small sum")], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'R&amp;D budgets, and it&#39;s not a small sum');
  });

  it("a caption's timestamps with a decimal comma compare as with a point (SRT converted to WebVTT)", () => {
    assert.equal(normalized('00:01:02,500 --> 00:01:04,250'), normalized('00:01:02.500 --> 00:01:04.250'));
    // A comma that is not a timestamp's stays: a number in a sentence is left as written.
    assert.equal(normalized('1,500 people'), '1,500 people');
  });

  it('a tag over a cue whose timestamps lost their hours stays on its cue, found beside the unchanged text before it', () => {
    const cues = [
      '00:00:01,000 --> 00:00:03,500\nRIVA: The bridge reopens in May.',
      '00:00:03,900 --> 00:00:06,200\nOKAFOR: Only for cars, not for lorries.',
      '00:00:06,400 --> 00:00:09,000\nRIVA: Lorries wait until the autumn.',
    ];
    const before = cues.join('\n\n') + '\n';
    const after = before.replace(/00:(\d\d:\d\d),(\d{3})/g, '$1.$2');
    const quote = '00:00:03,900 --> 00:00:06,200\nOKAFOR: Only for cars, not for lorries.';
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.match(after.slice(tag!.start, tag!.end), /^\s*00:03\.900 --> 00:06\.200\nOKAFOR: Only for cars, not for lorries\.$/);
  });
});
