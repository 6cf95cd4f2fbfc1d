/**
 * The plain-text records of ../shared/corpus/real2 (parliaments in Galician
 * and French, labels with the speech on their line or alone above it) against
 * their `expected.json`: each expected turn's speaker and first words, in
 * order, and the date. Skipped with a message where that folder is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeText } from '../../src/core/text';
import { readTranscript } from '../../src/core/formats';

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const skip = existsSync(join(REAL2, 'expected.json')) ? false : `the real2 transcripts are not here (${REAL2} is absent)`;
/** The development text files; their held-out siblings are measured apart, never in tests. */
const FILES = ['gl-parlamento-galicia.txt', 'fr-ca-senat-hansard-aligned.txt'];

interface Expected {
  turns: Array<[string[], string]>;
  date?: string;
}

/** Folded as the scorer folds: accents, case, punctuation and word order aside. */
function fold(s: string): string[] {
  return (s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\d+$/.test(w));
}

describe('real2 plain-text records (../shared/corpus/real2)', { skip }, () => {
  const expected = skip ? {} : (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, Expected>);
  for (const file of FILES) {
    it(`${file}: speakers and first words in order, and the date`, () => {
      const exp = expected[file]!;
      const text = decodeText(readFileSync(join(REAL2, file))).text;
      const t = readTranscript(text, { fileName: file });
      const got = t.turns
        .filter((u) => u.speaker !== null)
        .map((u) => ({ name: fold(u.speaker!).sort().join(' '), words: fold(text.slice(u.textStart, Math.min(u.end, u.textStart + 400))).join(' ') }));
      // Longest common subsequence of expected and found turns.
      const want = exp.turns.map(([names, words]) => ({ names: names.map((n) => fold(n).sort().join(' ')), words: fold(words).slice(0, 5).join(' ') }));
      const fits = (w: (typeof want)[number], g: (typeof got)[number]) => w.names.includes(g.name) && (w.words === '' || g.words.includes(w.words));
      const table = Array.from({ length: want.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
      for (let i = want.length - 1; i >= 0; i--) {
        for (let j = got.length - 1; j >= 0; j--) {
          table[i]![j] = fits(want[i]!, got[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
        }
      }
      const hit = table[0]![0]!;
      const p = hit / Math.max(1, got.length);
      const r = hit / Math.max(1, want.length);
      const f1 = (2 * p * r) / Math.max(1e-9, p + r);
      assert.ok(f1 >= 0.95, `turn F1 ${f1.toFixed(3)} (${hit} of ${want.length} expected, ${got.length} found)`);
      if (exp.date !== undefined) assert.equal(t.metadata.date, exp.date);
    });
  }
});
