import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketTerms, nearness, terms, type NearSource } from '../../scripts/checkworthiness/nearness';

/** A transcript for the nearness cues: its sentences, those starting with `*` marked. */
function source(lines: string[]): NearSource {
  return { terms: lines.map((l) => terms(l.replace(/^\*/, ''))), labels: lines.map((l) => (l.startsWith('*') ? 1 : 0)) };
}

describe('nearness to marked sentences (the protocol only)', () => {
  const rally = source(['*Our factories closed by the thousands under that trade deal.', 'It is wonderful to be back here tonight.']);
  const debate = source(['That trade deal closed our factories by the thousands.', 'Thank you all for coming to this hall tonight.', '*The budget office counted nine million people without cover.']);

  it('finds a talking point marked in another transcript, and nothing near an unrelated sentence', () => {
    const [cues] = nearness([rally, debate], [debate]);
    assert.ok(cues![0]![0]! > 0.5, `cosine ${cues![0]![0]}`);
    assert.ok(cues![0]![1]! > 0, 'counted as near');
    assert.ok(cues![1]![0]! < 0.2, `cosine ${cues![1]![0]}`);
  });

  it('never compares a sentence with the marked sentences of its own transcript', () => {
    const [cues] = nearness([debate], [debate]);
    assert.deepEqual(cues!.map((c) => [...c]), [[0, 0], [0, 0], [0, 0]]);
  });

  it('gives a transcript not fitted on the marked sentences of all those fitted on', () => {
    const unseen = source(['The budget office counted nine million people without cover, and they know it.']);
    const [cues] = nearness([rally, debate], [unseen]);
    assert.ok(cues![0]![0]! > 0.5, `cosine ${cues![0]![0]}`);
  });

  it('leaves out sentences of fewer than four words, which would match a stage direction exactly', () => {
    assert.deepEqual(terms('(APPLAUSE)'), []);
    assert.deepEqual(terms('Thank you all.'), []);
    assert.deepEqual(terms('We cut taxes twice.'), ['we', 'cut', 'taxes', 'twice', 'we cut', 'cut taxes', 'taxes twice']);
    assert.deepEqual(bucketTerms('We cut taxes twice.', [7, 9000, 7, 8193], 8192), ['7', '7']);
  });

  it('cuts each marked sentence to its weightiest terms when asked, as a shipped signature would', () => {
    const [full] = nearness([rally, debate], [debate]);
    const cosine = (keep: number): number => nearness([rally, debate], [debate], keep)[0]![0]![0]!;
    assert.equal(cosine(100), full![0]![0]!);
    assert.ok(cosine(6) < full![0]![0]!, `${cosine(6)} against ${full![0]![0]}`);
    assert.ok(cosine(2) <= cosine(6));
  });
});
