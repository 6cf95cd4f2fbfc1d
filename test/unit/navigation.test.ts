import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastStartingBy, sectionAt, stepTurn, turnAt } from '../../src/core/transcript/lookup';
import { readTranscript } from '../../src/core/formats';
import { fixture } from './helpers';

const briefing = readTranscript(fixture('state-briefing.txt'));
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

describe('the item that starts at or before a line', () => {
  const starts = [2, 5, 5, 9];
  const at = (line: number) => {
    const i = lastStartingBy(starts.map((_, k) => k), line, (k) => starts[k]!);
    return i;
  };
  it('is none before the first start', () => assert.equal(at(1), undefined));
  it('is the item starting on that very line', () => assert.equal(at(2), 0));
  it('is the last of items starting on the same line', () => assert.equal(at(6), 2));
  it('is the last item past the end', () => assert.equal(at(100), 3));
});

describe('position in the real sections of a briefing', () => {
  it('gives the answer’s turn for a blank line after it, and no turn in the closing stage direction', () => {
    assert.equal(turnAt(briefing, 22)?.speaker, 'Mr Price');
    assert.equal(sectionAt(briefing, 24)?.kind, 'closing');
    assert.equal(turnAt(briefing, 24), undefined);
  });
});
