/**
 * What each line of a plain transcript can be, decided in one pass
 * (`classifyLines`): the plain reader's later stages look only at the lines
 * these flags let through, so a line wrongly left out here is a label, a
 * heading or a news list the reader would miss.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CAPS_START, classifyLines, MAY_HEADING, MAY_LABEL, MAY_NEWS } from '../../src/core/formats/lineKinds';
import { LabelMemo } from '../../src/core/formats/labelMemo';

/** Each line's flags, and the lines that may hold a label, for the lines given. */
function kindsOf(lines: string[]) {
  const text = lines.join('\n');
  const k = classifyLines(text);
  return { ...k, flags: [...k.kind], labels: [...k.labelLines] };
}

describe('classifying lines by their starts', () => {
  it('marks lines of white space of any kind blank, with no first character', () => {
    const k = kindsOf(['Host: Hello.', '', ' \t\u00a0\u2003', '  Words here.']);
    assert.deepEqual([...k.blank], [0, 1, 1, 0]);
    assert.deepEqual([...k.first], [0, -1, -1, 21]);
  });

  it('says where each line\'s words end, before its trailing white space', () => {
    const k = kindsOf(['Host: Hello.  ', 'Words\u00a0\t', '   ']);
    assert.deepEqual([...k.last], [12, 20, 23]);
  });

  it('splits lines at \\n, \\r\\n and a lone \\r alike', () => {
    const k = classifyLines('SG: One.\r\nSG: Two.\rSG: Three.\nEnd');
    assert.deepEqual([...k.lines.starts], [0, 10, 19, 30]);
    assert.deepEqual([...k.lines.ends], [8, 18, 29, 33]);
    assert.deepEqual([...k.labelLines], [0, 1, 2]);
  });

  it('lets through as labels the lines with a colon near their start', () => {
    const k = kindsOf(['MODERATOR: Good morning.', 'We will continue to support the talks and the region.', `${'word '.repeat(30)}note: a colon far into the line.`]);
    assert.deepEqual(k.labels, [0]);
  });

  it('lets through as labels the lines without a colon that start as Q and A, times, numbers and names in capitals do', () => {
    const k = kindsOf(['Q Did you see it?', 'A. Yes.', '[00:01:05] Guest said so', '12 lines numbered', 'Mr. SMITH. I yield.', 'PREGUNTA', 'Emma  0:00', 'And then we left for the day.']);
    assert.deepEqual(k.labels, [0, 1, 2, 3, 4, 5, 6]);
  });

  it('lets through as headings only lines starting with a bracket or with capitals starting a heading word', () => {
    const k = kindsOf(['CROSS-EXAMINATION', 'BY MR. SMITH:', '[15] BY MS. LEE:', '[*6] [1] DIRECT EXAMINATION', 'MODERATOR: Good morning.', 'Cross words.']);
    assert.deepEqual(k.flags.map((f) => (f & MAY_HEADING) !== 0), [true, true, true, true, false, false]);
    assert.deepEqual(k.headingLines, [0, 1, 2, 3]);
  });

  it('lists the short lines with a digit, which alone can be page marks', () => {
    const k = kindsOf(['Page 3 of 20', '', `${'word '.repeat(30)}12`, '- 12 -', 'No number here.']);
    assert.deepEqual(k.markLines, [0, 3]);
  });

  it('lets through as a news list start only short lines whose first characters can start one, and dated teasers', () => {
    const k = kindsOf(['Latest news', 'Moderator: next', `Related ${'stories '.repeat(10)}`, '12.05.2021 - A teaser about the talks']);
    assert.deepEqual(k.flags.map((f) => (f & MAY_NEWS) !== 0), [true, false, false, true]);
  });

  it('marks lines opening with two ASCII capitals, the only ones that can finish a broken label', () => {
    const k = kindsOf(['TIMLICHMAN: Right.', 'Timlichman: Right.', '  SG: Yes.', 'ÉTAT: Oui.']);
    assert.deepEqual(k.flags.map((f) => (f & CAPS_START) !== 0), [true, false, true, false]);
    assert.ok(k.flags.every((f) => (f & MAY_LABEL) !== 0));
  });

  it('matches the labels of the lines that may hold one, given a memo', () => {
    const text = ['MODERATOR: Good morning.', 'Petitioners: No. 15-674', 'We went on.', 'SG:  Thank you.'].join('\n');
    const k = classifyLines(text, new LabelMemo(text, {}));
    assert.deepEqual([0, 1, 2, 3].map((i) => k.labels.get(i)?.name), ['Moderator', 'Petitioners', undefined, 'SG']);
  });
});
