/**
 * A tag whose lines moved whole: a paragraph moved elsewhere takes the tag's
 * words with it but only a few characters of their old surroundings, too few
 * to vouch for the place. The whole lines, from a line break to a line break
 * as the stored surroundings show them, standing once, do: long words are
 * placed on them (most of them when the move cut the words at a line break),
 * short words wait for the user with those lines among their candidates.
 * The cases the combined-edit property runs found, in words of our own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reanchorTags } from '../../src/core/annotations';
import { recordOn, paragraphText as textOf } from './tagRecords';

/** The paragraphs with the one at `from` moved to the end. */
const movedToEnd = (ps: string[], from: number) => [...ps.slice(0, from), ...ps.slice(from + 1), ps[from]!];

const HEARING = [
  'Q: What happened at the library on the east side after it opened last spring?',
  'A: Since then visitors have doubled every single month, and we need more staff.',
  'Q: So I take it the council agreed to fund two more posts?',
  'A: It did, and we are grateful. We will report again in the autumn.',
  'Q: Thank you. The next item is the harbour wall.',
];

describe('re-anchoring a tag whose lines moved whole', () => {
  it('a long tag cut at a line break by its paragraph moving stays on the part that moved, most of its words', () => {
    const before = textOf(HEARING);
    // From inside a word to three short words after the break: too unlike the moved words, word by word, to be found by them.
    const quote = 'tors have doubled every single month, and we need more staff.\n\nQ: So I take';
    const after = textOf(movedToEnd(HEARING, 1));
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'moved', tag!.anchorNote);
    assert.equal(after.slice(tag!.start, tag!.end), 'tors have doubled every single month, and we need more staff.');
    assert.match(tag!.anchorNote!, /^Its lines moved whole, at line 9, 82% of its words \(cut at a line break/);
  });

  it('a short tag on a page marker whose line moved waits for the user, the moved line among its candidates', () => {
    const ps = ['[Page 12]', 'The committee met on Tuesday about pages 11-12 of the plan and agreed.', 'Nobody objected to the draft.', 'The chair closed the meeting at noon.'];
    const before = textOf(ps);
    const after = textOf(movedToEnd(ps, 0));
    const record = recordOn(before, '12]');
    const [tag] = reanchorTags([{ ...record, quote: '12', end: record.end - 1, suffix: ']' + record.suffix.slice(0, -1) }], after);
    assert.equal(tag!.status, 'orphaned');
    const lines = after.lastIndexOf('[Page 12]') + '[Page '.length;
    assert.ok(tag!.candidates?.some((c) => c.start === lines && c.end === lines + 2), tag!.anchorNote);
  });

  it('lines that stand twice as whole lines prove nothing: the tag is not placed on either, both are its candidates', () => {
    const ps = [...HEARING, HEARING[1]!];
    const before = textOf(HEARING);
    const quote = 'tors have doubled every single month, and we need more staff.\n\nQ: So I take';
    const after = textOf(movedToEnd(ps, 1));
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    assert.equal(tag!.status, 'orphaned', `placed on “${after.slice(tag!.start, tag!.end)}”`);
    const words = 'tors have doubled every single month, and we need more staff.';
    assert.deepEqual(tag!.candidates?.map((c) => after.slice(c.start, c.end)), [words, words], tag!.anchorNote);
  });
});

describe('a cue moved away from the middle of a tag over several cues', () => {
  // Captions: cues of a word or two each, their times alike from one cue to the next.
  const cues = [
    ['00:02:01.100', '00:02:02.400', 'Rosa Lindqvist', 'So you moved the depot?'],
    ['00:02:02.900', '00:02:03.300', 'Ilse Marten', 'Yes.'],
    ['00:02:03.650', '00:02:03.900', 'Rosa Lindqvist', 'Yes.'],
    ['00:02:04.210', '00:02:04.730', 'Rosa Lindqvist', 'Okay.'],
    ['00:02:05.020', '00:02:09.880', 'Rosa Lindqvist', 'We moved it to the old tram shed near the river last year.'],
    ['00:02:10.300', '00:02:14.050', 'Rosa Lindqvist', 'And the drivers, did they come along with it or stay behind?'],
  ];
  const cue = ([from, to, who, words]: string[]) => `${from} --> ${to}\n<v ${who}>${words}`;
  const before = `WEBVTT\n\n${cues.map(cue).join('\n\n')}\n`;
  const quote = before.slice(before.indexOf('03.300\n<v Ilse Marten>Yes.'), before.indexOf('00:02:04.210') + '00:02:04.210'.length);

  it('is not stretched over the next cue, whose times only look like those of the cue that moved', () => {
    // The third cue moved to the end; the tag's first cue and its last time stand, the next cue's alike after them.
    const after = `WEBVTT\n\n${[...cues.slice(0, 2), ...cues.slice(3), cues[2]!].map(cue).join('\n\n')}\n`;
    const [tag] = reanchorTags([recordOn(before, quote)], after);
    const next = after.indexOf(' --> 00:02:04.730');
    assert.ok(tag!.status === 'orphaned' || tag!.end <= next, `placed on “${after.slice(tag!.start, tag!.end)}”: ${tag!.anchorNote}`);
  });
});
