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
