import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { createTag, readFastYaml, readSidecar, writeSidecar, type Sidecar, type Tag } from '../../src/core/annotations';
import { readTranscript } from '../../src/core/formats';

/** Two timed turns: the host's words run from offset 17 (60 s) to the next label at offset 48 (120 s). */
const TIMED = ['[00:01:00] Host: Welcome back to the programme.', '[00:02:00] Guest: Thank you for having me.'].join('\n');
const NOW = '2026-01-05T09:00:00.000Z';

function tagOn(text: string, words: string): Tag {
  const start = text.indexOf(words);
  return createTag(text, { start, end: start + words.length, category: 'claim' }, readTranscript(text), 0, NOW, new Set());
}

function readOk(yaml: string): { sidecar: Sidecar; problems: Array<{ message: string }> } {
  const r = readSidecar(yaml);
  assert.equal(r.kind, 'ok', JSON.stringify(r.problems));
  return r as { kind: 'ok'; sidecar: Sidecar; problems: Array<{ message: string }> };
}

describe('a claim keeps its time', () => {
  it('a tag made in a timed transcript gets the seconds of its words', () => {
    const tag = tagOn(TIMED, 'Welcome back');
    assert.deepEqual(tag.time, { start: 60, end: 60 + Math.round((12 * 60 * 1000) / 31) / 1000 });
  });

  it('a tag made in a transcript without timestamps gets no time', () => {
    const text = 'Host: Welcome back to the programme.\nGuest: Thank you.';
    assert.equal(tagOn(text, 'Welcome back').time, undefined);
  });

  it('the sidecar holds it as time: {start, end}, read back by the fast reader and by any YAML reader', () => {
    const tag = tagOn(TIMED, 'the programme');
    const written = writeSidecar({ transcriptName: 'episode.txt', text: TIMED, tags: [tag] });
    assert.match(written, /\n {4}time: \{start: [\d.]+, end: [\d.]+\}\n/);
    assert.ok('data' in readFastYaml(written), 'the extension\'s own layout stays on the fast path');
    assert.deepEqual(readOk(written).sidecar.tags[0]!.time, tag.time);
    assert.deepEqual(parse(written).tags[0].time, tag.time);
  });

  it('a time that is not two seconds is kept as written, with a warning', () => {
    const yaml = 'version: 1\ntags:\n  - id: "t-1"\n    category: "claim"\n    quote: "Yes"\n    start: 0\n    end: 3\n    created: "2025-04-08T10:00:00Z"\n    modified: "2025-04-08T10:00:00Z"\n    time: "at noon"\n';
    const { sidecar, problems } = readOk(yaml);
    assert.equal(sidecar.tags[0]!.time, undefined);
    assert.deepEqual(sidecar.tags[0]!.extra, { time: 'at noon' });
    assert.match(problems[0]!.message, /`time` should be/);
  });

  it('a sidecar with a linked recording and tag times is valid against the shipped JSON Schema', async () => {
    const Ajv = (await import('ajv')).default;
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'annotations.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const written = writeSidecar({ transcriptName: 'episode.txt', text: TIMED, tags: [tagOn(TIMED, 'Thank you')], extra: { media: 'episode.mp3' } });
    assert.ok(validate(parse(written)), JSON.stringify(validate.errors));
    assert.equal(readOk(written).sidecar.extra.media, 'episode.mp3');
    assert.ok(!validate({ ...parse(written), media: 3 }));
  });
});
