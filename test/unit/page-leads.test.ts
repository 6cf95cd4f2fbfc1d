/**
 * A press service's transcript page: the title, a one-sentence lead saying
 * what the event was, the dateline (date, hour, place), then the words said,
 * the head of state named first with the office and after by name or by
 * initials. Written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTranscript } from '../../src/core/formats';

describe("a press service's transcript page", () => {
  it('keeps the lead and the dateline in the header, under the title, and reads the place after the hour', () => {
    const text = [
      'Meeting on the ferry network',
      'The President held a meeting on the state of the ferry network in the northern provinces.',
      'September 9, 2031 11:30 Government House, Port Elin',
      '',
      'President Mara Quell: Good morning. Let us start with the winter timetable.',
      '',
      'Minister of Transport Ivo Sand: Thank you. Four new vessels will be in service by December.',
      '',
      'Mara Quell: Which routes will they serve?',
      '',
      'Ivo Sand: The two longest crossings first.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'page.txt' });
    assert.equal(t.metadata.title, 'Meeting on the ferry network');
    assert.equal(t.metadata.date, '2031-09-09');
    assert.equal(t.metadata.place, 'Government House, Port Elin');
    // The lead is the page's, not words said: the first turn is the first label's.
    assert.equal(t.turns[0]!.line, 4);
    assert.equal(t.turns[0]!.label !== null, true);
  });

  it('names one speaker once with the office and after without it, or by initials, under the name used most', () => {
    const text = [
      'Talks with the Prime Minister of Norland',
      '',
      'President Mara Quell: Welcome, Prime Minister.',
      '',
      'Prime Minister of Norland Odd Viken: Thank you for the invitation.',
      '',
      'M.Quell: Shall we begin with trade?',
      '',
      'Odd Viken: Gladly. Our exports of fish have doubled.',
      '',
      'Mara Quell: And the new port?',
      '',
      'Odd Viken: It opens next spring.',
    ].join('\n');
    const t = readTranscript(text, { fileName: 'talks.txt' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Mara Quell', 'Odd Viken', 'Mara Quell', 'Odd Viken', 'Mara Quell', 'Odd Viken']);
  });

  it('keeps the commas of a place written before the date', () => {
    const text = ['Briefing on the harbour works', 'Port Elin, Norland, 12 May 2031', '', 'Host: Welcome, everyone.', '', 'Engineer: Thank you.'].join('\n');
    assert.equal(readTranscript(text, { fileName: 'b.txt' }).metadata.place, 'Port Elin, Norland');
  });

  it("leaves a meeting service's notice that its transcript was computer generated in the header", () => {
    const text = ['Harbour board sync - Transcript', 'This editable transcript was computer generated and might contain errors.', '00:00:00', '', 'Ana Lind: Shall we start with the ferry budget?', 'Ben Ode: Yes. The new boat arrives in May.'].join('\n');
    const t = readTranscript(text, { fileName: 'sync.txt' });
    assert.deepEqual(t.turns.map((u) => u.speaker), ['Ana Lind', 'Ben Ode']);
  });
});
