/** Properties over random transcripts and random edits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineSpans, lineTable, NotTextError } from '../../src/core/text';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';

const SPEAKERS: Array<[label: string, name: string]> = [
  ['Question', 'Question'],
  ['Q', 'Q'],
  ['SG', 'SG'],
  ['Moderator', 'Moderator'],
  ['MR PRICE', 'Mr Price'],
  ['Dr Amal Reyes', 'Dr Amal Reyes'],
  ['Foreign Minister Ana Costa', 'Foreign Minister Ana Costa'],
  ['Мария Иванова', 'Мария Иванова'],
  ['**Spokesperson**', 'Spokesperson'],
];
const WORDS = ['the', 'river', 'treaty', 'we', 'agreed', 'on', 'water', 'and', 'borders', '“quoted”', 'deal', '(Laughter.)', '[inaudible]', 'said:', 'Friday', '12', 'per', 'cent', 'Moscow', 'вода', 'ceasefire'];

/** A sentence that never starts like a label: it starts lower-case. */
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 })
  .map((ws) => 'and ' + ws.join(' ') + '.');

interface Spoken {
  speaker: number;
  paragraphs: string[];
}

const turnArb: fc.Arbitrary<Spoken> = fc.record({
  speaker: fc.integer({ min: 0, max: SPEAKERS.length - 1 }),
  paragraphs: fc.array(sentence, { minLength: 1, maxLength: 4 }),
});

const transcriptArb = fc.record({
  turns: fc.array(turnArb, { minLength: 1, maxLength: 12 }),
  blank: fc.constantFrom('', '\n'),
  eol: fc.constantFrom('\n', '\r\n'),
  space: fc.constantFrom(' ', '\u00a0'),
});

function render(t: { turns: Spoken[]; blank: string; eol: string; space: string }): { text: string; expected: string[] } {
  const lines: string[] = ['Title of the meeting', '', '1 June 2024', ''];
  const expected: string[] = [];
  for (const turn of t.turns) {
    const [label, name] = SPEAKERS[turn.speaker]!;
    const first = lines.length + 1;
    turn.paragraphs.forEach((p, i) => {
      lines.push(i === 0 ? `${label}:${t.space}${p}` : p);
      if (t.blank) lines.push('');
    });
    const last = t.blank ? lines.length - 1 : lines.length;
    expected.push(`${first}-${last} ${name}`);
  }
  return { text: lines.join(t.eol), expected };
}

function shape(t: Transcript): string[] {
  return t.turns.map((u) => `${u.line + 1}-${u.endLine + 1} ${u.speaker}`);
}

/** Structural invariants every parse must keep. */
function checkInvariants(t: Transcript): void {
  let previousEnd = -1;
  for (const turn of t.turns) {
    assert.ok(turn.line > previousEnd, 'turns are in order and do not overlap');
    assert.ok(turn.endLine >= turn.line && turn.endLine < t.lineCount, 'a turn lies within the text');
    assert.ok(turn.start <= turn.labelStart && turn.labelStart <= turn.labelEnd && turn.labelEnd <= turn.end);
    previousEnd = turn.endLine;
  }
  let sectionEnd = -1;
  const seen = new Set<number>();
  for (const s of t.sections) {
    assert.ok(s.line > sectionEnd && s.endLine >= s.line, 'sections are in order and do not overlap');
    sectionEnd = s.endLine;
    for (const i of s.turns) {
      const turn = t.turns[i]!;
      assert.ok(turn.line >= s.line && turn.endLine <= s.endLine, 'a section holds its turns');
      assert.ok(!seen.has(i), 'a turn belongs to one section');
      seen.add(i);
    }
  }
  assert.equal(seen.size, t.turns.length, 'every turn belongs to a section');
}

describe('properties', () => {
  it('finds exactly the turns a random transcript was written with, LF or CRLF, with or without blank lines', () => {
    fc.assert(
      fc.property(transcriptArb, (spec) => {
        const { text, expected } = render(spec);
        const t = readTranscript(text);
        assert.deepEqual(shape(t), expected);
        checkInvariants(t);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants, and never throws, on any text without NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const text = s.replace(/\0/g, '');
        checkInvariants(readTranscript(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its invariants on random lines built from label-like pieces', () => {
    const piece = fc.constantFrom('Q:', 'A.', 'Q.', 'SG:', 'Moderator:', '**Host:**', '[00:01]', '(Laughter.)', 'Note:', 'Moscow: 15:37', 'http://x.org', 'LATEST EVENTS', '01.02.2020 - x', ' ', '\u00a0', 'word', 'Word Word:', '\r\n', '\n', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => checkInvariants(readTranscript(pieces.join('')))),
      { numRuns: 500 },
    );
  });

  it('splits lines the same way into a table as into spans, whatever the line breaks', () => {
    const piece = fc.constantFrom('a', 'word ', '\n', '\r\n', '\r', '\r\r\n', '\n\r', '\u00a0', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const table = lineTable(text);
        const spans = lineSpans(text);
        assert.equal(table.count, spans.length);
        assert.deepEqual(Array.from(table.starts), spans.map((s) => s.start));
        assert.deepEqual(Array.from(table.ends), spans.map((s) => s.end));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text with a NUL character instead of guessing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (a, b) => {
        assert.throws(() => readTranscript(a + '\0' + b), NotTextError);
      }),
    );
  });

  it('keeps every speaker and turn start when a sentence is inserted inside a turn', () => {
    fc.assert(
      fc.property(transcriptArb, fc.nat(), sentence, (spec, where, inserted) => {
        const { text } = render(spec);
        const before = readTranscript(text);
        const lines = text.split(spec.eol);
        const body = before.turns.flatMap((u) => Array.from({ length: u.endLine - u.line + 1 }, (_, k) => u.line + k));
        const at = body[where % body.length]!;
        lines.splice(at + 1, 0, inserted);
        const after = readTranscript(lines.join(spec.eol));
        assert.deepEqual(after.turns.map((u) => u.speaker), before.turns.map((u) => u.speaker));
        assert.deepEqual(
          after.turns.map((u) => u.line),
          before.turns.map((u) => (u.line > at ? u.line + 1 : u.line)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('drops exactly the turn whose label is deleted, its words joining the turn before', () => {
    fc.assert(
      fc.property(transcriptArb, fc.nat(), (spec, which) => {
        fc.pre(spec.turns.length >= 2);
        const { text } = render(spec);
        const before = readTranscript(text);
        const k = 1 + (which % (before.turns.length - 1));
        const lines = text.split(spec.eol);
        const turn = before.turns[k]!;
        lines[turn.line] = lines[turn.line]!.slice(turn.textStart - turn.start);
        const after = readTranscript(lines.join(spec.eol));
        const expected = before.turns.map((u) => u.speaker);
        expected.splice(k, 1);
        assert.deepEqual(after.turns.map((u) => u.speaker), expected);
      }),
      { numRuns: 300 },
    );
  });
});
