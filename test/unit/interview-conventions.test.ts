import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

/** `line speaker (role)` per turn, lines 1-based. */
function turns(text: string, fileName = 'interview.txt'): string[] {
  return readTranscript(text, { fileName }).turns.map((t) => `${t.line + 1} ${t.speaker ?? '(none)'} (${t.role})`);
}

describe('research interviews', () => {
  it('reads roles written in small letters as labels where the document uses them again and again', () => {
    const text = [
      'interviewee: Is it recording already?',
      '',
      'interviewer: It is. Could you tell us how long you have worked with the archive?',
      '',
      'interviewee: About six years, mostly on the letters.',
      '',
      'interviewer 2: And before that?',
      '',
      'interviewee: A small museum by the harbour.',
      '',
      'interviewer 2: What did you do there?',
      '',
      'interviewee: Cataloguing, and the odd tour.',
      '',
    ].join('\n');
    assert.deepEqual(turns(text), [
      '1 Interviewee (respondent)',
      '3 Interviewer (questioner)',
      '5 Interviewee (respondent)',
      '7 Interviewer 2 (questioner)',
      '9 Interviewee (respondent)',
      '11 Interviewer 2 (questioner)',
      '13 Interviewee (respondent)',
    ]);
  });

  it('leaves a role word in small letters alone where it starts one line of prose', () => {
    const text = ['The talk went on for an hour.', '', 'host: the word the organisers used for the venue, not a person.', '', 'Everyone left by nine.', ''].join('\n');
    assert.deepEqual(turns(text, 'notes.txt'), ['1 (none) (unknown)']);
  });
});
