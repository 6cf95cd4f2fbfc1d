import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { averagePrecision, meanAveragePrecision } from '../../src/core/claims/evaluate';
import { FEATURE_COUNT, HASH_SIZE } from '../../src/core/claims/features';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { fitLogistic, margin } from '../../src/core/claims/logistic';
import { decodeWeights, rankingSettingsFor, scoreColumns, scoreSentences, scoreWith, weightsFitFeatures } from '../../src/core/claims/checkWorthiness';
import { columnsOf } from '../../src/core/claims/columns';
import * as shipped from '../../src/core/claims/weights';
import { scoreTranscript, topSentences } from '../../src/core/claims/score';
import { spokenSentences } from '../../src/core/claims/sentences';
import { readTranscript } from '../../src/core/formats';

const DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'checkworthiness', 'train');

describe('average precision', () => {
  it('is 1 when the worth-checking sentences come first and falls as they sink', () => {
    assert.equal(averagePrecision([0.9, 0.8, 0.1], [1, 1, 0]), 1);
    assert.equal(averagePrecision([0.1, 0.8, 0.9], [1, 0, 0]), 1 / 3);
    assert.equal(meanAveragePrecision([{ scores: [0.9, 0.1], labels: [1, 0] }, { scores: [0.9, 0.1], labels: [0, 1] }]), 0.75);
  });
});

describe('check-worthiness scores', () => {
  it('uses weights fitted with the features the scorer computes (scripts/fit-checkworthiness.ts writes them)', () => {
    assert.ok(weightsFitFeatures());
  });

  const text = [
    'MODERATOR: Good evening and welcome.',
    'GOVERNOR PIKE: Thank you. It is great to be here.',
    'Unemployment in our state fell from 7.2 percent to 4.1 percent in the last three years, the fastest drop in the country.',
    'I think people are hopeful.',
  ].join('\n');

  it('gives every spoken sentence a score between 0 and 1, in text order', () => {
    const scored = scoreTranscript(text, readTranscript(text)).toArray();
    assert.deepEqual(scored.map((s) => s.text), ['Good evening and welcome.', 'Thank you.', 'It is great to be here.', 'Unemployment in our state fell from 7.2 percent to 4.1 percent in the last three years, the fastest drop in the country.', 'I think people are hopeful.']);
    for (const s of scored) assert.ok(s.score >= 0 && s.score <= 1, `${s.score}`);
  });

  it('gives the sentences spokenSentences gives, white space made single, and scores them as their own text would be scored', () => {
    const wrapped = ['CHAIR: The budget grew by 4 percent', 'last year.  We  spent\tmore on roads than', 'ever before. Thank you.', 'MS. OKAFOR: Is that so?'].join('\n');
    const transcript = readTranscript(wrapped);
    const scored = scoreTranscript(wrapped, transcript).toArray();
    const spoken = spokenSentences(wrapped, transcript);
    assert.deepEqual(scored.map((s) => s.text), ['The budget grew by 4 percent last year.', 'We spent more on roads than ever before.', 'Thank you.', 'Is that so?']);
    assert.deepEqual(scored.map((s) => [s.start, s.end, s.text, s.speaker, s.turn]), spoken.map((s) => [s.start, s.end, s.text, s.speaker, s.turn]));
    // Read from their own strings rather than from the transcript's text: the same words, so the same scores.
    const turnOf = [0, 0, 0, 1];
    assert.deepEqual(scored.map((s) => s.score), scoreSentences(spoken.map((s) => ({ text: s.text, speaker: s.speaker })), turnOf));
  });

  it('ranks a debate with the settings chosen for debates and a speech with the others', () => {
    const w = decodeWeights(shipped.WEIGHTS, shipped.SCALE);
    const debate = [
      { text: 'Welcome to the debate.', speaker: 'MODERATOR' },
      { text: 'We cut taxes for 3 million families.', speaker: 'LEE' },
      { text: 'That is not true, they rose by 4 percent.', speaker: 'DIAZ' },
      { text: 'My opponent voted against the budget twice.', speaker: 'LEE' },
      { text: 'Thank you both.', speaker: 'MODERATOR' },
    ];
    const speech = debate.map((s, i) => ({ ...s, speaker: i === 4 ? 'MODERATOR' : 'LEE' }));
    const turns = (ss: typeof debate): number[] => ss.map((_, i) => ss.slice(0, i + 1).filter((x, j) => j === 0 || x.speaker !== ss[j - 1]!.speaker).length - 1);
    const forDebates = { neighbours: shipped.DEBATE_NEIGHBOURS, turnMean: shipped.DEBATE_TURN_MEAN, speakerMean: shipped.DEBATE_SPEAKER_MEAN };
    const forSpeeches = { neighbours: shipped.NEIGHBOURS, turnMean: shipped.TURN_MEAN, speakerMean: shipped.SPEAKER_MEAN };
    assert.deepEqual(scoreSentences(debate, turns(debate)), scoreWith(w, forDebates, debate, turns(debate)));
    assert.deepEqual(scoreSentences(speech, turns(speech)), scoreWith(w, forSpeeches, speech, turns(speech)));
    // The shipped values may be equal (the protocol keeps debate settings only where they help): the choice itself.
    assert.deepEqual(rankingSettingsFor('debate'), forDebates);
    assert.deepEqual(rankingSettingsFor('speech'), forSpeeches);
    assert.notEqual(rankingSettingsFor('debate'), rankingSettingsFor('speech'), 'each kind has its own settings object');
    // The product scores columns: the same scores for both kinds.
    for (const ss of [debate, speech]) assert.deepEqual(Array.from(scoreColumns(columnsOf(ss, turns(ss)))), scoreSentences(ss, turns(ss)));
  });

  it('ranks a sentence of figures and comparisons above greetings and opinions', () => {
    const [best] = scoreTranscript(text, readTranscript(text)).top(1);
    assert.match(best!.text, /^Unemployment/);
  });

  it('keeps every sentence\'s span, turn and score in columns and makes its object only when read, as often as asked', () => {
    const wrapped = ['CHAIR: The budget grew by 4 percent', 'last year.  We  spent more.', 'MS. OKAFOR: Is that so?'].join('\n');
    const scored = scoreTranscript(wrapped, readTranscript(wrapped));
    assert.equal(scored.length, 3);
    const we = wrapped.indexOf('We');
    assert.deepEqual([...scored.start], [wrapped.indexOf('The'), we, wrapped.indexOf('Is')]);
    assert.deepEqual([...scored.turn], [0, 0, 1]);
    const second = scored.at(1);
    assert.deepEqual([second.start, second.end, second.text, second.speaker, second.turn, second.score], [we, wrapped.indexOf('\nMS'), 'We spent more.', 'Chair', 0, scored.score[1]]);
    assert.notEqual(scored.at(1), second, 'a new object at each call: a reader may change its own');
    assert.deepEqual(scored.toArray(), [...scored]);
    assert.deepEqual(scored.toArray()[1], second);
    assert.throws(() => scored.at(3), /scored sentence 3 asked for, of 3/);
  });

  it('chooses its best sentences as topSentences chooses among objects', () => {
    const scored = scoreTranscript(text, readTranscript(text));
    for (const [count, least] of [[2, 0], [10, 0], [0, 0], [3, 0.5], [5, 1]] as const) assert.deepEqual(scored.top(count, least), topSentences(scored.toArray(), count, least));
  });

  it('keeps the best sentences in text order', () => {
    const ranked = topSentences([{ score: 0.2 }, { score: 0.9 }, { score: 0.5 }, { score: 0.7 }], 2);
    assert.deepEqual(ranked.map((s) => s.score), [0.9, 0.7]);
    assert.deepEqual(topSentences([{ score: 0.2 }, { score: 0.9 }], 5, 0.5).map((s) => s.score), [0.9]);
  });

  it('ranks the sentences of training transcripts held apart from the fit well above chance', { skip: existsSync(DATA) ? false : `no training data at ${DATA}` }, () => {
    const data = readdirSync(DATA).filter((f) => f.endsWith('.tsv')).sort().map((f) => readLabelledTsv(f, readFileSync(join(DATA, f), 'utf8')));
    // Every fourth transcript is held apart; the model is fitted on the others.
    const held = data.filter((_, i) => i % 4 === 0);
    const fit = data.filter((_, i) => i % 4 !== 0);
    const w = fitLogistic(fit.flatMap(labelledFeatures), fit.flatMap((t) => t.labels), FEATURE_COUNT, { l2Words: 3e-3, l2Dense: 3e-4, denseFrom: HASH_SIZE, positiveWeight: 5, epochs: 150, learningRate: 0.05 });
    const rankings = held.map((t) => ({ scores: labelledFeatures(t).map((x) => margin(w, x)), labels: t.labels }));
    const chance = meanAveragePrecision(held.map((t) => ({ scores: t.labels.map((_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1), labels: t.labels })));
    const map = meanAveragePrecision(rankings);
    assert.ok(map >= 0.12, `held-apart MAP ${map.toFixed(3)} is under the floor 0.12 (chance ${chance.toFixed(3)})`);
    assert.ok(map > 2 * chance, `held-apart MAP ${map.toFixed(3)} is not well above chance ${chance.toFixed(3)}`);
  });
});
