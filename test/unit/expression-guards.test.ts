import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chromeKind } from '../../src/core/formats/chrome';
import { findDates } from '../../src/core/formats/dates';
import { matchLabel } from '../../src/core/formats/labels';
import { readPlain } from '../../src/core/formats/plain';
import { lowerAscii, mayHoldAny, mayStartWithAny } from '../../src/core/text/asciiWords';

// The cheap tests that spare compiling case-folded expressions must never turn down a line the expression takes.
describe('tests before case-folded expressions', () => {
  it('lower an ASCII text and leave any other text to the expression', () => {
    assert.equal(lowerAscii('Next Question'), 'next question');
    assert.equal(lowerAscii('Next ſtep'), undefined);
    assert.equal(lowerAscii('Next question’s'), undefined);
  });

  it('turn down only ASCII text without any of the parts, in any case', () => {
    assert.equal(mayHoldAny('GO AHEAD, PLEASE', ['ahead']), true);
    assert.equal(mayHoldAny('Thank you all', ['ahead']), false);
    assert.equal(mayHoldAny('go aheaͩd', ['ahead']), true);
    assert.equal(mayStartWithAny('Counsel for the State', ['counsel ']), true);
    assert.equal(mayStartWithAny('The counsel for the State', ['counsel ']), false);
  });

  it('find page footers written in capitals, with a long s or with the Kelvin sign', () => {
    assert.equal(chromeKind('SHARE THIS PAGE'), 'footer');
    assert.equal(chromeKind('Tags: water, treaty'), 'footer');
    assert.equal(chromeKind('© 2024 Ministry'), 'footer');
    assert.equal(chromeKind('ſhare'), 'footer');
    assert.equal(chromeKind('bac\u212a to top'), 'footer');
    assert.equal(chromeKind('Press conference on the treaty'), undefined);
  });

  it('find dates only with a year, as every date pattern has one', () => {
    assert.deepEqual(findDates('12 May 2021').map((d) => d.iso), ['2021-05-12']);
    assert.deepEqual(findDates('on 12 May'), []);
  });

  it('take diarisers’ names without a digit as such', () => {
    assert.equal(matchLabel('SPEAKER A: Hello.')?.name, 'SPEAKER A');
    assert.equal(matchLabel('Unknown Speaker: Right.')?.name, 'Unknown Speaker');
    assert.equal(matchLabel('Speaker 2: Yes.')?.name, 'Speaker 2');
  });

  it('drop the weekday beside a header’s date, so the place stands alone', () => {
    const t = readPlain(['Press briefing on the river treaty', '', 'Geneva, Monday, 12 May 2021', '', 'Moderator: Welcome.', '', 'Ann Lee: Thank you.', ''].join('\n'));
    assert.equal(t.metadata.date, '2021-05-12');
    assert.equal(t.metadata.place, 'Geneva');
  });

  it('find a moderator who hands the floor over in capitals, and no moderator where nobody does', () => {
    const who = ['Pat Kim', 'Ann Lee', 'Pat Kim', 'Bo Chan', 'Pat Kim', 'Ann Lee', 'Pat Kim', 'Bo Chan'];
    const handing = ['NEXT QUESTION, PLEASE.', 'The water talks went well.', 'GO AHEAD, YOUR LINE IS OPEN.', 'Thanks. When will the treaty be signed?', 'OVER TO YOU.', 'Soon, we hope.', 'We have time for one more.', 'Will the budget change?'];
    const transcript = (say: string[]) => readPlain(who.map((w, i) => `${w}: ${say[i]}`).join('\n\n'));
    assert.equal(transcript(handing).turns[0]!.role, 'moderator');
    const chatting = handing.map((s, i) => (who[i] === 'Pat Kim' ? 'Thanks, and the weather is fine today.' : s));
    assert.notEqual(transcript(chatting).turns[0]!.role, 'moderator');
  });
});
