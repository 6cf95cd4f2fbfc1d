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

describe("a transcription service's credit", () => {
  it('is boilerplate, not the last speaker’s words, and its link is not the source', () => {
    const text = ['Ines  0:00', 'Welcome to the orchard hour.', '', 'Pavel  0:04', 'Glad to be here.', '', 'Ines  0:09', 'How did the frost go?', '', 'Pavel  0:12', 'Badly, for the plums.', '', 'Transcribed by https://otter.ai', ''].join('\n');
    const t = readTranscript(text, { fileName: 'orchard.txt' });
    assert.equal(t.metadata.source, undefined);
    const last = t.turns.at(-1)!;
    assert.equal(last.speaker, 'Pavel');
    assert.equal(last.endLine + 1, 11);
    assert.deepEqual(
      t.sections.map((s) => s.kind),
      ['opening', 'boilerplate'],
    );
  });

  it('is boilerplate in brackets at the top too, and a credit to people is left alone', () => {
    const credited = readTranscript(['(Transcribed by ScribeNow.ai. Upgrade to remove this message.)', '', 'Speaker 1: Hello.', '', 'Speaker 2: Hi.', '', 'Speaker 1: Shall we?', ''].join('\n'), { fileName: 'a.txt' });
    assert.equal(credited.sections[0]!.kind, 'boilerplate');
    const people = readTranscript(['Transcribed by two volunteers.', '', 'Ana: Hello.', '', 'Ben: Hi.', '', 'Ana: Shall we?', ''].join('\n'), { fileName: 'b.txt' });
    assert.ok(!people.sections.some((s) => s.kind === 'boilerplate'));
  });
});
