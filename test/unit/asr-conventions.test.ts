/**
 * Conventions of speech-recognition JSON and captions found by a held-out
 * check on real files from other projects, each written here in our own words
 * in the convention's shape: what a service writes for "no one known", and
 * files that hold who spoke when without the words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument, type DocumentRead } from '../../src/core/formats';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

/** `speaker: words` per turn, the words as the extracted text has them. */
function turns({ text, transcript }: DocumentRead): string[] {
  return transcript.turns.map((t) => `${t.speaker ?? '(none)'}: ${t.segments.map((s) => text.slice(s.start, s.end)).join(' ')}`);
}

describe('speech JSON: a speaker the service could not tell', () => {
  const word = (content: string, speaker: string, t: number) => ({ type: 'word', start_time: t, end_time: t + 0.2, alternatives: [{ content, confidence: 0.9, speaker }] });
  const stop = (speaker: string, t: number) => ({ type: 'punctuation', attaches_to: 'previous', start_time: t, end_time: t, alternatives: [{ content: '.', speaker }] });

  it('Speechmatics without diarisation (every word by UU) reads as speech without a label, not a speaker called UU', async () => {
    const r = await readDocument(bytes({ format: '2.9', results: [word('Rain', 'UU', 0), word('expected', 'UU', 0.3), stop('UU', 0.5)] }), { fileName: 'forecast.json' });
    assert.deepEqual(turns(r), ['(none): Rain expected.']);
    assert.deepEqual(r.transcript.speakers.map((s) => s.name), []);
  });

  it('Speechmatics with diarisation: a word it could not place (UU) ends the named turn instead of joining it', async () => {
    const r = await readDocument(bytes({ format: '2.9', results: [word('Bridges', 'S1', 0), word('close', 'S1', 0.3), stop('S1', 0.5), word('mumble', 'UU', 1), word('Tonight', 'S2', 2), stop('S2', 2.3)] }), { fileName: 'roads.json' });
    assert.deepEqual(turns(r), ['S1: Bridges close.', '(none): mumble', 'S2: Tonight.']);
  });
});
