/**
 * Properties of every reader over random transcripts: the words of every
 * segment slice out of the original text exactly (after a byte-order mark, with
 * any line ends), turn by turn, in order, and each label's span holds its name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readTranscript } from '../../src/core/formats';
import { wordsOf } from '../../src/core/formats/convert';

const NAMES = ['Ana Costa', 'Ben Okafor', 'Dr Lee Park', 'Мария Иванова', 'Rosa Lind'];
const WORDS = ['the', 'river', 'treaty', 'we', 'agreed', 'on', 'water', 'and', 'borders', '“quoted”', 'deal', 'Friday', '12', 'per', 'cent', 'вода', 'ceasefire', 'costs', '3.5', 'rose'];

interface Said {
  speaker: number;
  lines: string[];
}

const saidArb: fc.Arbitrary<Said[]> = fc
  .array(
    fc.record({
      speaker: fc.integer({ min: 0, max: NAMES.length - 1 }),
      lines: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }).map((ws) => 'and ' + ws.join(' ') + '.'), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 10 },
  )
  // Neighbouring turns by the same speaker merge in caption formats: keep speakers alternating.
  .map((turns) => {
    for (let i = 1; i < turns.length; i++) if (turns[i]!.speaker === turns[i - 1]!.speaker) turns[i] = { ...turns[i]!, speaker: (turns[i]!.speaker + 1) % NAMES.length };
    return turns;
  });

const clock = (s: number, sep = '.') => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}000`;

/** Writers of each convention: the file's text from what was said. */
const WRITERS: Record<string, (turns: Said[]) => string> = {
  colon: (ts) => ts.map((t) => `${NAMES[t.speaker]}: ${t.lines.join('\n')}`).join('\n\n'),
  rev: (ts) => ts.map((t, i) => `${NAMES[t.speaker]} (00:${String(i).padStart(2, '0')}):\n${t.lines.join('\n')}`).join('\n\n'),
  otter: (ts) => ts.map((t, i) => `${NAMES[t.speaker]}  ${i}:0${i % 10}\n${t.lines.join('\n')}`).join('\n\n'),
  webvtt: (ts) => 'WEBVTT\n\n' + ts.flatMap((t, i) => t.lines.map((l, k) => `${clock(i * 10 + k)} --> ${clock(i * 10 + k + 1)}\n${k === 0 ? `<v ${NAMES[t.speaker]}>` : ''}${l}${k === 0 ? '</v>' : ''}\n`)).join('\n'),
  zoom: (ts) => 'WEBVTT\n\n' + ts.flatMap((t, i) => t.lines.map((l, k) => `${i * 10 + k + 1}\n${clock(i * 10 + k)} --> ${clock(i * 10 + k + 1)}\n${NAMES[t.speaker]}: ${l}\n`)).join('\n'),
  srt: (ts) => ts.flatMap((t, i) => t.lines.map((l, k) => `${i * 10 + k + 1}\n${clock(i * 10 + k, ',')} --> ${clock(i * 10 + k + 1, ',')}\n${k === 0 ? `${NAMES[t.speaker]}: ` : ''}${l}\n`)).join('\n'),
  whisper: (ts) => JSON.stringify({ segments: ts.flatMap((t, i) => t.lines.map((l, k) => ({ start: i * 10 + k, end: i * 10 + k + 1, text: ' ' + l, speaker: NAMES[t.speaker] }))) }, null, 2),
};

describe('formats: offsets point into the original text in every format', () => {
  for (const [name, write] of Object.entries(WRITERS)) {
    it(`${name}: every turn's segments slice out exactly what was said, with any line ends and a byte-order mark`, () => {
      fc.assert(
        fc.property(saidArb, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (said, eol, bom) => {
          const body = write(said);
          const text = (bom ? '\ufeff' : '') + (name === 'whisper' ? body : body.replace(/\n/g, eol));
          const fileName = name === 'whisper' ? 'call.json' : name === 'srt' ? 'talk.srt' : 'talk.txt';
          const t = readTranscript(text, { fileName });
          assert.equal(t.turns.length, said.length, `${t.turns.length} turns for ${said.length}`);
          t.turns.forEach((turn, i) => {
            assert.equal(turn.speaker, NAMES[said[i]!.speaker]);
            assert.ok(text.slice(turn.labelStart, turn.labelEnd).includes(NAMES[said[i]!.speaker]!), `label span ${JSON.stringify(text.slice(turn.labelStart, turn.labelEnd))}`);
            let last = -1;
            for (const s of turn.segments) {
              assert.ok(s.start > last && s.end > s.start && s.end <= text.length, 'segments in order, inside the text');
              assert.ok(!/[\r\n]/.test(text.slice(s.start, s.end)), 'a segment never spans a line end');
              last = s.end;
            }
            assert.equal(wordsOf(t, turn, text), said[i]!.lines.join(' '));
          });
        }),
        { numRuns: 60 },
      );
    });
  }
});
