import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { precisionAt } from '../../src/core/claims/evaluate';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { SpeakerNumbers } from '../../src/core/claims/columns';
import { kindOfColumns, transcriptKind } from '../../src/core/claims/kind';
import { rankingMargins } from '../../src/core/claims/ranking';
import { blend, choices, combined, example, folds, kindOf, rank, scaledAux, speakerScaled, WORD_FITS, yearOf, type Margins, type Weights } from '../../scripts/checkworthiness/protocol';
import { fitForest, forestMargins } from '../../scripts/checkworthiness/trees';
import { withoutContext } from '../../scripts/checkworthiness/auxiliary';
import { appended, meanVector, readVectors, vectorTokens } from '../../scripts/checkworthiness/vectors';
import { normalised, sharedSpans } from '../../scripts/checkworthiness/claimbuster';
import * as shipped from '../../src/core/claims/weights';
import { fitPacked, marginsWith, pack } from '../../scripts/checkworthiness/fitting';
import { fitLogistic } from '../../src/core/claims/logistic';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_SIZE, type FeatureVector } from '../../src/core/claims/features';
import { scratchFolder } from './scratch';

/** A labelled transcript in the CheckThat! layout: `speaker|sentence|label` per line. */
function tsv(name: string, lines: string[]): ReturnType<typeof readLabelledTsv> {
  return readLabelledTsv(name, lines.map((l, i) => [i + 1, ...l.split('|')].join('\t')).join('\n'));
}

describe('precision at k', () => {
  it('is the share of worth-checking sentences among the k best, ties to the earlier sentence', () => {
    assert.equal(precisionAt(2, [0.9, 0.1, 0.8, 0.5], [1, 1, 0, 0]), 0.5);
    assert.equal(precisionAt(1, [0.5, 0.5], [0, 1]), 0);
  });

  it('counts out of k even when the transcript has fewer sentences, as CheckThat! does', () => {
    assert.equal(precisionAt(10, [0.9, 0.1], [1, 1]), 0.2);
  });
});

describe('ranking margins', () => {
  const turnOf = [0, 0, 0, 1, 2];
  const speakers = ['A', 'A', 'A', 'B', 'A'];
  const z = [1, 2, 3, 10, -6];

  it('are the margins themselves when every share is 0', () => {
    assert.deepEqual(Array.from(rankingMargins(z, turnOf, speakers, { neighbours: 0, turnMean: 0, speakerMean: 0 })), z);
  });

  it('add a share of the neighbours in the same turn only', () => {
    // 3 gets half of 2 (its only neighbour in the turn), not of the next turn's 10.
    assert.deepEqual(Array.from(rankingMargins(z, turnOf, speakers, { neighbours: 0.5, turnMean: 0, speakerMean: 0 })), [2, 4, 4, 10, -6]);
  });

  it('add a share of the turn mean', () => {
    assert.deepEqual(Array.from(rankingMargins(z, turnOf, speakers, { neighbours: 0, turnMean: 1, speakerMean: 0 })), [3, 4, 5, 20, -12]);
  });

  it('add a share of the speaker mean over the whole transcript', () => {
    // A's mean is (1 + 2 + 3 - 6) / 4 = 0; B's is 10.
    assert.deepEqual(Array.from(rankingMargins(z, turnOf, speakers, { neighbours: 0, turnMean: 0, speakerMean: 0.5 })), [1, 2, 3, 15, -6]);
  });
});

describe('the fitting protocol', () => {
  const debate = tsv('20160101_debate.tsv', ['MOD|Welcome.|0', 'X|Taxes rose 5%.|1', 'Y|No they did not.|0', 'MOD|Next question?|0', 'X|Thank you.|0']);
  const speech = tsv('20170101_speech.tsv', ['X|Thank you.|0', 'X|We built 300 miles of road.|1', 'Y|Yes!|0']);

  it('calls a transcript a debate when no speaker says 60 % of its sentences, else a speech', () => {
    assert.equal(kindOf(debate), 'debate');
    assert.equal(kindOf(speech), 'speech');
  });

  it('decides the kind from the speakers alone, as the product does: unlabelled sentences count as one speaker', () => {
    const say = (...speakers: (string | null)[]): { speaker: string | null }[] => speakers.map((speaker) => ({ speaker }));
    assert.equal(transcriptKind(say('MOD', 'A', 'B', 'A', 'B')), 'debate');
    // Three of five is 60 %: one speaker holds the floor.
    assert.equal(transcriptKind(say('A', 'A', 'A', 'MOD', 'B')), 'speech');
    assert.equal(transcriptKind(say(null, null, null, null)), 'speech');
    assert.equal(transcriptKind(say(null, 'A', null, 'B', 'C')), 'debate');
    // The product's path reads the kind from speaker numbers: the same answers.
    for (const names of [['MOD', 'A', 'B', 'A', 'B'], ['A', 'A', 'A', 'MOD', 'B'], [null, null, null, null], [null, 'A', null, 'B', 'C']]) {
      const numbers = new SpeakerNumbers();
      const speaker = Int32Array.from(names, (n) => numbers.of(n));
      assert.equal(kindOfColumns(speaker, numbers.count), transcriptKind(say(...names)), names.join(' '));
    }
  });

  it('reads the year a transcript was given from the date its name starts with', () => {
    assert.equal(yearOf('20190108_oval_office.tsv'), 2019);
    assert.equal(yearOf('press_briefing.tsv'), undefined);
  });

  it('groups folds by transcript: each transcript in exactly one fold, debates and speeches spread over them', () => {
    const data = [debate, speech, debate, speech, debate, speech].map((t, i) => example({ ...t, name: `${i}_${t.name}` }, labelledFeatures(t)));
    const split = folds(data, 3);
    assert.equal(split.length, 3);
    assert.deepEqual(split.flat().map((e) => e.t.name).sort(), data.map((e) => e.t.name).sort());
    for (const fold of split) assert.deepEqual(fold.map((e) => e.kind).sort(), ['debate', 'speech']);
  });
});

describe('the shipped weights', () => {
  it('name a fit and a choice the protocol knows, so that --final-only can fit them again', () => {
    assert.ok((WORD_FITS as readonly string[]).includes(shipped.FIT), `FIT '${shipped.FIT}' is none of ${WORD_FITS.join(', ')}`);
    const auxShare = (shipped as { AUX_SHARE?: number }).AUX_SHARE;
    const chosen = { base: shipped.FIT, denseShare: shipped.DENSE_SHARE, ...(auxShare === undefined ? {} : { auxShare }), neighbours: shipped.NEIGHBOURS, turnMean: shipped.TURN_MEAN, speakerMean: shipped.SPEAKER_MEAN };
    assert.ok(choices(auxShare !== undefined).some((c) => JSON.stringify(c) === JSON.stringify(chosen)), JSON.stringify(chosen));
  });
});

describe('the fits over packed rows', () => {
  /** Two cues: index 0 the bias, 1 "holds a figure", 2 "is a greeting". */
  const row = (figure: number, greeting: number): FeatureVector => ({ index: Int32Array.from([0, 1, 2]), value: Float32Array.from([1, figure, greeting]) });
  const settings = { l2Words: 1e-3, l2Dense: 1e-3, denseFrom: 0, positiveWeight: 3, epochs: 200, learningRate: 0.05 };

  it('packs rows without their zeros, each row where the previous one ends', () => {
    const rows = pack([row(1, 0), row(0, 1)], [1, 0]);
    assert.deepEqual(Array.from(rows.rowStart), [0, 2, 4]);
    assert.deepEqual(Array.from(rows.index), [0, 1, 0, 2]);
    assert.deepEqual(Array.from(rows.labels), [1, 0]);
  });

  it('fits the logistic loss exactly as logistic.ts does, so the protocol reports the same model faster', () => {
    const xs = [row(1, 0), row(0, 1), row(1, 1), row(0, 0), row(1, 0)];
    const ys: (0 | 1)[] = [1, 0, 0, 0, 1];
    const packed = fitPacked([{ rows: pack(xs.slice(0, 3), ys.slice(0, 3)), times: 1 }, { rows: pack(xs.slice(3), ys.slice(3)), times: 1 }], 3, { loss: 'logistic', ...settings });
    assert.deepEqual(Array.from(packed), Array.from(fitLogistic(xs, ys, 3, settings)));
  });

  it('counts a transcript twice as two copies of it', () => {
    const rows = pack([row(1, 0), row(0, 1)], [1, 0]);
    const other = pack([row(0, 0), row(1, 1)], [0, 1]);
    const twice = fitPacked([{ rows, times: 2 }, { rows: other, times: 1 }], 3, { loss: 'logistic', ...settings });
    const copies = fitPacked([{ rows, times: 1 }, { rows, times: 1 }, { rows: other, times: 1 }], 3, { loss: 'logistic', ...settings });
    for (let j = 0; j < 3; j++) assert.ok(Math.abs(twice[j]! - copies[j]!) < 1e-12);
  });

  it('with the balanced loss, lets a short transcript count as much as a long one', () => {
    // A long transcript where greetings are marked and a short one where figures are: the pointwise fit follows the long one.
    const long = pack(Array.from({ length: 40 }, (_, i) => row(i % 2, 1 - (i % 2))), Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 1 : 0)));
    const short = pack([row(1, 0), row(0, 1), row(1, 0), row(0, 1)], [1, 0, 1, 0]);
    const data = [{ rows: long, times: 1 }, { rows: short, times: 1 }];
    const pointwise = fitPacked(data, 3, { loss: 'logistic', ...settings, positiveWeight: 1 });
    const balanced = fitPacked(data, 3, { loss: 'balanced', ...settings });
    assert.ok(pointwise[2]! > pointwise[1]!, 'pointwise: greetings above figures, as the long transcript has it');
    assert.ok(Math.abs(balanced[2]! - balanced[1]!) < Math.abs(pointwise[2]! - pointwise[1]!) / 2, 'balanced: the two transcripts pull about equally');
  });

  it('with the listwise loss, ranks each transcript\'s marked sentences first', () => {
    const rows = pack([row(0, 1), row(1, 0), row(0, 1), row(0, 0)], [0, 1, 0, 0]);
    const w = fitPacked([{ rows, times: 1 }], 3, { loss: 'listwise', ...settings });
    const z = marginsWith(w, rows);
    assert.equal(z.indexOf(Math.max(...z)), 1);
  });

  it('with the pairwise loss, orders each transcript on its own: a cue that marks the worth-checking sentence inside each transcript wins over one that only tells transcripts apart', () => {
    // Transcript a: every sentence holds a figure, the greeting-free one is marked; transcript b has no figures at all
    // and marks far more sentences. Across transcripts figures go with fewer marks; inside each, greetings never are.
    const a = pack([row(1, 1), row(1, 0), row(1, 1), row(1, 1)], [0, 1, 0, 0]);
    const b = pack([row(0, 0), row(0, 0), row(0, 1), row(0, 0)], [1, 1, 0, 1]);
    const w = fitPacked([{ rows: a, times: 1 }, { rows: b, times: 1 }], 3, { loss: 'pairwise', ...settings });
    assert.ok(w[2]! < 0, `greetings sink (weight ${w[2]})`);
    // Up to rounding: a cue constant inside every transcript changes no order there, so the loss does not move it.
    assert.ok(Math.abs(w[1]!) < 1e-3, `the figure cue stays at 0 (weight ${w[1]})`);
    assert.ok(Math.abs(w[0]!) < 1e-3, `the bias stays at 0 (weight ${w[0]})`);
  });

  it('blends two fits as equals whatever the scale of their margins, on the first fit\'s scale', () => {
    // Figures and greetings vary alike over these sentences; one fit weighs figures only, the other greetings only, 100 times as heavily.
    const on = [{ rows: pack([row(1, 0), row(0, 1), row(1, 1), row(0, 0)], [1, 0, 0, 0]) }];
    const figures = Float64Array.from([0, 2, 0]);
    const greetings = Float64Array.from([0, 0, -200]);
    const w = blend(figures, greetings, on);
    assert.deepEqual(Array.from(w), [0, 1, -1]);
    // A fit blended with a scaled copy of itself is itself.
    assert.deepEqual(Array.from(blend(figures, Float64Array.from(figures, (v) => v * 7), on)), Array.from(figures));
  });

  it('leaves out hashed buckets found in too few transcripts', () => {
    // Index 1 is a hashed bucket (below denseFrom 2) found in one transcript only; index 2 a dense cue.
    const a = pack([{ index: Int32Array.from([1, 2]), value: Float32Array.from([1, 1]) }, { index: Int32Array.from([2]), value: Float32Array.from([0.5]) }], [1, 0]);
    const b = pack([{ index: Int32Array.from([2]), value: Float32Array.from([1]) }, { index: Int32Array.from([2]), value: Float32Array.from([0.2]) }], [1, 0]);
    const w = fitPacked([{ rows: a, times: 1 }, { rows: b, times: 1 }], 3, { loss: 'logistic', ...settings, denseFrom: 2, minTranscripts: 2 });
    assert.equal(w[1], 0);
    assert.ok(w[2]! !== 0);
  });
});

describe('the auxiliary model', () => {
  it('adds shares of the auxiliary model to the choices only when there is one', () => {
    assert.ok(choices().every((c) => !('auxShare' in c)));
    const withAux = choices(true);
    assert.equal(withAux.length, 5 * choices().length);
    assert.deepEqual([...new Set(withAux.map((c) => c.auxShare))], [0, 0.5, 1, 2, 4]);
  });

  it('sees the words and the cues of a sentence alone, none of its speaker, turn or neighbours', () => {
    const t = tsv('20160101_x.tsv', ['A|We cut taxes by 5 percent in 2015.|1', 'A|Thank you.|0', 'B|What about jobs?|0']);
    const full = labelledFeatures(t)[0]!;
    const bare = withoutContext(full);
    const cue = (name: string): number => HASH_SIZE + DENSE_FEATURES.indexOf(name as (typeof DENSE_FEATURES)[number]);
    for (const name of ['speakerShare', 'firstInTurn', 'turnLength', 'nextHasNumber', 'noSpeaker']) assert.ok(!bare.index.includes(cue(name)), name);
    for (const name of ['bias', 'percent', 'year']) assert.ok(bare.index.includes(cue(name)), name);
    const words = (x: FeatureVector): number[] => Array.from(x.index).filter((j) => j < HASH_SIZE);
    assert.deepEqual(words(bare), words(full));
  });

  it('is brought to the spread of the pairwise fit\'s margins, so a share means the same in every fold', () => {
    const on = [{ rows: pack([{ index: Int32Array.from([0]), value: Float32Array.from([1]) }, { index: Int32Array.from([0]), value: Float32Array.from([-1]) }], [1, 0]) }];
    const like = Float64Array.from([3]);
    assert.deepEqual(Array.from(scaledAux(Float64Array.from([0.5]), like, on)), [3]);
    assert.deepEqual(Array.from(scaledAux(Float64Array.from([-2]), like, on)), [-3]);
  });

  it('ranks by its share of the auxiliary margins, and ships inside the one weight table', () => {
    const t = tsv('20160101_x.tsv', ['A|One.|0', 'A|Two.|1', 'A|Three.|0']);
    const e = example(t, labelledFeatures(t));
    const flat = [0, 0, 0];
    const m = { words: flat, sparseWords: flat, dense: flat, pairwise: flat, wordsPairwise: flat, aux: [0, 2, 1] } as Margins;
    const settings = { neighbours: 0, turnMean: 0, speakerMean: 0 };
    assert.deepEqual(rank(e, m, { base: 'pairwise', denseShare: 0, auxShare: 0.5, ...settings }), [0, 1, 0.5]);
    assert.deepEqual(rank(e, m, { base: 'pairwise', denseShare: 0, auxShare: 0, ...settings }), [0, 0, 0]);
    const fill = (v: number): Float64Array => new Float64Array(FEATURE_COUNT).fill(v);
    const w = { pairwise: fill(1), dense: fill(2), aux: fill(4) } as Weights;
    const out = combined(w, { base: 'pairwise', denseShare: 0.5, auxShare: 0.25, ...settings });
    // A hashed word: half the pairwise weight and a quarter of the auxiliary one; a cue: the dense fit's half too.
    assert.equal(out[0], 0.5 + 1);
    assert.equal(out[HASH_SIZE], 0.5 + 1 + 1);
  });
});

describe('the auxiliary data made from ClaimBuster', () => {
  it('compares sentences by their words, whatever their case, punctuation and spacing', () => {
    assert.equal(normalised('We cut taxes -- by 5%,  twice!'), normalised('we cut taxes by 5 twice'));
    assert.notEqual(normalised('We cut taxes.'), normalised('We cut tax.'));
  });

  it('leaves out the debates CLEF also has: runs of at least three shared sentences, widened to the ids around them', () => {
    // Ids 1000-1800: a run of four shared sentences; 5000: one alone (a common phrase), kept out by its text only.
    assert.deepEqual(sharedSpans([1800, 1000, 1300, 1500, 5000]), [[500, 2300]]);
    // More than 400 ids apart: two runs of two, neither enough.
    assert.deepEqual(sharedSpans([100, 200, 900, 1000]), []);
  });
});

describe('word vectors tried by the protocol (--vectors)', () => {
  const file = (text: string): string => {
    const path = join(scratchFolder('vectors-'), 'vectors.txt');
    writeFileSync(path, text);
    return path;
  };

  it('splits a sentence into lower-case words with the clitics apart, as the vectors were made', () => {
    assert.deepEqual(vectorTokens("We didn't cut it: they're at 3.5 percent, the lowest in 40 years."), ['we', 'did', "n't", 'cut', 'it', 'they', "'re", 'at', '3.5', 'percent', 'the', 'lowest', 'in', '40', 'years']);
  });

  it('averages the vectors of the words that have one, and gives zeros when none has', () => {
    const v = readVectors([file('cut 1 0\ntaxes 0 2\n')]);
    assert.equal(v.dims, 2);
    assert.deepEqual(Array.from(meanVector(v, ['we', 'cut', 'taxes'])), [0.5, 1]);
    assert.deepEqual(Array.from(meanVector(v, ['we', 'cut', 'taxes'], (w) => (w === 'cut' ? 3 : 1))), [0.75, 0.5]);
    assert.deepEqual(Array.from(meanVector(v, ['nothing', 'known'])), [0, 0]);
  });

  it("keeps the first file's vector of a word found in several, and names a file whose vectors differ in length", () => {
    assert.deepEqual(Array.from(readVectors([file('cut 1 0\n'), file('cut 5 5\n')]).table.get('cut')!), [1, 0]);
    assert.throws(() => readVectors([file('cut 1 0\ntaxes 1 2 3\n')]), /vectors\.txt: a vector of 3 numbers among vectors of 2/);
  });

  it('appends the mean after the features of the weight table, which stay as they were', () => {
    const x: FeatureVector = { index: Int32Array.from([3, HASH_SIZE]), value: Float32Array.from([0.5, 1]) };
    const y = appended(x, FEATURE_COUNT, [0.25, -1]);
    assert.deepEqual(Array.from(y.index), [3, HASH_SIZE, FEATURE_COUNT, FEATURE_COUNT + 1]);
    assert.deepEqual(Array.from(y.value), [0.5, 1, 0.25, -1]);
  });
});

describe('boosted trees over the cues', () => {
  /** A sentence whose only cues are two flags, at the places of two dense features. */
  const sentence = (a: number, b: number): FeatureVector => {
    const value = new Float32Array(DENSE_FEATURES.length);
    value[1] = a;
    value[2] = b;
    return { index: Int32Array.from(value, (_, d) => HASH_SIZE + d), value };
  };
  // Worth checking: one flag or the other, never both nor neither (no weighted sum of the two orders that right:
  // 10 above 00 needs the first flag's weight above 0, 01 above 00 the second's, 10 above 11 the second's below 0).
  const transcript = (): { dense: FeatureVector[]; t: { labels: (0 | 1)[] } } => {
    const pairs = [[0, 0], [1, 0], [0, 1], [1, 1], [0, 0], [0, 0], [0, 1], [1, 0]];
    return { dense: pairs.map(([a, b]) => sentence(a!, b!)), t: { labels: pairs.map(([a, b]) => (a !== b ? 1 : 0)) } };
  };

  it('learn an interaction of two cues that a linear model cannot, ranking every marked sentence first', () => {
    const data = [transcript(), transcript(), transcript()];
    const forest = fitForest(data, { depth: 2, rounds: 30, rate: 0.3, lambda: 0.01, minHessian: 0 });
    const z = forestMargins(forest, data[0]!);
    const marked = z.filter((_, i) => data[0]!.t.labels[i] === 1);
    const others = z.filter((_, i) => data[0]!.t.labels[i] === 0);
    assert.ok(Math.min(...marked) > Math.max(...others), `${z.map((v) => v.toFixed(2)).join(' ')}`);
  });

  it('learn it too with each pair weighed by the change in NDCG its swap would make (LambdaMART)', () => {
    const data = [transcript(), transcript(), transcript()];
    const forest = fitForest(data, { depth: 2, rounds: 30, rate: 0.3, lambda: 0.01, minHessian: 0, weighting: 'ndcg' });
    const z = forestMargins(forest, data[0]!);
    const marked = z.filter((_, i) => data[0]!.t.labels[i] === 1);
    const others = z.filter((_, i) => data[0]!.t.labels[i] === 0);
    assert.ok(Math.min(...marked) > Math.max(...others), `${z.map((v) => v.toFixed(2)).join(' ')}`);
  });

  it('give the same trees for the same data', () => {
    const fitted = (): string => JSON.stringify(fitForest([transcript(), transcript()], { depth: 3, rounds: 5, rate: 0.1, lambda: 1, minHessian: 0 }).trees.map((t) => [Array.from(t.feature), Array.from(t.leaf)]));
    assert.equal(fitted(), fitted());
  });
});

describe('speaker scaling', () => {
  it('keeps each speaker mean and spreads every speaker alike, a speaker of one sentence as it is', () => {
    const z = speakerScaled([0, 2, 10, 30, 5], ['A', 'A', 'B', 'B', 'C']);
    // A: mean 1, spread 1; B: mean 20, spread 10; the transcript's spread is 10.77.
    const all = Math.sqrt([0, 2, 10, 30, 5].reduce((a, v) => a + (v - 9.4) ** 2, 0) / 5);
    assert.deepEqual(z.map((v) => Number(v.toFixed(6))), [1 - all, 1 + all, 20 - all, 20 + all, 5].map((v) => Number(v.toFixed(6))));
  });
});
