/**
 * Captions beyond WebVTT and SRT cues of one line: SubViewer (SBV) files,
 * YouTube's automatic captions that roll up with a time on every word, and
 * `>>` speaker changes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectFormat, readTranscript } from '../../src/core/formats';
import { decodeText } from '../../src/core/text';
import type { Transcript } from '../../src/core/transcript';

/** `speaker: words` per turn, the words as the segments say them. */
function turnsOf(text: string, t: Transcript): string[] {
  return t.turns.map((u) => `${u.speaker ?? '(none)'}: ${u.segments.map((s) => text.slice(s.start, s.end).replace(/<[^>]*>/g, '').trim()).join(' ')}`);
}

const SBV = [
  '0:00:00.000,0:00:03.500',
  'This film shows how the seed bank sorts its packets',
  '',
  '0:00:03.900,0:00:06.100',
  'VO:Every packet gets a barcode before it is shelved',
  '',
  '0:00:06.500,0:00:09.000',
  'Volunteers check the labels by hand',
  '',
  '0:00:09.200,0:00:11.800',
  'VO: The cold room stays at minus eighteen degrees',
  '',
].join('\n');

describe('captions: SubViewer (SBV)', () => {
  it('is recognised by its timing lines, with or without the .sbv name', () => {
    assert.equal(detectFormat(SBV, 'seeds.sbv'), 'sbv');
    assert.equal(detectFormat(SBV), 'sbv');
  });

  it('reads each cue with its times', () => {
    const t = readTranscript(SBV, { fileName: 'seeds.sbv' });
    const first = t.turns[0]!;
    assert.equal(first.time, 0);
    assert.equal(first.segments[0]!.endTime, 3.5);
    assert.equal(SBV.slice(first.segments[0]!.start, first.segments[0]!.end), 'This film shows how the seed bank sorts its packets');
  });

  it('takes a VO: prefix as the speaker, also with no space after the colon', () => {
    const t = readTranscript(SBV, { fileName: 'seeds.sbv' });
    assert.deepEqual(turnsOf(SBV, t), [
      '(none): This film shows how the seed bank sorts its packets',
      'VO: Every packet gets a barcode before it is shelved',
      '(none): Volunteers check the labels by hand',
      'VO: The cold room stays at minus eighteen degrees',
    ]);
  });
});

describe('captions: a name that comes back', () => {
  it('ends the named turn: the unnamed cues between were another voice', () => {
    const srt = ['1', '00:00:01,000 --> 00:00:02,000', 'GUIDE: Welcome to the mill.', '', '2', '00:00:02,500 --> 00:00:04,000', 'It still grinds flour.', '', '3', '00:00:04,500 --> 00:00:06,000', 'GUIDE: Mind the steps.', ''].join('\n');
    const t = readTranscript(srt, { fileName: 'mill.srt' });
    assert.deepEqual(turnsOf(srt, t), ['GUIDE: Welcome to the mill.', '(none): It still grinds flour.', 'GUIDE: Mind the steps.']);
  });

  it('does not split a speaker named on every cue', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:02.000', 'Ana: First part.', '', '00:00:02.000 --> 00:00:03.000', 'Ana: Second part.', ''].join('\n');
    const t = readTranscript(vtt, { fileName: 'a.vtt' });
    assert.deepEqual(turnsOf(vtt, t), ['Ana: First part. Second part.']);
  });
});

/** YouTube's automatic captions: each cue repeats the line before it, then adds timed words. */
const ROLLING = [
  'WEBVTT',
  'Kind: captions',
  'Language: en',
  '',
  '00:00:00.000 --> 00:00:02.000 align:start position:0%',
  ' ',
  'good<00:00:00.400><c> morning</c><00:00:00.900><c> everyone</c>',
  '',
  '00:00:02.000 --> 00:00:02.010 align:start position:0%',
  'good morning everyone',
  ' ',
  '',
  '00:00:02.010 --> 00:00:04.000 align:start position:0%',
  'good morning everyone',
  'the<00:00:02.300><c> river</c><00:00:02.700><c> rose</c><00:00:03.100><c> overnight</c>',
  '',
  '00:00:04.000 --> 00:00:04.010 align:start position:0%',
  'the river rose overnight',
  ' ',
  '',
  '00:00:04.010 --> 00:00:06.000 align:start position:0%',
  'the river rose overnight',
  'so<00:00:04.500><c> the</c><00:00:04.800><c> bridge</c><00:00:05.200><c> closed</c>',
  '',
].join('\n');

describe('captions: YouTube automatic captions that roll up', () => {
  it('reads each spoken word once', () => {
    const t = readTranscript(ROLLING, { fileName: 'talk.en.vtt' });
    const words = turnsOf(ROLLING, t).join(' ').replace(/^\(none\): /, '');
    assert.equal(words, 'good morning everyone the river rose overnight so the bridge closed');
  });

  it('keeps the time of each word', () => {
    const t = readTranscript(ROLLING, { fileName: 'talk.en.vtt' });
    const timed = t.turns.flatMap((u) => u.segments.map((s) => `${ROLLING.slice(s.start, s.end).replace(/<[^>]*>/g, '').trim()}@${s.time}`));
    assert.deepEqual(timed.slice(0, 4), ['good@0', 'morning@0.4', 'everyone@0.9', 'the@2.01']);
    assert.ok(timed.includes('bridge@4.8'));
  });

  it('starts another speaker\'s turn at a >> inside a rolling cue', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'the tide came in', '', '00:00:03.000 --> 00:00:05.000', 'the tide came in', '&gt;&gt; did the boats go out', '', '00:00:05.000 --> 00:00:07.000', '&gt;&gt; did the boats go out', 'not until noon', ''].join('\n');
    const t = readTranscript(vtt, { fileName: 'tide.vtt' });
    assert.deepEqual(t.turns.map((u) => u.segments.map((s) => vtt.slice(s.start, s.end)).join(' ')), ['the tide came in', 'did the boats go out not until noon']);
  });

  it('reads lines that roll up without word times once too', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'the tide came in', '', '00:00:03.000 --> 00:00:05.000', 'the tide came in', 'and the boats lifted', '', '00:00:05.000 --> 00:00:07.000', 'and the boats lifted', 'before dawn', ''].join('\n');
    const t = readTranscript(vtt, { fileName: 'tide.vtt' });
    assert.equal(t.turns.map((u) => u.segments.map((s) => vtt.slice(s.start, s.end)).join(' ')).join(' | '), 'the tide came in and the boats lifted before dawn');
  });
});

describe('captions: roll-up caption text with >> at each new speaker', () => {
  const text = ['>> Good evening, the ferry is late again', 'because of the fog.', '>> We asked the harbour why.', '>> HARBOUR MASTER: The fog lifts by noon.', '>> And the evening sailing?', ''].join('\n');

  it('is recognised by its >> marks', () => {
    assert.equal(detectFormat(text, 'news.txt'), 'rollup');
  });

  it('starts a turn at each >>, named where a name follows it, and continues a turn on lines without one', () => {
    const t = readTranscript(text, { fileName: 'news.txt' });
    assert.deepEqual(turnsOf(text, t), [
      '(none): Good evening, the ferry is late again because of the fog.',
      '(none): We asked the harbour why.',
      'HARBOUR MASTER: The fog lifts by noon.',
      '(none): And the evening sailing?',
    ]);
    assert.deepEqual(t.turns.map((u) => u.line), [0, 2, 3, 4]);
  });

  it('does not take e-mail quoting for roll-up captions', () => {
    const mail = ['On Monday Ana wrote:', '>> we could meet', '>> at noon', '>> or later', '> >', 'Fine by me.'].join('\n');
    assert.notEqual(detectFormat(mail, 'reply.txt'), 'rollup');
  });
});

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const SBV_FILE = join(REAL2, 'sbv-voiceover-labels.sbv');
const skip = existsSync(SBV_FILE) ? false : `the real documents are not here (${REAL2} is absent)`;

describe('captions: a real SubViewer file (../shared/corpus/real2)', { skip }, () => {
  it('finds the two voice-over turns among the narration', () => {
    const t = readTranscript(decodeText(readFileSync(SBV_FILE)).text, { fileName: 'sbv-voiceover-labels.sbv' });
    assert.equal(t.format, 'sbv');
    assert.deepEqual(t.turns.filter((u) => u.speaker).map((u) => u.speaker), ['VO', 'VO']);
  });
});

describe('captions: cue times as timing lines write them', () => {
  /** The start and end of the one cue under a WebVTT timing line. */
  const cueTimes = (timing: string): [number | undefined, number | undefined] => {
    const t = readTranscript(`WEBVTT\n\n${timing}\n<v Ines>The ferry leaves at noon.\n`, { fileName: 'times.vtt' });
    return [t.turns[0]!.time, t.turns[0]!.endTime];
  };

  it('reads hours, minutes and seconds, with a point or a comma and one to three decimals', () => {
    assert.deepEqual(cueTimes('01:02:03.500 --> 01:02:04,25'), [3723.5, 3724.25]);
    assert.deepEqual(cueTimes('0:0:3.0 --> 0:0:5.550'), [3, 5.55]);
    assert.deepEqual(cueTimes('05:07.123 --> 5:09'), [307.123, 309]);
    assert.deepEqual(cueTimes('100:00:00.001 --> 100:00:01.1'), [360000.001, 360001.1]);
  });

  it('starts a cue whose time is out of range (61 minutes after an hour) at 0, and ends it where it says', () => {
    assert.deepEqual(cueTimes('01:61:00.000 --> 01:00:02.000'), [0, 3602]);
  });
});

describe('captions: a name in brackets before a colon', () => {
  const VTT = [
    'WEBVTT',
    '',
    '00:00:00.000 --> 00:00:04.000',
    '[Host]: Welcome back to the river show.',
    '',
    '00:00:04.000 --> 00:00:09.500',
    '[Dana Ruiz]: Thanks for having me on again.',
    '',
    '00:00:09.500 --> 00:00:12.000',
    'The water was higher this spring.',
    '',
    '00:00:12.000 --> 00:00:15.000',
    '[Music]',
    '',
    '00:00:15.000 --> 00:00:18.000',
    '[Host]: [laughs] What changed?',
    '',
  ].join('\n');

  it('takes the bracketed name as the speaker, not as words, and leaves a sound in brackets alone', () => {
    const t = readTranscript(VTT, { fileName: 'river.vtt' });
    assert.deepEqual(turnsOf(VTT, t), [
      'Host: Welcome back to the river show.',
      'Dana Ruiz: Thanks for having me on again. The water was higher this spring. [Music]',
      'Host: [laughs] What changed?',
    ]);
    // The label's place is the name inside the brackets.
    const host = t.turns[0]!;
    assert.equal(VTT.slice(host.labelStart, host.labelEnd), 'Host');
  });
});

describe('captions: the date of the recording', () => {
  const cues = (lines: string[]) => ['WEBVTT', '', ...lines.flatMap((line, k) => [`00:00:0${k}.000 --> 00:00:0${k + 1}.000`, line, ''])].join('\n');

  it('is a date said as the day of the recording', () => {
    const t = readTranscript(cues(['Welcome to episode forty.', 'We recorded this on March 3rd, 2031, at the old mill.']), { fileName: 'mill.vtt' });
    assert.equal(t.metadata.date, '2031-03-03');
  });

  it('is not a date said in passing about the past', () => {
    const t = readTranscript(cues(['Welcome back.', 'On the 9th of May 1950 a plan was read out in Paris.']), { fileName: 'plan.vtt' });
    assert.equal(t.metadata.date, undefined);
  });
});
