import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionAt, stepTurn, turnAt } from '../../src/core/navigation';
import { parseTranscript } from '../../src/core/transcript';
import { fixture } from './helpers';

const briefing = parseTranscript(fixture('state-briefing.txt'));
/** 1-based line of the turn a step from a 1-based line lands on. */
function step(fromLine: number, direction: 'next' | 'previous', questionsOnly = false): number | undefined {
  const turn = stepTurn(briefing, fromLine - 1, { direction, questionsOnly });
  return turn && turn.line + 1;
}

describe('turn and question keys', () => {
  it('goes to the next turn’s label line', () => assert.equal(step(7, 'next'), 11));
  it('goes from the header to the first turn', () => assert.equal(step(1, 'next'), 7));
  it('goes to the previous turn’s label line from inside a turn', () => assert.equal(step(9, 'previous'), 7));
  it('goes to the next question, past answers', () => assert.equal(step(11, 'next', true), 15));
  it('goes to the previous question', () => assert.equal(step(21, 'previous', true), 19));
  it('stays put after the last turn', () => assert.equal(step(23, 'next'), undefined));
  it('stays put before the first question', () => assert.equal(step(9, 'previous', true), undefined));
});

describe('position', () => {
  it('knows the turn and section under a line, blank lines included', () => {
    assert.equal(turnAt(briefing, 13)?.speaker, 'Mr Price');
    assert.equal(sectionAt(briefing, 13)?.title, 'Q&A 1');
    assert.equal(sectionAt(briefing, 0)?.title, 'Header');
    assert.equal(turnAt(briefing, 0), undefined);
  });
});
