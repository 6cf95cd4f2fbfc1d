/**
 * A tag that lost the end or the beginning of its words: a sentence deleted
 * after them took their last word, or a paragraph moved away took the words
 * after (or before) a line break. What remains, most of the words, stands
 * exactly beside the whole side it had; it is placed there, and the note says
 * what was lost. The cases the combined-edit property runs found, in words of
 * our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { recordOn, paragraphText as textOf } from './tagRecords';

describe('re-anchoring a tag that lost the end or the beginning of its words', () => {
  it('a short tag whose last word went with the sentence deleted after it stays on the words that remain', () => {
    const before = 'GUEST: We kept asking ourselves whether the ferry would really run again? So the council met twice about the timetable, and nobody came.';
    const quote = 'run again? So';
    const after = before.replace('So the council met twice about the timetable, and nobody came.', 'Anyway.');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'run again?');
    assert.match(tag!.anchorNote!, /The end of its words no longer stands with the rest/);
  });

  it('a tag over a line break stays on the words before the break when the paragraph after it moved away', () => {
    const ps = [
      'Q: When did the harbour board first hear about the cracks in the sea wall?',
      'A: In March, from the divers. They wrote to us the same week. Thanks.',
      'Q: And what did the board do with that letter?',
      'A: It went to the engineers, who asked for another survey.',
      'Q: Who paid for the survey?',
    ];
    const before = textOf(ps);
    const quote = 'the same week. Thanks.\n\nQ';
    // The third paragraph moved to the end: its “Q” went with it.
    const after = textOf([ps[0]!, ps[1]!, ps[3]!, ps[4]!, ps[2]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'the same week. Thanks.');
  });

  it('a tag whose first words went with a paragraph moved away stays on the rest, before its whole side', () => {
    const ps = [
      'Speaker 1: 00:04:12',
      'It is a slow process, and that is on purpose, because every change is read by several people first.',
      'Speaker 0: 00:04:31',
      'So whenever a change is merged, it is first tried on the test network for a few weeks before anyone relies on it.',
    ];
    const before = textOf(ps);
    const quote = '00:04:31\n\nSo whenever a change is merged, it is first tried on the test network';
    // The second paragraph moved after the third: the label’s time stayed with the words before it.
    const after = textOf([ps[0]!, ps[2]!, ps[1]!, ps[3]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'So whenever a change is merged, it is first tried on the test network');
    assert.match(tag!.anchorNote!, /The beginning of its words no longer stands with the rest/);
  });

  it('a caption tag whose first word went with its line stays on the rest, though the voice before it is named on every caption', () => {
    const ann = 'a1b2c3d4-e5f6-47a8-9b0c-d1e2f3a4b5c6@0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
    const ben = 'f9e8d7c6-b5a4-4392-8170-6e5d4c3b2a19@0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
    // Twenty captions of Ann’s before: the side before the tag (the end of her voice’s name) stands on every one.
    const lines = Array.from({ length: 20 }, (_, k) => `0:1:${10 + k}.000 --> 0:1:${10 + k}.900\n<v ${ann}>Point ${k + 1} of the agenda.</v>`);
    lines.push(`0:2:51.290 --> 0:2:51.790\n<v ${ann}>Yeah.</v>`, `0:2:52.420 --> 0:2:54.930\n<v ${ben}>So the budget is next, with the levy.</v>`);
    const before = `WEBVTT\n\n${lines.join('\n\n')}\n`;
    const quote = `Yeah.</v>\n\n0:2:52.420 --> 0:2:54.930\n<v ${ben}`;
    // Ann’s last line, read as a sentence, dropped with her voice’s name.
    const after = before.replace(`<v ${ann}>Yeah.`, '');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), `0:2:52.420 --> 0:2:54.930\n<v ${ben}`);
  });

  it('a tag whose last word a line of page furniture pushed away stays on the rest, though a typo was fixed in the side before it', () => {
    const ps = ['Speaker 0: 00:06:02', 'Once the candidate holds up, the release is cut, which this time will be version 27.', 'Speaker 1: 00:06:10', 'Exactly.', 'Speaker 0: 00:06:11', 'And then we look at what changed.'];
    const before = ps.join('\n\n') + '\n';
    const quote = 'be version 27.\n\nSpeaker 1: 00:06:10\n\nExactly.';
    // “will” lost a letter, and an advertisement line went in before “Exactly.”: the words after it are too far now.
    const after = before.replace('time will be', 'time ill be').replace('00:06:10\n\nExactly.', '00:06:10\n\nAdvertisement: continue reading below\n\nExactly.');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'be version 27.\n\nSpeaker 1: 00:06:10');
  });

  it('is not placed on a near copy of its sentence put right before its words, nor on its beginning followed by the copy', () => {
    const before = 'HOST: Our guest runs the river pilots’ office.\nGUEST: Thanks for having me. Tides do not wait for anyone, which is the whole difficulty of the job.\nHOST: And the pilots?';
    const quote = 'Thanks for having me. Tides do not wait for anyone, which is the ';
    // The copy, one word put in, stands right before the original sentence: the tag’s side after it still follows its own words.
    const after = before.replace('Tides do not wait', 'Tides do not wait for anyone, which also is the whole difficulty of the job. Tides do not wait');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    const placed = after.slice(tag!.start, tag!.end);
    if (tag!.status !== 'orphaned') assert.ok(!placed.includes('also') && !placed.endsWith('which'), `placed on “${placed}”`);
  });

  it('is not placed on what looks like the rest of its words when the side after them stands elsewhere without the lost words', () => {
    const ps = [
      'CHAIR: The next item is the harbour levy, which the committee discussed at length last month.',
      'MEMBER: I move that the levy be raised by two per cent from April.',
      'CHAIR: Is there a seconder for the motion as read out by the member?',
    ];
    const before = textOf(ps);
    const quote = 'the levy be raised by two per cent from April.\n\nCHAIR';
    // The words after the break changed hands: the side after the tag (“: Is there a seconder…”) now follows another name.
    const after = before.replace('April.\n\nCHAIR: Is there', 'April.\n\nCLERK: The motion lapses.\n\nDEPUTY: Is there');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    if (tag!.status !== 'orphaned') assert.doesNotMatch(tag!.anchorNote ?? '', /no longer stands with the rest/);
  });

  it('a tag whose words end in a dash and a line break, its last words deleted with the sentences after them, keeps the rest up to the dash', () => {
    const before = 'Chair: Thank you.\n\nWitness: We checked the gauges on the night of the flood, every one of them —\nnot the ones on the weir, the ones on the old mill race.  And they were dry.\n\nChair: Go on.';
    // The tag ran over the line break into the sentences the re-scrape deleted; 80 % of its characters remain, up to the dash.
    const quote = 'the gauges on the night of the flood, every one of them —\nnot the';
    const after = before.replace('not the ones on the weir, the ones on the old mill race.  And they were dry.', '');
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'the gauges on the night of the flood, every one of them —');
  });
  it('a tag over a paragraph break, ending inside the second paragraph, follows that paragraph moved away when it holds most of the words, though a letter of the part left behind changed', () => {
    const ps = [
      'A: The divers said the wall would hold. It has held better than I thought it would be.',
      'Host (06:32):\nThat is striking. In both reports the divers came first and the engineers after them.',
      'A: The survey came back in May, and the engineers signed it off.',
      'Host (07:10):\nWho paid for the second survey?',
    ];
    const before = textOf(ps);
    const quote = 'would be.\n\nHost (06:32):\nThat is striking. In both reports the';
    // The second paragraph moved to the end; a letter of the words left behind changed (“would” to “wauld”).
    const after = textOf([ps[0]!.replace('would be.', 'wauld be.'), ps[2]!, ps[3]!, ps[1]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'Host (06:32):\nThat is striking. In both reports the');
    assert.match(tag!.anchorNote!, /The beginning of its words no longer stands with the rest/);
  });
  it('a tag running into a paragraph that was copied further up, the original then losing the sentence that ended the words: the tag waits for both places', () => {
    const ask = 'Dan: So the first question is whether you use these plots in your work at the bank, and how often you look at them? And if so, what is your current approach to reading them? Take your time.';
    const ps = ['Dan: Thanks for joining. I have a few questions about the study before we finish.', 'Participant: Sure, go ahead.', 'Dan: Then we will be done. I will share my screen again. Okay.', ask, 'Participant: We do, mostly for the loan models.'];
    const before = textOf(ps);
    const quote = 'Okay.\n\nDan: So the first question is whether you use these plots in your work at the bank, and how often you look at them? And if so, what is your';
    // The copy holds the words but their first one, the original (the sentence that ended them deleted) all but their last few.
    const after = textOf([ps[0]!, ask, ps[1]!, ps[2]!, ask.replace(' And if so, what is your current approach to reading them?', ''), ps[4]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    assert.deepEqual(tag!.candidates?.map((c) => c.start), [after.indexOf('Dan: So the first'), after.indexOf('Okay.')]);
  });
  it('a paragraph copied elsewhere and the original corrected since, both cut before the tag’s last words: the tag waits with both places', () => {
    const ps = [
      'Chair: Good morning, and welcome to the harbour committee.',
      'Harbour master: The ferry timetable changes on Monday, because two of the crews are in training until the autumn and the third boat is in dry dock.',
      'So the night boat runs on Fridays only.',
      'Member: Thank you. Who decided that?',
      'Harbour master: The board did, last week.',
    ];
    const before = textOf(ps);
    const quote = 'two of the crews are in training until the autumn and the third boat is in dry dock.\n\nSo the';
    // The harbour master's paragraph copied after the member's question, the original's “crews” corrected to
    // “crew” since, and the paragraph that ended the words moved to the end: either copy may be the tag's.
    const fixed = ps[1]!.replace('crews', 'crew');
    const after = textOf([ps[0]!, fixed, ps[3]!, ps[1]!, ps[4]!, ps[2]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    const starts = tag!.candidates?.map((c) => after.slice(c.start, c.start + 16));
    assert.deepEqual(starts, ['two of the crew ', 'two of the crews']);
  });

  it('a tag into the next turn’s label and first word stays on the words before the break when that turn moved away, though its side after also follows the same label in another turn', () => {
    const ps = [
      'Maya: The ferry timetable is on the council website, under transport: ferries/winter-2031.',
      'Leon: Found it. Could you also send the page with the harbour dues for small boats, please?',
      'Maya: Sure, dues/2031 is the page with all of them.',
      'Leon: I tried the search box and it gave nothing back at all.',
      'Maya: Again, dues/2031 is the page with all of them, as I said.',
    ];
    const before = textOf(ps);
    const quote = 'Could you also send the page with the harbour dues for small boats, please?\n\nMaya: Sure,';
    // The third turn moved to the end: its label and first word went with it; its side after (“ dues/2031 is …”)
    // stands there beside them, and again in the last turn after other words (“Again,”), not after “Sure,”.
    const after = textOf([ps[0]!, ps[1]!, ps[3]!, ps[4]!, ps[2]!]);
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'Could you also send the page with the harbour dues for small boats, please?');
    assert.match(tag!.anchorNote!, /The end of its words no longer stands with the rest/);
  });
});
