/**
 * Research interviews: `I:` and `P:` for interviewer and participant, and a speaker's code given at the first label
 * (`Interviewer (I):`, `Participant 3 (P3):`) and used after it. Written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

const roles = (text: string) => readTranscript(text, { fileName: 'interview.txt' }).turns.map((u) => [u.speaker, u.role]);

describe('research interviews', () => {
  it('reads I: as the interviewer who asks and P: as the participant who answers', () => {
    const text = ['I: How long have you lived by the harbour?', '', 'P: Nearly twenty years.', '', 'I: And the ferry?', '', 'P: I take it every morning.'].join('\n');
    assert.deepEqual(roles(text), [['I', 'questioner'], ['P', 'respondent'], ['I', 'questioner'], ['P', 'respondent']]);
  });

  it('keeps P: and R: as the Spanish question and answer', () => {
    const text = ['P: ¿Cuántos años vivió en el puerto?', '', 'R: Casi veinte.', '', 'P: ¿Y el ferry?', '', 'R: Lo tomo cada mañana.'].join('\n');
    assert.deepEqual(roles(text), [['P', 'questioner'], ['R', 'respondent'], ['P', 'questioner'], ['R', 'respondent']]);
  });

  it('gives a code the name it was given with at the first label', () => {
    const text = ['Interviewer (I): How long have you lived by the harbour?', 'Participant 3 (P3): Nearly twenty years.', 'I: And the ferry?', 'P3: I take it every morning.', 'Mina Cole (MC): May I add something?', 'MC: The ferry is often late.'].join('\n');
    assert.deepEqual(readTranscript(text, { fileName: 'p3.txt' }).turns.map((u) => u.speaker), ['Interviewer', 'Participant 3', 'Interviewer', 'Participant 3', 'Mina Cole', 'Mina Cole']);
  });

  it('takes a one-letter code for a code, not a role word: Participant (P) answers, though P alone is the Spanish question', () => {
    const text = ['Interviewer (I): How long have you lived by the harbour?', 'Participant (P): Nearly twenty years.', 'I: And the ferry?', 'P: I take it every morning.'].join('\n');
    assert.deepEqual(roles(text), [['Interviewer', 'questioner'], ['Participant', 'respondent'], ['Interviewer', 'questioner'], ['Participant', 'respondent']]);
  });

  it('never takes a party in brackets for a code', () => {
    const text = ['Chair (C): We begin.', 'Dr. Eva Voss (SPD): Thank you.', 'Chair: The next speaker.', 'SPD: Applause.'].join('\n');
    const speakers = readTranscript(text, { fileName: 'minutes.txt' }).turns.map((u) => u.speaker);
    assert.equal(speakers[3], 'SPD');
  });

  it('takes a role word in brackets after the name as the turn\'s role', () => {
    const text = ['Lena Ortiz (Host): Welcome back. How long have you run the ferry?', '', 'Tom Haas (Guest): Twelve years now.', '', 'Lena Ortiz (Host): And the new boat?', '', 'Tom Haas (Guest): It arrives in May.'].join('\n');
    assert.deepEqual(roles(text).filter(([speaker]) => speaker === 'Lena Ortiz'), [['Lena Ortiz', 'moderator'], ['Lena Ortiz', 'moderator']]);
    const record = ['Hon. Ian Ross (Acting Speaker): Order, please.', '', 'Hon. Mia Lund: Thank you.'].join('\n');
    assert.equal(roles(record)[0]![1], 'moderator');
  });
});
