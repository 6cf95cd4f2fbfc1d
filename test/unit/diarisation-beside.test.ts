/**
 * The RTTM file beside a speech-recognition file, as the editor keeps it:
 * found by name, read once per version, read again when the host says it
 * changed, and a broken one reported with its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiarisationsBeside, rttmBeside, type RttmChange } from '../../src/core/formats/diarisationBeside';
import { MemoryFiles } from './memoryFiles';

const TWO_VOICES = 'SPEAKER bakery 1 0.00 3.00 <NA> <NA> SPEAKER_00 <NA> <NA>\nSPEAKER bakery 1 3.20 2.50 <NA> <NA> SPEAKER_01 <NA> <NA>\n';
const ONE_VOICE = 'SPEAKER bakery 1 0.00 6.00 <NA> <NA> SPEAKER_07 <NA> <NA>\n';

/** A cache over memory files, with the changes it reported. */
function cacheOver(files: MemoryFiles): { cache: DiarisationsBeside<string>; changes: RttmChange<string>[]; reads: () => number } {
  const changes: RttmChange<string>[] = [];
  let reads = 0;
  const counting = Object.assign(Object.create(files) as MemoryFiles, {
    readBytes: (at: string) => {
      reads++;
      return files.readBytes(at);
    },
  });
  return { cache: new DiarisationsBeside(counting, (at) => at, (change) => changes.push(change)), changes, reads: () => reads };
}

describe('the RTTM file beside a transcript', () => {
  it('is the file of the same name with .rttm, beside a Whisper JSON, WebVTT or SRT file', () => {
    const files = new MemoryFiles();
    assert.equal(rttmBeside(files, '/calls/bakery.json'), '/calls/bakery.rttm');
    assert.equal(rttmBeside(files, '/calls/bakery.vtt'), '/calls/bakery.rttm');
    assert.equal(rttmBeside(files, '/calls/bakery.en.srt'), '/calls/bakery.en.rttm');
  });

  it('is no file beside a transcript of another kind', () => {
    assert.equal(rttmBeside(new MemoryFiles(), '/calls/bakery.transcript'), undefined);
  });

  it('is unknown at first, then read once and reported to the transcripts beside it', async () => {
    const { cache, changes } = cacheOver(new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': TWO_VOICES }));
    assert.equal(cache.peek('/calls/bakery.json'), undefined);
    const read = await cache.whenRead('/calls/bakery.json');
    assert.deepEqual(read, {
      kind: 'read',
      stretches: [
        { start: 0, end: 3, speaker: 'SPEAKER_00' },
        { start: 3.2, end: 5.7, speaker: 'SPEAKER_01' },
      ],
    });
    assert.deepEqual(cache.peek('/calls/bakery.json'), read);
    assert.deepEqual(
      changes.map((c) => [c.rttm, c.read.kind, c.transcripts]),
      [['/calls/bakery.rttm', 'read', ['/calls/bakery.json']]],
    );
  });

  it('reports nothing when there is no RTTM file', async () => {
    const { cache, changes } = cacheOver(new MemoryFiles({ '/calls/bakery.json': '{}' }));
    assert.deepEqual(await cache.whenRead('/calls/bakery.json'), { kind: 'none' });
    assert.deepEqual(changes, []);
  });

  it('gives both files of one recording the one read', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.vtt': 'WEBVTT\n', '/calls/bakery.rttm': TWO_VOICES });
    const { cache, reads } = cacheOver(files);
    cache.peek('/calls/bakery.json');
    await cache.whenRead('/calls/bakery.vtt');
    assert.equal(reads(), 1);
  });

  it('is read again when it changes, and the transcripts beside it are named', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': TWO_VOICES });
    const { cache, changes } = cacheOver(files);
    await cache.whenRead('/calls/bakery.json');
    files.put('/calls/bakery.rttm', ONE_VOICE);
    await cache.changed('/calls/bakery.rttm');
    assert.deepEqual(cache.peek('/calls/bakery.json'), { kind: 'read', stretches: [{ start: 0, end: 6, speaker: 'SPEAKER_07' }] });
    assert.deepEqual(changes.at(-1)?.transcripts, ['/calls/bakery.json']);
  });

  it('is not parsed again, nor reported, when it is written with the same bytes', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': TWO_VOICES });
    const { cache, changes } = cacheOver(files);
    const first = await cache.whenRead('/calls/bakery.json');
    files.put('/calls/bakery.rttm', TWO_VOICES);
    await cache.changed('/calls/bakery.rttm');
    assert.equal(cache.peek('/calls/bakery.json'), first);
    assert.equal(changes.length, 1);
  });

  it('takes its speakers away from the transcripts when it is deleted', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': TWO_VOICES });
    const { cache, changes } = cacheOver(files);
    await cache.whenRead('/calls/bakery.json');
    files.files.delete('/calls/bakery.rttm');
    await cache.changed('/calls/bakery.rttm');
    assert.deepEqual(cache.peek('/calls/bakery.json'), { kind: 'none' });
    assert.deepEqual(changes.at(-1)?.transcripts, ['/calls/bakery.json']);
  });

  it('gives its speakers once it is created beside a transcript that had none', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}' });
    const { cache, changes } = cacheOver(files);
    await cache.whenRead('/calls/bakery.json');
    files.put('/calls/bakery.rttm', ONE_VOICE);
    await cache.changed('/calls/bakery.rttm');
    assert.equal(cache.peek('/calls/bakery.json')?.kind, 'read');
    assert.deepEqual(changes.map((c) => c.transcripts), [['/calls/bakery.json']]);
  });

  it('ignores changes to RTTM files no transcript asked about', async () => {
    const files = new MemoryFiles({ '/calls/other.rttm': ONE_VOICE });
    const { cache, changes, reads } = cacheOver(files);
    await cache.changed('/calls/other.rttm');
    assert.equal(reads(), 0);
    assert.deepEqual(changes, []);
  });

  it('when broken, names the file and the line that is wrong, and leaves the transcript without speakers', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': `${TWO_VOICES}the baker spoke here\n` });
    const { cache, changes } = cacheOver(files);
    const read = await cache.whenRead('/calls/bakery.json');
    assert.equal(read?.kind, 'broken');
    assert.ok(read?.kind === 'broken');
    assert.equal(read.line, 3);
    assert.match(read.message, /^\/calls\/bakery\.rttm: line 3 is not an RTTM record/);
    // The transcript was read without speakers while the file was read: it need not be read again.
    assert.deepEqual(changes.map((c) => [c.read.kind, c.transcripts]), [['broken', []]]);
  });

  it('when a start is no number, names that line too', async () => {
    const files = new MemoryFiles({ '/calls/bakery.vtt': 'WEBVTT\n', '/calls/bakery.rttm': 'SPEAKER bakery 1 0.00 3.00 <NA> <NA> SPEAKER_00 <NA> <NA>\nSPEAKER bakery 1 soon 2.50 <NA> <NA> SPEAKER_01 <NA> <NA>\n' });
    const read = await cacheOver(files).cache.whenRead('/calls/bakery.vtt');
    assert.ok(read?.kind === 'broken');
    assert.equal(read.line, 2);
  });

  it('once fixed, gives its speakers and says so', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': 'not a record\n' });
    const { cache, changes } = cacheOver(files);
    await cache.whenRead('/calls/bakery.json');
    files.put('/calls/bakery.rttm', ONE_VOICE);
    await cache.changed('/calls/bakery.rttm');
    assert.deepEqual(changes.map((c) => [c.read.kind, c.transcripts]), [
      ['broken', []],
      ['read', ['/calls/bakery.json']],
    ]);
  });

  it('stays known while broken after its transcript closed, so that its fix clears the problem', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': 'not a record\n' });
    const { cache, changes } = cacheOver(files);
    await cache.whenRead('/calls/bakery.json');
    cache.forget('/calls/bakery.json');
    files.put('/calls/bakery.rttm', ONE_VOICE);
    await cache.changed('/calls/bakery.rttm');
    assert.deepEqual(changes.map((c) => c.read.kind), ['broken', 'read']);
  });

  it('is refused above the size limit with the sizes in the message', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': ONE_VOICE.repeat(40) });
    const changes: RttmChange<string>[] = [];
    const cache = new DiarisationsBeside(files, (at) => at, (c) => changes.push(c), 1024);
    const read = await cache.whenRead('/calls/bakery.json');
    assert.ok(read?.kind === 'broken');
    assert.match(read.message, /bakery\.rttm: the file is .* MB; RTTM files are read up to/);
  });

  it('is not looked for where the host knows there is none, and is read once the host says it was created', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': ONE_VOICE });
    let looks = 0;
    const counting = Object.assign(Object.create(files) as MemoryFiles, { stat: (at: string) => (looks++, files.stat(at)) });
    const listed = new Set<string>();
    const cache = new DiarisationsBeside(counting, (at) => at, () => undefined, undefined, async (at) => !listed.has(at));
    assert.deepEqual(await cache.whenRead('/calls/bakery.json'), { kind: 'none' });
    assert.equal(looks, 0);
    listed.add('/calls/bakery.rttm');
    await cache.changed('/calls/bakery.rttm');
    assert.equal(cache.peek('/calls/bakery.json')?.kind, 'read');
  });

  it('when the file is not text, says so', async () => {
    const files = new MemoryFiles({ '/calls/bakery.json': '{}', '/calls/bakery.rttm': new Uint8Array([0x53, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]) });
    const read = await cacheOver(files).cache.whenRead('/calls/bakery.json');
    assert.ok(read?.kind === 'broken');
    assert.match(read.message, /bakery\.rttm: not a text file/);
  });
});
