/**
 * Evidence read at the seams of a tag's words and sentences. A dash that ends a tag's words (a false start, `so I-`)
 * takes the white space after it once normalised, as it does in the text: the side after is compared without that
 * space, so a re-scrape that lost a line inside the words still finds them between their two sides. Short words
 * whose sentence was swapped with the one before it, said again elsewhere, are not placed by their sentence alone,
 * but they are not gone either: they wait with the places where their sentence stands whole. A side that stands
 * whole but for the letter case of a speaker's label (a site that writes its labels in capitals now) still vouches
 * for the words beside it. Words a transcript says twice, a line of page furniture put inside their own copy, are
 * not put on the other saying for its nearly alike surroundings: the tag waits with both.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { paragraphText, recordAt } from './tagRecords';

describe('evidence at the seams of words and sentences', () => {
  it('words ending on a false start, a line deleted inside them: found between their sides, the dash taking the space after it', () => {
    const before = 'Witness: The inspectors came twice in the spring, and we wrote down every figure they gave us, to be sure the log was right.\nChair: Indeed.\nWitness: Well, and so we- we sent the log to the council the following week, with a letter from the harbour master.\n';
    const from = before.indexOf('sure the log');
    const to = before.indexOf('so we-') + 'so we-'.length;
    const record = recordAt(before, from, to);
    // The scrape lost the chair's short reply, and numbered the witness's turn as an item of a list.
    const after = before.replace('Chair: Indeed.\n', '\n').replace('\nWitness: Well', '\n2. Witness: Well');
    const [tag] = reanchorTags([record], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), after.slice(after.indexOf('sure the log'), after.indexOf('so we-') + 'so we-'.length));
  });

  it('a short sentence swapped with the one before it, its first word said again elsewhere: the tag waits with the place, not called gone', () => {
    const talk = 'Mayor: They asked about the ferry again last night. And when the crews go down to the pier and talk to the skippers, you know, the skippers think the boats are fine. They are not. The hulls are old, and the council knows it. They will be replaced next year.';
    const text = paragraphText([talk, 'Reporter: When will the new boats arrive?']);
    const at = text.indexOf('They are not');
    const record = recordAt(text, at, at + 'They'.length);
    const swapped = talk.replace('you know, the skippers think the boats are fine. They are not.', 'you know, They are not. the skippers think the boats are fine.');
    const after = paragraphText([swapped, 'Reporter: When will the new boats arrive?']);
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end + 20)}”`);
    assert.ok(tag!.candidates?.some((c) => c.start === after.indexOf('They are not')), tag!.anchorNote);
    assert.match(tag!.anchorNote ?? '', /^Ambiguous: .*sentence whose surroundings agree just up to its edges/);
  });

  it('a speaker’s label after the words written in capitals by the new scrape: the side still vouches for them', () => {
    const before = 'Host: We are on the air from the harbour tonight, and the news is about the ferry. The new timetable starts next week.\n\nHarbour master: From Monday, boats leave every forty minutes.\n';
    const from = before.indexOf('The new timetable');
    const to = before.indexOf('Harbour master') + 'Harbour'.length;
    const record = recordAt(before, from, to);
    const after = before.replace('Harbour master:', 'HARBOUR MASTER:');
    const [tag] = reanchorTags([record], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.deepEqual([tag!.start, tag!.end], [from, to]);
  });

  it('a sentence said twice, a page header put inside the tag’s own copy and a letter of its side after changed: the tag waits with both places', () => {
    const said = 'the night boat will run every Friday until the end of October, as it did last year';
    const before = `[0:38] Reporter: Will the ferry keep its winter hours?\n\n[0:41] Mayor: Yes, and ${said}, for the late shift at the cannery.\n\n[3:05] Mayor: To say it again, ${said}, for the late shift at the cannery.\n`;
    const at = before.indexOf(said);
    const record = recordAt(before, at, at + said.length);
    const after = before.replace(`${said}, for the late shift at the cannery.\n\n[3:05]`, `${said.replace('until the end', 'until the\nCouncil record — page 4\nend')}, for the late shaft at the cannery.\n\n[3:05]`);
    const [tag] = reanchorTags([record], after);
    const other = after.lastIndexOf(said);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}” at ${tag!.start}`);
    assert.deepEqual(tag!.candidates?.map((c) => c.start), [at, other]);
  });
});
