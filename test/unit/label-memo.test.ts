/**
 * Labels written alike are matched once (`LabelMemo`): a line takes the
 * match of an earlier line with the same start only where the words after
 * the colon could not change what the label is.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LabelMemo } from '../../src/core/formats/labelMemo';
import { matchLabel } from '../../src/core/formats/labels';

/** Each line's match through the memo, the lines read in order as the plain reader reads them. */
function memoMatches(lines: string[]) {
  const text = lines.join('\n');
  const memo = new LabelMemo(text, {});
  let at = 0;
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const m = memo.match(at, at + line.length, colon >= 0 && colon < 120 ? at + colon : -1);
    at += line.length + 1;
    return m;
  });
}

describe('labels written alike', () => {
  it('share one match object', () => {
    const [a, b, c] = memoMatches(['MODERATOR: Good morning.', 'MODERATOR: Next question.', 'SG: Thank you.']);
    assert.equal(a, b);
    assert.equal(a?.name, 'Moderator');
    assert.equal(c?.name, 'SG');
  });

  it('give words that start with `h` or `w` but no web address the match each line has alone', () => {
    const lines = ['MODERATOR: We will start.', 'MODERATOR: Here we are.', 'MODERATOR: what next?'];
    const [a, b, c] = memoMatches(lines);
    assert.equal(a, b);
    assert.equal(b, c);
    assert.deepEqual([a, b, c], lines.map((line) => matchLabel(line)));
  });

  it('give labels in bold, the markup closed after the colon, the match each line has alone', () => {
    const lines = ['**Ann Lee:** Good morning.', '**Ann Lee:** Welcome.', '__Ann Lee:__ Thanks.', '**Ann Lee:** http://example.org'];
    const [a, b, c, d] = memoMatches(lines);
    assert.equal(a, b);
    assert.equal(a?.end, '**Ann Lee:**'.length);
    assert.deepEqual([a, b, c, d], lines.map((line) => matchLabel(line)));
  });

  it('give labels after a time the match each line has alone, with the line\'s own timestamp', () => {
    const lines = ['[00:01:05] Guest: Good morning.', '[00:02:17] Guest: Welcome.', '[00:02:17] Guest: Again.', '[1:02:17] Guest: Later.', '(00:03:00) Guest: Yes.', '00:04:00 Guest: No.', '00:04:00.250 Guest: Maybe.', '[00:05:00] Guest: www.example.org', '[00:06:00] Guest: [00:06:01] Yes.'];
    const matches = memoMatches(lines);
    assert.deepEqual(matches, lines.map((line) => matchLabel(line)));
    assert.deepEqual(
      matches.map((m) => m?.timestamp),
      ['[00:01:05]', '[00:02:17]', '[00:02:17]', '[1:02:17]', '(00:03:00)', '00:04:00', '00:04:00.250', '[00:05:00]', '[00:06:00]'],
    );
  });

  it('do not take a court line number for a time', () => {
    const lines = ['12 MR. SMITH: Yes.', '13 MR. SMITH: No.', '14 Q. Where were you?'];
    assert.deepEqual(memoMatches(lines), lines.map((line) => matchLabel(line)));
  });

  it('are matched afresh where the words after the colon start with an address, a time, a bracket or a parenthesis', () => {
    const lines = ['Press office: thanks all.', 'Press office: www.example.org', 'Press office: HTTPS://example.org', 'Press office: http://example.org', 'Press office: write to desk@example.org', 'Ann Lee: 10:30 in the morning', 'Ann Lee: (via interpreter) Yes.', 'Ann Lee: [00:01:05] Yes.', 'Ann Lee: yes.'];
    assert.deepEqual(memoMatches(lines), lines.map((line) => matchLabel(line)));
  });

  it('are matched afresh where a parenthetical holds the first colon', () => {
    const lines = ['Ann Lee (note: first): Yes.', 'Ann Lee (note: second): No.'];
    const [a, b] = memoMatches(lines);
    assert.deepEqual([a, b], lines.map((line) => matchLabel(line)));
    assert.notEqual(a?.parenthetical, b?.parenthetical);
  });
});
