import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeHtml } from '../../src/core/webview/page';
import {
  DEFAULT_STYLE,
  formatInStyle,
  frontMatterMedia,
  offsetAt,
  playerHtml,
  recordingBaseNames,
  recordingBeside,
  recordingRefProblem,
  relativePath,
  spanTime,
  styleOf,
  tagTime,
  timeAnchors,
  timeAt,
  timestampAt,
  writtenTimestamps,
  type TimeAnchor,
} from '../../src/core/media';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';
import { parseTimestamp } from '../../src/core/transcript/time';

/** A transcript of two timed turns, 60 seconds apart. */
const TIMED = ['[00:01:00] Host: Welcome back to the programme.', '[00:02:00] Guest: Thank you for having me.'].join('\n');

describe('timestamps in every style', () => {
  const cases: Array<[string, number]> = [
    ['[00:01:05]', 65],
    ['00:01:05', 65],
    ['(01:20)', 80],
    ['1:02:03', 3723],
    ['00:00:01.500', 1.5],
    ['00:00:01,500', 1.5],
    ['0:0:3.0', 3],
  ];
  for (const [written, seconds] of cases) {
    it(`reads ${written} as ${seconds} s`, () => {
      assert.equal(parseTimestamp(written), seconds);
    });
    it(`writes ${seconds} s back as ${written} in the style of ${written}`, () => {
      const style = styleOf(written);
      assert.ok(style, `no style for ${written}`);
      assert.equal(formatInStyle(seconds, style), written);
    });
  }

  it('writes other times in a found style: hours only when needed for (01:20)', () => {
    assert.equal(formatInStyle(3723, styleOf('(01:20)')!), '(1:02:03)');
    assert.equal(formatInStyle(7.25, styleOf('00:00:01,500')!), '00:00:07,250');
  });

  it('writes [hh:mm:ss] when the transcript has no timestamp yet', () => {
    assert.equal(formatInStyle(65.4, DEFAULT_STYLE), '[00:01:05]');
  });

  it('finds bracketed timestamps anywhere and bare ones only at the start of a line', () => {
    const text = 'Host: At [00:12:30] we spoke (01:20) and met at 10:30 today.\n00:00:01,500 --> 00:00:04,000\n  1:02:03 later';
    assert.deepEqual(
      writtenTimestamps(text).map((w) => [w.text, w.time]),
      [['[00:12:30]', 750], ['(01:20)', 80], ['00:00:01,500', 1.5], ['1:02:03', 3723]],
    );
  });

  it('finds a timestamp whose brackets a Markdown export escaped, backslashes and all', () => {
    const text = '**Host:** \\[04:05\\] So, the ferry. Later \\[1:02:03\\] again.';
    assert.deepEqual(
      writtenTimestamps(text).map((w) => [w.text, w.time, text.slice(w.start, w.end)]),
      [['\\[04:05\\]', 245, '\\[04:05\\]'], ['\\[1:02:03\\]', 3723, '\\[1:02:03\\]']],
    );
  });

  it('finds the same timestamps as a plain regular expression would (property)', () => {
    const reference = /(?:\\\[|[[(])[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?[ \t]*\\?[\])]|(?<=^[ \t]*)\d{1,3}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?(?![\d:])/gm;
    // Whole pieces too, so that escaped brackets around a time come up often enough.
    const chars = fc.constantFrom(...'0123456789:::[]() \t\n.,a\\', '\\[', '\\]', '12:34', '1:02:03');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        const expected = [...text.matchAll(reference)].filter((m) => parseTimestamp(m[0]) !== undefined).map((m) => [m.index, m[0]]);
        assert.deepEqual(writtenTimestamps(text).map((w) => [w.start, w.text]), expected);
      }),
      { numRuns: 4000 },
    );
  });

  it('finds the timestamp under an offset', () => {
    const text = 'Host: see [00:12:30] here';
    assert.equal(timestampAt(text, text.indexOf('12'))?.time, 750);
    assert.equal(timestampAt(text, text.indexOf('here')), undefined);
  });
});

describe('time anchors', () => {
  it('takes the times of timed turns from plain text with timestamped labels', () => {
    const t = readTranscript(TIMED);
    const second = TIMED.indexOf('[00:02:00]');
    // A turn's time holds from its label to the first of its words: the label is not spoken.
    assert.deepEqual(timeAnchors(t, TIMED), [
      { offset: 0, time: 60 },
      { offset: TIMED.indexOf('Welcome'), time: 60 },
      { offset: second, time: 120 },
      { offset: TIMED.indexOf('Thank'), time: 120 },
    ]);
  });

  it('takes segment start and end times (caption cues) and inline timestamps', () => {
    const text = 'Speaker one talks here. And [00:00:09] then more.';
    const t: Transcript = {
      ...readTranscript(text),
      turns: [
        {
          speaker: null, label: null, role: 'unknown', question: false, line: 0, endLine: 0, start: 0, end: text.length,
          labelStart: 0, labelEnd: 0, textStart: 0,
          segments: [{ start: 0, end: 23, time: 1, endTime: 4 }],
        },
      ],
    };
    assert.deepEqual(timeAnchors(t, text), [
      { offset: 0, time: 1 },
      { offset: 23, time: 4 },
      { offset: text.indexOf('['), time: 9 },
    ]);
  });

  it('leaves out an anchor whose time goes back, so time never runs backwards', () => {
    const text = '[00:00:10] A: one\n[00:00:05] B: two\n[00:00:20] A: three';
    const t = readTranscript(text);
    assert.deepEqual(timeAnchors(t, text).map((a) => [text.slice(a.offset, a.offset + 3), a.time]), [['[00', 10], ['one', 10], ['[00', 20], ['thr', 20]]);
  });

  it('has no anchors in a transcript without times', () => {
    const text = 'Host: Hello.\nGuest: Hi.';
    assert.deepEqual(timeAnchors(readTranscript(text), text), []);
    assert.equal(tagTime(readTranscript(text), text, 0, 5), undefined);
  });
});

describe('interpolation by characters', () => {
  const anchors: TimeAnchor[] = [
    { offset: 100, time: 10 },
    { offset: 200, time: 20 },
    { offset: 300, time: 40 },
  ];

  it('is exact at an anchor and linear between two', () => {
    assert.equal(timeAt(anchors, 100), 10);
    assert.equal(timeAt(anchors, 150), 15);
    assert.equal(timeAt(anchors, 250), 30);
  });

  it('holds the first time before the first anchor', () => {
    assert.equal(timeAt(anchors, 0), 10);
  });

  it('goes on at the mean rate after the last anchor', () => {
    // 200 characters in 30 seconds.
    assert.equal(timeAt(anchors, 330), 40 + 30 / (200 / 30));
  });

  it('finds the offset of a time, the inverse', () => {
    assert.equal(offsetAt(anchors, 15), 150);
    assert.equal(offsetAt(anchors, 30), 250);
    assert.equal(offsetAt(anchors, 5), 100);
  });

  it('round-trips offsets between anchors (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 300 }), (offset) => {
        const back = offsetAt(anchors, timeAt(anchors, offset)!);
        assert.ok(back !== undefined && Math.abs(back - offset) <= 1, `${offset} → ${back}`);
      }),
    );
  });

  it('never gives a later offset an earlier time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        assert.ok(timeAt(anchors, x)! <= timeAt(anchors, y)!);
      }),
    );
  });

  it('gives a span its start and end, to the millisecond', () => {
    assert.deepEqual(spanTime(anchors, 150, 233), { start: 15, end: 26.6 });
  });

  it('gives a tag in a timed transcript the time of its words', () => {
    // The host's words run from offset 17 (60 s) to the next label at offset 48 (120 s): 60/31 s a character.
    const at = TIMED.indexOf('programme');
    const time = tagTime(readTranscript(TIMED), TIMED, at, at + 'programme'.length);
    const ms = (x: number) => Math.round(x * 1000) / 1000;
    assert.deepEqual(time, { start: ms(60 + ((at - 17) * 60) / 31), end: ms(60 + ((at + 9 - 17) * 60) / 31) });
  });
});

describe('finding the recording', () => {
  it('tries the name without its last one or two extensions', () => {
    assert.deepEqual(recordingBaseNames('talk.transcript.txt'), ['talk.transcript', 'talk']);
    assert.deepEqual(recordingBaseNames('talk.vtt'), ['talk']);
  });

  it('finds a media file beside the transcript with the same base name, any case', () => {
    assert.equal(recordingBeside('talk.transcript.txt', ['talk.transcript.txt', 'notes.mp3', 'Talk.MP3']), 'Talk.MP3');
    assert.equal(recordingBeside('talk.txt', ['talk.m4a', 'talk.wav']), 'talk.m4a');
    assert.equal(recordingBeside('episode.vtt', ['episode.webm']), 'episode.webm');
    assert.equal(recordingBeside('talk.txt', ['talk.pdf', 'other.mp3']), undefined);
  });

  it('reads media: from front matter', () => {
    assert.equal(frontMatterMedia('---\ntitle: Episode 4\nmedia: "audio/ep4.mp3"\n---\nHost: Hi.'), 'audio/ep4.mp3');
    assert.equal(frontMatterMedia('title: x\nmedia: ep4.mp3\n'), undefined);
    assert.equal(frontMatterMedia('---\ntitle: x\n---\nmedia: ep4.mp3\n'), undefined);
  });

  it('accepts only relative paths to media files', () => {
    assert.equal(recordingRefProblem('../audio/ep4.mp3'), undefined);
    assert.match(recordingRefProblem('https://example.org/ep4.mp3')!, /not a path relative/);
    assert.match(recordingRefProblem('/etc/passwd')!, /not a path relative/);
    assert.match(recordingRefProblem('notes.pdf')!, /not a recording/);
  });

  it('writes a path relative to the transcript folder', () => {
    assert.equal(relativePath('/w/talks', '/w/talks/ep.mp3'), 'ep.mp3');
    assert.equal(relativePath('/w/talks', '/w/audio/ep.mp3'), '../audio/ep.mp3');
  });
});

describe('the player page', () => {
  const page = {
    cspSource: 'https://webview.test',
    nonce: 'abc123',
    scriptUri: 'https://webview.test/player.js',
    styleUri: 'https://webview.test/player.css',
    mediaUri: 'https://webview.test/talk.wav',
    kind: 'audio' as const,
    recordingName: '<img src=x onerror=alert(1)>.wav',
    transcriptName: 'a"b<script>.txt',
  };

  it('shows a file name holding markup as text', () => {
    const html = playerHtml(page);
    assert.ok(!html.includes('<img'), html);
    assert.ok(!html.includes('<script>.txt'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;.wav'));
    assert.equal(escapeHtml(`<&>"'\``), '&lt;&amp;&gt;&quot;&#39;&#96;');
  });

  it('runs scripts only with its nonce and loads media only from the webview source', () => {
    const html = playerHtml(page);
    assert.match(html, /default-src 'none'; media-src https:\/\/webview\.test; img-src https:\/\/webview\.test; style-src https:\/\/webview\.test; script-src 'nonce-abc123'/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="abc123" src="https://webview.test/player.js">']);
    assert.ok(!/<[^>]*\son[a-z]+\s*=/i.test(html), 'no inline handlers');
  });
});
