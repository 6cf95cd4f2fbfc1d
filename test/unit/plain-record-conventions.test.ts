/**
 * The plain-text reader on text extracted from documents (PDF pages, Word
 * paragraphs): record headings, group labels after a time range, the
 * interviewer of a two-person dialogue, case captions and quotations. Every
 * text here is written for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

/** The speakers of the labelled turns, in order. */
function speakers(text: string): (string | null)[] {
  return readTranscript(text).turns.filter((u) => u.speaker !== null).map((u) => u.speaker);
}

describe('record headings in capitals', () => {
  it('takes no heading in capitals for a speaker where the labels are `Hon. Name:` colons', () => {
    const text = [
      'THE RECORD', '', 'Tuesday, 3rd March 2026', 'THE RECORD', '', 'PRAYERS', '',
      'Hon. Chair: Order, Members. We begin with the notices.', '',
      'Hon. Ada Wren (Northfield, LP): I rise to give notice of a motion.', '',
      'Hon. Chair: Thank you. Next order.', '',
      'BILL', 'THE FISHERIES (AMENDMENT) BILL', '(Bill No.4 of 2025)', '',
      'Hon. Ben Stroud (Eastmoor, UP): I second the motion.', '',
      'BILL', 'THE WATER BILL', '(Bill deferred)', '',
      'Hon. Chair: The House stands adjourned.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Hon. Chair', 'Hon. Ada Wren', 'Hon. Chair', 'Hon. Ben Stroud', 'Hon. Chair']);
  });

  it('takes a capitals line followed by a bracketed note for a heading, even where capitals are the labels', () => {
    const text = ['PREGUNTA', '¿Cómo valora el acuerdo?', '', 'MINISTRA', 'Lo valoro bien.', '', 'ANEXO', '(Documento adjunto)', '', 'PREGUNTA', '¿Y los plazos?', '', 'MINISTRA', 'Se cumplirán.'].join('\n');
    assert.deepEqual(speakers(text), ['Pregunta', 'Ministra', 'Pregunta', 'Ministra']);
  });
});

describe('group labels after a time range', () => {
  it('reads `[mm:ss – mm:ss] Ana, Ben and Carl:` as one turn by the group', () => {
    const text = ['[00:00 – 01:10] Ana, Ben and Carl: [Greetings].', '', '[01:10] Ana: Where do you work?', '', '[01:15] Carl: At the harbour office.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Ana, Ben and Carl', 'Ana', 'Carl']);
    assert.equal(t.turns[0]!.time, 0);
  });
});

describe('the interviewer of a two-person dialogue', () => {
  const lines = (pairs: [string, string][]) => pairs.map(([who, words], i) => `[0${i}:00] ${who}: ${words}`).join('\n\n');

  it('finds the one who asks far more often, by question marks and interrogative openings', () => {
    const text = lines([
      ['Mia', 'What do you do for a living?'], ['Tom', 'I repair boats down at the quay.'],
      ['Mia', 'Do you enjoy the work.'], ['Tom', 'Mostly, yes. Winters are hard.'],
      ['Mia', 'That sounds tiring.'], ['Tom', 'It is, but the summers make up for it. Would you believe it?'],
      ['Mia', 'How did you start?'], ['Tom', 'My uncle taught me when I was twelve.'],
      ['Mia', 'And have you thought of leaving?'], ['Tom', 'Never once.'],
    ]);
    const t = readTranscript(text);
    assert.deepEqual([...new Set(t.turns.map((u) => `${u.speaker} ${u.role}`))], ['Mia questioner', 'Tom respondent']);
    assert.equal(t.turns[2]!.question, true, 'a question without its question mark');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 4);
  });

  it('finds no interviewer where both ask as often', () => {
    const text = lines([
      ['Mia', 'Are you coming tonight?'], ['Tom', 'Maybe. Are you?'],
      ['Mia', 'Yes. Will Sam be there?'], ['Tom', 'I think so. Did you ask him?'],
      ['Mia', 'Not yet.'], ['Tom', 'Then I will.'],
    ]);
    const t = readTranscript(text);
    assert.ok(t.turns.every((u) => u.role === 'unknown'));
  });
});

describe('colons that name no speaker', () => {
  it('takes no case caption party before a docket number for a speaker', () => {
    const text = ['SUPREME COURT', '', 'JOHN ROE, ET AL.,', 'Petitioners : No. 22-101', 'v.', 'ACME CORP.', '', 'CHIEF JUSTICE LANE: We will hear argument now.', 'MR. FOX: Thank you.', 'CHIEF JUSTICE LANE: Go on.', 'MR. FOX: I will.'].join('\n');
    assert.deepEqual(speakers(text), ['Chief Justice Lane', 'Mr. Fox', 'Chief Justice Lane', 'Mr. Fox']);
  });

  it('takes no word before a quotation inside a speech for a speaker where the speakers are named otherwise', () => {
    const text = ['Dana Holt: We asked the publisher about it.', 'Sam Reyes: And what did they say?', 'Dana Holt: They wrote back at once, and I quote.', 'Acme: "No civil action may be brought," they said.', 'Sam Reyes: Remarkable.'].join('\n');
    assert.deepEqual(speakers(text), ['Dana Holt', 'Sam Reyes', 'Dana Holt', 'Sam Reyes']);
  });
});

describe('the title of an interview', () => {
  it('is its heading, not a line of the paragraph that presents the guest', () => {
    const text = [
      'INTERVIEW', '',
      'Marc Dupont est un chercheur qui étudie les forêts anciennes', '(ONF). Il travaille avec les gardes pour compter les arbres', 'de la région.', '',
      'Julie Marin : Quels arbres comptez-vous ?', 'Marc Dupont : Les chênes surtout.', 'JM : Pourquoi ?', 'MD : Ils vieillissent.',
    ].join('\n');
    assert.equal(readTranscript(text).metadata.title, 'INTERVIEW');
  });

  it('keeps the whole presenting paragraph together, before the first question', () => {
    const text = [
      'INTERVIEW', '',
      'Marc Dupont est un chercheur qui étudie les forêts anciennes', '(ONF). Il travaille avec les gardes pour compter les arbres', 'de la région.', '',
      'Julie Marin : Quels arbres comptez-vous ?', 'Marc Dupont : Les chênes surtout.',
    ].join('\n');
    const first = readTranscript(text).turns[0]!;
    assert.equal(first.speaker, null);
    assert.equal(first.line, 2, 'the paragraph starts on the third line (0-based 2)');
  });
});

describe('labels that must still be read', () => {
  it('still reads a label whose answer below is a short word in capitals', () => {
    const text = ['PREGUNTA', '¿Está de acuerdo?', '', 'MINISTRA', 'OK, DE ACUERDO.', '', 'PREGUNTA', '¿Y el plazo?', '', 'MINISTRA', 'En marzo.'].join('\n');
    assert.deepEqual(speakers(text), ['Pregunta', 'Ministra', 'Pregunta', 'Ministra']);
  });

  it('takes a speaker saying `No. 10` first for a speaker still', () => {
    const text = ['Ann Lee: No. 10 is where we met.', 'Raj Patel: I remember it well.', 'Ann Lee: Good times.', 'Raj Patel: Indeed they were.'].join('\n');
    assert.deepEqual(speakers(text), ['Ann Lee', 'Raj Patel', 'Ann Lee', 'Raj Patel']);
  });
});

describe('briefings whose questions are `Q` and one space', () => {
  it('takes `Q text` for the question label where named speakers answer and no line starts with `A`', () => {
    const text = [
      'MS. HART: Good afternoon. One thing first.', '',
      'Q Good afternoon.', '',
      'MS. HART: The ferry runs again from Monday.', '',
      'Q How often will it run?', '',
      'MS. HART: Every hour.', '',
      'Q And on Sundays?', '',
      'MR. LOWE: Every two hours.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Ms. Hart', 'Q', 'Ms. Hart', 'Q', 'Ms. Hart', 'Q', 'Mr. Lowe']);
  });

  it('does not take two lines that start with the letter Q for questions', () => {
    const text = ['MS. HART: The plan is set.', '', 'Q Street is closed on Monday.', '', 'MR. LOWE: Noted.', '', 'Q Street opens again on Friday.'].join('\n');
    assert.deepEqual(speakers(text), ['Ms. Hart', 'Mr. Lowe']);
  });
});

describe('printed hearings: an office before the witness’s name', () => {
  const hearing = [
    '                  REVIEW OF THE LIGHTHOUSE SERVICE',
    '',
    '                           HEARING',
    '',
    '                        APRIL 2, 2031',
    '',
    '    Chairwoman ESTEVEZ. The subcommittee will come to order.',
    '    Ranking Member DOYLE. Thank you, Madam Chair.',
    '',
    '    Acting Administrator PRUITT. Thank you for the invitation. The',
    'service kept every light burning through the winter storms.',
    '    Chairwoman ESTEVEZ. Why were two keepers’ posts left empty?',
    '    Acting Administrator PRUITT. The posts were filled in March.',
    '    Ranking Member DOYLE. Administrator, how old is the fleet of',
    'supply boats?',
    '    Acting Administrator PRUITT. Eleven years on average.',
    '    Inspector General MWANGI. If I may add, our audit found the same.',
    '    Chairwoman ESTEVEZ. Thank you. We stand adjourned.',
  ].join('\n');

  it('reads the acting, deputy and ranking offices and the witness’s office as the label’s title', () => {
    const t = readTranscript(hearing);
    const roles = new Map(t.turns.map((u) => [u.speaker, u.role]));
    assert.deepEqual([...roles.keys()], ['Chairwoman Estevez', 'Ranking Member Doyle', 'Acting Administrator Pruitt', 'Inspector General Mwangi']);
    // The members ask and the witness answers.
    assert.equal(roles.get('Chairwoman Estevez'), 'questioner');
    assert.equal(roles.get('Acting Administrator Pruitt'), 'respondent');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 2);
  });

  it('keeps a mixed-case office and name of a printed hearing where the document repeats the form', () => {
    const mixed = hearing.replace(/([A-Z])([A-Z]+)\./g, (_, a: string, b: string) => `${a}${b.toLowerCase()}.`).replace(/Acting Administrator|Ranking Member|Inspector General/g, (m) => (m === 'Acting Administrator' ? 'Director' : m === 'Ranking Member' ? 'Senator' : 'Mayor'));
    assert.deepEqual([...new Set(readTranscript(mixed).turns.map((u) => u.speaker))], ['Chairwoman Estevez', 'Senator Doyle', 'Director Pruitt', 'Mayor Mwangi']);
  });
});

describe('a committee’s oral evidence: each member’s question numbered before the label', () => {
  const evidence = [
    'Harbours Committee',
    'Oral evidence: Ferry timetables, HC 77',
    'Tuesday 8 April 2031',
    '',
    'Q1 Chair: Welcome. Could you introduce yourselves for the record?',
    '',
    'Rosa Delgado: I run the island ferry service.',
    '',
    'Karl Imrie: I speak for the passengers’ association.',
    '',
    'Q2 Chair: How often were sailings cancelled last winter?',
    '',
    'Rosa Delgado: One in six, mostly for the weather.',
    '',
    'Q3 Beth Anand: Is the new timetable better for commuters?',
    '',
    'Karl Imrie: Better in the morning, worse at night.',
  ].join('\n');

  it('reads the member after the number as the speaker, who asks, and each numbered question opens a Q&A', () => {
    const t = readTranscript(evidence);
    assert.deepEqual(speakers(evidence), ['Chair', 'Rosa Delgado', 'Karl Imrie', 'Chair', 'Rosa Delgado', 'Beth Anand', 'Karl Imrie']);
    const roles = new Map(t.turns.map((u) => [u.speaker, u.role]));
    assert.equal(roles.get('Beth Anand'), 'questioner');
    assert.equal(roles.get('Rosa Delgado'), 'respondent');
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 3);
    // The number is no part of the words.
    assert.ok(!evidence.slice(t.turns[0]!.segments[0]!.start, t.turns[0]!.segments[0]!.end).startsWith('Q1'));
  });

  it('takes a single numbered heading for no speaker', () => {
    const once = 'Quarterly review\n\nQ3 Revenue: it rose by four percent on the year.\n\nThe board met on Friday.\n';
    assert.deepEqual(speakers(once), []);
  });
});

describe('the chair of a house, by its office', () => {
  const sitting = [
    'THE RECORD', '', 'Thursday, 4th March 2032', '', 'The House met at 9.30 a.m.', '',
    'Hon. Speaker: Order, Members. Is the Member for Hillview in the House?', '',
    'Hon. Ada Wren (Hillview, LP): I am, Hon. Speaker. Why has the bridge at Hillview stood unfinished for two years?', '',
    'Hon. Speaker: The Chairperson of the Roads Committee, can you respond today?', '',
    'Hon. Ben Stroud (Eastmoor, UP): Not today, Hon. Speaker. The Committee will bring its answer in two weeks.', '',
    'The Temporary Deputy Speaker (Hon. Cara Mbeki): Next Order. Is it agreed?', '',
    'Hon. Members: Yes.', '',
    'Hon. Temporary Deputy Speaker: The House stands adjourned.',
  ].join('\n');

  it('makes `Hon. Speaker` and a temporary deputy speaker moderators, and their questions open no Q&A', () => {
    const t = readTranscript(sitting);
    const role = (name: string) => t.turns.find((u) => u.speaker === name)?.role;
    assert.equal(role('Hon. Speaker'), 'moderator');
    assert.equal(role('Hon. Temporary Deputy Speaker'), 'moderator');
    assert.notEqual(role('Hon. Ada Wren'), 'moderator');
    const asked = t.sections.filter((s) => s.kind === 'qa').map((s) => t.turns.find((u) => u.line === s.line)?.speaker);
    assert.ok(!asked.includes('Hon. Speaker'), `a Q&A opened by the chair: ${JSON.stringify(asked)}`);
  });

  it('names the holder of the chair in brackets, who moderates in that turn', () => {
    const t = readTranscript(sitting);
    const turn = t.turns.find((u) => u.speaker === 'Hon. Cara Mbeki');
    assert.equal(turn?.role, 'moderator');
  });

  it('reads the other forms of the office: pro tempore, presiding officer, assistant speaker, a chairperson of the whole house', () => {
    for (const office of ['The Speaker pro tempore', 'The Presiding Officer', 'Mr. Assistant Speaker', 'Hon. Chairperson', 'The Acting Speaker', 'Madam Deputy Speaker']) {
      const text = [
        `${office}: The Member for Hillview has the floor. Will the Member yield?`, '',
        'Ms. Wren: I will not. The bridge has stood unfinished for two years.', '',
        `${office}: Is it agreed?`, '',
        'Mr. Stroud: Agreed. The committee answers in two weeks.',
      ].join('\n');
      const t = readTranscript(text);
      assert.equal(t.turns[0]!.role, 'moderator', office);
    }
  });

  it('leaves a committee chairman who questions a witness, and a keynote speaker, as they were', () => {
    const text = [
      'Keynote Speaker: Thank you all for coming tonight.', '',
      'Host: What drew you to the harbour?', '',
      'Keynote Speaker: The boats, first of all.',
    ].join('\n');
    const t = readTranscript(text);
    assert.notEqual(t.turns[0]!.role, 'moderator');
    const hearing = [
      'The Chairman: Director Okafor, how many vessels failed their inspection?', '',
      'Director Okafor: About one in eight, Mr. Chairman.', '',
      'The Chairman: And why did the failures rise?', '',
      'Director Okafor: Most of the fire equipment was out of date.',
    ].join('\n');
    const h = readTranscript(hearing);
    assert.equal(h.turns[0]!.role, 'questioner');
    assert.equal(h.sections.filter((s) => s.kind === 'qa').length, 2);
  });
});

describe("a committee's verbatim minutes: the title in capitals before a full stop", () => {
  const minutes = [
    '3/14/31',
    'CHAIRMAN ODUYA. We will start with the staff. Mr. Brandt, please.',
    "MR. BRANDT. Thank you. Orders rose in the winter, and we have raised the forecast a little.",
    "MS. DeLUCA. Is that rise in orders broad, or is it one industry?",
    'MR. BRANDT. Mostly machinery. The rest is flat.',
    "VICE CHAIRMAN McALISTER. May I add that the surveys agree with the staff?",
    "MR. O'NEILL. I would only note that the survey came late this time.",
    'MS. SMITH-JONES. And the housing figures were revised down.',
    'CHAIRMAN ODUYA. Thank you. Let us turn to policy.',
  ].join('\n');

  it('reads `MR. BRANDT.` and `MS. DeLUCA.` as labels where the document repeats the form, with the names in mixed case', () => {
    assert.deepEqual(speakers(minutes), [
      'Chairman Oduya', 'Mr. Brandt', 'Ms. DeLuca', 'Mr. Brandt', 'Vice Chairman McAlister', "Mr. O'Neill", 'Ms. Smith-Jones', 'Chairman Oduya',
    ]);
  });

  it('still reads an office in capitals once among the Record\'s labels (`THE PRESIDING OFFICER.`)', () => {
    const text = [
      'Mr. ABARA. Mr. President, I ask that the committee may meet today.', 'The PRESIDING OFFICER. Without objection.',
      'Mr. ABARA. I ask the same for the other committee.', 'THE PRESIDING OFFICER. Without objection, it is so ordered.',
      'Mr. ABARA. I thank the Chair.', 'The PRESIDING OFFICER. The Senator is welcome.',
    ].join('\n');
    assert.deepEqual(speakers(text), ['Mr. Abara', 'The Presiding Officer', 'Mr. Abara', 'The Presiding Officer', 'Mr. Abara', 'The Presiding Officer']);
  });

  it('takes a single `MR. NAME.` line for no label', () => {
    const text = ['The notes were read out.', '', 'MR. BRANDT. Orders rose in the winter.', '', 'That was all the staff said.'].join('\n');
    assert.deepEqual(speakers(text), []);
  });
});
