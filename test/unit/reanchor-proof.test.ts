/** Re-anchoring that proves where a tag is: every example of issue 11, as a test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextAround, normalized, placeTags, reanchorTags, sameButLineEndings, sha256Text, TextIndex, type Tag, type TagRecord } from '../../src/core/annotations';

/** A stored tag on the n-th occurrence of `quote` in `text`. */
function recordOn(text: string, quote: string, occurrence = 0, id = 't-00000001'): TagRecord {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `"${quote}" is not in the text`);
  const index = new TextIndex(text);
  return {
    id, category: 'factual-claim', quote,
    start: index.toCodePoint(start), end: index.toCodePoint(start + quote.length),
    ...contextAround(text, start, start + quote.length),
    speaker: null, section: null, created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', status: 'anchored',
  };
}

const words = (text: string, tag: Tag) => text.slice(tag.start, tag.end);
const one = (records: TagRecord[], text: string) => reanchorTags(records, text)[0]!;

describe('re-anchoring accepts a place only on evidence', () => {
  it('words that slide into the old offset are not taken for the tag (Mayor: Wales pays the bill)', () => {
    const before = 'Mayor: Wales pays the bill.';
    const after = 'Mayor: Wales says the state pays the bill.';
    const tag = one([recordOn(before, 'the')], after);
    assert.notEqual(tag.start, after.indexOf('the state'));
    assert.notEqual(tag.status, 'anchored');
    assert.equal(tag.status, 'moved');
    assert.equal(tag.start, after.indexOf('the bill'));
  });

  it('a near-identical sentence inserted before a tag makes it ambiguous, never placed by chance', () => {
    const sentence = 'The minister said that the new bridge over the river will open to traffic in the spring of next year, as planned.';
    const before = `Chair: Welcome.\n\n${sentence}\n\nChair: Thank you.`;
    const inserted = sentence.replace('as planned', 'as hoped');
    const after = `Chair: Welcome.\n\n${inserted} ${sentence}\n\nChair: Thank you.`;
    const tag = one([recordOn(before, 'will open to traffic')], after);
    // Both copies have the words and their 32 characters either side: no evidence decides.
    assert.equal(tag.status, 'orphaned');
    assert.match(tag.anchorNote!, /^Ambiguous: its words fit 2 places equally well/);
    assert.deepEqual(tag.candidates!.map((c) => after.slice(c.start, c.end)), ['will open to traffic', 'will open to traffic']);
  });

  it('a duplicated paragraph makes its tags ambiguous, with both places listed', () => {
    const para = 'Spokesperson: Last week, as every week since the spring, we delivered four hundred tonnes of grain to the northern province, by road and by rail.';
    const before = `Q: What about aid?\n\n${para}\n\nQ: Thank you.`;
    const after = `Q: What about aid?\n\n${para}\n\n${para}\n\nQ: Thank you.`;
    const tag = one([recordOn(before, 'four hundred tonnes')], after);
    assert.equal(tag.status, 'orphaned');
    assert.equal(tag.candidates!.length, 2);
  });

  it('a phrase corrected in place stays there, not on an exact copy elsewhere (the UN Security Council)', () => {
    const before = 'Envoy: We will take this to the Security Council on Monday and ask for a vote.\n\nQ: And the others?\n\nEnvoy: Members of the Security Council will decide in time.';
    const after = before.replace('take this to the Security Council', 'take this to the UN Security Council');
    const tag = one([recordOn(before, 'the Security Council', 0)], after);
    assert.equal(words(after, tag), 'the UN Security Council');
    assert.equal(tag.status, 'moved');
  });

  it('a deleted two-word tag is orphaned, not moved to a copy of its words elsewhere', () => {
    const before = 'A: We asked the Council yesterday for more time.\n\nB: In March, the Council agreed to look again at the figures.';
    const after = before.replace('We asked the Council yesterday for more time.', 'We asked yesterday for more time.');
    const tag = one([recordOn(before, 'the Council', 0)], after);
    assert.equal(tag.status, 'orphaned');
  });

  it('a deleted one-word tag is orphaned, not moved to a copy', () => {
    const before = 'Minister: Inflation is falling, slowly.\n\nReporter: Is it falling fast enough for families in the north?';
    const after = before.replace('Inflation is falling, slowly.', 'Inflation is stable.');
    const tag = one([recordOn(before, 'falling', 0)], after);
    assert.equal(tag.status, 'orphaned');
  });

  it('a tag at the very start is reported moved when text is added before it', () => {
    const before = 'Thank you all for coming today.';
    const after = 'Good morning. Thank you all for coming today.';
    const tag = one([recordOn(before, 'Thank you')], after);
    assert.equal(words(after, tag), 'Thank you');
    assert.equal(tag.status, 'moved');
  });

  it('a tag at the very end is reported moved when text is added after it', () => {
    const before = 'We will open the station before October';
    const after = before + ', we hope.';
    const tag = one([recordOn(before, 'before October')], after);
    assert.equal(words(after, tag), 'before October');
    assert.equal(tag.status, 'moved');
  });
});

describe('the tags around an ambiguous one', () => {
  const refrain = 'We will not back down from this, not now and not ever, whatever they say.';
  const before = [
    'Chair: The first speaker, please.',
    '',
    `Speaker: ${refrain}`,
    '',
    'Chair: Thank you. The second speaker, please.',
    '',
    `Speaker: ${refrain}`,
    '',
    'Chair: That concludes the session for today.',
  ].join('\n');

  it('place a tag whose words and surroundings stand twice, when only the spacing changed', () => {
    const records = [recordOn(before, 'The first speaker', 0, 't-1'), recordOn(before, 'not now and not ever', 1, 't-2'), recordOn(before, 'concludes the session', 0, 't-3')];
    const after = before.replace(/\n/g, '\r\n').replace('first speaker', 'first  speaker');
    const tag = reanchorTags(records, after).find((t) => t.id === 't-2')!;
    assert.equal(tag.status, 'anchored');
    assert.equal(tag.start, after.lastIndexOf('not now and not ever'));
  });

  it('do not decide for a copy of the sentence put right before the tagged one', () => {
    const base = `Chair: Go ahead.\n\nSpeaker: ${refrain}\n\nChair: Thank you, that is all.`;
    const records = [recordOn(base, 'Go ahead', 0, 't-1'), recordOn(base, 'not now and not ever', 0, 't-2'), recordOn(base, 'that is all', 0, 't-3')];
    const after = base.replace(`Speaker: ${refrain}`, `Speaker: ${refrain.replace('whatever', 'whoever')} ${refrain}`);
    const tag = reanchorTags(records, after).find((t) => t.id === 't-2')!;
    assert.equal(tag.status, 'orphaned');
    assert.equal(tag.candidates!.length, 2);
  });
});

describe('re-anchoring ignores differences of form', () => {
  const text = [
    'Minister: “We won’t raise taxes” — that was the promise in 2019.',
    '',
    'Q: And now?',
    '',
    'Minister: We kept it, and we will keep it — whatever the café owners say.',
  ].join('\n');
  const tags = () => [recordOn(text, '“We won’t raise taxes” — that was the promise', 0, 't-1'), recordOn(text, 'whatever the café owners say', 0, 't-2'), recordOn(text, 'And now?', 0, 't-3')];

  const same = (after: string) => {
    const found = reanchorTags(tags(), after).sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(found.map((t) => t.status), ['anchored', 'anchored', 'anchored']);
    return found;
  };

  it('line endings changed from LF to CRLF leave every tag anchored', () => {
    const after = text.replace(/\n/g, '\r\n');
    const found = same(after);
    assert.equal(words(after, found[2]!), 'And now?');
  });

  it('straight quotes and apostrophes for curly ones leave tags anchored, on the new words', () => {
    const after = text.replace(/[“”]/g, '"').replace('’', "'");
    const found = same(after);
    assert.equal(words(after, found[0]!), `"We won't raise taxes" — that was the promise`);
  });

  it('dashes typed as two hyphens leave tags anchored', () => {
    same(text.replace(/ — /g, ' -- '));
  });

  it('runs of spaces and stripped trailing spaces leave tags anchored', () => {
    same(text.replace('the promise in', 'the  promise   in').replace('Q: And now?', 'Q:   And now?'));
  });

  it('decomposed accents (NFD) leave tags anchored', () => {
    const after = text.normalize('NFD');
    assert.notEqual(after, text);
    const found = same(after);
    assert.equal(words(after, found[1]!).normalize('NFC'), 'whatever the café owners say');
  });

  it('comparison treats quote, dash, space and NFC forms as one', () => {
    assert.equal(normalized('“It’s  —\r\nfine”'), normalized('"It\'s -- fine"'));
    assert.equal(normalized('cafe\u0301'), normalized('café'));
  });

  it('a sidecar whose text differs only by line endings is recognised as the same text', () => {
    assert.ok(sameButLineEndings(sha256Text(text), text.replace(/\n/g, '\r\n')));
    assert.ok(sameButLineEndings(sha256Text(text.replace(/\n/g, '\r\n')), text));
    assert.ok(!sameButLineEndings(sha256Text(text), text + ' '));
  });
});

describe('long tags anchor like short ones', () => {
  const sentence = (i: number) => `In paragraph ${i} of my opening statement I say that the committee’s work on item ${i} matters to everyone here. `;
  const statement = Array.from({ length: 60 }, (_, i) => sentence(i)).join('');
  const before = `Chair: Please begin.\n\nWitness: ${statement}\n\nChair: Thank you.`;

  it('a tag on a whole opening statement (over 4,000 characters) survives a changed apostrophe', () => {
    assert.ok(statement.length > 4000);
    const after = before.replace('committee’s work on item 7', "committee's work on item 7");
    const tag = one([recordOn(before, statement.trim())], after);
    assert.equal(tag.status, 'anchored');
    assert.equal(words(after, tag), statement.trim().replace('committee’s work on item 7', "committee's work on item 7"));
  });

  it('a long tag survives line endings changed and trailing spaces stripped', () => {
    const withBreaks = before.replace(/matters to everyone here\. /g, 'matters to everyone here. \n');
    const record = recordOn(withBreaks, statement.trim().replace(/matters to everyone here\. /g, 'matters to everyone here. \n').trim());
    const after = withBreaks.replace(/ \n/g, '\r\n');
    const tag = one([record], after);
    assert.equal(tag.status, 'anchored');
    assert.ok(words(after, tag).startsWith('In paragraph 0'));
    assert.ok(words(after, tag).endsWith('matters to everyone here.'));
  });

  it('a long tag whose words changed in a few places is found by its beginning and end, with exact ends', () => {
    const after = before.replace('item 12', 'item twelve').replace('item 30 matters', 'item 30 really matters');
    const tag = one([recordOn(before, statement.trim())], after);
    assert.equal(tag.status, 'moved');
    const w = words(after, tag);
    assert.ok(w.startsWith('In paragraph 0 '), w.slice(0, 20));
    assert.ok(w.endsWith('matters to everyone here.'), w.slice(-30));
  });
});

describe('fuzzy matches have exact ends', () => {
  it('a tie never drops the last character of a tag', () => {
    const before = 'Q: Well?\n\nA: The budget rose by ten percent last year. Q: Why?';
    const after = 'Q: Well?\n\nA: The budget rose by 10 percent last year. Q: Why?';
    const tag = one([recordOn(before, 'The budget rose by ten percent last year.')], after);
    assert.equal(words(after, tag), 'The budget rose by 10 percent last year.');
  });

  it('a changed word at the end is kept whole', () => {
    const before = 'A: We will build nine new schools in the county. B: Good.';
    const after = 'A: We will build nine new colleges in the county. B: Good.';
    const tag = one([recordOn(before, 'We will build nine new schools')], after);
    assert.equal(words(after, tag), 'We will build nine new colleges');
  });
});

describe('placing tags from a sidecar', () => {
  it('an ambiguous orphan gets its candidates again when the sidecar is read back', () => {
    const para = 'Spokesperson: Last week, as every week since the spring, we delivered four hundred tonnes of grain to the northern province, by road and by rail.';
    const before = `Q: What about aid?\n\n${para}\n\nQ: Thank you.`;
    const after = `Q: What about aid?\n\n${para}\n\n${para}\n\nQ: Thank you.`;
    const [tag] = reanchorTags([recordOn(before, 'four hundred tonnes')], after);
    const index = new TextIndex(after);
    const stored: TagRecord = { ...tag!, start: index.toCodePoint(tag!.start), end: index.toCodePoint(tag!.end) };
    delete (stored as Tag).candidates;
    const [again] = placeTags([stored], after, sha256Text(after), sha256Text(after));
    assert.equal(again!.status, 'orphaned');
    assert.equal(again!.candidates!.length, 2);
  });
});
