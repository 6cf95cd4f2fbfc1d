/**
 * Conventions of speech-recognition JSON and captions found by a held-out
 * check on real files from other projects, each written here in our own words
 * in the convention's shape: what a service writes for "no one known", and
 * files that hold who spoke when without the words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument, readTranscript, type DocumentRead } from '../../src/core/formats';

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

/** `speaker: words` per turn of a caption file read in place. */
function captionTurns(text: string, fileName: string): string[] {
  const t = readTranscript(text, { fileName });
  return t.turns.map((turn) => `${turn.speaker ?? '(none)'}: ${turn.segments.map((s) => text.slice(s.start, s.end)).join(' ')}`);
}

describe('captions: two voices in one cue', () => {
  it('WebVTT: a second voice tag on a later line of a cue is a turn of its own', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Mara>Is the ferry late?</v>\n<v Olek>Only by ten minutes.</v>\n\n00:00:03.500 --> 00:00:05.000\n<v Mara>Then we wait.\n';
    assert.deepEqual(captionTurns(vtt, 'quay.vtt'), ['Mara: Is the ferry late?', 'Olek: Only by ten minutes.', 'Mara: Then we wait.']);
  });

  it('WebVTT: the same voice tag again on the next line of its cue goes on in the same turn', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Mara>Is the ferry late?</v>\n<v Mara>It was due at six.</v>\n';
    assert.deepEqual(captionTurns(vtt, 'quay.vtt'), ['Mara: Is the ferry late? It was due at six.']);
  });

  it('SRT: named dialogue lines (- NAME: words) in one cue are two speakers', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n- MARA: Is the ferry late?\n- OLEK: Only by ten minutes.\n\n2\n00:00:03,500 --> 00:00:05,000\nMARA: Then we wait.\n';
    assert.deepEqual(captionTurns(srt, 'quay.srt'), ['MARA: Is the ferry late?', 'OLEK: Only by ten minutes.', 'MARA: Then we wait.']);
  });

  it('SRT: an unnamed dialogue line after a named one is someone else, not the named speaker', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n- MARA: Is the ferry late?\n- Only by ten minutes.\n';
    assert.deepEqual(captionTurns(srt, 'quay.srt'), ['MARA: Is the ferry late?', '(none): - Only by ten minutes.']);
  });

  it("SRT: a cue's second line that merely starts with a dash, after a name without one, stays in its turn", () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nMARA: The ferry is late\n- by ten minutes, they say.\n';
    assert.deepEqual(captionTurns(srt, 'quay.srt'), ['MARA: The ferry is late - by ten minutes, they say.']);
  });

  it('WebVTT: three voices in one cue are three turns', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Mara>Is the ferry late?\n<v Olek>Ten minutes.\n<v Ines>Then we wait.\n';
    assert.deepEqual(captionTurns(vtt, 'quay.vtt'), ['Mara: Is the ferry late?', 'Olek: Ten minutes.', 'Ines: Then we wait.']);
  });

  it('SRT: a cue with three >> changes of speaker reads as three turns instead of failing', () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\n>> The ferry is late.\n>> By how much?\n>> Ten minutes.\n';
    assert.deepEqual(captionTurns(srt, 'quay.srt'), ['(none): The ferry is late.', '(none): By how much?', '(none): Ten minutes.']);
  });
});

describe('TTML: dialogue lines in one cue', () => {
  const ttml = (p: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en"><body><div>
<p begin="00:00:01.000" end="00:00:03.000">MARA: The dredging starts in May.</p>
<p begin="00:00:03.500" end="00:00:06.000">${p}</p>
</div></body></tt>`;

  it('named dialogue lines (- MARA: …<br/>- OLEK: …) go to their own speakers, the first going on from the cue before', async () => {
    const r = await readDocument(new TextEncoder().encode(ttml('- MARA: Who pays?<br/>- OLEK: The port does.')), { fileName: 'harbour.ttml' });
    assert.deepEqual(turns(r), ['MARA: The dredging starts in May. Who pays?', 'OLEK: The port does.']);
  });

  it('unnamed dialogue lines stay turns without a label, as before', async () => {
    const r = await readDocument(new TextEncoder().encode(ttml('- Who pays?<br/>- The port does.')), { fileName: 'harbour.ttml' });
    assert.deepEqual(turns(r), ['MARA: The dredging starts in May.', '(none): Who pays?', '(none): The port does.']);
  });
});
