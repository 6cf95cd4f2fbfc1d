import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnsOf } from '../../src/core/claims/columns';
import { contextsOf } from '../../src/core/claims/context';
import { readCues } from '../../src/core/claims/cues';

/** Each sentence's `afterQuestion`, for sentences given as [speaker, text] in turns of one speaker each. */
function afterQuestion(said: Array<[string, string]>): number[] {
  const sentences = said.map(([speaker, text]) => ({ speaker, text }));
  const turnOf: number[] = [];
  for (let i = 0; i < said.length; i++) turnOf.push(i === 0 ? 0 : turnOf[i - 1]! + (said[i]![0] === said[i - 1]![0] ? 0 : 1));
  const columns = columnsOf(sentences, turnOf);
  return Array.from(contextsOf(columns, readCues(columns)).afterQuestion);
}

describe('where a sentence stands in its transcript', () => {
  it('marks the sentences of a turn that follows a turn ending in a question', () => {
    assert.deepEqual(
      afterQuestion([
        ['HOST', 'Welcome back.'],
        ['HOST', 'How many homes were built last year?'],
        ['GUEST', 'About four thousand.'],
        ['GUEST', 'More than ever.'],
      ]),
      [0, 0, 1, 1],
    );
  });

  it('reads the question mark behind closing quotes, a bracket and white space', () => {
    assert.deepEqual(
      afterQuestion([
        ['HOST', 'Did she really say "who pays for it?" '],
        ['GUEST', 'She did.'],
        ['HOST', 'And the bridge (was it finished?)'],
        ['GUEST', 'Not yet.'],
      ]),
      [0, 1, 0, 1],
    );
  });

  it('does not take a question inside a turn, or a turn that only holds a question mark midway, for one that ends in a question', () => {
    assert.deepEqual(
      afterQuestion([
        ['HOST', 'Why? Because the river rose.'],
        ['GUEST', 'It did.'],
        ['HOST', 'Is it true? I am told it is.'],
        ['GUEST', 'Yes.'],
      ]),
      [0, 0, 0, 0],
    );
  });
});
