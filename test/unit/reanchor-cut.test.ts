/**
 * A tag over a line break whose paragraph moved: the words before the break
 * went with the paragraph, the words after it stayed. Where the words after
 * the break are repeated text (a speaker's label), the moved part is followed
 * by the same label again, and that place looks like the tag's with one side
 * agreeing; it is not. The case the combined-edit property runs found, in
 * words of our own, and the move that cuts nothing, which must still be found.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { recordOn, paragraphText as textOf } from './tagRecords';

const paragraphs = [
  'SPEAKER_00: Welcome back. Could the two of you say who you are before we start?',
  'SPEAKER_01: Sure. I am the head of research at Lantern Freight.',
  'SPEAKER_02: And I run the night desk, mostly the customs paperwork.',
  'SPEAKER_00: Good. Last time we stopped at the strike in the spring, so let us pick it up from there.',
  'SPEAKER_01: It started on a Tuesday, as I remember it, with the crane operators walking out.',
];

describe('re-anchoring a tag whose paragraph moved away from part of its words', () => {
  it('is not placed on its first words followed by another speaker’s label, and says why', () => {
    const before = textOf(paragraphs);
    const quote = 'Lantern Freight.\n\nSPEAKER';
    // The second paragraph moved after the fourth: “Lantern Freight.” is now followed by “SPEAKER_01”, while the
    // tag’s own label, with its side “_02: And I run the night desk”, stayed where it was.
    const after = textOf([paragraphs[0]!, paragraphs[2]!, paragraphs[3]!, paragraphs[1]!, paragraphs[4]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    assert.match(tag!.anchorNote!, /cut in two where a paragraph moved/);
  });

  it('is not placed on its last words preceded by another paragraph’s end, when the beginning stayed', () => {
    const before = textOf(paragraphs);
    const quote = 'paperwork.\n\nSPEAKER_00: Good. Last time';
    // The fourth paragraph moved to the end: the tag’s “paperwork.” and its side stayed, its label and words went.
    const after = textOf([paragraphs[0]!, paragraphs[1]!, paragraphs[2]!, paragraphs[4]!, paragraphs[3]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    if (tag!.status !== 'orphaned') assert.ok(after.slice(tag!.start, tag!.end).startsWith('paperwork.'), `placed on “${after.slice(tag!.start, tag!.end)}”`);
  });

  it('a tag that ends its paragraph is found where the paragraph moved, though the paragraph before its old place ends like it', () => {
    const ps = ['SPEAKER_00: So we fixed it.', 'SPEAKER_01: Then the harbour board said we would have to pay for it.', 'SPEAKER_00: Who paid, in the end?', 'SPEAKER_01: Nobody, as far as I know.'];
    const before = textOf(ps);
    const quote = 'said we would have to pay for it.';
    const after = textOf([ps[0]!, ps[2]!, ps[1]!, ps[3]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), quote);
  });

  it('a line of page furniture put between a caption’s words and the next cue’s hours of zero cuts nothing: the tag stays on its words', () => {
    const before = [
      'WEBVTT',
      '',
      '00:04:10.000 --> 00:04:13.000',
      '[Guest]: The river has flooded the lower town twice since May.',
      '',
      '00:04:13.000 --> 00:04:17.000',
      '[Host]: And what did the council do about it, if anything?',
    ].join('\n');
    // The tag runs from the caption's last words into the next cue's timing, taking its hours of zero with it.
    const quote = 'twice since May.\n\n00';
    const after = before.replace('May.\n', 'May.\nOfficial transcript, page 3\n');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end).trim(), 'twice since May.');
  });

  it('a tag that ends on a label said before many turns stays on its words when the name after the label is written another way there', () => {
    const ask = (committee: string, day: string) => `  Mrs. HUTCHISON. Mr. President, I ask unanimous consent that the Committee on ${committee} be authorized to meet during the session of the Senate on ${day}.`;
    const ordered = '  The PRESIDING OFFICER. Without objection, it is so ordered.';
    const ps = ['          Committee on Finance', ask('Finance', 'Monday'), ordered, '          Committee on Health, Education, Labor, and Pensions', ask('Health, Education, Labor, and Pensions', 'Tuesday'), ordered, '          Committee on the Judiciary', ask('the Judiciary', 'Wednesday'), ordered];
    const before = textOf(ps);
    const quote = 'and Pensions\n\n  Mrs.';
    // The name after the tag's label written another way in that turn only: the label and what follows it, with the
    // name as it was, still stand before the other committees' turns; no paragraph moved.
    const after = before.replace('Pensions\n\n  Mrs. HUTCHISON.', 'Pensions\n\n  Mrs. Hutchison.');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(tag!.start, after.indexOf(quote));
  });
});
