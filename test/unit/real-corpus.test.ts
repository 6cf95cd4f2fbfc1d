/**
 * The real transcripts of ../shared/corpus/real, in every convention people
 * hold, against their `expected.json`: each file's speaker turns (F1 at least
 * 0.97 by line and name), its number of Q&A sections and its date. Skipped
 * with a message where that folder is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeText } from '../../src/core/text';
import { readTranscript } from '../../src/core/formats';

const REAL = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const skip = existsSync(join(REAL, 'expected.json')) ? false : `the real transcripts are not here (${REAL} is absent)`;

interface Expected {
  turns: Array<[number, string]>;
  qa: [number, number] | null;
  date?: string;
}

/** Names compared as the ground truth was written: case, punctuation, word order and leading zeros aside. */
function norm(s: string): string {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/^0+(?=\d)/, '')).sort().join(' ');
}

describe('real transcripts in every convention (../shared/corpus/real)', { skip }, () => {
  const expected = skip ? {} : (JSON.parse(readFileSync(join(REAL, 'expected.json'), 'utf8')) as Record<string, Expected>);
  for (const [file, exp] of Object.entries(expected)) {
    it(`${file}: turns, Q&A and date`, () => {
      const text = decodeText(readFileSync(join(REAL, file))).text;
      const t = readTranscript(text, { fileName: file });
      const got = new Set(t.turns.filter((u) => u.label !== null).map((u) => `${u.line + 1}:${norm(u.speaker!)}`));
      const want = new Set(exp.turns.map(([line, name]) => `${line}:${norm(name)}`));
      const hit = [...want].filter((k) => got.has(k)).length;
      const p = hit / Math.max(1, got.size);
      const r = hit / Math.max(1, want.size);
      const f1 = (2 * p * r) / Math.max(1e-9, p + r);
      const missing = [...want].filter((k) => !got.has(k)).slice(0, 5);
      const extra = [...got].filter((k) => !want.has(k)).slice(0, 5);
      assert.ok(f1 >= 0.97, `turn F1 ${f1.toFixed(3)}; missing ${missing.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`);
      if (exp.qa) {
        const qa = t.sections.filter((s) => s.kind === 'qa').length;
        assert.ok(qa >= exp.qa[0] && qa <= exp.qa[1], `${qa} Q&A sections, expected ${exp.qa[0]}..${exp.qa[1]}`);
      }
      if (exp.date !== undefined) assert.equal(t.metadata.date, exp.date);
    });
  }
});
