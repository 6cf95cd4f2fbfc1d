import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectFormat, readTranscript } from '../../src/core/formats';
import { convertedName, writeTranscriptText } from '../../src/core/formats/convert';
import { parseLocatedJson } from '../../src/core/formats/whisper';
import { FormatError } from '../../src/core/formats/errors';
import type { Transcript } from '../../src/core/transcript';

function read(name: string): { text: string; t: Transcript } {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'formats', name), 'utf8');
  return { text, t: readTranscript(text, { fileName: name }) };
}

/** `line speaker` per turn, 1-based lines, the speaker as labelled. */
function turns(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1} ${u.label === null ? '(none)' : u.speaker}`);
}

function qaCount(t: Transcript): number {
  return t.sections.filter((s) => s.kind === 'qa').length;
}

/** What each segment says, as the source has it. */
function said(text: string, t: Transcript, turn: number): string[] {
  return t.turns[turn]!.segments.map((s) => text.slice(s.start, s.end));
}

describe('formats: court and hearing transcripts', () => {
  it('reads Q and A after line numbers, skips page numbers, form feeds and the BY heading, and keeps line numbers out of the words', () => {
    const { text, t } = read('court-line-numbers.txt');
    assert.deepEqual(turns(t), ['11 Q', '12 A', '13 Q', '14 A', '15 Mr. Keller', '16 Q', '17 A', '20 Q', '21 A', '22 Ms. Adebayo']);
    assert.equal(qaCount(t), 4);
    assert.deepEqual(said(text, t, 0), ['Please state your name for the record.']);
    assert.ok(!t.turns.some((u) => u.speaker?.startsWith('By')), 'the examination heading is no turn');
  });

  it('reads an oral argument whose labels follow line numbers; justices ask, counsel answers', () => {
    const { text, t } = read('oral-argument.txt');
    assert.deepEqual(turns(t), ['1 Chief Justice Marlow', '4 Ms. Oduya', '7 Justice Hale', '9 Ms. Oduya', '11 Justice Pryce', '12 Ms. Oduya']);
    assert.equal(t.turns[2]!.role, 'questioner');
    assert.equal(t.turns[3]!.role, 'respondent');
    assert.equal(qaCount(t), 2);
    assert.deepEqual(said(text, t, 1), ['Thank you, Chief Justice, and may', 'it please the Court:  The statute speaks of water, not of', 'soil.']);
  });

  it('reads a deposition with lone CR line ends', () => {
    const { t } = read('deposition-cr-only.txt');
    assert.deepEqual(turns(t), ['1 Q', '2 A', '3 Q', '4 A', '5 Mr. Voss', '6 Q', '7 A']);
    assert.equal(qaCount(t), 3);
  });

  it('reads Lexis star paging and bracketed line numbers, with and without the dot after Q and A', () => {
    const { t } = read('lexis-star-paging.txt');
    assert.deepEqual(turns(t), ['2 Q', '3 A', '4 Q', '5 A', '6 Q', '7 A']);
  });

  it('finds labels in the middle of a line and labels broken over two lines', () => {
    const text = [
      'MR. LANE: I object to that.',
      'THE COURT: Noted. Go on, counsel, and you may say -MR.',
      'LANE: Thank you.',
      'THE COURT: As for the witness. MR. ODENA: Understood.',
      'MR. LANE: Fine.',
    ].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['1 Mr. Lane', '2 The Court', '2 Mr. Lane', '4 The Court', '4 Mr. Odena', '5 Mr. Lane']);
    const broken = t.turns[2]!;
    assert.equal(text.slice(broken.labelStart, broken.labelEnd), 'MR.\nLANE:');
    assert.equal(text.slice(broken.segments[0]!.start, broken.segments[0]!.end), 'Thank you.');
    assert.equal(text.slice(t.turns[1]!.start, t.turns[1]!.end), 'THE COURT: Noted. Go on, counsel, and you may say -');
  });

  it('joins a label broken after an honorific written without a dot, or after spaces', () => {
    const text = ['MR. LANE: I object to that.', 'THE COURT: Noted, and you may answer -MS', 'ODENA: Thank you.', 'MR. LANE: As I said to -MR.   ', 'ODENA: Yes.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['1 Mr. Lane', '2 The Court', '2 Ms Odena', '4 Mr. Lane', '4 Mr. Odena']);
  });

  it('reads the Congressional Record: a label with a period, the presiding officer, list items with colons left alone', () => {
    const text = [
      '                 HONOURING THE LIGHTHOUSE KEEPERS',
      '',
      '  Mr. ALDEN. Mr. President, I rise to honour the keepers of the',
      'northern lights.',
      '  The PRESIDING OFFICER. The Senator from Maine.',
      '  Mrs. BRANDT of Ohio. Mr. President, I join my colleague.',
      '  Witnesses: three keepers and their families.',
      '  The SPEAKER pro tempore (Mr. Quill). Without objection.',
      '  Mr. ALDEN. I yield the floor.',
    ].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['3 Mr. Alden', '5 The Presiding Officer', '6 Mrs. Brandt of Ohio', '8 The Speaker pro tempore', '9 Mr. Alden']);
    assert.equal(t.turns[3]!.parenthetical, 'Mr. Quill');
  });
});

describe('formats: printed hearings', () => {
  it('reads a hearing printed with titles and capitals (`Senator GRASSLEY.`); senators ask', () => {
    const text = ['  Senator OKAFOR. The hearing will come to order. Did you read the audit?', '  Mr. LINDQVIST. I did not.', '  Senator BRANDT. When was it finished?', '  Mr. LINDQVIST. In March, I believe.', '  Senator OKAFOR. Thank you.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['1 Senator Okafor', '2 Mr. Lindqvist', '3 Senator Brandt', '4 Mr. Lindqvist', '5 Senator Okafor']);
    assert.equal(qaCount(t), 2);
  });

  it('reads mixed-case names with a period where the document uses them again and again, and not in a single sentence', () => {
    const text = ['Chairman Vega. The committee will come to order. Where is the report?', 'Mr. Holt. It was sent on Monday.', 'Chairman Vega. Who sent it?', 'Mr. Holt. The clerk did.'].join('\n');
    assert.deepEqual(turns(readTranscript(text)), ['1 Chairman Vega', '2 Mr. Holt', '3 Chairman Vega', '4 Mr. Holt']);
    assert.deepEqual(turns(readTranscript('Host: We met him.\nMr. Holt. He was late.\nGuest: Indeed.')), ['1 Host', '3 Guest']);
  });

  it('reads the time after the colon as the time, not as words: `Name: [00:01:02] words`', () => {
    const text = 'Ana Costa: [00:01:02] The pier opens in May.\nBen Okafor: [00:01:09] Who pays?';
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.time), [62, 69]);
    assert.equal(text.slice(t.turns[0]!.segments[0]!.start, t.turns[0]!.segments[0]!.end), 'The pier opens in May.');
  });
});

describe('formats: official briefings', () => {
  it('reads a bare Q followed by spaces, a tab or no-break spaces, interpreters and officials under one label', () => {
    const { t } = read('briefing-bare-q.txt');
    assert.deepEqual(turns(t), ['9 Ms. Dale', '13 Q', '15 Ms. Dale', '17 Q', '19 Ms. Dale', '21 Prime Minister Solberg', '23 Q', '25 Senior Administration Official', '27 Ms. Dale']);
    assert.equal(t.turns[5]!.parenthetical, 'As interpreted.');
    assert.equal(qaCount(t), 3);
    assert.equal(t.metadata.date, '2024-03-14');
  });
});

describe('formats: transcription services', () => {
  it('reads Rev labels on their own line, with the time after the colon or before it', () => {
    const { text, t } = read('rev-own-line.md');
    assert.deepEqual(turns(t), ['3 Chris Wallace', '6 Dana Ruiz', '9 Chris Wallace', '12 Dana Ruiz']);
    assert.deepEqual(t.turns.map((u) => u.time), [0, 41, 80, 85]);
    assert.deepEqual(said(text, t, 2), ['Is that low for March?']);
    assert.equal(t.metadata.title, 'Water Hour, episode 12');
  });

  it('reads Otter name-and-time header lines, Unknown Speaker included', () => {
    const { t } = read('otter-export.txt');
    assert.deepEqual(turns(t), ['1 Emma Lind', '4 Omar Haddad', '7 Emma Lind', '10 Unknown Speaker', '13 Omar Haddad']);
    assert.deepEqual(t.turns.map((u) => u.time), [0, 7, 12, 20, 31]);
  });

  it('reads Zoom text transcripts: a bracketed name and a clock on their own line, the words below', () => {
    const text = '[Ana Costa] 10:02:15\nGood morning, everyone.\n\n[Ben Okafor] 10:02:21\nMorning. Shall we start?\n\n[Ana Costa] 10:02:25\nYes.\n';
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['1 Ana Costa', '4 Ben Okafor', '7 Ana Costa']);
    assert.equal(t.turns[1]!.time, 10 * 3600 + 2 * 60 + 21);
    const withMusic = readTranscript('[Music] 00:00\nla la\n\n[Ana Costa] 00:05\nWelcome.\n\n[Music] 00:09\nla\n\n[Ben Okafor] 00:12\nThanks.\n\n[Ana Costa] 00:15\nSo.\n');
    assert.deepEqual(turns(withMusic).filter((x) => !x.endsWith('(none)')), ['4 Ana Costa', '10 Ben Okafor', '13 Ana Costa']);
  });

  it('reads Otter header lines with bold names', () => {
    const { t } = read('otter-bold.md');
    assert.deepEqual(turns(t), ['1 Emma', '4 Bo', '7 Emma', '10 Bo']);
  });

  it('reads a bold name and a bracketed time without a colon', () => {
    const { text, t } = read('bold-name-timestamp.md');
    assert.deepEqual(turns(t), ['1 Ali', '3 Sara', '5 Ali', '7 Sara']);
    assert.deepEqual(said(text, t, 1), ['Morning. Our first story is the rail strike.']);
    assert.equal(t.turns[3]!.time, 15);
  });

  it('reads diarised names: Speaker 1, SPEAKER_03, bracketed names with and without times', () => {
    const { t } = read('diarised-mixed.txt');
    assert.deepEqual(turns(t), ['1 Speaker 1', '3 Speaker 2', '5 SPEAKER_03', '7 Speaker 1', '9 SPEAKER_03', '11 Speaker 2']);
    assert.equal(t.turns[3]!.time, 17);
  });
});

describe('formats: captions', () => {
  it('recognises WebVTT and SRT by their content', () => {
    assert.equal(detectFormat('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n'), 'webvtt');
    assert.equal(detectFormat('1\n00:00:01,000 --> 00:00:02,000\nHi.\n'), 'srt');
    assert.equal(detectFormat('Host: Hello.\nGuest: Hi.\n'), 'plain');
  });

  it('reads Teams voice tags: names with commas, cue ids, NOTE and STYLE blocks, multi-line cues, entities, overlapping cues', () => {
    const { text, t } = read('teams-meeting.vtt');
    assert.equal(t.format, 'webvtt');
    assert.deepEqual(turns(t), ['11 Dorflinger, Julia', '20 Okafor, Ben', '28 Dorflinger, Julia']);
    assert.deepEqual(said(text, t, 0), ['Good morning, can everyone hear me?', 'The agenda has three items:', 'the budget &amp; the schedule.']);
    assert.equal(t.turns[0]!.time, 1);
    assert.equal(t.turns[0]!.endTime, 7.9);
    assert.deepEqual(t.turns[1]!.segments.map((s) => s.time), [8.1, 8.5]);
    assert.equal(text.slice(t.turns[1]!.labelStart, t.turns[1]!.labelEnd), 'Okafor, Ben');
    assert.equal(t.metadata.title, 'teams-meeting');
  });

  it('reads Zoom cues with CRLF: a cue without a name continues the speaker, lower-case names count', () => {
    const { text, t } = read('zoom-class.vtt');
    assert.deepEqual(turns(t), ['5 Marta Kovacs', '17 leo park', '21 Marta Kovacs']);
    assert.deepEqual(said(text, t, 0), ['Good morning, class.', 'Today we read the water report.', 'yes.']);
  });

  it('reads broadcast captions: `>>` (escaped or not) marks a new speaker, named or not; voice tags with classes', () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start\n&gt;&gt; GOOD EVENING.\n\n00:00:03.500 --> 00:00:05.000\n&gt;&gt; SENATOR OKAFOR: WE NEED THE MONEY.\n\n00:00:05.500 --> 00:00:07.000\n>> MAYOR VEGA: AGREED.\n\n00:00:08.000 --> 00:00:09.000\n<v.loud Esme>Are you sure?</v>\n';
    const t = readTranscript(text, { fileName: 'news.vtt' });
    assert.deepEqual(turns(t), ['4 (none)', '7 SENATOR OKAFOR', '10 MAYOR VEGA', '13 Esme']);
    assert.deepEqual(said(text, t, 1), ['WE NEED THE MONEY.']);
  });

  it('reads diarised names in brackets at the start of a cue', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_01]: Hello there.\n\n2\n00:00:02,500 --> 00:00:04,000\n[SPEAKER_02] Hi, good to see you.\n';
    const t = readTranscript(text, { fileName: 'call.srt' });
    assert.deepEqual(turns(t), ['3 SPEAKER_01', '7 SPEAKER_02']);
    assert.deepEqual(said(text, t, 1), ['Hi, good to see you.']);
  });

  it('reads SRT with a name on the first cue of a turn only', () => {
    const { text, t } = read('podcast-speakers.srt');
    assert.equal(t.format, 'srt');
    assert.deepEqual(turns(t), ['3 Host', '12 Ruth Amani', '17 Host', '21 Ruth Amani']);
    assert.deepEqual(said(text, t, 0), ['Welcome to Harbor Talk,', 'episode three.', 'my guest is the harbour master.']);
    assert.equal(t.turns[2]!.time, 8.1);
  });

  it('names speakers that captions give without a delimiter, from the names that start many cues', () => {
    const cue = (n: number, words: string) => `${n}\n00:00:${String(n).padStart(2, '0')}.000 --> 00:00:${String(n + 1).padStart(2, '0')}.000\n${words}\n`;
    const text = ['WEBVTT\n', cue(1, 'Rosa Lind We opened the shop in spring.'), cue(2, 'Rosa Lind Business was slow at first.'), cue(3, 'Karl Berg   Then the ferry started running.'), cue(4, 'Karl Berg  More people came.'), cue(5, 'Rosa Lind Now we have four staff.')].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(turns(t), ['5 Rosa Lind', '13 Karl Berg', '21 Rosa Lind']);
    assert.deepEqual(said(text, t, 1), ['Then the ferry started running.', 'More people came.']);
  });
});

describe('formats: Whisper JSON', () => {
  it('reads diarised segments: a turn per run of one speaker, listed at the speaker line, words inside the quotes', () => {
    const { text, t } = read('whisper-diarised.json');
    assert.equal(t.format, 'whisper-json');
    assert.deepEqual(turns(t), ['8 SPEAKER_01', '14 SPEAKER_00', '20 SPEAKER_01']);
    assert.deepEqual(said(text, t, 2), ['My bill doubled', 'since March.']);
    assert.equal(t.turns[1]!.time, 2.8);
    assert.equal(t.turns[2]!.endTime, 9.2);
  });

  it('reads segments without speakers as one unlabelled turn', () => {
    const { t } = read('whisper-plain.json');
    assert.deepEqual(turns(t), ['1 (none)']);
    assert.equal(t.turns[0]!.segments.length, 2);
  });

  it('reads Hugging Face chunks and whisper.cpp output, and a segment without a speaker continues the speaker before it', () => {
    const hf = readTranscript('{"text": "x", "chunks": [{"timestamp": [0.0, 1.5], "text": " Good day."}, {"timestamp": [1.5, 3.0], "text": " Welcome."}]}', { fileName: 'a.json' });
    assert.deepEqual(hf.turns[0]!.segments.map((s) => [s.time, s.endTime]), [[0, 1.5], [1.5, 3]]);
    const cpp = readTranscript('{"transcription": [{"offsets": {"from": 0, "to": 2500}, "text": " Hello."}]}', { fileName: 'b.json' });
    assert.deepEqual([cpp.turns[0]!.time, cpp.turns[0]!.endTime], [0, 2.5]);
    const mixed = readTranscript('{"segments": [{"start": 0, "end": 1, "text": " One.", "speaker": "SPEAKER_00"}, {"start": 1, "end": 2, "text": " Two."}, {"start": 2, "end": 3, "text": " Three.", "speaker": "SPEAKER_01"}]}', { fileName: 'c.json' });
    assert.deepEqual(mixed.turns.map((u) => [u.speaker, u.segments.length]), [['SPEAKER_00', 2], ['SPEAKER_01', 1]]);
  });

  it('says where broken JSON breaks', () => {
    assert.throws(() => readTranscript('{"segments": [{"text": "hi"}', { fileName: 'x.json' }), (e: unknown) => e instanceof FormatError && /line 1, column \d+/.test(e.message));
    assert.throws(() => parseLocatedJson('[1, 2,'), FormatError);
  });
});

describe('formats: markdown and speeches', () => {
  it('takes the title and the event date from front matter, not the publication date or a date in the words', () => {
    const { t } = read('front-matter.md');
    assert.equal(t.metadata.title, 'Harbour council, question time');
    assert.equal(t.metadata.date, '2024-05-02');
    assert.deepEqual(turns(t), ['14 Councillor Tom Reed', '16 Mayor Ines Kallio', '18 Councillor Tom Reed', '20 Mayor Ines Kallio']);
    assert.equal(qaCount(t), 2);
  });

  it('gives a speech without labels the speaker its title names', () => {
    const { t } = read('byline-speech.txt');
    assert.equal(t.turns.length, 1);
    assert.equal(t.turns[0]!.speaker, 'Mayor Ines Kallio');
    assert.equal(t.turns[0]!.label, null);
    assert.equal(t.metadata.speaker, 'Mayor Ines Kallio');
    assert.equal(t.metadata.date, '2024-06-03');
  });

  it('never takes a label or a timing line as the title', () => {
    const t = readTranscript('Speaker 0: 00:00:01\n\nHello there.\n\nSpeaker 1: 00:00:04\n\nHi.\n\nSpeaker 0: 00:00:06\n\nBye.\n', { fileName: 'call-42.md' });
    assert.equal(t.metadata.title, undefined);
    const captions = readTranscript('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAna: Hello.\n', { fileName: 'call-42.vtt' });
    assert.equal(captions.metadata.title, 'call-42');
  });
});

describe('formats: roles where labels do not say them', () => {
  it('makes the speaker who asks a questioner and opens a Q&A at each question', () => {
    const text = ['MR. HALE:', '  Where were you on Monday?', 'MR. STONE:', '  At the office.', 'MR. HALE:', '  Who else was there?', 'MR. STONE:', '  Nobody.', 'MR. HALE:', '  Thank you.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.role), ['questioner', 'respondent', 'questioner', 'respondent', 'questioner']);
    assert.equal(qaCount(t), 2);
  });

  it('makes the examining lawyer a questioner when the witness is labelled as such', () => {
    const text = ['MR. STONE: Where were you on Monday?', 'THE WITNESS: At home.', 'MR. STONE: Alone?', 'THE WITNESS: With my sister.', 'MR. STONE: Thank you.'].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.role), ['questioner', 'respondent', 'questioner', 'respondent', 'questioner']);
    assert.equal(qaCount(t), 2);
  });

  it('makes the speaker who hands the floor over a moderator', () => {
    const text = [
      'MS. ROWE: Our first question comes from Lee at the Courier. Go ahead, your line is open.',
      'Q: Thanks. Will the dam be finished this year?',
      'MR. FALK: It will, by November.',
      'MS. ROWE: Next question, please. Go ahead, Dana.',
      'Q: And the cost?',
      'MR. FALK: Forty million.',
    ].join('\n');
    const t = readTranscript(text);
    assert.deepEqual(t.turns.map((u) => u.role), ['moderator', 'questioner', 'respondent', 'moderator', 'questioner', 'respondent']);
  });

  it('finds no Q&A in a conversation where everyone asks as much as they answer', () => {
    const text = ['Ana: How are you?', 'Ben: Fine, and you?', 'Ana: Good. Coffee?', 'Ben: Sure, why not?'].join('\n');
    assert.equal(qaCount(readTranscript(text)), 0);
  });
});

describe('formats: convert', () => {
  it('writes captions as a clean transcript that reads back with the same speakers and times', () => {
    const { text, t } = read('teams-meeting.vtt');
    const out = writeTranscriptText(t, text);
    assert.match(out, /^Title: teams-meeting\n\n\[00:00:01\] Dorflinger, Julia: Good morning, can everyone hear me\? The agenda has three items: the budget & the schedule\.\n/);
    const back = readTranscript(out);
    assert.deepEqual(back.turns.map((u) => [u.speaker, u.time]), t.turns.map((u) => [u.speaker, Math.floor(u.time!)]));
  });

  it('decodes JSON escapes in Whisper words', () => {
    const { text, t } = read('whisper-diarised.json');
    assert.match(writeTranscriptText(t, text), /SPEAKER_00: Yes\. How can I help "you" today\?/);
  });

  it('names the output after the input', () => {
    assert.equal(convertedName('/a/call.json'), '/a/call.transcript');
    assert.equal(convertedName('talk.en.vtt'), 'talk.en.transcript');
  });
});

describe('formats: Whisper JSON as services and pipelines write it', () => {
  const segment = (n: number, words: string, speaker?: string) => ({ id: n, start: n * 4, end: n * 4 + 3.5, text: ` ${words}`, ...(speaker ? { speaker } : {}) });
  const talk = ['The ferry timetable changes in May.', 'Two sailings a day are added.', 'The fares stay as they are.', 'Questions go to the harbour office.'];

  it("finds the segments after a long transcript-wide text, in OpenAI's verbose order (task, language, duration, text, segments)", () => {
    // The whole transcript as one `text` first pushes the segments far past the head the readers look at.
    const long = Array.from({ length: 200 }, (_, i) => talk[i % talk.length]).join(' ');
    const segments = Array.from({ length: 200 }, (_, i) => segment(i, talk[i % talk.length]!));
    const text = JSON.stringify({ task: 'transcribe', language: 'english', duration: 800, text: long, segments, usage: { type: 'duration', seconds: 800 } });
    assert.ok(text.indexOf('"segments"') > 4096);
    assert.equal(detectFormat(text, 'meeting.json'), 'whisper-json');
    const t = readTranscript(text, { fileName: 'meeting.json' });
    assert.equal(t.turns.length, 1);
    assert.equal(t.turns[0]!.segments.length, 200);
    assert.equal(text.slice(t.turns[0]!.segments[1]!.start, t.turns[0]!.segments[1]!.end), talk[1]);
    // Pretty-printed, with the language and the duration first and no task.
    const pretty = JSON.stringify({ language: 'en', duration: 800, text: long, segments }, null, 2);
    assert.equal(detectFormat(pretty, 'meeting.json'), 'whisper-json');
    // The same keys with no segment list anywhere stay plain text.
    assert.equal(detectFormat(JSON.stringify({ task: 'transcribe', language: 'english', duration: 800, text: long }), 'meeting.json'), 'plain');
  });

  it('reads a list of diarised turns under "turns", and the meeting\'s title, date and web address beside it', () => {
    const turns = [segment(0, talk[0]!, 'Chair Ana Ruiz'), segment(1, talk[1]!, 'Chair Ana Ruiz'), segment(2, talk[2]!, 'Clerk'), segment(3, talk[3]!, 'Chair Ana Ruiz')];
    const text = JSON.stringify({ schema: 'minutes.v2', meeting: { title: 'Harbour board, regular meeting', meeting_date: 'March 3, 2026', source_url: 'https://example.org/board/412' }, turns }, null, 2);
    assert.equal(detectFormat(text, 'board.json'), 'whisper-json');
    const t = readTranscript(text, { fileName: 'board.json' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.segments.length]), [['Chair Ana Ruiz', 2], ['Clerk', 1], ['Chair Ana Ruiz', 1]]);
    assert.equal(t.metadata.title, 'Harbour board, regular meeting');
    assert.equal(t.metadata.date, '2026-03-03');
    assert.equal(t.metadata.source, 'https://example.org/board/412');
    // Only a web address is a source.
    const script = readTranscript(JSON.stringify({ meeting: { source_url: 'javascript:alert(1)' }, segments: turns }), { fileName: 'x.json' });
    assert.equal(script.metadata.source, undefined);
  });

  it("reads other programs' lists of what was said: a speaker, a clock or seconds, and the words as message or content", () => {
    const said = [
      { speaker: 'Host', time: '00:00:00.000', message: 'Welcome to the show about ferries.' },
      { speaker: 'Host', time: '00:00:06.500', message: 'My guest runs the harbour office.' },
      { speaker: 'Guest', time: '00:01:02.250', message: 'Thank you, it is good to be here.' },
      { speaker: 'Host', time: '00:01:09.000', message: 'Why add two sailings?' },
    ];
    const text = JSON.stringify(said, null, 4);
    assert.equal(detectFormat(text, 'episode.json'), 'whisper-json');
    const t = readTranscript(text, { fileName: 'episode.json' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.time, u.segments.length]), [['Host', 0, 2], ['Guest', 62.25, 1], ['Host', 69, 1]]);
    // The words and the label are where the file holds them.
    assert.equal(text.slice(t.turns[1]!.segments[0]!.start, t.turns[1]!.segments[0]!.end), 'Thank you, it is good to be here.');
    assert.equal(text.slice(t.turns[1]!.labelStart, t.turns[1]!.labelEnd), 'Guest');
    // A chat-like export: a `messages` list, `author` and `content`, seconds as a string.
    const chat = JSON.stringify({ title: 'Harbour call', messages: [{ author: 'Ana', start_time: '1.5', content: 'Shall we start?' }, { author: 'Ben', start_time: '4', content: 'Yes, go ahead.' }] });
    assert.equal(detectFormat(chat, 'call.json'), 'whisper-json');
    const c = readTranscript(chat, { fileName: 'call.json' });
    assert.deepEqual(c.turns.map((u) => [u.speaker, u.time]), [['Ana', 1.5], ['Ben', 4]]);
    assert.equal(c.metadata.title, 'Harbour call');
    // A clock under `timestamp`, as some exporters write it.
    const stamped = readTranscript(JSON.stringify([{ speaker: 'Ana', timestamp: '00:02:05', text: 'Good morning.' }, { speaker: 'Ben', timestamp: '00:02:09', text: 'Morning.' }]), { fileName: 'x.json' });
    assert.deepEqual(stamped.turns.map((u) => u.time), [125, 129]);
    // A list of records that are not speech stays plain text.
    assert.equal(detectFormat(JSON.stringify([{ id: 1, name: 'ferry', capacity: 300 }]), 'fleet.json'), 'plain');
  });

  it("refuses a diariser's segments with no words, saying what the file is and what to open instead", () => {
    const text = JSON.stringify({ audio: 'board.wav', segments: [{ start: 0, end: 4, speaker: 'SPEAKER_00' }, { start: 4, end: 9, speaker: 'SPEAKER_01' }, { start: 9, end: 12, speaker: 'SPEAKER_00' }] });
    assert.throws(
      () => readTranscript(text, { fileName: 'board.json' }),
      (e: unknown) => e instanceof FormatError && /diarisation \(3 stretches of speech by 2 speakers/.test(e.message) && /no words/.test(e.message) && /RTTM/.test(e.message),
    );
  });
});
