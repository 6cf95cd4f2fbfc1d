import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { matchLabel, normaliseSpeaker } from '../../src/core/formats/labels';
import type { Transcript } from '../../src/core/transcript';

/** Each speaker with the role the outline gives them and their number of turns. */
function speakers(t: Transcript): string[] {
  const seen = new Map<string, { role: string; turns: number }>();
  for (const turn of t.turns) {
    if (!turn.speaker) continue;
    const s = seen.get(turn.speaker) ?? { role: turn.role, turns: 0 };
    s.turns++;
    seen.set(turn.speaker, s);
  }
  return [...seen].map(([name, s]) => `${name} (${s.role}, ${s.turns})`);
}

const NBSP = '\u00a0';

describe('briefing conventions', () => {
  it('reads the `Q` and its run of spaces as the label even when a topic and a colon follow', () => {
    for (const gap of ['    ', `${NBSP}${NBSP}${NBSP} `, '\t']) {
      const line = `Q${gap}On the harbour: Will the night ferry run again this winter?`;
      const m = matchLabel(line);
      assert.equal(m?.name, 'Q', JSON.stringify(line));
      assert.equal(line.slice(m!.textStart), 'On the harbour: Will the night ferry run again this winter?');
    }
    // Two spaces of any width: the same convention, whatever words come before a colon.
    const wide = 'Q\u2003\u2003Harbour Fees: Will they rise again?';
    assert.equal(matchLabel(wide)?.name, 'Q');
    assert.equal(wide.slice(matchLabel(wide)!.textStart), 'Harbour Fees: Will they rise again?');
    // A name that starts with Q, and a single space, keep their own conventions.
    assert.equal(matchLabel('Quentin Ames: We will see.')?.name, 'Quentin Ames');
    assert.equal(matchLabel('A  Follow-up: nothing new.')?.name, 'A');
  });

  it('takes no topic opened by a preposition for a speaker', () => {
    for (const line of ['On Freight: Rail volumes rose again.', 'As for Director Lund: yes, they have met.', 'Regarding Tariffs: nothing has changed.']) {
      assert.equal(matchLabel(line), undefined, line);
    }
    assert.equal(matchLabel('Senator Onslow: I yield.')?.name, 'Senator Onslow');
  });

  it('capitalises the letter after Mc in a label written in capitals', () => {
    assert.equal(normaliseSpeaker('ADMINISTRATOR MCTAVISH'), 'Administrator McTavish');
    assert.equal(normaliseSpeaker('MS. MCALPINE-ROSS'), 'Ms. McAlpine-Ross');
    assert.equal(normaliseSpeaker('MR. MACE'), 'Mr. Mace');
  });

  it('drops a one-off label in mixed case where the speakers are labelled in capitals', () => {
    const text = [
      'Harbour Authority Briefing Room',
      '',
      'MS. LINDQVIST:  Good morning.  Two items before questions.',
      '',
      'Freight first.  Volumes held up through the storm season.',
      '',
      'Tariffs: The latest schedule took effect on Monday, and the first',
      'invoices under it went out yesterday.',
      '',
      'Q    Thank you.  Dr. Okoro is here too, I think.',
      '',
      'DR. OKORO:  I am.',
      '',
      'Q    A question for both of you, if I may.',
      '',
      'Dr. Okoro: we are hearing about delays at the north gate all week.',
      'Is that the weather or the new scanners?',
      '',
      'DR. OKORO:  Mostly the weather.',
      '',
      'MS. LINDQVIST:  One more.',
      '',
      'Q    When does the pier reopen?',
      '',
      'MS. LINDQVIST:  In spring.',
      '',
      'Q    And the fares?',
      '',
      'MS. LINDQVIST:  Unchanged for now.',
      '',
      'Q    Is that a promise?',
      '',
      'MS. LINDQVIST:  It is the plan.',
      '',
      'MR. HALE:  And the ferries with it.',
      '',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'harbour.txt' });
    assert.deepEqual(speakers(t), ['Ms. Lindqvist (respondent, 5)', 'Q (questioner, 5)', 'Dr. Okoro (respondent, 2)', 'Mr. Hale (respondent, 1)']);
  });

  it('keeps a one-off speaker with a full name in mixed case, and drops the source of a quotation', () => {
    const lines: string[] = [];
    for (let k = 0; k < 6; k++) lines.push(`MS. LINDQVIST:  Update ${k + 1} on the locks.`, '', 'Q    Thank you.', '');
    lines.push('MS. LINDQVIST:  The mayor put it well last week.', '', 'Mayor Ode: “We will keep the harbour open all winter.”', '');
    lines.push('Harbourmaster Tove Brink: If I may add, the ice breaker is ready.', '');
    lines.push('MS. LINDQVIST:  Thank you, Tove.', '');
    const t = readTranscript(lines.join('\n'), { fileName: 'locks.txt' });
    assert.deepEqual(speakers(t), ['Ms. Lindqvist (respondent, 8)', 'Q (questioner, 6)', 'Harbourmaster Tove Brink (respondent, 1)']);
  });

  it('does not take the official who greets a caller on a press call for the caller', () => {
    const lines = ['MS. ARDEN:  Thanks for joining.  We have a few minutes for questions.', ''];
    for (const [caller, outlet] of [['Zoe Park', 'the Ledger'], ['Sam Ortiz', 'Radio North'], ['Lee Chan', 'the Courier']]) {
      lines.push(`OPERATOR:  Our next question will come from the line of ${caller} with ${outlet}.  Your line is open.`, '');
      lines.push(`MS. ARDEN:  Hi, ${caller!.split(' ')[0]}.`, '');
      lines.push('Q    Hi.  Can you say when the bridge reopens?', '');
      lines.push('MS. ARDEN:  Not yet.  The engineers report on Friday.', '');
    }
    const t = readTranscript(lines.join('\n'), { fileName: 'call.txt' });
    assert.deepEqual(speakers(t), ['Ms. Arden (respondent, 7)', 'Operator (moderator, 3)', 'Q (questioner, 3)']);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 3);
  });

  it('keeps a press secretary who calls on reporters and then answers them among those who answer', () => {
    const lines = ['MS. VOSS:  Good afternoon.  The director is here for a few questions first.', ''];
    for (const name of ['Rita', 'Omar', 'Jun', 'Bea', 'Tom', 'Ines']) {
      lines.push(`MS. VOSS:  Go ahead, ${name}.`, '', `Q    Director, what changed at the port this week?`, '', 'MR. HOLT:  The inspections now run at night as well.', '');
    }
    lines.push('MS. VOSS:  Thank you, Director.  I can take a few more.', '');
    for (const topic of ['the bridge', 'the budget', 'the strike', 'the census', 'the ferry', 'the tunnel']) {
      lines.push(`Q    Is there news on ${topic}?`, '', `MS. VOSS:  Nothing new on ${topic} today; we expect a report next week.`, '');
    }
    const t = readTranscript(lines.join('\n'), { fileName: 'briefing.txt' });
    assert.deepEqual(speakers(t), ['Ms. Voss (respondent, 14)', 'Q (questioner, 12)', 'Mr. Holt (respondent, 6)']);
  });

  it('keeps one speaker whose label lost its dot once, with the label as written', () => {
    const lines: string[] = [];
    for (let k = 0; k < 4; k++) lines.push(`MR. BRANDT:  Point ${k + 1} of the plan is settled.`, '', 'Q    And the next one?', '');
    lines.push('MR BRANDT:  That one too.', '');
    const t = readTranscript(lines.join('\n'), { fileName: 'dots.txt' });
    assert.deepEqual(speakers(t), ['Mr. Brandt (respondent, 5)', 'Q (questioner, 4)']);
    assert.equal(t.turns.at(-1)!.label, 'MR BRANDT');
  });

  it('opens no Q&A where the audience as one voice greets or cheers, only where someone in it asks', () => {
    const text = [
      'THE MAYOR:  Good afternoon, everyone.',
      '',
      'AUDIENCE:  Good afternoon!',
      '',
      'THE MAYOR:  The new library opens in May, and the pool the month after.',
      '',
      'AUDIENCE:  (Applause.)  Yes!',
      '',
      'AUDIENCE MEMBER:  Will the pool be open on Sundays?',
      '',
      'THE MAYOR:  Every day of the week.',
      '',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'library.txt' });
    const qa = t.sections.filter((s) => s.kind === 'qa');
    assert.equal(qa.length, 1);
    assert.equal(t.turns.find((turn) => turn.line === qa[0]!.line)?.speaker, 'Audience Member');
    assert.deepEqual(speakers(t), ['The Mayor (respondent, 3)', 'Audience (questioner, 2)', 'Audience Member (questioner, 1)']);
  });

  it('names the speaker of remarks as prepared for delivery, never the room they were given in', () => {
    const text = [
      '---',
      'title: "Remarks as Prepared for Delivery by First Lady Ann Marsh at the Lakeside Teachers Forum"',
      'date: 2031-03-04',
      '---',
      '',
      'East Wing Auditorium',
      'Lakeside Civic Building',
      '',
      'Good evening, and thank you for the work you do every day.',
      '',
      'Our schools deserve steady funding and safe classrooms.',
      '',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'remarks.md' });
    assert.deepEqual(speakers(t), ['First Lady Ann Marsh (unknown, 1)']);
  });
});

describe('a spokesperson answering questioners named by their outlet', () => {
  // A ministry's regular press conference as its web page prints it: the spokesperson by name, each question by the outlet asking.
  const conference = [
    "Harbour Ministry Spokesperson Ines Varga's Regular Press Conference on May 6, 2031",
    '',
    'Ines Varga: Good afternoon. One announcement first: the coastal forum opens in Tromso on Thursday.',
    '',
    'CNBC: The forum opens this week. What does the ministry expect from it?',
    '',
    'Ines Varga: We expect the forum to agree on shared rules for the northern shipping lanes.',
    '',
    'Kyodo News: Reports say two delegations will hold talks on the side. Can you confirm that?',
    '',
    'Ines Varga: I have nothing to announce on that today.',
    '',
    'Baltic Wire: A question on fees. Will the port charges be raised?',
    '',
    'Ines Varga: The charges follow the agreement signed last year; nothing has changed.',
    '',
    'CNBC: A follow-up. When will the new schedule be published?',
    '',
    'Ines Varga: In due course, on the ministry website.',
    '',
    'Fjord Post: Has the ministry received the letter from the fishing cooperatives?',
    '',
    'Ines Varga: Yes, and we are studying it carefully.',
  ].join('\n');

  it('takes the spokesperson for the one who answers and every outlet that asks for a questioner, even once', () => {
    const t = readTranscript(conference);
    assert.deepEqual(speakers(t), [
      'Ines Varga (respondent, 6)',
      'CNBC (questioner, 2)',
      'Kyodo News (questioner, 1)',
      'Baltic Wire (questioner, 1)',
      'Fjord Post (questioner, 1)',
    ]);
    assert.deepEqual(
      t.sections.map((s) => s.kind),
      ['header', 'opening', 'qa', 'qa', 'qa', 'qa', 'qa'],
    );
  });

  it('keeps the date that ends the title after a preposition as part of the title', () => {
    const t = readTranscript(conference);
    assert.equal(t.metadata.title, "Harbour Ministry Spokesperson Ines Varga's Regular Press Conference on May 6, 2031");
    assert.equal(t.metadata.date, '2031-05-06');
    // A dateline after a comma still leaves the title without it.
    assert.equal(readTranscript('Press Briefing by the Harbour Master, May 6, 2031\n\nA: Hello.\n\nB: Hi.\n').metadata.title, 'Press Briefing by the Harbour Master');
  });

  it('keeps an outlet whose name ends in News, and a heading that ends in News stays no speaker', () => {
    assert.equal(matchLabel('Kyodo News: Can you confirm the talks?')?.name, 'Kyodo News');
    assert.equal(matchLabel('Fox News: A follow-up on the budget?')?.name, 'Fox News');
    for (const line of ['Breaking News: the bridge has reopened.', 'World News: markets fell on Monday.', 'More News: see the archive.']) {
      assert.equal(matchLabel(line), undefined, line);
    }
  });

  it('keeps a word in capitals without a vowel as it is written, of any length', () => {
    assert.equal(normaliseSpeaker('CCTV'), 'CCTV');
    assert.equal(normaliseSpeaker('MSNBC'), 'MSNBC');
    assert.equal(normaliseSpeaker('CCTV REPORTER'), 'CCTV Reporter');
    assert.equal(normaliseSpeaker('REUTERS'), 'Reuters');
    assert.equal(normaliseSpeaker('JOE BIDEN'), 'Joe Biden');
  });

  it('makes nobody a questioner where one voice talks between others who speak once without asking', () => {
    // A news show: the host asks and answers their own questions; the one-line clips between answer nothing.
    const show = [
      'Host Rae: Welcome to the weekly roundup. Why does the new parser matter? Because it is twice as fast.',
      '',
      'Movie Clip: [We are going to need a bigger boat](https://video.example/watch?v=abc123)',
      '',
      'Host Rae: And what about the old one? It stays supported until March.',
      '',
      'Cartoon Dog: [Ruh-roh](https://video.example/watch?v=def456)',
      '',
      'Host Rae: Who uses it? Mostly people with large archives.',
      '',
      'Old Film: [Here is looking at you](https://video.example/watch?v=ghi789)',
      '',
      'Host Rae: That is the news for this week.',
    ].join('\n');
    const t = readTranscript(show);
    assert.ok(t.turns.every((u) => u.role !== 'questioner'), speakers(t).join('; '));
    assert.ok(!t.sections.some((s) => s.kind === 'qa'));
  });

  it('counts no question mark inside a web address as a question', () => {
    const t = readTranscript(['Ana: See https://example.org/page?id=7 for the figures.', '', 'Ben: Thanks, I will.', '', 'Ana: And the second table is at https://example.org/t?x=1&y=2 too.', '', 'Ben: Noted.'].join('\n'));
    assert.ok(t.turns.every((u) => u.role !== 'questioner'), speakers(t).join('; '));
  });
});

describe('a press secretary’s conference headed by when and where', () => {
  it('takes the title from the heading, not from the line of date, time and room under it', () => {
    const text = [
      'Press Conference by the Harbour Press Secretary Oda Ren',
      '',
      'Tuesday, March 11, 2031, 3:15 p.m. Briefing Room B, Harbour Ministry',
      '',
      'Press Secretary Oda: Good afternoon. The ferry strike has ended.',
      '',
      'Reporter (Coast Daily): Will the night service run again?',
      '',
      'Press Secretary Oda: From Monday.',
    ].join('\n');
    const t = readTranscript(text);
    assert.equal(t.metadata.title, 'Press Conference by the Harbour Press Secretary Oda Ren');
    assert.equal(t.metadata.date, '2031-03-11');
    // Alone, the line of when and where is still the best title there is.
    assert.equal(readTranscript(text.split('\n').slice(2).join('\n')).metadata.title, 'Tuesday, March 11, 2031, 3:15 p.m. Briefing Room B, Harbour Ministry');
    // A 24-hour clock is a time too.
    assert.equal(readTranscript(text.replace('3:15 p.m.', '15:15')).metadata.title, 'Press Conference by the Harbour Press Secretary Oda Ren');
  });
});

describe('a ministry’s weekly briefing: the office, then its holder', () => {
  it('reads the office first and the person after the comma, and the person first and the office after it', () => {
    const cases: Array<[string, string]> = [
      ['Official Spokesperson, Shri Dev Anand Rao: Good evening to all of you.', 'Shri Dev Anand Rao'],
      ['Foreign Secretary, Ms Lata Iyer: Thank you, friends.', 'Ms Lata Iyer'],
      ['Secretary (West), Shri Kiran Bose: The talks went well.', 'Shri Kiran Bose'],
      ['Shri Dev Anand Rao, Official Spokesperson: Good evening.', 'Shri Dev Anand Rao'],
      ['Nina Holt, Press Secretary: Two things today.', 'Nina Holt'],
    ];
    for (const [line, name] of cases) {
      const m = matchLabel(line);
      assert.equal(m?.name, name, line);
      assert.match(line.slice(m!.textStart), /^[A-Z]/u, line);
    }
    // Words before a comma that are no office, or no person after it, make no label.
    assert.equal(matchLabel('On the visit, Shri Rao: more later.'), undefined);
    assert.equal(matchLabel('Official Spokesperson, as announced: more later.'), undefined);
  });

  it('answers questions taken together: each asker whose question the spokesperson takes up is a questioner', () => {
    const text = [
      'Weekly Media Briefing by the Official Spokesperson (June 3, 2031)',
      '',
      'Official Spokesperson, Shri Dev Anand Rao: Good evening. The Vice President travels to Accra on Monday.',
      '',
      'Tara (Morning Ledger): Sir, which agreements will be signed during the visit?',
      '',
      'Ishaan (City Channel): Sir, is a business delegation going too?',
      '',
      'Official Spokesperson, Shri Dev Anand Rao: Let me take both together. Three agreements are ready, and a business delegation will go.',
      '',
      'Neel (Coast Radio): Sir, any update on the detained sailors?',
      '',
      'Official Spokesperson, Shri Dev Anand Rao: Our embassy is in touch, and they are safe.',
      '',
      'Anya (Daily Signal): Sir, when is the next round of trade talks?',
      '',
      'Official Spokesperson, Shri Dev Anand Rao: In September.',
    ].join('\n');
    assert.deepEqual(speakers(readTranscript(text)), [
      'Shri Dev Anand Rao (respondent, 4)',
      'Tara (questioner, 1)',
      'Ishaan (questioner, 1)',
      'Neel (questioner, 1)',
      'Anya (questioner, 1)',
    ]);
  });
});

describe('a press conference whose host hands over with a comma', () => {
  it('takes “the first question, from …” for a call on a questioner, as “next question is from …”', () => {
    const text = [
      'Virtual press conference on river flooding, 2 June 2031',
      '',
      'HL: Hello and welcome. With us today are Dr Ada Ruiz and Dr Ben Okoro.',
      '',
      'AR: Thank you. The rivers peaked on Sunday and are now falling.',
      '',
      'HL: Thank you. We go to the first question, from Lena at the Valley Courier.',
      '',
      'LV: Thanks. When will the schools reopen?',
      '',
      'BO: Most of them on Monday, once the buildings have been checked.',
      '',
      'HL: The next question is from Omar at Radio Delta.',
      '',
      'OD: Is drinking water safe in the lower valley?',
      '',
      'AR: Yes. The tests this morning were clear.',
    ].join('\n');
    assert.deepEqual(speakers(readTranscript(text)), ['HL (moderator, 3)', 'AR (respondent, 2)', 'LV (questioner, 1)', 'BO (respondent, 1)', 'OD (questioner, 1)']);
  });
});

describe('a note in square brackets after the label', () => {
  it('keeps the note with the label, out of the speaker’s name, as a note in round brackets', () => {
    const m = matchLabel('Oana Lind [Alliance Spokesperson]: We go to the second row.');
    assert.equal(m?.name, 'Oana Lind');
    assert.equal(m?.parenthetical, 'Alliance Spokesperson');
    const q = matchLabel('Question [Harbour Radio]: How many ferries will run?');
    assert.equal(q?.name, 'Question');
    assert.equal(q?.parenthetical, 'Harbour Radio');
    // A name in brackets is still the diarised convention's.
    assert.equal(matchLabel('[Guest]: Thanks for having me.')?.name, 'Guest');
    assert.equal(matchLabel('[SPEAKER_03]: Yes.')?.name, 'SPEAKER_03');
  });
});

describe('a spokesperson who gives the floor in the present tense', () => {
  it('moderates when “we go to …” and “we turn to …” hand over most of their turns', () => {
    const text = [
      'Press conference by the Alliance Secretary General',
      '',
      'Oana Lind [Alliance Spokesperson]: Good afternoon. We go to the Secretary General for his opening remarks.',
      '',
      'Jonas Berg [Alliance Secretary General]: Good afternoon. Ministers agreed today on new plans for air defence.',
      '',
      'Oana Lind [Alliance Spokesperson]: Thank you. We go to Harbour Radio.',
      '',
      'Question [Harbour Radio]: How many systems will be delivered this year?',
      '',
      'Jonas Berg [Alliance Secretary General]: More than twenty.',
      '',
      'Oana Lind [Alliance Spokesperson]: We turn to the second row.',
      '',
      'Question [Valley Courier]: Will the plans cost more than expected?',
      '',
      'Jonas Berg [Alliance Secretary General]: We will meet the costs together.',
    ].join('\n');
    assert.deepEqual(speakers(readTranscript(text)), ['Oana Lind (moderator, 3)', 'Jonas Berg (respondent, 3)', 'Question (questioner, 2)']);
  });
});

describe('a briefer named in full once, then by a title and the surname', () => {
  const briefing = [
    'Harbour Command Press Briefing',
    '',
    'PRESS SECRETARY REAR ADMIRAL NORA VANTERPOOL: Good afternoon. Two items at the top.',
    '',
    'Q: Thank you, Admiral. Was the tanker damaged?',
    '',
    'ADM. VANTERPOOL: Lightly. Nobody was hurt.',
    '',
    'Q: Who fired on it?',
    '',
    'ADM. VANTERPOOL: We are still assessing that.',
    '',
    'MR. OYELARAN: One more question, please.',
    '',
    'Q: When does the exercise end?',
    '',
    'ADM. VANTERPOOL: On Friday.',
  ].join('\n');

  it('is one speaker, under the name the briefing uses most', () => {
    assert.deepEqual(speakers(readTranscript(briefing)), ['Adm. Vanterpool (respondent, 4)', 'Q (questioner, 3)', 'Mr. Oyelaran (respondent, 1)']);
  });

  it('stays two speakers where two full names share the surname', () => {
    const two = briefing.replace('MR. OYELARAN: One more question, please.', 'COMMANDER LEE VANTERPOOL: One more question, please.');
    const names = speakers(readTranscript(two)).map((s) => s.replace(/ \(.*/u, ''));
    assert.deepEqual(names, ['Press Secretary Rear Admiral Nora Vanterpool', 'Q', 'Adm. Vanterpool', 'Commander Lee Vanterpool']);
  });

  it('takes a label whose title lost its first letters (`S. VANTERPOOL:` among `MS. VANTERPOOL:`) for the same speaker', () => {
    const cut = ['MS. VANTERPOOL: Good afternoon.', '', 'Q: Was the tanker damaged?', '', 'MS. VANTERPOOL: Lightly.', '', 'Q: Who fired on it?', '', 'S. VANTERPOOL: We are still assessing that.', '', 'Q: When does it end?', '', 'MS. VANTERPOOL: On Friday.'].join('\n');
    assert.deepEqual(speakers(readTranscript(cut)), ['Ms. Vanterpool (respondent, 4)', 'Q (questioner, 3)']);
  });

  it('keeps initials apart where two speakers share the surname, or the initial speaks as much', () => {
    const two = ['MS. VANTERPOOL: Good afternoon.', '', 'MR. VANTERPOOL: And from me.', '', 'Q: Was the tanker damaged?', '', 'S. VANTERPOOL: Lightly.'].join('\n');
    assert.equal(speakers(readTranscript(two)).length, 4);
    const even = ['J. OKAFOR: Good afternoon.', '', 'MR. OKAFOR: Thank you.', '', 'J. OKAFOR: Shall we begin?'].join('\n');
    assert.equal(speakers(readTranscript(even)).length, 2);
  });
});

describe('a head of state named in full with the office once, then by the initial and the surname', () => {
  it("is one speaker where the initial is the full name's given name, though the short form speaks more", () => {
    const text = [
      'Meeting on the spring floods',
      'April 2, 2031, 15:00',
      'Novo-Ogaryovo, Moscow Region',
      '',
      'President of Russia Gleb Sorokin: Good afternoon. Let us begin with the dams. Ms Lapina, please.',
      '',
      'Minister of Emergencies Irina Lapina: Mr President, the water has fallen in 14 regions.',
      '',
      'G.Sorokin: And in the others?',
      '',
      'I.Lapina: It is still rising in three.',
      '',
      'G.Sorokin: Report to me every evening.',
    ].join('\n');
    assert.deepEqual(
      readTranscript(text).turns.map((u) => u.speaker),
      ['President of Russia Gleb Sorokin', 'Minister of Emergencies Irina Lapina', 'President of Russia Gleb Sorokin', 'Minister of Emergencies Irina Lapina', 'President of Russia Gleb Sorokin'],
    );
    // Another initial is another person.
    const other = text.replace('G.Sorokin: Report to me every evening.', 'P.Sorokin: The dams held.');
    assert.equal(new Set(readTranscript(other).turns.map((u) => u.speaker)).size, 3);
  });
});

describe('a short title that ends with its own date', () => {
  it('keeps the date after a preposition or a participle, however short the title', () => {
    assert.equal(readTranscript('Press Conference on March 4, 2031\n\nAna: Hello.\n\nBen: Hi.\n').metadata.title, 'Press Conference on March 4, 2031');
    assert.equal(readTranscript('Interview 7, recorded 3 May 2031\n\nI: How did you hear of it?\n\nR: From a neighbour.\n').metadata.title, 'Interview 7, recorded 3 May 2031');
    // A dateline after a comma still leaves a short title without it.
    assert.equal(readTranscript('Briefing by the harbour board, 3 May 2031\n\nAna: Hello.\n\nBen: Hi.\n').metadata.title, 'Briefing by the harbour board');
  });
});

describe("a town hall's host, and a host's curly apostrophes", () => {
  it('takes the one who introduces each labelled asker from the audience for the host, not a respondent', () => {
    const text = [
      'MS. OKONJO:  Good evening, and welcome to the harbour town hall. Governor, thank you for coming.',
      'THE GOVERNOR:  Glad to be here, Ruth.',
      'MS. OKONJO:  Let us start with the ferries. Why were three routes cut this spring?',
      'THE GOVERNOR:  Two of the boats failed their inspections, and the third had no crew.',
      'MS. OKONJO:  I want you to meet Dev Patel, a teacher from Northport. Dev, welcome. Your question?',
      'AUDIENCE MEMBER:  Thank you. When will the Northport ferry run again?',
      'THE GOVERNOR:  By the first of June, Dev. The new boat is being painted now.',
      'AUDIENCE MEMBER:  And will the fares rise?',
      'THE GOVERNOR:  Not this year.',
      'MS. OKONJO:  This is Lena Moss. She runs a bakery on the quay. Lena, welcome.',
      'AUDIENCE MEMBER:  Governor, why did the harbour fees double?',
      'THE GOVERNOR:  The dredging cost twice what we planned, and the fees pay for it.',
      'MS. OKONJO:  I want to introduce you to Sam Ortiz, a fisherman. Sam, go ahead.',
      'AUDIENCE MEMBER:  How many boats will the new quay hold?',
      'THE GOVERNOR:  Forty, up from twenty-five.',
      'MS. OKONJO:  Thank you, Governor. That is all the time we have.',
    ].join('\n\n');
    assert.deepEqual(speakers(readTranscript(text)), ['Ms. Okonjo (moderator, 6)', 'The Governor (respondent, 6)', 'Audience Member (questioner, 4)']);
  });

  it('keeps a press secretary who calls on the reporters and answers them a respondent', () => {
    const text = [
      'MS. LIND:  Good afternoon. Go ahead, Tom.',
      'Q:  Will the port reopen on Monday?',
      'MS. LIND:  It will, at six in the morning. Go ahead, Ana.',
      'Q:  Who pays for the repairs?',
      'MS. LIND:  The port authority, from its reserve. Go ahead, Raj.',
      'Q:  How long will the repairs take?',
      'MS. LIND:  About six weeks.',
    ].join('\n\n');
    assert.deepEqual(speakers(readTranscript(text)), ['Ms. Lind (respondent, 4)', 'Q (questioner, 3)']);
  });

  it('reads a call on the next reporter with a curly apostrophe (Let’s go to …) as handing over', () => {
    const text = [
      'MR. ABARA:  Thanks, everyone, for joining. Our briefer today is Ms. Crane. Let’s go to Tom at the Courier.',
      'Q:  Ms. Crane, will the port reopen on Monday?',
      'MS. CRANE:  It will, at six in the morning.',
      'MR. ABARA:  Let’s go to Ana at the Gazette next.',
      'Q:  Who pays for the repairs?',
      'MS. CRANE:  The port authority, from its reserve.',
      'MR. ABARA:  We’ll take one more. Let’s go to Raj.',
      'Q:  How long will they take?',
      'MS. CRANE:  About six weeks.',
    ].join('\n\n');
    assert.deepEqual(speakers(readTranscript(text)), ['Mr. Abara (moderator, 3)', 'Q (questioner, 3)', 'Ms. Crane (respondent, 3)']);
  });
});

describe('a press conference whose moderator names one call in words', () => {
  // The moderator hands the floor to each reporter by name alone, and only the last call says "question from".
  const conference = [
    'CHAIR ALVES. Good afternoon. The board kept the lending rate where it was today. I will take your questions.',
    '', 'RUTH ENGEL. Thank you. We will go to Dara first.',
    '', 'DARA QUILL. Thanks. Did anyone on the board argue for a cut?',
    '', 'CHAIR ALVES. Two members did, and they gave their reasons in the statement.',
    '', 'RUTH ENGEL. Omar.',
    '', 'OMAR FELL. How long can rates stay this high without hurting the builders?',
    '', 'CHAIR ALVES. Builders are slower, not failing. We watch them closely.',
    '', 'RUTH ENGEL. Let us go to Ines.',
    '', 'INES VARRO. Is the weaker currency a worry for prices this year?',
    '', 'CHAIR ALVES. Somewhat. Imports cost more, but the effect is small.',
    '', 'RUTH ENGEL. And we will take the last question from Piet.',
    '', 'PIET LORENZ. Will the board meet early if the numbers turn?',
    '', 'CHAIR ALVES. We can, and we have done so before. Thank you all.',
  ].join('\n');

  it('takes every reporter the moderator gives the floor to for a questioner, not only the one called in words', () => {
    const t = readTranscript(conference);
    assert.deepEqual(speakers(t), [
      'Chair Alves (respondent, 5)', 'Ruth Engel (moderator, 4)', 'Dara Quill (questioner, 1)',
      'Omar Fell (questioner, 1)', 'Ines Varro (questioner, 1)', 'Piet Lorenz (questioner, 1)',
    ]);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 4);
  });

  it('does the same with colon labels', () => {
    const t = readTranscript(conference.replace(/^([A-Z]+ [A-Z]+)\. /gmu, '$1: '));
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 4);
    assert.deepEqual(t.turns.filter((u) => u.role === 'questioner').map((u) => u.speaker), ['Dara Quill', 'Omar Fell', 'Ines Varro', 'Piet Lorenz']);
  });
});

describe("the German government's press conference", () => {
  const conference = [
    'Regierungspressekonferenz vom 2. April 2031', '',
    'Themen: Hafengesetz, Reise der Außenministerin', '',
    'VORS. OSTERKAMP: Guten Tag! Ich begrüße die Staatssekretärin und die Sprecher der Ministerien.', '',
    "SRS'IN LINDNER: Danke. Das Kabinett hat heute den Entwurf für das Hafengesetz beschlossen.", '',
    'FRAGE BERGMANN: Frau Lindner, wann tritt das Gesetz in Kraft?', '',
    "SRS'IN LINDNER: Wir rechnen mit dem Herbst.", '',
    'FRAGE DR. SOMMER: An das Finanzministerium: Was kostet das im nächsten Jahr?', '',
    'KRAUSE (BMF): Die Kosten stehen im Haushaltsentwurf.', '',
    'ZUSATZFRAGE DR. SOMMER: Können Sie eine Zahl nennen?', '',
    'KRAUSE (BMF): Die reiche ich nach.', '',
    'VORS. OSTERKAMP: Dann danke ich Ihnen.',
  ].join('\n');

  it('takes the asker after FRAGE and ZUSATZFRAGE for the speaker, who asks, and the chair (VORS.) for the moderator', () => {
    const t = readTranscript(conference);
    assert.deepEqual(speakers(t), [
      'Vors. Osterkamp (moderator, 2)', "SRS'in Lindner (respondent, 2)", 'Bergmann (questioner, 1)', 'Dr. Sommer (questioner, 2)', 'Krause (respondent, 2)',
    ]);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 3);
  });

  it('keeps the date in a title that ends with `vom`, and reads the topics line as no speaker', () => {
    const t = readTranscript(conference);
    assert.equal(t.metadata.title, 'Regierungspressekonferenz vom 2. April 2031');
    assert.ok(!t.turns.some((u) => u.speaker === 'Themen'));
  });

  it('reads the list of who speaks under the topics as the header, not a turn, and a narrator saying words as a speaker', () => {
    const listed = conference.replace('Themen: Hafengesetz, Reise der Außenministerin', "Themen: Hafengesetz, Reise der Außenministerin\n\nSprecher: SRS'in Lindner, Krause (BMF)");
    const t = readTranscript(listed);
    assert.equal(t.metadata.title, 'Regierungspressekonferenz vom 2. April 2031');
    assert.ok(!t.turns.some((u) => u.speaker === 'Sprecher'));
    const script = ['Sprecher: Guten Abend. Heute geht es um den Hafen.', '', 'Sprecherin: Und um die Fähren.', '', 'Sprecher: Beginnen wir in Kiel.'].join('\n');
    assert.deepEqual([...new Set(readTranscript(script).turns.map((u) => u.speaker))], ['Sprecher', 'Sprecherin']);
  });

  it('leaves a name that merely starts with the word alone (`Fragen:` is no asker)', () => {
    assert.equal(matchLabel('FRAGEN: Es gibt keine weiteren.')?.role, undefined);
    assert.equal(matchLabel('Frage: Wann kommt das Gesetz?')?.name, 'Frage');
  });
});

describe('who took part, listed under the title', () => {
  for (const key of ['Participants', 'Speakers', 'Attendees']) {
    it(`reads a \`${key}:\` line as neither the title nor a speaker`, () => {
      const text = ['Harbour briefing, 3 May 2031', '', `${key}: Ann Lee, Ben Ode (Ministry)`, '', 'MODERATOR: Welcome, everyone.', '',
        'ANN LEE: We begin with the ferries.', '', 'QUESTION: When will they run?', '', 'ANN LEE: In June.', '', 'QUESTION: And the fares?', '', 'BEN ODE: Unchanged.'].join('\n');
      const t = readTranscript(text);
      assert.equal(t.metadata.title, 'Harbour briefing');
      assert.deepEqual([...new Set(t.turns.map((u) => u.speaker))], ['Moderator', 'Ann Lee', 'Question', 'Ben Ode']);
    });
  }
});

describe("a news programme's transcript", () => {
  const programme = [
    'HARBOUR WEEK', '', 'Aired April 6, 2031 - 18:00   ET', '',
    'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.', '',
    'LENA VOSS, HARBOUR NEWS ANCHOR: Good evening. The ferry strike is in its second week.', '',
    'Joining me is the mayor, Ivo Brandt. Mayor, thank you for coming.', '',
    'MAYOR IVO BRANDT (I), PORT ALBA: Glad to be here, Lena.', '',
    'VOSS: Will you meet the unions this week?', '',
    'BRANDT: Yes, on Thursday, and I expect an agreement soon.', '',
    '(BEGIN VIDEO CLIP)', '', 'UNIDENTIFIED FEMALE: We want our ferries back.', '', '(END VIDEO CLIP)', '',
    'VOSS: What do you tell her?', '', 'BRANDT: That the boats will sail by the end of the month.', '',
    'SEN. RITA OKONJO (D-PA), TRANSPORT COMMITTEE: The city waited too long.', '',
    'VOSS: Senator, what would you have done?', '', 'OKONJO: Called both sides in on the first day.',
  ].join('\n');

  it('reads a speaker named in full with a description after a comma, then by the surname alone, as one speaker', () => {
    const t = readTranscript(programme);
    assert.deepEqual([...new Set(t.turns.filter((u) => u.speaker).map((u) => u.speaker))], ['Voss', 'Brandt', 'Unidentified Female', 'Okonjo']);
    const first = t.turns.find((u) => u.speaker === 'Voss')!;
    assert.equal(first.label, 'LENA VOSS');
    assert.equal(first.parenthetical, 'HARBOUR NEWS ANCHOR');
    assert.equal(t.turns.find((u) => u.label === 'MAYOR IVO BRANDT')?.parenthetical, 'I, PORT ALBA');
  });

  it('takes the programme for the title, the air date for the date, and the rush notice for no words said', () => {
    const t = readTranscript(programme);
    assert.equal(t.metadata.title, 'HARBOUR WEEK');
    assert.equal(t.metadata.date, '2031-04-06');
    assert.ok(!t.turns.some((u) => u.speaker === null && /RUSH TRANSCRIPT/u.test(programme.slice(u.start, u.end))));
  });

  it('keeps two people who share a surname apart from the surname alone', () => {
    const text = ['ANA ROSS, HOST: Welcome.', '', 'TOM ROSS, GUEST: Thanks.', '', 'ROSS: Both of us?', '', 'ANA ROSS: Yes.'].join('\n');
    assert.deepEqual([...new Set(readTranscript(text).turns.map((u) => u.speaker))], ['Ana Ross', 'Tom Ross', 'Ross']);
  });

  it('reads the voices it cannot name, numbered (`UNIDENTIFIED PERSON #1:`), as labels', () => {
    assert.equal(matchLabel('UNIDENTIFIED PERSON #2: We want the ferries back.')?.name, 'Unidentified Person #2');
    assert.equal(matchLabel('Unidentified Female #1: Me too.')?.name, 'Unidentified Female #1');
  });

  it('keeps a group under one label apart from the one of them named alone', () => {
    const text = ['[00:00] Rana, Joss and Tobin: [Greetings].', '', '[00:10] Rana: How did the crossing go?', '', '[00:20] Tobin: Rough, but quick.', '',
      '[00:30] Rana: Would you do it again?', '', '[00:40] Tobin: Next spring.'].join('\n');
    assert.deepEqual([...new Set(readTranscript(text).turns.map((u) => u.speaker))], ['Rana, Joss and Tobin', 'Rana', 'Tobin']);
  });

  it('takes a short line in capitals with a comma and a colon for no such label where the words are not a name', () => {
    assert.equal(matchLabel('WASHINGTON, D.C.: Officials said on Monday.'), undefined);
  });
});

describe("a head of office's transcript: headings in capitals, a subjects line and an end mark", () => {
  const release = [
    'PRIME MINISTER', 'TRANSCRIPT', 'PRESS CONFERENCE', 'PORT ALBA', 'FRIDAY, 4 APRIL 2031', '',
    'SUBJECTS: Ferries; housing; the budget.', '',
    'PRIME MINISTER: Good morning. We are funding two new ferries for the northern route.', '',
    'JOURNALIST: When will they sail?', '', 'PRIME MINISTER: Late next year.', '',
    'JOURNALIST: And what will the fares be?', '', 'PRIME MINISTER: The same as today. Thank you, everyone.', '', 'ENDS',
  ].join('\n');

  it('takes the heading that names the event for the title, and the subjects line for the header, not a speaker', () => {
    const t = readTranscript(release);
    assert.equal(t.metadata.title, 'PRESS CONFERENCE');
    assert.deepEqual([...new Set(t.turns.map((u) => u.speaker))], ['Prime Minister', 'Journalist']);
    assert.equal(t.sections[0]!.kind, 'header');
    assert.ok(t.sections[0]!.end > release.indexOf('SUBJECTS'));
  });

  it('reads the end mark as no words said', () => {
    for (const mark of ['ENDS', '- ENDS -', '###', '-30-']) {
      const t = readTranscript(release.replace(/ENDS$/u, mark));
      const last = t.turns[t.turns.length - 1]!;
      assert.ok(!release.replace(/ENDS$/u, mark).slice(last.start, last.end).includes(mark), mark);
    }
  });
});
