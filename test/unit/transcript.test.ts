import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NotTextError } from '../../src/core/text';
import { looksLikeTranscript, readTranscript } from '../../src/core/formats';
import { fixture, parseLines, sectionsOf, turnsOf } from './helpers';

describe('turns', () => {
  it('starts a turn at each label and continues it over unlabelled paragraphs', () => {
    const t = parseLines('Chair: We begin.', '', 'A second paragraph by the chair.', '', 'Delegate Ruiz: Thank you.');
    assert.deepEqual(turnsOf(t), ['1-3 Chair moderator', '5-5 Delegate Ruiz unknown']);
  });

  it('keeps the label as written and a normalised speaker name', () => {
    const t = parseLines('MR PRICE: Good afternoon.', 'QUESTION: Ned, one thing?');
    assert.deepEqual(t.turns.map((u) => [u.label, u.speaker]), [['MR PRICE', 'Mr Price'], ['QUESTION', 'Question']]);
  });

  it('gives named speakers the respondent role when someone asks questions', () => {
    const t = readTranscript(fixture('state-briefing.txt'));
    assert.deepEqual(t.speakers, [
      { name: 'Mr Price', role: 'respondent', turns: 5 },
      { name: 'Question', role: 'questioner', turns: 3 },
    ]);
  });

  it('lists speakers in the order they first speak, which fixes each one’s colour', () => {
    const t = parseLines('Host: Hello.', 'Guest: Hi.', 'Host: So?', 'Caller: A question.', 'Guest: Yes.');
    assert.deepEqual(t.speakers.map((s) => [s.name, s.turns]), [['Host', 2], ['Guest', 2], ['Caller', 1]]);
  });

  it('records the timestamp and the parenthetical written with a label', () => {
    const t = parseLines('[00:00:05] Host: Welcome.', 'MR LAVROV: (via interpreter) Thank you.');
    assert.equal(t.turns[0]!.timestamp, '[00:00:05]');
    assert.equal(t.turns[1]!.parenthetical, 'via interpreter');
  });

  it('finds Q. and A. in a deposition, and A. only where there are Q. lines', () => {
    assert.deepEqual(turnsOf(readTranscript(fixture('deposition.txt'))).slice(0, 2), ['1-1 Q questioner', '2-2 A respondent']);
    assert.deepEqual(turnsOf(parseLines('A. Smith wrote the first report.', 'It was long.')), ['1-2 (none) unknown']);
  });

  it('accepts a label alone on its line when it is a role word', () => {
    const t = parseLines('Question:', 'What happens next?', 'Answer:', 'We wait.');
    assert.deepEqual(turnsOf(t), ['1-2 Question questioner', '3-4 Answer respondent']);
  });

  it('does not take a lone capitalised phrase with a colon for a speaker', () => {
    const t = parseLines('Key Findings:', 'The river is lower than last year, as the survey shows.');
    assert.deepEqual(turnsOf(t), ['2-2 (none) unknown']);
  });

  it('makes a speech with no labels one turn with no speaker', () => {
    const t = readTranscript(fixture('speech.txt'));
    assert.deepEqual(turnsOf(t), ['5-11 (none) unknown']);
  });
});

describe('sections', () => {
  it('divides a briefing into header, opening, one Q&A per question and a closing', () => {
    const t = readTranscript(fixture('state-briefing.txt'));
    assert.deepEqual(sectionsOf(t), [
      'header Header 1-5',
      'opening Opening statement 7-9',
      'qa Q&A 1 11-13',
      'qa Q&A 2 15-17',
      'qa Q&A 3 19-23',
      'closing Closing 25-25',
    ]);
  });

  it('describes a Q&A by its questioner and the first words of the question', () => {
    const t = readTranscript(fixture('state-briefing.txt'));
    assert.equal(t.sections[2]!.detail, 'Question: Thanks, Ned. On the grain deal: who verifies…');
  });

  it('opens a Q&A at a host question where nobody is labelled as asking', () => {
    const t = readTranscript(fixture('podcast.transcript'));
    assert.deepEqual(sectionsOf(t), ['header Header 1-4', 'opening Opening statement 6-7', 'qa Q&A 1 8-10', 'closing Closing 11-11']);
    assert.equal(t.turns[2]!.question, true);
    assert.equal(t.turns[2]!.role, 'moderator');
  });

  it('keeps a markdown title and key-value lines in the header even when the title asks a question', () => {
    const t = parseLines('# Who owns a river?', '', 'Date: 12 September 2024', '', 'Host: Welcome.', 'Guest: Thanks.');
    assert.deepEqual(sectionsOf(t), ['header Header 1-3', 'opening Opening statement 5-6']);
    assert.equal(t.metadata.title, 'Who owns a river?');
  });

  it('has no opening when the first turn is a question', () => {
    const t = readTranscript(fixture('interview-ru.txt'));
    assert.deepEqual(sectionsOf(t), ['header Header 1-3', 'qa Q&A 1 5-7', 'qa Q&A 2 9-11']);
  });

  it('sets page chrome apart as boilerplate, before and after the speech', () => {
    const text = [
      '3 March 2024',
      'Paris: 09:15',
      'Press office:\u00a0',
      '+33 1 23 45 67 89',
      '',
      'STATEMENTS AND SPEECHES',
      '',
      '01.03.2024',
      '',
      'Minister’s address to the assembly on coastal protection',
      '',
      'Madam President, honourable members,',
      '',
      'The sea does not wait for our budgets.',
      '',
      'https://example.org/address',
      '',
      'LATEST NEWS',
      '',
      '28.02.2024 - Minister meets fishing cooperatives',
      'Question: What did the cooperatives ask for?',
      '',
      'all messages',
    ].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(sectionsOf(t), ['boilerplate Boilerplate 1-6', 'header Header 8-10', 'opening Opening statement 12-14', 'boilerplate Boilerplate 16-23']);
    assert.deepEqual(turnsOf(t), ['12-14 (none) unknown']);
    assert.equal(t.metadata.date, '2024-03-01');
    assert.equal(t.metadata.title, 'Minister’s address to the assembly on coastal protection');
    assert.equal(t.metadata.source, 'https://example.org/address');
  });

  it('takes a reporter named by their outlet, written without spaces, for a questioner (法新社记者, 共同通信記者)', () => {
    const t = parseLines('林海：下午好。', '', '法新社记者：关税问题，中方有何回应？', '', '林海：我们注意到了。', '', '共同通信記者：会議に出席しますか？', '', '林海：目前没有消息。');
    assert.deepEqual(t.speakers.map((s) => `${s.name} ${s.role}`), ['林海 respondent', '法新社记者 questioner', '共同通信記者 questioner']);
    assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 2);
  });

  describe('debates where nobody is labelled as moderating', () => {
    const claim = (n: number) =>
      `We have built ${n} new schools in four years, and the budget is balanced for the first time since the floods. My opponent voted against every one of those schools, and the record shows it.`;
    /** A debate: the moderator names a debater to open most turns and asks; the debaters answer at length. */
    function debate(moderatorTurn: (k: number, debater: string) => string): string[] {
      const lines: string[] = [];
      for (let k = 0; k < 6; k++) {
        const [speaker, other] = k % 2 ? ['OKAFOR', 'MORALES'] : ['MORALES', 'OKAFOR'];
        lines.push(`REYES: ${moderatorTurn(k, speaker === 'OKAFOR' ? 'Senator Okafor' : 'Governor Morales')}`, '');
        lines.push(`${speaker}: ${claim(k + 10)}`, '');
        // The other replies, naming their opponent only late in the turn.
        lines.push(`${other}: That is not what happened, and everyone on this stage knows the figures were changed. Ask ${speaker === 'OKAFOR' ? 'Senator Okafor' : 'Governor Morales'} about the floods.`, '');
      }
      return lines;
    }

    it('finds the moderator who names a debater to open turns and asks, and opens a Q&A at each question', () => {
      const t = parseLines(...debate((k, debater) => (k === 3 ? 'Thank you both.' : `${debater}, what would you do about the bridges in the north?`)));
      assert.deepEqual(
        t.speakers.map((s) => `${s.name} ${s.role}`),
        ['Reyes moderator', 'Morales respondent', 'Okafor respondent'],
      );
      assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 5);
      assert.ok(t.sections[0]!.kind === 'qa' && t.sections[0]!.detail?.startsWith('Reyes: Governor Morales, what would you do'));
    });

    it('finds a lead moderator who asks often in short turns without naming anyone', () => {
      const t = parseLines(...debate((k) => (k % 2 ? 'And your answer, sir?' : 'Why should voters trust you on taxes?')));
      assert.equal(t.speakers.find((s) => s.name === 'Reyes')?.role, 'moderator');
      assert.equal(t.sections.filter((s) => s.kind === 'qa').length, 6);
    });

    it('keeps a debater who asks often, in turns as long as the others’, among those who answer', () => {
      const lines = debate((_, debater) => `${debater}, what would you do about the bridges in the north?`).map((line) =>
        line.startsWith('MORALES: We') ? `${line} Who will pay for it? Not the people of this state, I promise you that.` : line,
      );
      const t = parseLines(...lines);
      assert.equal(t.speakers.find((s) => s.name === 'Morales')?.role, 'respondent');
      assert.equal(t.speakers.find((s) => s.name === 'Reyes')?.role, 'moderator');
    });

    it('finds no moderator where every speaker opens turns by naming the others', () => {
      const lines: string[] = [];
      for (let k = 0; k < 6; k++) {
        lines.push(`REYES: Morales, is the report ready? I need it by noon.`, '', `MORALES: Okafor, did you send the figures? We are late.`, '', `OKAFOR: Reyes, they went out this morning. Check your mail?`, '');
      }
      const t = parseLines(...lines);
      assert.ok(t.speakers.every((s) => s.role !== 'moderator'), t.speakers.map((s) => `${s.name} ${s.role}`).join(', '));
    });
  });

  it('closes with the moderator’s last words after the final answer', () => {
    const t = parseLines('Moderator: Welcome.', 'Minister: Hello.', 'Question: Why now?', 'Minister: Because.', 'Moderator: Thank you all.');
    assert.deepEqual(sectionsOf(t), ['opening Opening statement 1-2', 'qa Q&A 1 3-4', 'closing Closing 5-5']);
  });
});

/** The title, date and place of some metadata, those it has. */
function pick(m: { title?: string; date?: string; place?: string }): Record<string, string> {
  return Object.fromEntries(Object.entries({ title: m.title, date: m.date, place: m.place }).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

describe('metadata', () => {
  it('reads title, date and place from the header', () => {
    const t = readTranscript(fixture('state-briefing.txt'));
    assert.deepEqual(t.metadata, { title: 'Department Press Briefing', date: '2023-03-14', dateText: 'March 14, 2023', place: 'Washington, D.C.', titleFrom: 'header', dateFrom: 'header' });
  });

  it('reads key-value header lines and a markdown title', () => {
    const t = readTranscript(fixture('podcast.transcript'));
    assert.equal(t.metadata.title, 'Episode 42: Water, borders and the long drought');
    assert.equal(t.metadata.date, '2021-01-18');
    assert.equal(t.metadata.place, 'Lisbon');
  });

  it('reads a date and place written on one line', () => {
    const t = readTranscript(fixture('speech.txt'));
    assert.equal(t.metadata.date, '2022-10-02');
    assert.equal(t.metadata.place, 'Geneva');
    assert.equal(t.metadata.source, 'https://example.org/speeches/water-conference-opening');
  });

  it('reads dates written in Russian', () => {
    assert.equal(readTranscript(fixture('interview-ru.txt')).metadata.date, '2021-05-12');
  });

  it('keeps a title whose date ends its line whole, whatever its capitals, and takes a place only where the words beside the date name one', () => {
    const header = (line: string) => parseLines(line, '', 'ANNA: Good morning.', '', 'BEN: Morning.').metadata;
    assert.deepEqual(pick(header('Press briefing by the Press Secretary, March 3, 2024')), { title: 'Press briefing by the Press Secretary', date: '2024-03-03' });
    assert.deepEqual(pick(header('Rueda de prensa del portavoz del Gobierno, 3 de marzo de 2024')), { title: 'Rueda de prensa del portavoz del Gobierno', date: '2024-03-03' });
    assert.deepEqual(pick(header('Pressekonferenz der Bundesregierung, 3. März 2024')), { title: 'Pressekonferenz der Bundesregierung', date: '2024-03-03' });
    assert.deepEqual(pick(header('Remarks by the Mayor at the harbour, Oslo, 3 March 2024')), { title: 'Remarks by the Mayor at the harbour', date: '2024-03-03', place: 'Oslo' });
    assert.deepEqual(pick(header('Rio de Janeiro, 3 March 2024')), { date: '2024-03-03', place: 'Rio de Janeiro' });
    assert.deepEqual(pick(header('10 мая 2024 года, Москва')), { date: '2024-05-10', place: 'Москва' });
  });

  it('reads a Chinese or Japanese title that a date opens or closes, with no space between', () => {
    const header = (line: string) => parseLines(line, '', '林海：下午好。', '', '记者：请问？', '', '林海：好的。').metadata;
    assert.deepEqual(pick(header('2024年5月10日外交部发言人林海主持例行记者会')), { title: '外交部发言人林海主持例行记者会', date: '2024-05-10' });
    assert.deepEqual(pick(header('外交部发言人林海主持例行记者会（2024年5月10日）')), { title: '外交部发言人林海主持例行记者会', date: '2024-05-10' });
  });
});

describe('inline notes', () => {
  it('finds bracketed notes and stage directions, not ordinary parentheses', () => {
    const text = 'Chair: The motion (as amended) passes. (Laughter.) [inaudible] (The session was adjourned at 5 p.m.)';
    const t = readTranscript(text);
    assert.deepEqual(t.notes.map((n) => [n.kind, n.text]), [['stage', 'Laughter.'], ['bracket', 'inaudible'], ['stage', 'The session was adjourned at 5 p.m.']]);
    assert.equal(text.slice(t.notes[1]!.start, t.notes[1]!.end), '[inaudible]');
  });

  it('does not take a bracketed timestamp for a note', () => {
    assert.deepEqual(readTranscript('[00:01:05] Host: Hello [laughs]').notes.map((n) => n.text), ['laughs']);
  });
});

describe('text as it arrives', () => {
  it('reads CRLF text the same as LF text', () => {
    const lf = fixture('state-briefing.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(turnsOf(readTranscript(crlf)), turnsOf(readTranscript(lf)));
    assert.deepEqual(sectionsOf(readTranscript(crlf)), sectionsOf(readTranscript(lf)));
  });

  it('skips a byte-order mark but keeps offsets in the text as given', () => {
    const text = '\ufeffHost: Hello.\nGuest: Hi.';
    const t = readTranscript(text);
    assert.equal(text.slice(t.turns[1]!.labelStart, t.turns[1]!.labelEnd), 'Guest:');
  });

  it('takes lines of only non-breaking spaces as blank', () => {
    const t = parseLines('Host: One.', '\u00a0\u00a0', 'Guest: Two.');
    assert.deepEqual(turnsOf(t), ['1-1 Host moderator', '3-3 Guest unknown']);
  });

  it('gives an empty transcript for empty text', () => {
    const t = readTranscript('');
    assert.deepEqual([t.turns, t.sections, t.metadata], [[], [], {}]);
  });

  it('refuses text with NUL characters as binary', () => {
    assert.throws(() => readTranscript('PK\u0003\u0004\u0000\u0000'), NotTextError);
  });

  it('parses a transcript of 300,000 turns', () => {
    const lines: string[] = [];
    for (let i = 0; i < 150_000; i++) lines.push('Question: Why?', 'Minister: Because.');
    const t = readTranscript(lines.join('\n'));
    assert.equal(t.turns.length, 300_000);
    assert.equal(t.sections.length, 150_000);
  });

  it('parses a line of half a million characters', () => {
    const long = 'Speaker One: ' + 'a: [b] (c) '.repeat(50_000);
    const t = parseLines('Title line', '', long, 'Speaker Two: short');
    assert.deepEqual(turnsOf(t), ['3-3 Speaker One unknown', '4-4 Speaker Two unknown']);
  });
});

describe('detection', () => {
  it('recognises transcripts', () => {
    assert.equal(looksLikeTranscript(fixture('state-briefing.txt')), true);
    assert.equal(looksLikeTranscript(fixture('deposition.txt')), true);
    assert.equal(looksLikeTranscript(fixture('bold-labels.md.txt')), true);
  });

  it('leaves other text alone', () => {
    assert.equal(looksLikeTranscript('Shopping list:\nEggs\nMilk: two litres\nBread'), false);
    assert.equal(looksLikeTranscript(fixture('speech.txt')), false);
    assert.equal(looksLikeTranscript('Note: call back.\nNote: pay the bill.\nUpdate: done.'), false);
  });
});
