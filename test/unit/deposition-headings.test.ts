/**
 * A deposition's examination headings (`DIRECT EXAMINATION`, `BY MR. SMITH:`)
 * are said by nobody: they close the answer before them and open no turn,
 * while other lines in capitals that start alike remain what they are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

const deposition = [
  'Deposition of Ann Lee',
  '',
  'DIRECT EXAMINATION',
  'BY MR. SMITH:',
  'Q. Where were you?',
  'A. At home.',
  '',
  'CROSS-EXAMINATION',
  'BY MS. JONES:',
  'Q. Are you sure?',
  'A. I am.',
  '',
  'REDIRECT EXAMINATION',
  'Q. Anything else?',
  'A. No.',
  '',
  'FURTHER EXAMINATION',
  'Q. Last one?',
  'A. Done.',
  '',
  'RECROSS-EXAMINATION',
  'Q. Really?',
  'A. Really.',
  '',
  'BYRON: I was there.',
  'CROSSWORD: Not a heading either.',
].join('\n');

describe('deposition headings', () => {
  it('belong to no turn, and lines in capitals that only start like them are labels', () => {
    const turns = readTranscript(deposition).turns.map((u) => [u.speaker, u.line + 1, u.endLine + 1]);
    assert.deepEqual(turns, [
      ['Q', 5, 5],
      ['A', 6, 6],
      ['Q', 10, 10],
      ['A', 11, 11],
      ['Q', 14, 14],
      ['A', 15, 15],
      ['Q', 18, 18],
      ['A', 19, 19],
      ['Q', 22, 22],
      ['A', 23, 23],
      ['Byron', 25, 25],
      ['Crossword', 26, 26],
    ]);
  });
});
