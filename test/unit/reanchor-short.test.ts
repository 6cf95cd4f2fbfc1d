/**
 * Short tags (fewer than four words) after a re-scrape: their words carry
 * little evidence, so their surroundings must carry them, and never onto other
 * words. The cases the combined-edit property runs found, in words of our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, reanchorTags, TextIndex, type TagRecord } from '../../src/core/annotations';

/** The tag on `quote` (its first occurrence, or the one at `at`) in `text`, as a sidecar stores it. */
function recordOn(text: string, quote: string, at = text.indexOf(quote)): TagRecord {
  assert.ok(at >= 0 && text.startsWith(quote, at), `“${quote}” is not in the text there`);
  const index = new TextIndex(text);
  return { id: 't-1', category: 'c', quote, start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), ...contextAround(text, at, at + quote.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

describe('short tags after a re-scrape', () => {
  it('a tag whose last word was deleted, the line break before it with it, stays on the words that remain', () => {
    const before = 'ORTIZ: And did the contract cover the pumping stations or only the --\nMR. KIM: \n   Yes, sir.  \nMS. ORTIZ: \n   Who signed it for the port?';
    // Without its last word the tag is 83 % like its quote; without the space before that word too, 78 %.
    const quote = 'KIM: \n   Yes, sir.  \nMS.';
    // The lone “MS.” read as a sentence and dropped; line ends changed.
    const after = before.replace('sir.  \nMS. ORTIZ', 'sir.  \n ORTIZ').replace(/\n/g, '\r\n');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.match(after.slice(tag!.start, tag!.end), /^KIM: \r\n {3}Yes, sir\./);
  });

  it('a tag with a letter doubled, whose sentence before it was deleted, is found by the side that stands', () => {
    const before = 'We spent the autumn rebuilding our intake forms for volunteers. Priya also wrote a short guide for choosing which forms to keep.';
    const after = 'The board met twice and approved the budget.  Priya aalso wrote a short guide for choosing which forms to keep.';
    const [tag] = reanchorTags([recordOn(before, 'Priya also wrote')], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'Priya aalso wrote');
    assert.match(tag!.anchorNote!, /It was: “Priya also wrote”/);
  });

  it('is not carried by one side onto a near copy put before its words, when its other side stands beside its own words', () => {
    const before = 'Host: Our guest today runs the eastern terminal.\nGuest: Thanks for coming. Ports do not close for holidays, which is the whole difficulty.\nHost: And the staff?';
    const quote = 'Thanks for coming. Ports do not close for holidays, which is the whole';
    const after = before.replace('Ports do not close', 'Ports do not close for holidays, which also is the whole difficulty. Ports do not close');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    if (tag!.status !== 'orphaned') assert.ok(!after.slice(tag!.start, tag!.end).includes('also'), `placed on “${after.slice(tag!.start, tag!.end)}”`);
  });

  it('is not carried by one side onto a near namesake that slid into its place', () => {
    const before = 'Clerk: The vote on the harbour levy, by roll call. Member Okafor: Aye. Member Okafer: Aye. Clerk: The levy passes.';
    const record = recordOn(before, 'Okafor: Aye.');
    // Okafor’s line removed: Okafer’s, one letter off, now follows the same words, and Okafor’s other side is Okafer’s line itself.
    const after = before.replace('Member Okafor: Aye. ', '');
    const [tag] = reanchorTags([record], after);
    if (tag!.status !== 'orphaned') assert.ok(!after.slice(tag!.start, tag!.end).startsWith('Okafer'), `placed on “${after.slice(tag!.start, tag!.end)}”`);
  });
  it('a tag whose words stand, one side with a letter doubled and the other side deleted, stays on its words', () => {
    const before = 'Counsel: I am going to ask once more that Ms. Varga answer the question. Witness: I will not. Counsel: Then we adjourn until Monday morning.';
    const record = recordOn(before, 'answer the question.');
    const after = before.replace('Varga', 'Vargga').replace(' Witness: I will not.', '');
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'answer the question.');
  });

  it('a short tag with a letter changed, its paragraph moved far away, is found between its two whole sides there', () => {
    const filler = Array.from({ length: 120 }, (_, k) => `Member ${k}: I have nothing to add on item ${k} of the agenda, thank you.`).join('\n\n');
    const paragraphs = 'Mayor: It shows how the schools, the clinics and our council can all work together.\n\nClerk: The next item is the budget.';
    const before = `${paragraphs}\n\n${filler}`;
    // The two paragraphs moved to the end, more than 8,000 characters away, and a letter of the tag's words changed.
    const after = `${filler}\n\n${paragraphs.replace('council', 'councel')}`;
    const [tag] = reanchorTags([recordOn(before, 'our council')], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'our councel');
  });
});

describe('a short tag on a label said many times, its sentence deleted', () => {
  // A hearing: the judge's label stands before many turns, and the same short reply comes before several of them.
  const turns = [
    'THE COURT: Then the exhibits come next, and we take them one at a time.',
    'MS. VOSS: I will hand up the first one now, if that suits.\nMR. HALE: Right, Honour.\nTHE COURT: Go ahead.',
    'THE COURT: It does. Please give a copy to the reporter as well.',
    'MS. VOSS: Of course. This is the survey of the north wall from March.',
    'THE COURT: Thank you. Go on when you are ready, counsel.',
    'MS. VOSS: The survey shows the crack widening over the winter months.',
    'THE COURT: Noted. Is there any objection to it from the defence side?',
    'MR. HALE: None at this stage, though we reserve our position on weight.',
    'THE COURT: Very well. We will come back to weight at the end of the day.',
    'MS. VOSS: Then I move on to the second report, the one by the engineer.',
    'THE COURT: Is that the report dated in April, the one with the photographs?',
    'MS. VOSS: It is, and the photographs are in the bundle at tab seven.',
    'MS. VOSS: The engineer was never told what the survey said.\nMR. HALE: Right, Honour.\nTHE COURT: But that goes to weight again, and not to whether it is admitted.',
    'MS. VOSS: Thank you. I will take the witness through it briefly.',
  ];
  const before = turns.join('\n\n') + '\n';
  const at = before.indexOf('COURT: But that goes');

  it('is not put on the label of another turn far away whose side before agrees only in part', () => {
    // The re-scrape dropped the judge's sentence, label and all.
    const after = before.replace('THE COURT: But that goes to weight again, and not to whether it is admitted.', '');
    const [tag] = reanchorTags([recordOn(before, 'COURT', at)], after);
    assert.notEqual(tag!.status, 'moved', `placed on “${after.slice(tag!.start, tag!.end)}” at ${tag!.start}: ${tag!.anchorNote}`);
    assert.notEqual(tag!.status, 'anchored', `placed at ${tag!.start}`);
  });

  it('still follows its label when only the words after it changed', () => {
    const after = before.replace('But that goes to weight again, and not to whether it is admitted.', 'That is a matter for weight.');
    const [tag] = reanchorTags([recordOn(before, 'COURT', at)], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(tag!.start, after.indexOf('COURT: That is a matter'));
  });
});
