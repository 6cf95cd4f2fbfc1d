import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSidecar, writeSidecar } from '../../src/core/annotations';
import { dismissedHashes, sentenceHash, withDismissal, withoutDismissal } from '../../src/core/claims/dismissals';
import type { ScoredSentence, SentenceScores } from '../../src/core/claims/score';
import { chooseSuggestions } from '../../src/core/claims/suggestions';

function sentence(start: number, end: number, text: string, score: number): ScoredSentence {
  return { start, end, text, score, speaker: 'Mayor', turn: 0 };
}

/** Sentences as the scorer gives them: spans and scores in columns, an object made for each one read. */
function scores(list: ScoredSentence[]): SentenceScores & { read: number } {
  const out = {
    length: list.length,
    start: list.map((s) => s.start),
    end: list.map((s) => s.end),
    score: list.map((s) => s.score),
    read: 0,
    at: (i: number) => {
      out.read++;
      return { ...list[i]! };
    },
  };
  return out;
}

const scored = scores([
  sentence(0, 10, 'Hello all.', 0.05),
  sentence(11, 40, 'Fares fell by 30 percent.', 0.8),
  sentence(41, 60, 'I love buses.', 0.1),
  sentence(61, 90, 'Ridership doubled since 2020.', 0.7),
]);

describe('choosing suggestions', () => {
  it('keeps the best sentences, best first, with their ranks', () => {
    const chosen = chooseSuggestions(scored, { count: 2, minScore: 0, tagged: [], dismissed: new Set() });
    assert.deepEqual(chosen.map((s) => [s.rank, s.text]), [[1, 'Fares fell by 30 percent.'], [2, 'Ridership doubled since 2020.']]);
  });

  it('leaves out sentences that overlap a tag, dismissed ones and those under the least score', () => {
    const chosen = chooseSuggestions(scored, { count: 10, minScore: 0.08, tagged: [{ start: 30, end: 35 }], dismissed: new Set([sentenceHash('ridership  doubled since 2020')]) });
    assert.deepEqual(chosen.map((s) => s.text), ['I love buses.']);
  });

  it('reads only the sentences it may choose, best first, until it has enough', () => {
    const many = scores(Array.from({ length: 1000 }, (_, i) => sentence(10 * i, 10 * i + 9, `Sentence ${i}.`, (i % 97) / 97)));
    const chosen = chooseSuggestions(many, { count: 3, minScore: 0, tagged: [], dismissed: new Set([sentenceHash('Sentence 96.')]) });
    assert.deepEqual(chosen.map((s) => [s.rank, s.text]), [[1, 'Sentence 193.'], [2, 'Sentence 290.'], [3, 'Sentence 387.']]);
    assert.equal(many.read, 4, 'the three chosen and the dismissed one before them');
  });
});

describe('dismissed suggestions in the sidecar', () => {
  it('are known by their words, whatever the case, punctuation or spacing', () => {
    assert.equal(sentenceHash('Fares fell by 30 percent.'), sentenceHash('fares  fell by 30 percent'));
    assert.notEqual(sentenceHash('Fares fell by 30 percent.'), sentenceHash('Fares fell by 31 percent.'));
  });

  it('are added once, removed again, and leave other top-level fields alone', () => {
    const once = withDismissal({ reviewer: 'ana' }, 'Fares fell by 30 percent.');
    const twice = withDismissal(once, 'Fares fell by 30 percent.');
    assert.deepEqual(twice, once);
    assert.deepEqual(once.dismissedSuggestions, [{ hash: sentenceHash('Fares fell by 30 percent.'), quote: 'Fares fell by 30 percent.' }]);
    assert.deepEqual(withoutDismissal(once, 'fares fell by 30 percent'), { reviewer: 'ana' });
  });

  it('survive a round trip through the sidecar writer and reader, and a hand-written entry with only a quote counts', () => {
    const text = 'Mayor: Fares fell by 30 percent.\n';
    const extra = withDismissal({}, 'Fares fell by 30 percent.');
    const read = readSidecar(writeSidecar({ transcriptName: 'a.txt', text, tags: [], extra }));
    assert.equal(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    // The reader keeps the field as written (its value for readers): the dismissal reads back the same.
    assert.deepEqual(read.sidecar.extra.dismissedSuggestions, extra.dismissedSuggestions);
    assert.ok(dismissedHashes(read.sidecar.extra).has(sentenceHash('Fares fell by 30 percent.')));
    assert.deepEqual(read.problems, []);
    assert.ok(dismissedHashes({ dismissedSuggestions: [{ quote: 'Fares fell by 30 percent.' }, 'junk', { hash: 'nothex' }] }).has(sentenceHash('Fares fell by 30 percent.')));
  });
});
