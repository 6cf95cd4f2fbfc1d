import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';

/** Reads a research-interview transcript written inline, lines joined with `\n`. */
function read(lines: string[], fileName = 'interview.txt'): Transcript {
  return readTranscript(lines.join('\n'), { fileName });
}

/** `line speaker` per turn, 1-based lines. */
function turns(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1} ${u.label === null ? '(none)' : u.speaker}`);
}

/** The role the transcript gives each speaker. */
function roles(t: Transcript): Record<string, string> {
  return Object.fromEntries(t.speakers.map((s) => [s.name, s.role]));
}

describe('research interviews: numbered participants', () => {
  it('reads "Interviewer 1:" and "Interviewee:" as two speakers', () => {
    const t = read(['Interviewer 1: Thanks for making the time. What is your job?', '', 'Interviewee: I maintain the ticketing system.', '', 'Interviewer 1: For how long?', '', 'Interviewee: Six years now.']);
    assert.deepEqual(turns(t), ['1 Interviewer 1', '3 Interviewee', '5 Interviewer 1', '7 Interviewee']);
  });

  it('reads a number run into the role and a space before the colon ("Interviewer1 :")', () => {
    const t = read(['Interviewer1 : Bonjour, on commence ?', 'Interviewee1 : Oui, allez-y.', 'Interviewer2 : Une question sur les données.', 'Interviewee1 : Bien sûr.']);
    assert.deepEqual(turns(t), ['1 Interviewer1', '2 Interviewee1', '3 Interviewer2', '4 Interviewee1']);
  });

  it('gives a numbered interviewer the interviewer\'s role, and a diariser\'s "Speaker 1" none of a chair', () => {
    const t = read(['Interviewer2: When did the team start?', 'Interviewee1: In spring.', 'Interviewer2: Who led it?', 'Interviewee1: Nobody at first.']);
    assert.equal(roles(t)['Interviewer2'], 'questioner');
    assert.equal(roles(t)['Interviewee1'], 'respondent');
    const s = read(['Speaker 1: Hello there.', 'Speaker 2: Hi.', 'Speaker 1: Shall we start?', 'Speaker 2: Yes.']);
    assert.notEqual(roles(s)['Speaker 1'], 'moderator');
  });

  it('reads Otter\'s headers with a participant code and a time ("P3 0:04"), the words below', () => {
    const t = read(['P3 0:00', 'Can you hear me now?', '', 'R1 0:04', 'Yes, loud and clear. Let us begin.', '', 'P3 0:11', 'Good. I run the weather models.', '', 'R1 0:20', 'Which ones?']);
    assert.deepEqual(turns(t), ['1 P3', '4 R1', '7 P3', '10 R1']);
  });
});

describe('research interviews: markdown transcripts', () => {
  it('reads a name in bold before the words, with no colon ("**Interviewer** …")', () => {
    const t = read(['**Interviewer** Shall we go through the findings?', '', '**Plant Manager** Yes, I read them last night.', '', '**Interviewer** What struck you first?', '', '**Plant Manager** The downtime figures.'], 'talk.md');
    assert.deepEqual(turns(t), ['1 Interviewer', '3 Plant Manager', '5 Interviewer', '7 Plant Manager']);
  });

  it('reads "### Name" headings as speakers where the names come back, the words below them', () => {
    const t = read(['# Transcript', '', '### Interviewer', 'Thanks for joining. How did the pilot go?', '', '### Systems Developer', 'Better than we feared.', '', '### Interviewer', 'What broke?', '', '### Systems Developer', 'Mostly the imports.'], 'talk.md');
    assert.deepEqual(turns(t), ['3 Interviewer', '6 Systems Developer', '9 Interviewer', '12 Systems Developer']);
  });

  it('keeps a heading named once as a heading, not a speaker', () => {
    const t = read(['### Early Years and School', '', 'Interviewer: Where did you grow up?', '', 'Narrator: By the river.', '', '### Moving to the City', '', 'Interviewer: And later?', '', 'Narrator: Glasgow.'], 'history.md');
    assert.deepEqual(turns(t), ['3 Interviewer', '5 Narrator', '9 Interviewer', '11 Narrator']);
  });
});

describe('research interviews: Otter exported without times', () => {
  const names = ['Maya Ortiz', 'Luca Brandt'];
  const lines: string[] = [];
  const says = ['Welcome, and thanks for coming.', 'Glad to be here.', 'How did the studio start?', 'Two of us in a kitchen.', 'And now?', 'Eleven people.', 'What changed?', 'A publisher called us.'];
  says.forEach((words, k) => lines.push(`${names[k % 2]}  `, words, ''));

  it('reads a name alone on its line as the speaker of the words below it', () => {
    const t = read(lines, 'episode.md');
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['Maya Ortiz', 'Luca Brandt', 'Maya Ortiz', 'Luca Brandt', 'Maya Ortiz', 'Luca Brandt', 'Maya Ortiz', 'Luca Brandt'],
    );
  });

  it('reads a short capitalised line that comes only once as words, not a speaker', () => {
    const t = read(['Interviewer: What did the letter say?', '', 'Respondent: Just two words.', '', 'Come Home', '', 'Interviewer: And you went?', '', 'Respondent: The next day.']);
    assert.ok(!t.speakers.some((s) => s.name === 'Come Home'), t.speakers.map((s) => s.name).join(', '));
  });
});
