/**
 * A time range before the label, as AI transcription tools write it:
 * `[00:00:15 → 00:01:02] **Name:**`, `[0:15 - 1:02] Name:`, `00:00:15 --> 00:01:02 Name:`.
 * The turn starts at the range's start and ends at its end. Written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';
import { parseTimestamp, parseTimestampEnd } from '../../src/core/transcript/time';

describe('a time range before the label', () => {
  for (const [form, lines] of [
    ['an arrow in brackets, the name in bold', ['[00:00:15 → 00:01:02] **Rosa Kim:** The ferry runs twice a day now.', '', '[00:01:05 → 00:01:40] **Jon Baker:** Since when?', '', '[00:01:42 → 00:02:30] **Rosa Kim:** Since the first of May.']],
    ['a hyphen in brackets', ['[0:15 - 1:02] Rosa Kim: The ferry runs twice a day now.', '[1:05 - 1:40] Jon Baker: Since when?', '[1:42 - 2:30] Rosa Kim: Since the first of May.']],
    ['a caption arrow, no brackets', ['00:00:15 --> 00:01:02 Rosa Kim: The ferry runs twice a day now.', '00:01:05 --> 00:01:40 Jon Baker: Since when?', '00:01:42 --> 00:02:30 Rosa Kim: Since the first of May.']],
  ] as const) {
    it(`reads ${form}`, () => {
      const t = readTranscript(lines.join('\n'), { fileName: 'call.md' });
      assert.deepEqual(t.turns.map((u) => [u.speaker, u.time, u.endTime]), [
        ['Rosa Kim', 15, 62],
        ['Jon Baker', 65, 100],
        ['Rosa Kim', 102, 150],
      ]);
      assert.equal(lines.join('\n').slice(t.turns[1]!.textStart, t.turns[1]!.end), 'Since when?');
    });
  }

  it('parses the start and the end of a range, and leaves a single time without an end', () => {
    assert.equal(parseTimestamp('[00:00:15 → 00:01:02]'), 15);
    assert.equal(parseTimestampEnd('[00:00:15 → 00:01:02]'), 62);
    assert.equal(parseTimestampEnd('[00:00:15]'), undefined);
    assert.equal(parseTimestamp('[00:00:15]'), 15);
  });
});

describe('a time before the name', () => {
  it('reads a time and a name alone on a line, the words below (0:03 - Name (Company), 00:00:03 Name)', () => {
    for (const lines of [
      ['0:03 - Rosa Kim (Harbour Board)', 'The ferry runs twice a day now.', '', '0:41 - Jon Baker', 'Since when?', '', '1:02 - Rosa Kim (Harbour Board)', 'Since the first of May.'],
      ['00:00:03 Rosa Kim', 'The ferry runs twice a day now.', '', '00:00:41 Jon Baker', 'Since when?', '', '00:01:02 Rosa Kim', 'Since the first of May.'],
    ]) {
      const t = readTranscript(lines.join('\n'), { fileName: 'meeting.txt' });
      assert.deepEqual(t.turns.map((u) => [u.speaker, u.time]), [['Rosa Kim', 3], ['Jon Baker', 41], ['Rosa Kim', 62]], lines[0]);
    }
  });

  it("leaves an agenda's times and items, and a clock with its zone, as they are", () => {
    const agenda = ['Programme', '', '09:00 Registration', '', '09:30 Opening Remarks', '', '10:15 Panel Discussion', '', '11:30 Closing Session'].join('\n');
    assert.deepEqual(readTranscript(agenda, { fileName: 'programme.txt' }).turns.filter((u) => u.speaker !== null), []);
    const briefing = ['PRESS BRIEFING', '', '2:05 P.M. EDT', '', 'MS. LANE: Good afternoon.', '', 'Q: Any news on the bridge?', '', 'MS. LANE: Not today.', '', '2:31 P.M. EDT'].join('\n');
    assert.deepEqual(readTranscript(briefing, { fileName: 'b.txt' }).turns.map((u) => u.speaker), ['Ms. Lane', 'Q', 'Ms. Lane']);
  });

  it('reads a time, a name in bold and the words on one line, as a podcast transcript gives them', () => {
    const text = ['0:12:04.5 **Rosa Kim** The ferry runs twice a day now.', '', '0:12:09.1 **Jon Baker** Since when?', '', '0:12:11.0 **Rosa Kim** Since the first of May.', '', '0:12:15.2 And it will stay that way.', '', '0:12:18.9 **Jon Baker** (laughs)'].join('\n');
    const t = readTranscript(text, { fileName: 'episode.md' });
    assert.deepEqual(t.turns.map((u) => [u.speaker, u.time]), [['Rosa Kim', 724.5], ['Jon Baker', 729.1], ['Rosa Kim', 731], ['Jon Baker', 738.9]]);
  });
});
