import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { precisionAt } from '../../src/core/claims/evaluate';
import { labelledFeatures, readLabelledTsv } from '../../src/core/claims/labelled';
import { SpeakerNumbers } from '../../src/core/claims/columns';
import { kindOfColumns, transcriptKind } from '../../src/core/claims/kind';
import { rankingMargins } from '../../src/core/claims/ranking';
import { example, folds, kindOf, yearOf } from '../../scripts/checkworthiness/protocol';

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
