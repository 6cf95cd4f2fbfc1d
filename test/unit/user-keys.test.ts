/**
 * Keys from users' files are data: `__proto__`, `constructor` and `prototype`
 * are kept and written back like any other unknown field, never taken for
 * the object's machinery.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { mergeSidecars, readSidecar, writeSidecar } from '../../src/core/annotations';
import { parseXml } from '../../src/core/export/xmlRead';
import { readCodebook } from '../../src/core/annotations/codebook';
import { readW3c } from '../../src/core/export/importW3c';
import { readDocument, readTranscript } from '../../src/core/formats';
import { run } from './helpers';
import { scratchFolder } from './scratch';

const TRANSCRIPT = 'Host: Welcome back.\nGuest: Inflation fell to two percent last year.\n';

/** A sidecar in the extension's own layout, with `extraTop` lines after the header and `extraTag` lines in its one tag. */
function sidecarWith(extraTop: string[], extraTag: string[]): string {
  return [
    'version: 1',
    'transcript: "talk.txt"',
    ...extraTop,
    'tags:',
    '  - id: "t1"',
    '    category: "claim"',
    '    quote: "Inflation fell"',
    '    start: 27',
    '    end: 41',
    '    prefix: ""',
    '    suffix: ""',
    '    speaker: "Guest"',
    '    section: null',
    '    created: "2025-01-01T00:00:00Z"',
    '    modified: "2025-01-01T00:00:00Z"',
    ...extraTag,
    '',
  ].join('\n');
}

function rewrite(text: string): string {
  const read = readSidecar(text);
  assert.equal(read.kind, 'ok', JSON.stringify(read.problems));
  if (read.kind !== 'ok') throw new Error('unreachable');
  return writeSidecar({ transcriptName: 'talk.txt', text: TRANSCRIPT, tags: read.sidecar.tags, invalid: read.sidecar.invalid, extra: read.sidecar.extra });
}

const MACHINERY = ['__proto__', 'constructor', 'prototype'];

describe('user keys: a sidecar keeps __proto__, constructor and prototype as fields', () => {
  for (const key of MACHINERY) {
    it(`keeps a top-level \`${key}\` scalar on rewrite (the extension's layout)`, () => {
      const out = rewrite(sidecarWith([`${key}: "kept"`], []));
      assert.match(out, new RegExp(`^${key}: "kept"$`, 'm'));
    });

    it(`keeps a tag's \`${key}\` scalar on rewrite (the extension's layout)`, () => {
      const out = rewrite(sidecarWith([], [`    ${key}: "inside"`]));
      assert.match(out, new RegExp(`^    ${key}: "inside"$`, 'm'));
    });

    it(`keeps a \`${key}\` mapping, at the top and in a tag, on rewrite (any YAML)`, () => {
      const out = rewrite(sidecarWith([`${key}: {id: "x", category: "y"}`], [`    ${key}:`, '      start: 5', '      note: "n"']));
      assert.match(out, new RegExp(`^${key}: \\{id: "x", category: "y"\\}$`, 'm'));
      assert.match(out, new RegExp(`^    ${key}:\\n      start: 5\\n      note: "n"$`, 'm'));
    });
  }

  it('never takes a tag field from a `__proto__` mapping', () => {
    const read = readSidecar(sidecarWith([], ['    __proto__: {note: "from the prototype", status: "orphaned"}']));
    assert.equal(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    const tag = read.sidecar.tags[0]!;
    assert.equal(tag.note, undefined);
    assert.equal(tag.status, 'anchored');
    assert.deepEqual(Object.keys(tag.extra ?? {}), ['__proto__']);
  });

  it('reads a tag that lacks a required field as invalid even when `__proto__` holds it', () => {
    const text = sidecarWith([], []).replace('    quote: "Inflation fell"\n', '    __proto__: {quote: "Inflation fell"}\n');
    const read = readSidecar(text);
    assert.equal(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    assert.equal(read.sidecar.tags.length, 0);
    assert.equal(read.sidecar.invalid.length, 1);
    assert.ok(read.problems.some((p) => /`quote` is missing/.test(p.message)));
  });
});

describe('user keys: `tag` on the command line keeps them', () => {
  for (const key of MACHINERY) {
    it(`adds a tag to a sidecar holding \`${key}\` at the top and in a tag, and keeps both`, async () => {
      const dir = scratchFolder('transcript-keys-');
      const transcript = join(dir, 'talk.txt');
      writeFileSync(transcript, TRANSCRIPT);
      writeFileSync(`${transcript}.annotations.yaml`, sidecarWith([`${key}: {a: 1}`], [`    ${key}: "inside"`]));
      const { code, err } = await run('tag', transcript, '--quote', 'Welcome back', '--category', 'greeting');
      assert.equal(err, '');
      assert.equal(code, 0);
      const out = readFileSync(`${transcript}.annotations.yaml`, 'utf8');
      assert.match(out, new RegExp(`^${key}: \\{a: 1\\}$`, 'm'));
      assert.match(out, new RegExp(`^    ${key}: "inside"$`, 'm'));
      assert.match(out, /category: "greeting"/);
    });
  }
});

describe('user keys: the merge of two sidecars keeps them', () => {
  for (const key of MACHINERY) {
    it(`takes their change to \`${key}\` in a tag and ours at the top`, () => {
      const base = sidecarWith([`${key}: "base"`], [`    ${key}: "base"`]);
      const ours = sidecarWith([`${key}: "ours"`], [`    ${key}: "base"`]);
      const theirs = sidecarWith([`${key}: "base"`], [`    ${key}: "theirs"`]);
      const merged = mergeSidecars(base, ours, theirs, 'talk.txt');
      assert.match(merged.text, new RegExp(`^${key}: "ours"$`, 'm'));
      assert.match(merged.text, new RegExp(`^    ${key}: "theirs"$`, 'm'));
    });
  }
});

describe('user keys: XML attributes named like object machinery', () => {
  it('reads `constructor`, `toString` and `__proto__` attributes as attributes', () => {
    const root = parseXml('<Code guid="g1" constructor="c" toString="t" __proto__="p"/>');
    assert.equal(root.attributes.guid, 'g1');
    assert.equal(root.attributes.constructor, 'c');
    assert.equal(root.attributes.toString, 't');
    assert.deepEqual(Object.keys(root.attributes), ['guid', 'constructor', 'toString', '__proto__']);
  });
});

describe('user keys: codebooks, W3C annotations and service JSON', () => {
  it('reads a category whose id is `constructor`, and takes no category from a `__proto__` mapping', () => {
    const read = readCodebook(['__proto__:', '  categories:', '    - {id: injected, label: Injected}', 'categories:', '  - id: constructor', '    label: Builder', '    shortcut: 3', ''].join('\n'));
    assert.deepEqual(read.categories.map((c) => [c.id, c.label, c.shortcut]), [['constructor', 'Builder', 3]]);
    assert.deepEqual(read.problems, []);
  });

  it('reads a W3C annotation holding `__proto__` and `constructor` keys as the others, its fields its own', () => {
    const annotation = JSON.parse('{"type": "Annotation", "__proto__": {"motivation": "tagging"}, "constructor": "x", "body": [{"purpose": "tagging", "value": "claim", "__proto__": {"purpose": "linking", "source": "javascript:alert(1)"}}], "target": {"source": "file:///w/talk.txt", "selector": [{"type": "TextQuoteSelector", "exact": "Inflation fell"}]}}') as unknown;
    const { annotations, problems } = readW3c(JSON.stringify(annotation));
    assert.deepEqual(problems, []);
    assert.equal(annotations.length, 1);
    assert.equal(annotations[0]!.tag.category, 'claim');
    assert.equal(annotations[0]!.tag.source, undefined);
  });

  it('reads Whisper JSON whose segments hold `__proto__` and `constructor` keys', () => {
    const text = '{"segments": [{"start": 0, "end": 2, "text": " Hello there.", "__proto__": {"speaker": "Injected"}, "constructor": 1}, {"start": 2, "end": 4, "text": " And again.", "__proto__": null}]}';
    const t = readTranscript(text, { fileName: 'talk.json' });
    assert.equal(t.turns.length > 0, true);
    assert.ok(!t.speakers.some((s) => s.name === 'Injected'), JSON.stringify(t.speakers));
  });

  it('reads a speech service’s JSON with `__proto__` keys as data, never as its shape', async () => {
    const text = '{"metadata": {"request_id": "x"}, "__proto__": {"speaker": 9}, "results": {"channels": [{"alternatives": [{"transcript": "hello there", "words": []}]}], "utterances": [{"start": 0.5, "end": 1.2, "transcript": "Hello there.", "speaker": 0, "__proto__": {"speaker": 7, "transcript": "Injected."}}, {"start": 1.4, "end": 2, "transcript": "How are you?", "__proto__": {"speaker": 5}}]}}';
    const read = await readDocument(new TextEncoder().encode(text), { fileName: 'call.json' });
    assert.deepEqual(read.transcript.turns.map((t) => t.speaker), ['Speaker 0', null]);
    assert.doesNotMatch(read.text, /Injected/);
  });
});
