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
import { paragraphText, recordAt, recordOn } from './tagRecords';

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

  it('a tag over a cue whose timestamps lost their hours of zero stays anchored on its cue: the hours are a difference of form', () => {
    const cues = [
      '00:00:01,000 --> 00:00:03,500\nRIVA: The bridge reopens in May.',
      '00:00:03,900 --> 00:00:06,200\nOKAFOR: Only for cars, not for lorries.',
      '00:00:06,400 --> 00:00:09,000\nRIVA: Lorries wait until the autumn.',
    ];
    const before = cues.join('\n\n') + '\n';
    const after = before.replace(/00:(\d\d:\d\d),(\d{3})/g, '$1.$2');
    const quote = '00:00:03,900 --> 00:00:06,200\nOKAFOR: Only for cars, not for lorries.';
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.match(after.slice(tag!.start, tag!.end), /^\s*00:03\.900 --> 00:06\.200\nOKAFOR: Only for cars, not for lorries\.$/);
  });

  it("a timestamp's hours of zero compare as nothing, written or dropped; other hours and other numbers stay", () => {
    assert.equal(normalized('00:01:02.500 --> 00:01:04.250'), normalized('01:02.500 --> 01:04.250'));
    assert.equal(normalized('at 0:12:30'), normalized('at 12:30'));
    assert.equal(normalized('01:00:05 and 100:01:02 and 00:01 and 2,00:01:02'), '01:00:05 and 100:01:02 and 00:01 and 2,00:01:02');
  });

  it('a tag on the seconds of a timestamp stays anchored when the hours before it are dropped (its prefix ends with them)', () => {
    const cues = [
      '7\n00:01:30,000 --> 00:01:34,395\nMORA: We counted every ballot twice.',
      '8\n00:01:34,395 --> 00:01:38,020\nLEE: And the second count agreed?',
      '9\n00:01:38,020 --> 00:01:41,500\nMORA: To the last vote.',
    ];
    const before = paragraphText(cues);
    const after = before.replace(/00:(\d\d:\d\d),(\d{3})/g, '$1.$2');
    const at = before.indexOf('34,395 --> 00:01:38');
    const [tag] = reanchorTags([recordAt(before, at, at + 6)], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), '34.395');
    assert.equal(after.slice(tag!.end, tag!.end + 10), ' --> 01:38');
  });

  it('a tag whose stored side was cut inside a timestamp stays anchored when the text drops that timestamp\'s hours', () => {
    const para = (k: number) => `[00:0${k}:15] HOST: The ferry runs on time ${k} days in ${k + 1}, and the tickets cost the same as last year.`;
    const before = paragraphText([para(1), para(2), para(3)]);
    const after = before.replace(/\[00:/g, '[');
    // The tag ends where its stored suffix (32 code points) stops inside the next paragraph's timestamp, at its hours.
    const end = before.indexOf('[00:02') + '[00:0'.length - 32;
    const start = before.indexOf('HOST');
    const quote = before.slice(start, end);
    const record = recordAt(before, start, end);
    assert.match(record.suffix, /\[00:0$/);
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), quote);
  });

  it("a list's bullet between spaces compares as nothing; one inside a word stays", () => {
    assert.equal(normalized('done.\n\n• MORA: Next.'), normalized('done.\n\nMORA: Next.'));
    assert.equal(normalized('a•b'), 'a•b');
  });

  it('a tag over two turns stays anchored when every paragraph is made an item of a bulleted list', () => {
    const before = paragraphText(['MORA: We counted every ballot twice.', 'LEE: And the second count agreed?', 'MORA: To the last vote.']);
    const after = paragraphText(['• MORA: We counted every ballot twice.', '• LEE: And the second count agreed?', '• MORA: To the last vote.']);
    const [tag] = reanchorTags([recordOn(before, 'twice.\n\nLEE: And the second')], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'twice.\n\n• LEE: And the second');
  });
  it("an ordered list's number at the start of a line is layout, one in the middle of a line is words", () => {
    assert.equal(normalized('first point.\n\n2. Second point.'), normalized('first point.\n\nSecond point.'));
    assert.equal(normalized('  14.\tIndented item'), normalized('  Indented item'));
    assert.equal(normalized('see chapter 3. Then we left'), 'see chapter 3. Then we left');
    // A year or a decimal is no list's number.
    assert.equal(normalized('2019. A good year'), '2019. A good year');
    assert.equal(normalized('3.5 metres'), '3.5 metres');
  });

  it('a tag across paragraphs stays anchored when the paragraphs are made items of a numbered list', () => {
    const paragraphs = ['MARA: The ferry left late that morning.', 'JONAS: Because of the fog, I suppose?', 'MARA: Yes, the fog and a broken ramp.', 'JONAS: And the passengers waited on the quay.'];
    const before = `${paragraphs.join('\n\n')}\n`;
    const after = `${paragraphs.map((p, k) => `${k + 1}. ${p}`).join('\n\n')}\n`;
    const [tag] = reanchorTags([recordOn(before, 'I suppose?\n\nMARA: Yes, the fog')], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'I suppose?\n\n3. MARA: Yes, the fog');
  });
  it("a tag on nothing but a timestamp's hours of zero is orphaned when the re-scrape drops the hours, not put on the minutes", () => {
    const cues = ['1\n00:00:04,100 --> 00:00:06,900\nMara: We open the hall at nine.', '2\n00:00:07,200 --> 00:00:09,800\nJonas: And the kitchen at ten.', '3\n00:00:10,000 --> 00:00:12,400\nMara: Keys are with the caretaker.'];
    const before = paragraphText(cues);
    // The hours of the second cue's start, alone.
    const at = before.indexOf('00:00:07,200');
    const after = before.replace(/\b00:(\d\d:\d\d)/g, '$1').replace('We open', 'We opan');
    const [tag] = reanchorTags([recordAt(before, at, at + 2)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}” in “${after.slice(tag!.start - 10, tag!.end + 10)}”`);
    assert.match(tag!.anchorNote!, /hours of zero/);
  });

  it("a tag on nothing but a timestamp's hours of zero is still found on them when the text around changed", () => {
    const cues = ['1\n00:00:04,100 --> 00:00:06,900\nMara: We open the hall at nine.', '2\n00:00:07,200 --> 00:00:09,800\nJonas: And the kitchen at ten.'];
    const before = paragraphText(cues);
    const at = before.indexOf('00:00:07,200');
    const after = before.replace('We open the hall', 'We open the main hall').replace(/\n/g, '\r\n');
    const [tag] = reanchorTags([recordAt(before, at, at + 2)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end + 10), '00:00:07,200');
  });
});
