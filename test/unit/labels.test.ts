import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLabelPatterns, matchLabel, normaliseSpeaker } from '../../src/core/formats/labels';
import { roleOfName } from '../../src/core/transcript/roleWords';

/** The speaker a line's label names, or undefined when the line has no label. */
function speaker(line: string): string | undefined {
  return matchLabel(line)?.name;
}

describe('speaker labels', () => {
  const labelled: Array<[string, string]> = [
    ['SG: Thank you all for coming.', 'SG'],
    ['Question: Will the talks resume?', 'Question'],
    ['Q: Is that a yes?', 'Q'],
    ['A: It is.', 'A'],
    ['Answer: Not today.', 'Answer'],
    ['Moderator: Next question, please.', 'Moderator'],
    ['MR PRICE: Good afternoon, everybody.', 'Mr Price'],
    ['SECRETARY BLINKEN: We have been clear.', 'Secretary Blinken'],
    ['QUESTION: On the ceasefire, Ned.', 'Question'],
    ['Foreign Minister Sergey Lavrov: We disagree.', 'Foreign Minister Sergey Lavrov'],
    ['Dr. J. R. Okafor: The data says otherwise.', 'Dr. J. R. Okafor'],
    ['H.E. Ms. Amina Diallo: Thank you, Chair.', 'H.E. Ms. Amina Diallo'],
    ['Ursula von der Leyen: The Union stands ready.', 'Ursula von der Leyen'],
    ['Mohammed bin Salman: Welcome.', 'Mohammed bin Salman'],
    ['Marie O’Brien-Smith: I object.', 'Marie O’Brien-Smith'],
    ['Мария Захарова: Спасибо за вопрос.', 'Мария Захарова'],
    ['[00:01:05] Host: Welcome back to the programme.', 'Host'],
    ['00:01:05 Host: Welcome back.', 'Host'],
    ['(00:12) Guest: Glad to be here.', 'Guest'],
    ['**Spokesman:** We do not comment on leaks.', 'Spokesman'],
    ['**Spokesman**: We do not comment on leaks.', 'Spokesman'],
    ['MR LAVROV: (via interpreter) We are ready.', 'Mr Lavrov'],
    ['Minister Wang (through interpreter): Thank you.', 'Minister Wang'],
    ['Q. Where were you that night?', 'Q'],
    ['A. At home.', 'A'],
    ['Senator Reyes:\u00a0Thank you, Madam Chair.', 'Senator Reyes'],
    ['THE PRESIDENT: Please, sit down.', 'The President'],
    ['Interviewer: Let us begin.', 'Interviewer'],
    ['Hon. (Dr) Ann Kamau (Lakeside North, ABC): Thank you, Hon. Speaker.', 'Hon. (Dr) Ann Kamau'],
    ['Sen. (Prof.) Peter Otieno: I rise to support.', 'Sen. (Prof.) Peter Otieno'],
    ['Hon.Wanjiru: I was keyed without a space.', 'Hon. Wanjiru'],
    ['H.E. Ms. Amina Diallo: Initials keep their dots.', 'H.E. Ms. Amina Diallo'],
  ];
  for (const [line, name] of labelled) {
    it(`finds the speaker ${JSON.stringify(name)} in ${JSON.stringify(line)}`, () => {
      assert.equal(speaker(line), name);
    });
  }

  const unlabelled = [
    'Our role is very simple: It is to serve.',
    'Moscow: 15:37',
    'London: 12:37 pm',
    'Consular queries:\u00a0\u00a0',
    'Episode 42: Water, borders and the long drought',
    'Note: the figures were revised later.',
    'Source: https://example.org/briefing',
    'Update: this story has been corrected.',
    'Press Conference: the minister takes questions',
    'Phone: +44 20 7946 0000',
    'The reasons are three: cost, time and trust.',
    'Firstly: we must act.',
    'The figures (Table) show it: costs rose.',
    'Mr Chairman, heads of state, colleagues:',
    'Thank you.',
    '',
    'A sentence with no colon at all',
    'Secretary-General’s remarks at a press encounter: Moscow',
  ];
  for (const line of unlabelled) {
    it(`finds no speaker in ${JSON.stringify(line)}`, () => {
      assert.equal(speaker(line), undefined);
    });
  }

  it('gives the label its offsets and where the spoken words start', () => {
    const m = matchLabel('[00:01:05] Host: Welcome back.')!;
    assert.equal(m.timestamp, '[00:01:05]');
    assert.equal('[00:01:05] Host: Welcome back.'.slice(m.start, m.end), 'Host:');
    assert.equal('[00:01:05] Host: Welcome back.'.slice(m.textStart), 'Welcome back.');
  });

  it('keeps a parenthetical after the label apart from the spoken words', () => {
    const line = 'MR LAVROV: (via interpreter) We are ready.';
    const m = matchLabel(line)!;
    assert.equal(m.parenthetical, 'via interpreter');
    assert.equal(line.slice(m.textStart), 'We are ready.');
  });

  it('looks only at the start of a very long line', () => {
    const line = 'Speaker One: ' + 'word '.repeat(100_000);
    assert.equal(speaker(line), 'Speaker One');
    assert.equal(speaker('word '.repeat(100_000) + 'Late: label'), undefined);
  });

  it('uses patterns from the settings', () => {
    const { patterns, errors } = compileLabelPatterns(['(?<name>[A-Z]{2,4}) >']);
    assert.deepEqual(errors, []);
    assert.equal(matchLabel('JS > We should start.', { labelPatterns: patterns })?.name, 'JS');
  });

  it('reports a label pattern that is not a regular expression', () => {
    const { patterns, errors } = compileLabelPatterns(['(unclosed']);
    assert.equal(patterns.length, 0);
    assert.match(errors[0]!, /label pattern 1 .*not a valid regular expression/);
  });
});

describe('speaker names and roles', () => {
  it('turns ALL CAPS names into title case but keeps short codes', () => {
    assert.equal(normaliseSpeaker('MR PRICE'), 'Mr Price');
    assert.equal(normaliseSpeaker('SECRETARY-GENERAL'), 'Secretary-General');
    assert.equal(normaliseSpeaker('SG'), 'SG');
    assert.equal(normaliseSpeaker('MINISTER OF FOREIGN AFFAIRS'), 'Minister of Foreign Affairs');
    assert.equal(normaliseSpeaker('Sergey\u00a0 Lavrov'), 'Sergey Lavrov');
  });

  it('knows questioners, moderators and respondents by their role words', () => {
    assert.equal(roleOfName('Question'), 'questioner');
    assert.equal(roleOfName('Q'), 'questioner');
    assert.equal(roleOfName('CNN Reporter'), 'questioner');
    assert.equal(roleOfName('Moderator'), 'moderator');
    assert.equal(roleOfName('Host'), 'moderator');
    assert.equal(roleOfName('A'), 'respondent');
    assert.equal(roleOfName('Sergey Lavrov'), undefined);
  });

  it('takes extra questioner and moderator names from the settings', () => {
    assert.equal(roleOfName('Lee', { questioners: ['lee'] }), 'questioner');
    assert.equal(roleOfName('Anchor Desk', { moderators: ['Anchor Desk'] }), 'moderator');
  });
});
