/**
 * A paragraph copied elsewhere, then its original corrected (a typo fixed, a
 * word changed): the tag's exact words now stand only in the copy, while its
 * own words, changed a little, still stand between its surroundings where it
 * was (or its surroundings without them). The tag is not placed on the copy
 * by chance: it waits, with the places as candidates. A paragraph moved leaves
 * nothing of its words behind: its tags follow it, as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeTags, reanchorTags, sha256Text, type Tag } from '../../src/core/annotations';
import { paragraphText, recordAt, recordOn } from './tagRecords';

const FERRY = 'Councillor Marsh: The ferry timetable changes on Monday. Boats will leave every forty minutes instead of every half hour, because two of the crews are in training until autumn.';
const QUESTION = 'Reporter: Will the fares go up as well?';
const FARES = 'Councillor Marsh: Fares stay as they are this year. We looked at a rise and decided against it while the service is reduced.';
const CLOSING = 'Chair: Thank you both. We will take the next item after a short break.';
const WORDS = 'Boats will leave every forty minutes instead of every half hour';

/** Where `words` stand in `text`, once and only once. */
function onlyAt(text: string, words: string): number {
  const at = text.indexOf(words);
  assert.ok(at >= 0 && text.indexOf(words, at + 1) < 0, `“${words}” stands once in the text`);
  return at;
}

/** The tag left unplaced, with the edited original and the copy among its candidates. */
function assertWaitsForBoth(tag: Tag, original: number, copy: number): void {
  assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}, not left to choose (original at ${original}, copy at ${copy})`);
  const starts = (tag.candidates ?? []).map((c) => c.start);
  assert.ok(starts.includes(original) && starts.includes(copy), `candidates ${JSON.stringify(tag.candidates)}, expected ${original} and ${copy}`);
  assert.match(tag.anchorNote ?? '', /^Ambiguous: .*copied, then its original edited/);
}

describe('a paragraph copied, then its original corrected', () => {
  const before = paragraphText([FERRY, QUESTION, FARES, CLOSING]);
  const record = recordOn(before, WORDS);

  it('a word changed in the original: the tag waits, with the original and the copy as candidates', () => {
    const corrected = FERRY.replace('forty minutes', 'fifty minutes');
    const after = paragraphText([corrected, QUESTION, FARES, FERRY, CLOSING]);
    const [tag] = reanchorTags([record], after);
    assertWaitsForBoth(tag!, after.indexOf('Boats will leave every fifty'), onlyAt(after, WORDS));
  });

  it('a typo fixed in the original, the copy put right before it: the same, told by the tags after it', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const tagged = paragraphText([opening, FERRY, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, WORDS), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    const corrected = FERRY.replace('instead of', 'insted of');
    const after = paragraphText([opening, FERRY, corrected, QUESTION, FARES, CLOSING]);
    const tags = reanchorTags(records, after);
    assertWaitsForBoth(tags.find((t) => t.id === 't-1')!, after.indexOf('Boats will leave every forty minutes insted'), onlyAt(after, WORDS));
    assert.deepEqual(tags.filter((t) => t.id !== 't-1').map((t) => t.status), ['anchored', 'anchored']);
  });

  it('the sentence holding its words deleted from the original: the tag waits, its one candidate the copy', () => {
    const shortened = FERRY.replace(' Boats will leave every forty minutes instead of every half hour, because two of the crews are in training until autumn.', ' Two of the crews are in training until autumn.');
    const after = paragraphText([shortened, QUESTION, FARES, FERRY, CLOSING]);
    const [tag] = reanchorTags([record], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${tag!.quote}”`);
    assert.deepEqual((tag!.candidates ?? []).map((c) => c.start), [onlyAt(after, WORDS)]);
    assert.match(tag!.anchorNote ?? '', /^Ambiguous: .*its surroundings still stand where it was, at line 1, without its words/);
  });

  it('the candidates are found again when the sidecar is read back with the same text', () => {
    const after = paragraphText([FERRY.replace('forty minutes', 'fifty minutes'), QUESTION, FARES, FERRY, CLOSING]);
    const [kept] = reanchorTags([record], after);
    const [again] = placeTags([kept!], after, sha256Text(after), sha256Text(after));
    assertWaitsForBoth(again!, after.indexOf('Boats will leave every fifty'), onlyAt(after, WORDS));
  });

  it('a long paragraph copied whole, two tags in it corrected in the original: both wait, the first though its nearest neighbour went to the copy too', () => {
    const long = 'Councillor Marsh: We have three changes to announce this week. Boats will leave every forty minutes instead of every half hour from Monday. Two of the crews are in training until the autumn, and the harbour office will open an hour later. The night service stays as it is, and so do the fares for students.';
    const tagged = paragraphText([long, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'every forty minutes'), recordOn(tagged, 'crews are in training'), recordOn(tagged, 'Will the fares go up')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // Both tags' exact words now stand only in the copy, where each seems to go with the other; the tag after them stayed.
    const corrected = long.replace('every forty', 'evrey forty').replace('are in training', 'are on training');
    const after = paragraphText([corrected, QUESTION, FARES, long, CLOSING]);
    const tags = reanchorTags(records, after);
    const copy = after.lastIndexOf(long);
    for (const [id, original, words] of [['t-0', 'evrey forty', 'every forty'], ['t-1', 'crews are on', 'crews are in']] as const) {
      const tag = tags.find((t) => t.id === id)!;
      assert.equal(tag.status, 'orphaned', `${id} placed on “${tag.quote}” at ${tag.start}, not left to choose`);
      assert.deepEqual((tag.candidates ?? []).map((c) => c.start), [after.indexOf(original), copy + long.indexOf(words)]);
    }
    assert.equal(tags.find((t) => t.id === 't-2')!.status, 'anchored');
  });

  it('a copy put right where the last paragraph stood, its original corrected after it: the tags on it wait, though nothing jumped', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const long = 'Councillor Marsh: We have three changes to announce this week. Boats will leave every forty minutes instead of every half hour from Monday. Two of the crews are in training until the autumn, and the harbour office will open an hour later. The night service stays as it is, and so do the fares for students.';
    const tagged = paragraphText([opening, long]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'every forty minutes'), recordOn(tagged, 'harbour office will open')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The copy stands where the paragraph was and no tag comes after it, so nothing jumps; its original, a typo
    // brought in, follows it. The second tag's words stand unchanged in both.
    const after = paragraphText([opening, long, long.replace('every forty', 'evrey forty')]);
    const tags = reanchorTags(records, after);
    const [copy, original] = [after.indexOf(long), after.lastIndexOf('Councillor Marsh')];
    for (const [id, words] of [['t-1', 'forty minutes'], ['t-2', 'harbour office']] as const) {
      const tag = tags.find((t) => t.id === id)!;
      assert.equal(tag.status, 'orphaned', `${id} placed on “${tag.quote}” at ${tag.start}, not left to choose`);
      const at = long.indexOf(words);
      assert.ok((tag.candidates ?? []).some((c) => c.start <= copy + at && copy + at < c.end), `${id}: the copy among ${JSON.stringify(tag.candidates)}`);
      assert.ok((tag.candidates ?? []).some((c) => c.start <= original + at && original + at < c.end), `${id}: the original among ${JSON.stringify(tag.candidates)}`);
    }
    assert.equal(tags.find((t) => t.id === 't-0')!.status, 'anchored');
  });

  it('a paragraph moved, not copied: the tag follows its words', () => {
    const after = paragraphText([QUESTION, FARES, FERRY, CLOSING]);
    const [tag] = reanchorTags([record], after);
    assert.notEqual(tag!.status, 'orphaned', tag!.anchorNote);
    assert.equal(tag!.start, onlyAt(after, WORDS));
  });
  it('a short tag inside a tag whose sentence was deleted from the original, both copied: the short one waits with the copy too', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const tagged = paragraphText([opening, FERRY, QUESTION, FARES, CLOSING]);
    // The short tag (one word, said often) inside the long one.
    const at = tagged.indexOf('every half hour');
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, WORDS), recordAt(tagged, at, at + 'every'.length), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    const shortened = FERRY.replace(' Boats will leave every forty minutes instead of every half hour, because two of the crews are in training until autumn.', ' Two of the crews are in training until autumn.');
    const after = paragraphText([opening, shortened, QUESTION, FARES, FERRY, CLOSING]);
    const tags = reanchorTags(records, after);
    const copy = onlyAt(after, WORDS);
    for (const id of ['t-1', 't-2']) {
      const tag = tags.find((t) => t.id === id)!;
      assert.equal(tag.status, 'orphaned', `${id} placed on “${tag.quote}” at ${tag.start}`);
      assert.equal(tag.candidates?.length, 1);
      assert.ok(tag.candidates![0]!.start >= copy && tag.candidates![0]!.end <= copy + WORDS.length, JSON.stringify(tag.candidates));
    }
    assert.deepEqual(['t-0', 't-3'].map((id) => tags.find((t) => t.id === id)!.status), ['anchored', 'anchored']);
    // Read back with the same text, the short tag keeps its candidate.
    const again = placeTags(tags, after, sha256Text(after), sha256Text(after)).find((t) => t.id === 't-2')!;
    assert.equal(again.status, 'orphaned');
    assert.deepEqual(again.candidates, tags.find((t) => t.id === 't-2')!.candidates);
  });
  it('a tag running from a paragraph into the next one, that next one copied right beside itself and one of the two corrected: the tag waits', () => {
    const opening = 'Chair: Good morning. The transport committee is in session, and the first item is the ferry.';
    const tagged = paragraphText([opening, FERRY, QUESTION, FARES, CLOSING]);
    // From the opening's last sentence into the ferry paragraph; a short tag inside the ferry paragraph.
    const from = tagged.indexOf('the first item');
    const to = tagged.indexOf('every half hour') + 'every half hour'.length;
    const records = [recordAt(tagged, from, to), recordOn(tagged, 'forty minutes instead'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // Which of the two is the copy and which the original, corrected after, nothing in the text says.
    const corrected = FERRY.replace('two of the crews', 'two of teh crews');
    for (const after of [paragraphText([opening, FERRY, corrected, QUESTION, FARES, CLOSING]), paragraphText([opening, corrected, FERRY, QUESTION, FARES, CLOSING])]) {
      const tags = reanchorTags(records, after);
      const long = tags.find((t) => t.id === 't-0')!;
      assert.equal(long.status, 'orphaned', `placed on “${long.quote.slice(0, 40)}…” at ${long.start}`);
      assert.deepEqual(long.candidates?.map((c) => c.start), [after.indexOf('the first item')]);
      assert.match(long.anchorNote!, /^Ambiguous: .*stands twice, the two passages one after the other/);
      assert.equal(tags.find((t) => t.id === 't-2')!.status, 'anchored');
    }
  });

  it('a tag running from a paragraph into the next one, that next one copied further on and its original corrected: the tag stays on its place', () => {
    const opening = 'Chair: Good morning. The transport committee is in session, and the first item is the ferry.';
    const tagged = paragraphText([opening, FERRY, QUESTION, FARES, CLOSING]);
    const from = tagged.indexOf('the first item');
    const to = tagged.indexOf('every half hour') + 'every half hour'.length;
    const records = [recordAt(tagged, from, to), recordOn(tagged, 'forty minutes instead')].map((r, k) => ({ ...r, id: `t-${k}` }));
    const corrected = FERRY.replace('two of the crews', 'two of teh crews');
    const after = paragraphText([opening, corrected, QUESTION, FARES, FERRY, CLOSING]);
    const long = reanchorTags(records, after).find((t) => t.id === 't-0')!;
    assert.notEqual(long.status, 'orphaned', long.anchorNote);
    assert.equal(long.start, after.indexOf('the first item'));
  });
  it('a tag on the first sentence of a paragraph copied further up, that sentence then deleted from the original: the tag waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const notice = 'Clerk: The minutes of the last meeting were approved without changes.';
    const ferry = 'Councillor Marsh: The ferry timetable changes on Monday, as the board agreed last week. Boats will leave every forty minutes instead of every half hour. Two of the crews are in training until autumn.';
    const tagged = paragraphText([opening, notice, ferry, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'Councillor Marsh: The ferry timetable'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The paragraph copied after the opening; then its first sentence, the tag's words, deleted from the original.
    const shortened = ferry.replace('Councillor Marsh: The ferry timetable changes on Monday, as the board agreed last week. ', '');
    const after = paragraphText([opening, ferry, notice, shortened, QUESTION, FARES, CLOSING]);
    const tags = reanchorTags(records, after);
    const tag = tags.find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.indexOf('Councillor Marsh: The ferry')]);
    assert.match(tag.anchorNote!, /^Ambiguous: .*its surroundings still stand where it was/);
  });

  it('a tag whose words stand unchanged where they were, the sentence before them deleted and a typo fixed after them, and exactly in a copy: the tag waits for both', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const ferry = 'Councillor Marsh: I have news on the timetable. Boats will leave every forty minutes from Mondey, because two of the crews are in training until the autumn.';
    const tagged = paragraphText([opening, ferry, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'Boats will leave every forty minutes'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // Copied further down; then, in the original, the sentence before the words deleted and the typo after them fixed.
    const edited = ferry.replace(' I have news on the timetable.', '').replace('Mondey', 'Monday');
    const after = paragraphText([opening, edited, QUESTION, FARES, ferry, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
    const words = 'Boats will leave every forty minutes';
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.indexOf(words), after.lastIndexOf(words)]);
  });
  it('a short tag running from a paragraph into the next, that next one copied right beside itself and one of the two corrected, the tags around it far: the tag waits', () => {
    const opening = 'Chair: Good morning. The transport committee is in session, and the first item is the ferry.';
    // A long report between the ferry and the next tag: the copy shifts that tag too little to tell on its own.
    const report = Array.from({ length: 24 }, (_, k) => `Item ${k + 1} of the report covers the pier at berth ${k + 3}, its lights and its rails.`).join(' ');
    const tagged = paragraphText([opening, FERRY, QUESTION, report, FARES, CLOSING]);
    const from = tagged.indexOf('the first item');
    const to = tagged.indexOf('The ferry timetable') + 'The ferry timetable'.length;
    const records = [recordOn(tagged, 'Good morning'), recordAt(tagged, from, to), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    const corrected = FERRY.replace('two of the crews', 'two of teh crews').replace(' because', '');
    for (const after of [paragraphText([opening, FERRY, corrected, QUESTION, report, FARES, CLOSING]), paragraphText([opening, corrected, FERRY, QUESTION, report, FARES, CLOSING])]) {
      const tags = reanchorTags(records, after.replace(/\n/g, '\r\n'));
      const tag = tags.find((t) => t.id === 't-1')!;
      assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
      assert.match(tag.anchorNote!, /^Ambiguous: .*stands twice, the two passages one after the other/);
      assert.deepEqual(['t-0', 't-2'].map((id) => tags.find((t) => t.id === id)!.status), ['anchored', 'anchored']);
    }
  });

  it('a tag running from one paragraph into the next is placed as before when nothing stands twice', () => {
    const opening = 'Chair: Good morning. The transport committee is in session, and the first item is the ferry.';
    const tagged = paragraphText([opening, FERRY, QUESTION, FARES, CLOSING]);
    const from = tagged.indexOf('the first item');
    const to = tagged.indexOf('The ferry timetable') + 'The ferry timetable'.length;
    const after = paragraphText([opening, FERRY.replace('two of the crews', 'two of teh crews'), QUESTION, FARES, CLOSING]).replace(/\n/g, '\r\n');
    const [tag] = reanchorTags([recordAt(tagged, from, to)], after);
    assert.equal(tag!.status, 'anchored', tag!.anchorNote);
  });
  it('a long tag whose words changed before its paragraph was copied, the original changed more since: the tag waits for both', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const report = 'Councillor Marsh: The ferry timetable changes on Monday, after the board met on Thursday and heard from the crews, the harbour master and the passengers. Boats will leave every forty minutes instead of every half hour, from the first boat of the morning to the last one at night. Sadly so. Two of the crews are in training until the autumn, and they cannot be replaced before then. We are sorry for the trouble this causes. The harbour office will open an hour later on weekdays, and close at the same time as now. The night service stays as it is, and so do the fares for students.';
    const tagged = paragraphText([opening, report, QUESTION, FARES, CLOSING]);
    const words = report.slice(report.indexOf('The ferry'), report.indexOf(' The night'));
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, words), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // A sentence of the words deleted, then the paragraph copied further down, then another one deleted from the original.
    const once = report.replace(' Sadly so.', '');
    const twice = once.replace(' We are sorry for the trouble this causes.', '');
    const after = paragraphText([opening, twice, QUESTION, FARES, once, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote.slice(0, 40)}…” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.indexOf('The ferry'), after.lastIndexOf('The ferry')]);
    assert.match(tag.anchorNote!, /^Ambiguous: words most like them stand/);
  });

  it('a short tag in the middle of a long sentence, the paragraph copied further down, then that whole sentence deleted from the original: the tag waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const notice = 'Clerk: The minutes of the last meeting were approved without changes, and the clerk will send them round.';
    const ferry = 'Councillor Marsh: The ferry timetable changes on Monday. The board met on Thursday with the crews and the harbour master, and after a long evening of going through the rosters they agreed that the boats will run less often until the autumn comes. Two of the crews are in training.';
    const tagged = paragraphText([opening, ferry, QUESTION, notice, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'they agreed'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // Neither of the tag's sides (32 characters each) reaches out of its sentence: the deletion takes both.
    const sentence = ferry.slice(ferry.indexOf(' The board'), ferry.indexOf(' Two of'));
    const after = paragraphText([opening, ferry.replace(sentence, ''), QUESTION, notice, ferry, FARES, CLOSING]);
    const tags = reanchorTags(records, after);
    const tag = tags.find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [onlyAt(after, 'they agreed')]);
    assert.match(tag.anchorNote!, /^Ambiguous: .*copied, then its original edited/);
    assert.deepEqual(tags.filter((t) => t.id !== 't-1').map((t) => t.status), ['anchored', 'anchored']);
  });

  it('the same sentence deleted, the paragraph moved further down rather than copied: the tag follows its words', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const notice = 'Clerk: The minutes of the last meeting were approved without changes, and the clerk will send them round.';
    const ferry = 'Councillor Marsh: The ferry timetable changes on Monday. The board met on Thursday with the crews and the harbour master, and after a long evening of going through the rosters they agreed that the boats will run less often until the autumn comes. Two of the crews are in training.';
    const tagged = paragraphText([opening, ferry, QUESTION, notice, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'they agreed'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    const after = paragraphText([opening, QUESTION, notice, ferry, FARES, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.notEqual(tag.status, 'orphaned', tag.anchorNote);
    assert.equal(tag.start, onlyAt(after, 'they agreed'));
  });

  it('a tag that opens the transcript, its paragraph copied further on, then a letter changed in the original and the sentence after the words deleted: the tag waits for both', () => {
    const welcome = 'Host: Welcome to the harbour podcast, where we talk about ferries, tides and the people who work the docks. This is episode forty, recorded on a windy Friday. I am your host.';
    const tagged = paragraphText([welcome, QUESTION, FARES, CLOSING]);
    const words = welcome.slice(0, welcome.indexOf('. This is'));
    const records = [recordOn(tagged, words), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // Neither side of the words stands whole at the original: the one before is the text's start, the one after lost its sentence.
    const edited = welcome.replace('ferries, tides', 'ferries, tidas').replace(' This is episode forty, recorded on a windy Friday.', '');
    const after = paragraphText([edited, QUESTION, FARES, welcome, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-0')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote.slice(0, 30)}…” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [0, after.lastIndexOf('Host: Welcome')]);
    assert.match(tag.anchorNote!, /^Ambiguous: .*copied, then its original edited/);
  });

  it('a paragraph copied right where it stood, its original after it losing its last sentence: a tag whose words stand in both is not settled on the copy by the tags around it', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const report = 'Councillor Marsh: The ferry timetable changes on Monday. Boats will leave every forty minutes instead of every half hour. Two of the crews are in training until the autumn, and the harbour office will open an hour later on weekdays. We looked at hiring crews from the mainland, but the agency could not promise anyone before the winter. Students keep their discount, and the season tickets bought before Monday stay valid until they run out. The night boat keeps its usual times, and the first boat of the morning still leaves at six.';
    const tagged = paragraphText([opening, report, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'every forty minutes'), recordOn(tagged, 'keeps its usual times, and the first boat of the morning still leaves')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // A typo came in before the copy was made. The copy stands where the paragraph was; the original after it lost
    // its last sentence, so the tag on that sentence is found in the copy only, right where it was, and seems to
    // vouch for the copy.
    const typo = report.replace('usual', 'usal');
    const after = paragraphText([opening, typo, typo.replace(' The night boat keeps its usal times, and the first boat of the morning still leaves at six.', ''), QUESTION, FARES, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}, not left to choose`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.indexOf('every forty'), after.lastIndexOf('every forty')]);
  });

  it('a paragraph copied right where it stood, a typo in a sentence of it from before the copy and that sentence deleted from the original: a tag on it waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const report = 'Councillor Marsh: The ferry timetable changes on Monday. Boats will leave every forty minutes instead of every half hour. Two of the crews are in training until the autumn, and the harbour office will open an hour later on weekdays. We looked at hiring crews from the mainland, but the agency could not promise anyone before the winter. Students keep their discount, and the season tickets bought before Monday stay valid until they run out.';
    const tagged = paragraphText([opening, report, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'every forty minutes'), recordOn(tagged, 'hiring crews from the mainland, but the agency could not promise anyone'), recordOn(tagged, 'season tickets bought')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The typo came in before the copy was made; the copy stands where the paragraph was, the original after it.
    const typo = report.replace('mainland', 'mainlend');
    const after = paragraphText([opening, typo, typo.replace(' We looked at hiring crews from the mainlend, but the agency could not promise anyone before the winter.', ''), QUESTION, FARES, CLOSING]);
    const tags = reanchorTags(records, after);
    const tag = tags.find((t) => t.id === 't-2')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}, not left to choose`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.indexOf('hiring crews')]);
    assert.deepEqual(['t-1', 't-3'].map((id) => tags.find((t) => t.id === id)!.candidates?.length), [2, 2]);
  });

  it('a short tag in the middle of a paragraph’s long last sentence, the paragraph copied further down, then that sentence deleted from the original: the tag waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const ferry = 'Councillor Marsh: The ferry timetable changes on Monday. The board met on Thursday with the crews and the harbour master, and after a long evening of going through the rosters they agreed that the boats will run less often until the autumn comes.';
    const tagged = paragraphText([opening, ferry, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'they agreed'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // What follows the original now is the next paragraph, not the rest of the copy: the sentence ended the paragraph.
    const after = paragraphText([opening, ferry.slice(0, ferry.indexOf(' The board')), QUESTION, ferry, FARES, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [onlyAt(after, 'they agreed')]);
  });

  it('a label opening a paragraph, the paragraph copied further down, then its first sentence deleted from the original and a typo fixed in the rest: the tag waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    const notice = 'Clerk: The minutes of the last meeting were approved without changes, and the clerk will send them round.';
    const ferry = 'Councillor Marsh: I am the one who chairs the ferry board. The timetable changes on Monday, and the boats will run less often until the autumn.';
    const tagged = paragraphText([opening, notice, ferry, QUESTION, FARES, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'Councillor Marsh'), recordOn(tagged, 'decided against it')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The label went with the first sentence; the original now begins with the second, a letter changed in it.
    const rest = ferry.slice(ferry.indexOf('The timetable')).replace('timetable', 'timetible');
    const after = paragraphText([opening, notice, rest, QUESTION, FARES, ferry, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-1')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote}” at ${tag.start}`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [after.lastIndexOf('Councillor Marsh: I am')]);
  });
  it('a passage of lines copied right where it stood, the original after it losing the sentence a tag began in (its side before and its first words) and a typo fixed after it: the tag waits with the copy', () => {
    const opening = 'Chair: Good morning. The transport committee is in session.';
    // Callers, each with a line of their own: the passage runs to several thousand characters, as a podcast's does.
    const places = ['the harbour', 'the old mill', 'the school', 'the chapel', 'the campsite', 'the bakery', 'the lighthouse'];
    const matters = ['the late boat', 'the parking', 'the ramp', 'the tickets', 'the freight', 'the waiting room'];
    const CALLS = Array.from({ length: 60 }, (_, k) => `Caller ${k + 1}: I live near ${places[k % 7]}, and ${matters[k % 6]} has been ${k % 2 ? 'worse' : 'better'} since week ${k + 3} of the trial.`);
    const talk = [
      'Host: We talked about the ferry last week, and a lot of you wrote in about it.',
      'Guest: It was hard on the whole island. My brother works on the boats. So you know, that changes things for him more than for me, but not as much as the timetable does.',
      'So yes, we have always had an understanding that the winter would be harder before it got easier, I guess.',
      'Like the more you travel, the more you notice the small changes in the crossing.',
      'Host: And the fares? People keep asking whether the season tickets will still be valid after Monday.',
      'Guest: They will. The harbour office said so in writing, and they put a notice up at the pier as well.',
      'Host: Good. The night boat keeps its usual times, and the first boat of the morning still leaves at six.',
      ...CALLS,
    ].join('\n');
    const tagged = paragraphText([opening, talk, CLOSING]);
    const words = 'that changes things for him more than for me, but not as much as the timetable does.\nSo yes, we have always had an understanding that the winter would be harder before it got easier, I guess.';
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'a lot of you wrote in'), recordOn(tagged, words), recordOn(tagged, 'take the next item')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The copy stands where the passage was; the original after it lost the sentence the tag's words began in (and
    // the end of their side before), and “you” lost a letter in the line after them. Less than 80 % of the words
    // stand there: they stand whole only in the copy, which nothing tells from the original.
    const edited = talk.replace(' So you know, that changes things for him more than for me, but not as much as the timetable does.', '').replace('more you travel', 'more yu travel');
    const after = paragraphText([opening, talk, edited, CLOSING]);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-2')!;
    assert.equal(tag.status, 'orphaned', `placed on “${tag.quote.slice(0, 40)}…” at ${tag.start}, not left to choose`);
    assert.deepEqual(tag.candidates?.map((c) => c.start), [onlyAt(after, 'that changes things')]);
    assert.match(tag.anchorNote ?? '', /^Ambiguous: .*copied, then its original edited/);
  });

  it('a turn under its speaker’s own label line copied right where it stood, then the long unpunctuated sentence it opened with deleted from the original: the tags on that sentence, far from its end, wait with the copy', () => {
    const opening = 'CHAIR:\nGood morning. The transport committee is in session.';
    // Speech written down as heard, with hardly a full stop: the first sentence runs to well over a thousand characters.
    const clauses = ['so the work on the ferry began in the spring when the board asked the harbour office to look at the crossings', 'and they started by counting the passengers on every boat for six weeks', 'and talking to the crews and to the people who run the shops by the pier', 'and holding an open evening in the village hall which was well attended', 'and after that we had two meetings with the council in the summer', 'and this led to what we call the second stage where the office took what it had learned', 'and set out the kinds of changes the timetable would need at that time', 'without proposing any particular times but making sure the right questions were asked', 'and that was agreed with the council in September', 'and then another evening was held in the hall to check it with the islanders in October', 'so the outcome of that stage was a list of the matters the timetable must deal with'];
    const long = clauses.join(' ');
    const rest = 'The night boat keeps its usual times. The first boat of the morning still leaves at six. Season tickets stay valid until they run out, and students keep their discount. We looked at hiring crews from the mainland, but the agency could not promise anyone before the winter. The harbour office will open an hour later on weekdays until the crews are back.';
    const turn = `HARBOUR MASTER:\n${long} ${rest}`;
    const tagged = paragraphText([opening, turn, CLOSING]);
    const records = [recordOn(tagged, 'transport committee'), recordOn(tagged, 'talking to the crews and to the people'), recordOn(tagged, 'took what it had learned'), recordOn(tagged, 'first boat of the morning'), recordOn(tagged, 'take the next item')].map((r, k) => ({ ...r, id: `t-${k}` }));
    // The copy, its label with it, stands where the turn was; the original after it lost the long sentence (its space stays).
    const after = paragraphText([opening, turn, `HARBOUR MASTER:\n ${rest}`, CLOSING]);
    const tags = reanchorTags(records, after);
    for (const [id, words] of [['t-1', 'talking to the crews'], ['t-2', 'took what it had learned']] as const) {
      const tag = tags.find((t) => t.id === id)!;
      assert.equal(tag.status, 'orphaned', `${id} placed on “${tag.quote}” at ${tag.start}, not left to choose`);
      assert.deepEqual(tag.candidates?.map((c) => c.start), [onlyAt(after, words)]);
    }
    assert.equal(tags.find((t) => t.id === 't-3')!.candidates?.length, 2);
  });
});
