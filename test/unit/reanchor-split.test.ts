/**
 * Two cases the combined-edit property runs found, in words of our own: a
 * tag's words split by a paragraph put between them while page furniture
 * elsewhere looks like them, and a short tag whose next paragraph was moved
 * away. Neither may land on other words; the second stays on its own. And
 * one the outside transcripts showed: a paragraph copied right before itself,
 * the original then corrected, is no paragraph put inside a tag's words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { recordAt, recordOn } from './tagRecords';

/** A block of a legislative record that repeats but for the committee's name and the day. */
const block = (committee: string, day: string) =>
  `  The PRESIDING OFFICER. Without objection, it is so ordered.\n\n\n                 ${committee}\n\n  Mr. OKONJO. Madam President, I ask unanimous consent that the ${committee} be authorized to meet on ${day}.\n`;

describe('re-anchoring when the words were split or their surroundings went elsewhere', () => {
  it('is not placed on look-alike page furniture when its own words stand in two pieces with a paragraph put between them', () => {
    const before = block('Committee on Harbour Works', 'Monday') + block('Committee on Energy', 'Tuesday');
    const quote = 'objection, it is so ordered.\n\n\n                 Committee on Harbour Works\n\n  Mr. OKONJO. Madam President,';
    // The second block's words are 86 % like the quote, with both sides the same; the tag's own are split.
    const after = before.replace('Committee on Harbour Works\n\n', 'Committee on Harbour Works\n\nSelect Committee on Lighthouses\n\n');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    assert.equal(tag!.candidates, undefined);
    assert.match(tag!.anchorNote!, /two pieces with other text put between them \(\d+ characters\), at line 1;/);
  });

  it('is still placed on its own words when what was put between them leaves them 80 % alike', () => {
    const before = block('Committee on Harbour Works', 'Monday') + block('Committee on Energy', 'Tuesday');
    const quote = 'objection, it is so ordered.\n\n\n                 Committee on Harbour Works\n\n  Mr. OKONJO. Madam President,';
    const after = before.replace('Committee on Harbour Works\n\n', 'Committee on Harbour Works (2)\n\n');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.match(after.slice(tag!.start, tag!.end), /Harbour Works \(2\)/);
  });

  it('a short tag whose next paragraph was moved away, a letter dropped before it, stays on its words', () => {
    const before = 'Host: Most weeks we try to stay out on the lake, either rowing or sailing\n\nGuest: A hundred boats and more, all summer long.\n\nHost: And in the winter?\n\nGuest: We mend the sails and wait for the ice to go.';
    const record = recordOn(before, 'sailing');
    const moved = '\n\nGuest: A hundred boats and more, all summer long.';
    // The side after the tag now stands at the end, beside other words: it says nothing against the side before.
    const after = before.replace('either', 'eiher').replace(moved, '') + moved;
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'sailing');
    assert.equal(tag!.start, after.indexOf('sailing'));
  });

  it('a paragraph copied right before itself, its original then corrected, does not cut the words of a tag that runs out of it', () => {
    const para = 'The ferry to the island was cancelled twice last winter, and the harbour board has promised a second boat.';
    const before = `Mayor: Thank you all for coming tonight.\n\n${para}\n\nWe will publish the timetable in March, once the board has met again.`;
    const quote = 'island was cancelled twice last winter, and the harbour board has promised a second boat.\n\nWe will publish';
    // The copy stands first, as it was; the original after it has its spelling changed (“harbour” made “harbor”).
    const after = before.replace(para, `${para}\n\n${para.replace('harbour', 'harbor')}`);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    const own = after.lastIndexOf('island was');
    // Its words stand once, a letter changed, where they were, after the copy: never orphaned without that place.
    if (tag!.status === 'orphaned') assert.deepEqual(tag!.candidates, [{ start: own, end: own + quote.length - 1 }], tag!.anchorNote);
    else assert.equal(tag!.start, own);
  });
  it('word timings with a page header put inside a tag’s words: not placed on the look-alike timings just before, it waits with both', () => {
    const words = ['we', 'will', 'also', 'need', 'to', 'be', 'patient', 'with', 'the', 'ferry', 'crews', 'now'];
    // Each word's timing as a speech recogniser writes it: the keys around every value are the same few characters.
    const timing = (w: string, k: number) => `        {\n          "start": ${(310.4 + k * 0.5).toFixed(1)},\n          "end": ${(310.8 + k * 0.5).toFixed(1)},\n          "word": "${w}"\n        }`;
    const before = `[\n${words.map(timing).join(',\n')}\n]\n`;
    const from = before.indexOf('311.9,');
    const to = before.indexOf('312.9,') + '312.9,'.length;
    // The re-scrape put a page header after the brace that opens the third word's timing, and Windows line ends.
    const after = before.replace('{\n          "start": 312.9,', '{\nOfficial transcript - page 2\n          "start": 312.9,').replace(/\n/g, '\r\n');
    const [tag] = reanchorTags([recordAt(before, from, to)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    assert.deepEqual(tag!.candidates?.map((c) => after.slice(c.start, c.start + 6)), ['310.9,', '311.9,']);
  });
});
