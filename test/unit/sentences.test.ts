import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneSpace, splitSpans, spokenSentences } from '../../src/core/claims/sentences';
import { readTranscript } from '../../src/core/formats';

function split(s: string): string[] {
  return splitSpans(s, 0, s.length).map(([a, b]) => s.slice(a, b));
}

function said(...lines: string[]): Array<[string | null, string]> {
  const text = lines.join('\n');
  return spokenSentences(text, readTranscript(text)).map((s) => [s.speaker, s.text]);
}

describe('sentence splitting', () => {
  it('ends sentences at full stops, question marks and exclamation marks', () => {
    assert.deepEqual(split('We met twice. Did it help? It did!'), ['We met twice.', 'Did it help?', 'It did!']);
  });

  it('keeps titles such as Mr. and Dr. inside the sentence', () => {
    assert.deepEqual(split('I spoke to Mr. Okafor and Dr. Lindqvist today. They agreed.'), ['I spoke to Mr. Okafor and Dr. Lindqvist today.', 'They agreed.']);
  });

  it('keeps U.S. inside a sentence, and ends one after it when a new sentence starts', () => {
    assert.deepEqual(split('The U.S. Senate voted. Exports to the U.S. We doubled them.'), ['The U.S. Senate voted.', 'Exports to the U.S.', 'We doubled them.']);
  });

  it('keeps decimal numbers, times and web addresses whole', () => {
    assert.deepEqual(split('Growth was 3.5 percent at 9 a.m. on Monday. See example.org for more.'), ['Growth was 3.5 percent at 9 a.m. on Monday.', 'See example.org for more.']);
  });

  it('keeps a quotation with its full stop inside the quotes in one sentence', () => {
    assert.deepEqual(split('She told us, "The bridge is closed." Then she left.'), ['She told us, "The bridge is closed."', 'Then she left.']);
    assert.deepEqual(split('"The bridge is closed," she said. We waited.'), ['"The bridge is closed," she said.', 'We waited.']);
  });

  it('does not end a sentence where lower case follows an ellipsis', () => {
    assert.deepEqual(split('We were... we were late. Sorry.'), ['We were... we were late.', 'Sorry.']);
  });

  it('takes sentences from the spoken words only, never the speaker labels, with their speakers', () => {
    assert.deepEqual(said('MODERATOR: Welcome back. Senator, your plan?', 'SENATOR HALE: It costs 2.4 billion dollars.', 'It pays for itself.'), [
      ['Moderator', 'Welcome back.'],
      ['Moderator', 'Senator, your plan?'],
      ['Senator Hale', 'It costs 2.4 billion dollars.'],
      ['Senator Hale', 'It pays for itself.'],
    ]);
  });

  it('joins a sentence wrapped over lines and leaves stage directions out', () => {
    assert.deepEqual(said('HOST: We built ninety', 'schools last year. (Applause.) And we will build more.', 'GUEST: Thanks.'), [
      ['Host', 'We built ninety schools last year.'],
      ['Host', 'And we will build more.'],
      ['Guest', 'Thanks.'],
    ]);
  });

  it('ends a sentence at a blank line, even one holding spaces, but not at a single line break', () => {
    assert.deepEqual(said('HOST: We built ninety', 'schools and then', ' \t', 'we stopped counting'), [
      ['Host', 'We built ninety schools and then'],
      ['Host', 'we stopped counting'],
    ]);
  });

  it('finds sentences in turns without a single full stop, cut where they grow too long', () => {
    const long = Array.from({ length: 400 }, () => 'and then we talked').join(' ');
    const sentences = said(`HOST: ${long}`, '', 'GUEST: yes we did', '', 'HOST: Good.');
    const pieces = sentences.slice(0, -2).map(([, words]) => words);
    assert.ok(pieces.every((p) => p.length <= 1000), 'no piece longer than 1,000 characters');
    assert.equal(pieces.join(' '), long, 'the 7,600-character turn, cut at spaces, nothing lost');
    assert.deepEqual(sentences.slice(-2), [['Guest', 'yes we did'], ['Host', 'Good.']]);
  });

  it('keeps each sentence’s span in the source text', () => {
    const text = 'A: First one. Second one.\nB: Third.';
    const spans = spokenSentences(text, readTranscript(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['First one.', 'Second one.', 'Third.']);
  });

  it('makes every run of white space inside a sentence one plain space, and leaves single spaces as they are', () => {
    assert.deepEqual(said('A: Rents  rose\tby a\u00a0third. Wages did not.'), [['A', 'Rents rose by a third.'], ['A', 'Wages did not.']]);
  });

  it('makes each run of white space one plain space, whatever it mixes, as \\s+ would', () => {
    const runs = [' ', '  ', '\t', '\n', ' \n', '\n ', '\r\n  ', '\u00a0', ' \u00a0 ', '\u2028', '\u3000', '\ufeff', '\t\t'];
    for (const run of runs) assert.equal(oneSpace(`a${run}b${run}c`), 'a b c', JSON.stringify(run));
    assert.equal(oneSpace(' edges\n'), ' edges ');
    assert.equal(oneSpace('no odd space at all'), 'no odd space at all');
  });

  it('knows a title whatever its case, and ends a sentence at a title that is a word too only where a new sentence starts', () => {
    assert.deepEqual(split('I met MR. Okafor and mrs. Lindqvist. They agreed.'), ['I met MR. Okafor and mrs. Lindqvist.', 'They agreed.']);
    assert.deepEqual(split('We saw No. 10 and said no. We left.'), ['We saw No. 10 and said no.', 'We left.']);
  });

  it('ends a sentence after one capital letter only where a new sentence starts, as after initials', () => {
    assert.deepEqual(split('I met J. Okafor today. We talked.'), ['I met J. Okafor today.', 'We talked.']);
    assert.deepEqual(split('We chose plan B. It worked.'), ['We chose plan B.', 'It worked.']);
    assert.deepEqual(split('Exports fell by 4. Imports rose.'), ['Exports fell by 4.', 'Imports rose.']);
  });
});
