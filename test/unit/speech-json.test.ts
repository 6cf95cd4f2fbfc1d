/**
 * Speech-recognition services' JSON: each service's shape, told by its keys,
 * read as turns (one per run of the same speaker) with the words joined as
 * written and the times kept; an unknown shape is refused with the keys it has.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FormatError, readDocument, type DocumentRead } from '../../src/core/formats';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

async function read(value: unknown, fileName = 'call.json'): Promise<DocumentRead> {
  return readDocument(bytes(value), { fileName });
}

/** `speaker: words` per turn, the words as the extracted text has them. */
function turns({ text, transcript }: DocumentRead): string[] {
  return transcript.turns.map((t) => `${t.speaker ?? '(none)'}: ${t.segments.map((s) => text.slice(s.start, s.end)).join(' ')}`);
}

describe('speech JSON: each service', () => {
  it('Deepgram utterances, speakers numbered as the service numbers them', async () => {
    const r = await read({
      metadata: { request_id: 'x' },
      results: {
        channels: [{ alternatives: [{ transcript: 'hello there how are you', words: [] }] }],
        utterances: [
          { start: 0.5, end: 1.2, transcript: 'Hello there.', speaker: 0 },
          { start: 1.4, end: 2.0, transcript: 'How are you?', speaker: 1 },
          { start: 2.1, end: 2.6, transcript: 'Fine, thanks.', speaker: 1 },
        ],
      },
    });
    assert.deepEqual(turns(r), ['Speaker 0: Hello there.', 'Speaker 1: How are you? Fine, thanks.']);
    assert.equal(r.transcript.turns[1]!.time, 1.4);
    assert.equal(r.transcript.origin?.places[0]?.element, 'results.utterances[0]');
  });

  it('Deepgram words with speakers, punctuated words kept', async () => {
    const r = await read({
      results: {
        channels: [{ alternatives: [{ words: [
          { word: 'rain', punctuated_word: 'Rain', start: 0.1, end: 0.3, speaker: 0 },
          { word: 'again', punctuated_word: 'again.', start: 0.3, end: 0.6, speaker: 0 },
          { word: 'yes', punctuated_word: 'Yes.', start: 0.9, end: 1.1, speaker: 1 },
        ] }] }],
      },
    });
    assert.deepEqual(turns(r), ['Speaker 0: Rain again.', 'Speaker 1: Yes.']);
  });

  it('AWS Transcribe items: punctuation against its word, speakers from the segments', async () => {
    const item = (content: string, start?: string) =>
      start ? { start_time: start, end_time: String(Number(start) + 0.2), alternatives: [{ confidence: '0.9', content }], type: 'pronunciation' } : { alternatives: [{ confidence: '0.0', content }], type: 'punctuation' };
    const r = await read({
      jobName: 'demo',
      results: {
        transcripts: [{ transcript: 'Good day. Who is calling?' }],
        speaker_labels: { speakers: 2, segments: [
          { start_time: '0.1', end_time: '0.5', speaker_label: 'spk_0', items: [{ start_time: '0.1', speaker_label: 'spk_0' }, { start_time: '0.3', speaker_label: 'spk_0' }] },
          { start_time: '0.9', end_time: '1.5', speaker_label: 'spk_1', items: [{ start_time: '0.9', speaker_label: 'spk_1' }, { start_time: '1.1', speaker_label: 'spk_1' }, { start_time: '1.3', speaker_label: 'spk_1' }] },
        ] },
        items: [item('Good', '0.1'), item('day', '0.3'), item('.'), item('Who', '0.9'), item('is', '1.1'), item('calling', '1.3'), item('?')],
      },
      status: 'COMPLETED',
    });
    assert.deepEqual(turns(r), ['spk_0: Good day.', 'spk_1: Who is calling?']);
    assert.equal(r.transcript.turns[1]!.time, 0.9);
    assert.equal(r.transcript.origin?.places.find((p) => p.element === 'results.items[3]')?.ref, 'results.items[3]');
  });

  it('AWS Transcribe channels: the channel label names the speaker', async () => {
    const r = await read({
      results: {
        transcripts: [{ transcript: 'hi hello' }],
        channel_labels: { number_of_channels: 2, channels: [
          { channel_label: 'ch_0', items: [{ start_time: '0.1', end_time: '0.2', alternatives: [{ content: 'hi' }], type: 'pronunciation' }] },
          { channel_label: 'ch_1', items: [{ start_time: '0.5', end_time: '0.6', alternatives: [{ content: 'hello' }], type: 'pronunciation' }] },
        ] },
        items: [
          { start_time: '0.1', end_time: '0.2', alternatives: [{ content: 'hi' }], type: 'pronunciation' },
          { start_time: '0.5', end_time: '0.6', alternatives: [{ content: 'hello' }], type: 'pronunciation' },
        ],
      },
    });
    assert.deepEqual(turns(r), ['ch_0: hi', 'ch_1: hello']);
  });

  it('AssemblyAI utterances, speakers as letters, times in milliseconds', async () => {
    const r = await read({ id: 'a1', status: 'completed', text: 'Ready? Ready.', utterances: [
      { speaker: 'A', text: 'Ready?', start: 1500, end: 2000, words: [] },
      { speaker: 'B', text: 'Ready.', start: 2500, end: 3000, words: [] },
    ] });
    assert.deepEqual(turns(r), ['A: Ready?', 'B: Ready.']);
    assert.equal(r.transcript.turns[0]!.time, 1.5);
  });

  it('Rev.ai monologues: elements joined as written, the speaker name where given', async () => {
    const r = await read({ monologues: [
      { speaker: 0, speaker_name: 'Host', elements: [
        { type: 'text', value: 'Welcome', ts: 0.2, end_ts: 0.6 }, { type: 'punct', value: ',' }, { type: 'punct', value: ' ' },
        { type: 'text', value: 'listeners', ts: 0.7, end_ts: 1.1 }, { type: 'punct', value: '.' },
      ] },
      { speaker: 1, elements: [{ type: 'text', value: 'Thanks', ts: 1.5, end_ts: 1.8 }, { type: 'punct', value: '!' }] },
    ] });
    assert.deepEqual(turns(r), ['Host: Welcome, listeners.', 'Speaker 1: Thanks!']);
  });

  it('Speechmatics results: punctuation attaches to the word before it', async () => {
    const w = (content: string, speaker: string, t: number) => ({ type: 'word', start_time: t, end_time: t + 0.2, alternatives: [{ content, confidence: 1, speaker }] });
    const r = await read({ format: '2.9', results: [
      w('Tides', 'S1', 0), w('turn', 'S1', 0.3), { type: 'punctuation', attaches_to: 'previous', start_time: 0.5, end_time: 0.5, alternatives: [{ content: '.', speaker: 'S1' }] },
      w('Twice', 'S2', 1), w('daily', 'S2', 1.3), { type: 'punctuation', attaches_to: 'previous', start_time: 1.5, end_time: 1.5, alternatives: [{ content: '?', speaker: 'S2' }] },
    ] });
    assert.deepEqual(turns(r), ['S1: Tides turn.', 'S2: Twice daily?']);
  });

  it('Google Speech-to-Text: the last result holds every word with its speaker tag', async () => {
    const r = await read({ results: [
      { alternatives: [{ transcript: 'morning all', words: [{ word: 'morning', startTime: '0.200s', endTime: '0.500s' }] }], resultEndTime: '1.0s' },
      { alternatives: [{ words: [
        { word: 'morning', startTime: '0.200s', endTime: '0.500s', speakerTag: 1 },
        { word: 'all', startTime: '0.500s', endTime: '0.700s', speakerTag: 1 },
        { word: 'hi', startTime: '1.500s', endTime: '1.700s', speakerTag: 2 },
      ] }] },
    ] });
    assert.deepEqual(turns(r), ['Speaker 1: morning all', 'Speaker 2: hi']);
    assert.equal(r.transcript.turns[1]!.time, 1.5);
  });

  it('Google Speech-to-Text without speakers: the results as one unlabelled turn', async () => {
    const r = await read({ results: [
      { alternatives: [{ transcript: 'the ferry left', confidence: 0.9 }], resultEndTime: '2.100s', languageCode: 'en-us' },
      { alternatives: [{ transcript: ' on time today', confidence: 0.9 }], resultEndTime: '4.000s', languageCode: 'en-us' },
    ] });
    assert.deepEqual(turns(r), ['(none): the ferry left on time today']);
  });

  it('Deepgram paragraphs with speakers, when there are no utterances', async () => {
    const r = await read({ results: { channels: [{ alternatives: [{ transcript: 'x', paragraphs: { paragraphs: [
      { speaker: 0, start: 0, end: 2, sentences: [{ text: 'We are live.', start: 0, end: 1 }, { text: 'Welcome.', start: 1, end: 2 }] },
      { speaker: 1, start: 2.5, end: 3, sentences: [{ text: 'Glad to be here.', start: 2.5, end: 3 }] },
    ] } }] }] } });
    assert.deepEqual(turns(r), ['Speaker 0: We are live. Welcome.', 'Speaker 1: Glad to be here.']);
  });

  it('Azure batch transcription: recognised phrases by speaker, offsets in ticks', async () => {
    const r = await read({ source: 'x.wav', recognizedPhrases: [
      { recognitionStatus: 'Success', channel: 0, speaker: 2, offsetInTicks: 30000000, durationInTicks: 10000000, nBest: [{ display: 'Second phrase.' }] },
      { recognitionStatus: 'Success', channel: 0, speaker: 1, offsetInTicks: 5000000, durationInTicks: 10000000, nBest: [{ display: 'First phrase.' }] },
    ] });
    assert.deepEqual(turns(r), ['Speaker 1: First phrase.', 'Speaker 2: Second phrase.']);
    assert.equal(r.transcript.turns[0]!.time, 0.5);
  });

  it('Azure Speech SDK results: DisplayText with offsets in ticks, SpeakerId where diarised', async () => {
    const r = await read([
      { Id: 'a', RecognitionStatus: 0, Offset: 10000000, Duration: 20000000, Channel: 0, DisplayText: 'The tram is back.', SpeakerId: 'Guest-1', NBest: [{ Display: 'The tram is back.' }] },
      { Id: 'b', RecognitionStatus: 0, Offset: 40000000, Duration: 10000000, Channel: 0, DisplayText: 'Since when?', SpeakerId: 'Guest-2', NBest: [{ Display: 'Since when?' }] },
    ]);
    assert.deepEqual(turns(r), ['Guest-1: The tram is back.', 'Guest-2: Since when?']);
    assert.equal(r.transcript.turns[1]!.time, 4);
  });

  it('Whisper segments with a diariser\'s speaker_id, which the Whisper reader does not read', async () => {
    const r = await read({ segments: [
      { start: 0, end: 1, text: ' We open at nine.', speaker_id: 'SPK1' },
      { start: 1, end: 2, text: ' And close at five.', speaker_id: 'SPK1' },
      { start: 2, end: 3, text: ' Every day?', speaker_id: 'SPK2' },
    ] });
    assert.equal(r.transcript.format, 'speech-json');
    assert.deepEqual(turns(r), ['SPK1: We open at nine. And close at five.', 'SPK2: Every day?']);
  });

  it('leaves Whisper JSON with speaker names to the Whisper reader', async () => {
    const r = await read({ segments: [{ start: 0, end: 1, text: ' Hi.', speaker: 'SPEAKER_00' }] });
    assert.equal(r.transcript.format, 'whisper-json');
  });

  it('broadcast sections: a turn per run of sections by one speaker, the air date from the JSON', async () => {
    const r = await read({ title: 'EVENING NEWS', time: 'Aired March 3, 2021 - 19:00 ET', sections: [
      { speaker: 'HOST', sentences: [{ text: 'Good evening.' }, { text: 'Our top story.' }] },
      { speaker: 'HOST', sentences: [{ text: 'A bridge closed.' }] },
      { speaker: 'REPORTER', sentences: [{ text: 'Traffic backed up for miles.' }] },
    ] });
    assert.deepEqual(turns(r), ['HOST: Good evening. Our top story. A bridge closed.', 'REPORTER: Traffic backed up for miles.']);
    assert.equal(r.transcript.metadata.date, '2021-03-03');
    assert.equal(r.transcript.metadata.title, 'EVENING NEWS');
  });

  it('YouTube json3 captions: the segments joined, `>>` a new speaker', async () => {
    const r = await read({ wireMagic: 'pb3', events: [
      { tStartMs: 0, dDurationMs: 2000, segs: [{ utf8: 'so' }, { utf8: ' we', tOffsetMs: 300 }, { utf8: ' start', tOffsetMs: 600 }] },
      { tStartMs: 2000, dDurationMs: 10, segs: [{ utf8: '\n' }] },
      { tStartMs: 2500, dDurationMs: 2000, segs: [{ utf8: '>> right away' }] },
    ] });
    assert.deepEqual(turns(r), ['(none): so we start', '(none): right away']);
  });
});

describe('speech JSON: what it refuses', () => {
  it('names the keys it found and the shapes it knows for JSON it does not know', async () => {
    await assert.rejects(readDocument(bytes({ results: { foo: 1 }, bar: [] }), { fileName: 'x.json', format: 'speech-json' }), (e: unknown) => {
      assert.ok(e instanceof FormatError);
      assert.match(e.message, /^not a speech-recognition JSON this program knows: top-level keys "results", "bar"; known: Deepgram/);
      assert.match(e.message, /AWS Transcribe \(results\.items/);
      return true;
    });
  });

  it('does not claim JSON that is no service\'s', async () => {
    const r = await readDocument(bytes({ name: 'settings', values: [1, 2] }), { fileName: 'settings.json' });
    assert.notEqual(r.transcript.format, 'speech-json');
  });
});

const REAL2 = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'real2');
const skip = existsSync(join(REAL2, 'expected.json')) ? false : `the real documents are not here (${REAL2} is absent)`;

describe('speech JSON: real files (../shared/corpus/real2)', { skip }, () => {
  for (const file of ['asr-aws-transcribe-call.json', 'tv-cnn-sections.json']) {
    it(`${file}: the expected speakers, in order`, async () => {
      const expected = (JSON.parse(readFileSync(join(REAL2, 'expected.json'), 'utf8')) as Record<string, { turns: Array<[string[], string]> }>)[file]!;
      const r = await readDocument(readFileSync(join(REAL2, file)), { fileName: file });
      assert.deepEqual(r.transcript.turns.filter((t) => t.speaker).map((t) => t.speaker), expected.turns.map(([names]) => names[0]));
    });
  }
});
