import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectFormat, FormatError, parseRttm, readTranscript } from '../../src/core/formats';
import { run } from './helpers';
import type { Transcript } from '../../src/core/transcript';
import { page, read as readPage, turns as pageTurns } from './htmlPages';
import { scratchFolder } from './scratch';

/** Reads a transcript written inline, lines joined with `\n`. */
function read(lines: string[], fileName = 'sample.txt'): Transcript {
  return readTranscript(lines.join('\n'), { fileName });
}

/** `line speaker` per turn, 1-based lines. */
function turns(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1} ${u.label === null ? '(none)' : u.speaker}`);
}

const RTTM = [
  'SPEAKER town_meeting 1 0.030 4.210 <NA> <NA> SPEAKER_00 <NA> <NA>',
  'SPEAKER town_meeting 1 4.400 2.125 <NA> <NA> SPEAKER_01 <NA> <NA>',
  'SPEAKER town_meeting 1 6.700 8.000 <NA> <NA> SPEAKER_00 <NA> <NA>',
];

describe('reading left open: RTTM diarisation files', () => {
  it('recognises an RTTM file by its records, whatever its name', () => {
    assert.equal(detectFormat(RTTM.join('\n'), 'meeting.txt'), 'rttm');
  });

  it('refuses it with a message that says it holds who spoke when but no words, and how many speakers', () => {
    assert.throws(
      () => read(RTTM, 'meeting.rttm'),
      (e: unknown) => e instanceof FormatError && /RTTM/.test(e.message) && /no words/.test(e.message) && /3 stretches of speech by 2 speakers/.test(e.message),
    );
  });

  it('leaves a plain transcript whose first word is SPEAKER to the plain reader', () => {
    assert.equal(detectFormat('SPEAKER ONE: Good morning, and welcome to the hearing.\nSPEAKER TWO: Thank you.', 'a.txt'), 'plain');
  });
});

describe('reading left open: reported speech is no label', () => {
  it('reads a caption that quotes someone after "Digo:" as the speaker before it', () => {
    const t = read(
      ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'ROSA: We waited for the bus for an hour.', '', '00:00:03.000 --> 00:00:06.000', 'Digo: "this cannot go on"', '', '00:00:06.000 --> 00:00:08.000', 'PABLO: I know.'],
      'street.vtt',
    );
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['ROSA', 'PABLO'],
    );
  });

  it('reads "The mayor said:" in plain text as words, not a speaker', () => {
    const t = read(['HOST: Welcome back.', '', 'GUEST: The council met on Monday. The mayor said: "We will reopen the pool."', '', 'The mayor said: "Nobody will pay more."', '', 'HOST: Thanks.']);
    assert.deepEqual(turns(t), ['1 Host', '3 Guest', '7 Host']);
  });
});

describe('reading left open: short Congressional Record turns', () => {
  const lines = (n: number) => [
    `  Mr. HALVERSEN. Madam Chairman, I yield ${n} minutes to the gentleman from `,
    'Oregon [Mr. Tidwell].',
    '  Mr. TIDWELL. Madam Chairman, I thank the gentleman for yielding the time, and I rise',
    'in support of the amendment.',
  ];
  const record = ['  The CHAIRMAN. The gentleman from Vermont is recognized.', ...lines(2), ...lines(3), ...lines(4), ...lines(2)];

  it('keeps a speaker who says the same short sentence with another number each time, in plain text', () => {
    const t = read(record);
    assert.deepEqual(
      t.turns.filter((u) => u.speaker === 'Mr. Halversen').map((u) => u.line + 1),
      [2, 6, 10, 14],
    );
  });

  it('keeps them in a <pre> page too', async () => {
    const got = pageTurns(await readPage(page(`<pre>\n${record.join('\n')}\n</pre>`), 'record.htm'));
    assert.equal(got.filter((line) => line.startsWith('Mr. Halversen:')).length, 4);
  });
});

describe('reading left open: a Key: value block at the top is metadata', () => {
  const head = ['Project: Allotment gardens oral history', 'Interviewer: Dana Whitcombe', 'Date: 14 March 2019', 'Location: Community hall, Dunmore', 'Years of Experience: 12', ''];

  it('reads none of the block as turns, and the interview below it as turns', () => {
    const t = read([...head, 'Interviewer: Could you tell me how you came to the gardens?', '', 'Respondent: My aunt had a plot there in the eighties.']);
    assert.deepEqual(turns(t), ['7 Interviewer', '9 Respondent']);
  });

  it('takes the date and the place from the block into the metadata, and keeps the block in the header section', () => {
    const t = read([...head, 'Interviewer: Could you tell me how you came to the gardens?', '', 'Respondent: My aunt had a plot there in the eighties.']);
    assert.equal(t.metadata.date, '2019-03-14');
    assert.equal(t.metadata.place, 'Community hall, Dunmore');
    const header = t.sections.find((s) => s.kind === 'header');
    assert.ok(header && header.line === 0, 'a header section opens the document');
  });

  it('reads such a block after the table of contents of an oral history, with two keys that describe the recording', () => {
    const t = read(['## Contents', '', 'Early years. The lab. Advice.', '', 'NARRATOR: Ruth Okafor', 'INTERVIEWER: Tom Bell', 'DATE: 2 June 2011', 'PLACE: Accra', '', 'Bell:', '', 'Where did you grow up?', '', 'Okafor:', '', 'In Kumasi, mostly.', '', 'Bell:', '', 'And school?', '', 'Okafor:', '', 'Also in Kumasi.']);
    assert.ok(!t.turns.some((u) => /NARRATOR|INTERVIEWER|Narrator|Interviewer/.test(u.speaker ?? '')), turns(t).join(', '));
  });

  it('still reads a short exchange whose labels come back as turns', () => {
    const t = read(['Interviewer: Your age?', 'Respondent: Forty.', 'Interviewer: And your town?', 'Respondent: Dunmore.']);
    assert.deepEqual(turns(t), ['1 Interviewer', '2 Respondent', '3 Interviewer', '4 Respondent']);
  });
});

describe('reading left open: speakers from an RTTM file beside words without speakers', () => {
  const stretches = parseRttm(['SPEAKER talk 1 0.00 4.10 <NA> <NA> SPEAKER_00 <NA> <NA>', 'SPEAKER talk 1 4.40 1.70 <NA> <NA> SPEAKER_01 <NA> <NA>', 'SPEAKER talk 1 6.40 1.80 <NA> <NA> SPEAKER_00 <NA> <NA>'].join('\n'));
  const whisper = JSON.stringify({
    segments: [
      { start: 0, end: 2, text: ' Good morning.' },
      { start: 2, end: 4, text: ' Thank you all for coming.' },
      { start: 4.5, end: 6, text: ' Any questions?' },
      { start: 6.5, end: 8, text: ' Yes, one about parking.' },
    ],
  });
  const vtt = ['WEBVTT', '', '00:00:00.000 --> 00:00:02.000', 'Good morning.', '', '00:00:02.000 --> 00:00:04.000', 'Thank you all for coming.', '', '00:00:04.500 --> 00:00:06.000', 'Any questions?', '', '00:00:06.500 --> 00:00:08.000', 'Yes, one about parking.'].join('\n');

  it('gives each Whisper segment the speaker whose stretches overlap it most', () => {
    const t = readTranscript(whisper, { fileName: 'talk.json', diarisation: stretches });
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00'],
    );
  });

  it('gives each caption cue the speaker whose stretches overlap it most', () => {
    const t = readTranscript(vtt, { fileName: 'talk.vtt', diarisation: stretches });
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_00'],
    );
  });

  it('keeps the speakers a file names itself', () => {
    const named = JSON.stringify({ segments: [{ start: 0, end: 2, text: ' Hello.', speaker: 'HOST' }, { start: 4.5, end: 6, text: ' Hi.', speaker: 'GUEST' }] });
    const t = readTranscript(named, { fileName: 'talk.json', diarisation: stretches });
    assert.deepEqual(
      t.turns.map((u) => u.speaker),
      ['HOST', 'GUEST'],
    );
  });

  it('names the line of a broken RTTM file and what it should hold', () => {
    assert.throws(() => parseRttm('SPEAKER talk 1 0.00 4.10 <NA> <NA> SPEAKER_00 <NA> <NA>\nthis is not a record'), /line 2 is not an RTTM record/);
  });

  it('pairs talk.json with talk.rttm on the command line', async () => {
    const dir = scratchFolder('transcript-rttm-');
    writeFileSync(join(dir, 'talk.json'), whisper);
    writeFileSync(join(dir, 'talk.rttm'), 'SPEAKER talk 1 0.00 4.10 <NA> <NA> SPEAKER_00 <NA> <NA>\nSPEAKER talk 1 4.40 1.70 <NA> <NA> SPEAKER_01 <NA> <NA>\n');
    const { code, out } = await run('outline', join(dir, 'talk.json'), '--json');
    assert.equal(code, 0);
    const speakers = (JSON.parse(out) as { turns: { speaker: string | null }[] }).turns.map((u) => u.speaker);
    assert.deepEqual(speakers, ['SPEAKER_00', 'SPEAKER_01']);
  });

  it('says which RTTM file is broken when the command line pairs one', async () => {
    const dir = scratchFolder('transcript-rttm-');
    writeFileSync(join(dir, 'talk.vtt'), vtt);
    writeFileSync(join(dir, 'talk.rttm'), 'SPEAKER talk 1 zero 4.10 <NA> <NA> SPEAKER_00 <NA> <NA>\n');
    const { code, err } = await run('outline', join(dir, 'talk.vtt'));
    assert.notEqual(code, 0);
    assert.match(err, /talk\.rttm: line 1/);
  });
});

describe('reading left open: a metadata line is never the title', () => {
  it('takes no "Project:" or "Interviewer:" line of the block for the title', () => {
    const t = read(['Project: Allotment gardens oral history project in the north', 'Interviewer: Dana Whitcombe', 'Date: 14 March 2019', '', 'Interviewer: Could you tell me how you came to the gardens?', '', 'Respondent: My aunt had a plot there.']);
    assert.ok(!/Project|Dana/.test(t.metadata.title ?? ''), t.metadata.title);
  });

  it('still takes the line above the block for the title', () => {
    const t = read(['Ruth Okafor on forty years of weather forecasting', '', 'Interviewer: Tom Bell', 'Date: 2 June 2011', 'Location: Accra', '', 'Interviewer: Where did you start?', '', 'Respondent: In Accra, at the airport.']);
    assert.equal(t.metadata.title, 'Ruth Okafor on forty years of weather forecasting');
  });
});
