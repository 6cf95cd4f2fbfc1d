/**
 * The real documents of ../shared/corpus/real2 (PDF, Word, parliamentary XML
 * and TEI, a speech service's JSON, captions, records in other languages)
 * against their `expected.json`, scored as `../shared/tools/score-real2.mjs`
 * scores the command line: predicted turns aligned to the expected ones in
 * order (longest common subsequence) where the speaker's name and the first
 * words agree. Skipped with a message where that folder is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../../src/core/formats';
import { spokenText } from '../../src/core/transcript';

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const skip = existsSync(join(REAL2, 'expected.json')) ? false : `the real documents are not here (${REAL2} is absent)`;

/** The least turn F1 over all files together, as the documents issue asks. */
const OVERALL_F1 = 0.95;
/** The least F1 of each file: what the readers reach today, so a file that gets worse fails. */
const FILE_F1: Record<string, number> = {};
const DEFAULT_FILE_F1 = 0.97;
/**
 * Q&A counts the readers do not reach yet, with why: these files are held to
 * their turns and date only. None today: the Bundestag's question time, once
 * listed here (and held out), is now read from the chair's calls and the
 * minister's stated office, so it is tuned material.
 */
const KNOWN_QA_MISSES: Record<string, string> = {};

type Names = string | string[];
interface Expected {
  turns: Array<[Names, string]>;
  qa: [number, number] | null;
  date?: string;
}

const stripMarks = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC');
function nameKey(name: string): string {
  const words = stripMarks(name.normalize('NFKC')).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w)).sort().join(' ');
}
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;
function wordsOf(text: string): string[] {
  const s = stripMarks(text.replace(/<[^>]*>/g, ' ').normalize('NFKC')).toLowerCase().replace(/['’‘ʼ`´]/g, '');
  return (s.match(WORD) ?? []).filter((w) => !/^\p{N}+$/u.test(w));
}

interface Predicted {
  key: string;
  texts: Array<{ words: string[]; within: number }>;
}

function startsWithin(want: string[], texts: Predicted['texts']): boolean {
  if (want.length === 0) return true;
  return texts.some(({ words, within }) => {
    for (let at = 0; at <= within && at + want.length <= words.length; at++) if (want.every((w, k) => words[at + k] === w)) return true;
    return false;
  });
}

/** Matched turns: the longest common subsequence of predicted and expected turns. */
function matched(pred: Predicted[], want: Array<{ keys: Set<string>; words: string[] }>): number {
  const fits = (i: number, j: number) => want[j]!.keys.has(pred[i]!.key) && startsWithin(want[j]!.words, pred[i]!.texts);
  const n = pred.length;
  const m = want.length;
  const best = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) best[i]![j] = fits(i, j) ? best[i + 1]![j + 1]! + 1 : Math.max(best[i + 1]![j]!, best[i]![j + 1]!);
  return best[0]![0]!;
}

describe('real documents in many formats and languages (../shared/corpus/real2)', { skip }, () => {
  const expected = skip ? {} : (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, Expected>);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [file, exp] of Object.entries(expected)) {
    it(`${file}: turns, Q&A and date`, async () => {
      const { text, transcript: t } = await readDocument(readFileSync(join(REAL2, file)), { fileName: file });
      const lines = text.split(/\r\n|\r|\n/);
      const pred: Predicted[] = t.turns
        .filter((u) => u.label !== null && u.speaker)
        .map((u) => ({
          key: nameKey(u.speaker!),
          texts: [
            { words: wordsOf(spokenText(text, u, 400)), within: 12 },
            { words: wordsOf(lines.slice(u.line, Math.min(lines.length, u.line + 11, Math.max(u.line + 3, u.endLine))).join('\n')).slice(0, 200), within: 40 },
          ],
        }));
      const want = exp.turns.map(([names, words]) => ({ keys: new Set((Array.isArray(names) ? names : [names]).map(nameKey)), words: wordsOf(words).slice(0, 5) }));
      const hit = matched(pred, want);
      tp += hit;
      fp += pred.length - hit;
      fn += want.length - hit;
      const p = hit / Math.max(1, pred.length);
      const r = hit / Math.max(1, want.length);
      const f1 = want.length === 0 && pred.length === 0 ? 1 : (2 * p * r) / Math.max(1e-9, p + r);
      const floor = FILE_F1[file] ?? DEFAULT_FILE_F1;
      assert.ok(f1 >= floor, `turn F1 ${f1.toFixed(3)} (P ${p.toFixed(2)} R ${r.toFixed(2)}), below ${floor}`);
      if (exp.qa && !KNOWN_QA_MISSES[file]) {
        const qa = t.sections.filter((s) => s.kind === 'qa').length;
        assert.ok(qa >= exp.qa[0] && qa <= exp.qa[1], `${qa} Q&A sections, expected ${exp.qa[0]}..${exp.qa[1]}`);
      }
      if (exp.date !== undefined) assert.equal(t.metadata.date ?? null, exp.date);
    });
  }
  it(`all files together: turn F1 at least ${OVERALL_F1}`, () => {
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = (2 * p * r) / Math.max(1e-9, p + r);
    assert.ok(f1 >= OVERALL_F1, `turn F1 ${f1.toFixed(3)} (P ${p.toFixed(2)}, R ${r.toFixed(2)})`);
  });
});
