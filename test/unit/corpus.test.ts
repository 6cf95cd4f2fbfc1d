/**
 * The real transcripts in ../shared/corpus: every turn and section, exactly.
 * Skipped with a message where that folder is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { outlineJson } from '../../src/core/transcript/outline';
import { readTranscript } from '../../src/core/formats';
import type { Transcript } from '../../src/core/transcript';
import { sectionsOf, turnsOf } from './helpers';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const skip = existsSync(CORPUS) ? false : `the real transcripts are not here (${CORPUS} is absent)`;

function corpus(name: string): Transcript {
  return readTranscript(readFileSync(join(CORPUS, name), 'utf8'));
}

describe('corpus: press encounter with SG: and Question: labels (000)', { skip }, () => {
  const t = skip ? undefined : corpus('000_29cd1d721aa9fd1c.txt');

  it('reads place, date and title from the header', () => {
    assert.deepEqual(outlineJson(t!).metadata, {
      title: "Secretary-General's remarks at press encounter with Foreign Minister Sergey Lavrov of the Russian Federation",
      date: '2021-05-12',
      place: 'Moscow, Russian Federation',
      source: null,
    });
  });

  it('finds every turn, the opening statement running over its unlabelled paragraphs', () => {
    assert.deepEqual(turnsOf(t!), [
      '7-49 SG respondent',
      '51-51 Question questioner',
      '53-59 SG respondent',
      '61-61 Question questioner',
      '63-67 SG respondent',
      '69-69 Question questioner',
      '71-73 SG respondent',
      '75-75 Question questioner',
      '77-79 SG respondent',
    ]);
  });

  it('divides it into header, opening statement and four Q&As', () => {
    assert.deepEqual(sectionsOf(t!), ['header Header 1-5', 'opening Opening statement 7-49', 'qa Q&A 1 51-59', 'qa Q&A 2 61-67', 'qa Q&A 3 69-73', 'qa Q&A 4 75-79']);
  });

  it('finds the bracketed expansion inside a turn', () => {
    assert.deepEqual(t!.notes.map((n) => n.kind), ['bracket']);
  });
});

describe('corpus: speech inside an embassy web page (002)', { skip }, () => {
  const t = skip ? undefined : corpus('002_35bfcaff1e5fa551.txt');

  it('takes the date and place from the title’s dateline, and the source address', () => {
    const m = outlineJson(t!).metadata;
    assert.equal(m.date, '2020-09-24');
    assert.equal(m.place, 'Moscow');
    assert.match(m.title!, /^Foreign Minister Sergey Lavrov’s speech during a UN Security Council high-level summit/);
    assert.match(m.title!, /post-COVID-19”$/);
    assert.match(m.source!, /^https:\/\/www\.mid\.ru\/ru\/foreign_policy\/news\//);
  });

  it('makes the speech one turn of the speaker its title names, and finds no speakers in the news teasers', () => {
    assert.deepEqual(turnsOf(t!), ['18-50 Foreign Minister Sergey Lavrov unknown']);
    assert.deepEqual(t!.speakers.map((s) => s.name), ['Foreign Minister Sergey Lavrov']);
    assert.equal(t!.turns[0]!.label, null);
  });

  it('sets the clocks, contacts and counter before it, and the link and news list after it, apart as boilerplate', () => {
    assert.deepEqual(sectionsOf(t!), ['boilerplate Boilerplate 1-12', 'header Header 14-16', 'opening Opening statement 18-50', 'boilerplate Boilerplate 54-112']);
  });
});

describe('corpus: joint press conference with SG:/Q: and no blank lines (003)', { skip }, () => {
  const t = skip ? undefined : corpus('003_3f71d3e178ce9504.txt');

  it('finds every turn and no speaker in "Our role is very simple: It is to serve."', () => {
    assert.deepEqual(turnsOf(t!), [
      '7-16 SG respondent',
      '17-17 Q questioner',
      '18-18 SG respondent',
      '19-19 Q questioner',
      '20-23 SG respondent',
      '24-24 Q questioner',
      '25-30 SG respondent',
    ]);
  });

  it('divides it into header, opening statement and three Q&As', () => {
    assert.deepEqual(sectionsOf(t!), ['header Header 1-5', 'opening Opening statement 7-16', 'qa Q&A 1 17-18', 'qa Q&A 2 19-23', 'qa Q&A 3 24-30']);
  });

  it('describes each Q&A by its bracketed summary', () => {
    assert.equal(t!.sections[3]!.detail, 'Q: [In Russian, on UN reform]');
  });

  it('keeps the bracketed question summaries as notes', () => {
    assert.deepEqual(t!.notes.map((n) => n.text), [
      'In Russian, on the decision by the United States to leave the Human Rights Council',
      'In Russian, on UN reform',
      'In Russian, on US/Russia cooperation, and on Syria/Pinheiro report',
    ]);
  });
});
