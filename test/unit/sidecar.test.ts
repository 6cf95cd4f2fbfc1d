import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { contextAround, MAX_SIDECAR_BYTES, placeTags, readSidecar, sha256Text, withFields, writeSidecar, type Sidecar, type Tag } from '../../src/core/annotations';

const text = 'Мэр Инес: Барьер стоил 11 миллионов 💷.\nQuestion: Is it strong enough?\nMayor: Yes, it is strong enough.';

function tagOn(quote: string, id: string, extra: Partial<Tag> = {}): Tag {
  const start = text.indexOf(quote);
  return { id, category: 'statistic', quote, start, end: start + quote.length, ...contextAround(text, start, start + quote.length), speaker: 'Мэр Инес', section: 'Opening statement', created: '2025-04-08T10:00:00.000Z', modified: '2025-04-08T10:05:00.000Z', status: 'anchored', ...extra };
}

function read(yaml: string): Sidecar & { problems: ReturnType<typeof readSidecar>['problems'] } {
  const r = readSidecar(yaml);
  assert.equal(r.kind, 'ok', JSON.stringify(r.problems));
  return { ...(r as { sidecar: Sidecar }).sidecar, problems: r.problems };
}

const TAG = (fields: string) => `version: 1\ntags:\n  - id: "t-1"\n    category: "claim"\n    quote: "Yes"\n    start: 0\n    end: 3\n    created: "2025-04-08T10:00:00Z"\n    modified: "2025-04-08T10:00:00Z"\n${fields}`;

describe('sidecar round trips', () => {
  const tags = [tagOn('strong enough', 't-bbbbbbbb', { note: 'Ask the engineers. [x](command:workbench.action.quit)', author: 'Ana', verdict: 'unproven', source: 'https://example.org/report' }), tagOn('11 миллионов 💷', 't-aaaaaaaa')];
  const written = writeSidecar({ transcriptName: 'briefing.txt', text, tags });

  it('writes a versioned, hashed file with tags sorted by position', () => {
    const data = parse(written);
    assert.equal(data.version, 1);
    assert.equal(data.transcript, 'briefing.txt');
    assert.equal(data.sha256, sha256Text(text));
    assert.deepEqual(data.tags.map((t: { id: string }) => t.id), ['t-aaaaaaaa', 't-bbbbbbbb']);
  });

  it('stores code points and 1-based line and column', () => {
    const first = parse(written).tags[0];
    assert.equal(first.start, [...text.slice(0, text.indexOf('11'))].length);
    assert.equal(first.end - first.start, [...'11 миллионов 💷'].length);
    assert.deepEqual([first.line, first.column, first.endLine, first.endColumn], [1, 24, 1, 38]);
  });

  it('reads back every field as written', () => {
    const back = read(written);
    assert.deepEqual(back.problems, []);
    const placed = placeTags(back.tags, text, back.sha256, sha256Text(text));
    assert.deepEqual(placed.sort((a, b) => a.start - b.start), [...tags].sort((a, b) => a.start - b.start));
  });

  it('writes the same bytes again from what it read', () => {
    const back = read(written);
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), invalid: back.invalid, extra: back.extra });
    assert.equal(again, written);
  });

  it('writes an empty list when there are no tags', () => {
    assert.match(writeSidecar({ transcriptName: 'a.txt', text, tags: [] }), /^tags: \[\]$/m);
    assert.deepEqual(read(writeSidecar({ transcriptName: 'a.txt', text, tags: [] })).tags, []);
  });

  it('writes numbers back exactly as read: a large integer in an invalid entry, a float in an unknown field', () => {
    const yaml = written.replace('version: 1\n', 'version: 1\nbudget: 1.50\n') + '\n  - id: "t-bad"\n    start: 123456789012345678901\n';
    const back = read(yaml);
    assert.equal(back.invalid.length, 1);
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), invalid: back.invalid, extra: back.extra });
    assert.match(again, /^budget: 1\.50$/m);
    assert.match(again, /^ {2}- id: "t-bad"\n {4}start: 123456789012345678901$/m);
  });

  it('never expands aliases when writing back', () => {
    const yaml = written.replace('version: 1\n', 'version: 1\nshared: &s\n  team: "desk"\n  region: "north"\nagain: *s\n');
    const back = read(yaml);
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), extra: back.extra });
    assert.match(again, /^shared: &s\n {2}team: "desk"\n {2}region: "north"\nagain: \*s$/m);
    assert.deepEqual(parse(again).again, { team: 'desk', region: 'north' });
  });

  it('keeps unknown fields, at the top and in tags, through a rewrite', () => {
    const yaml = written.replace('version: 1\n', 'version: 1\nreviewedBy: "desk"\nlabels:\n  - a\n  - b\n').replace('    quote: "strong enough"\n', '    quote: "strong enough"\n    priority: 2\n    links:\n      jira: "FC-12"\n');
    const back = read(yaml);
    assert.deepEqual(back.extra, { reviewedBy: 'desk', labels: ['a', 'b'] });
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), extra: back.extra });
    const data = parse(again);
    assert.equal(data.reviewedBy, 'desk');
    assert.deepEqual(data.labels, ['a', 'b']);
    assert.equal(data.tags[1].priority, 2);
    assert.deepEqual(data.tags[1].links, { jira: 'FC-12' });
  });

  it('reads unknown fields as the plain values they hold', () => {
    const yaml = written.replace('version: 1\n', 'version: 1\nbudget: 1.50\nlabels:\n  - a\n  - b\nshared: &s\n  team: "desk"\nagain: *s\n');
    const back = read(yaml);
    assert.equal(back.extra.budget, 1.5);
    assert.deepEqual(back.extra.labels, ['a', 'b']);
    assert.deepEqual(back.extra.again, { team: 'desk' });
    assert.deepEqual(Object.keys(back.extra), ['budget', 'labels', 'shared', 'again']);
  });

  it('writes an unknown field back as read through a copy made with withFields, and a changed one as it is now', () => {
    const yaml = written.replace('version: 1\n', 'version: 1\nbudget: 1.50\nlabels: [a, b]\n');
    const back = read(yaml);
    const extra = withFields(back.extra, { labels: [...(back.extra.labels as string[]), 'c'] });
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), extra });
    assert.match(again, /^budget: 1\.50$/m);
    assert.deepEqual(parse(again).labels, ['a', 'b', 'c']);
  });

  it('writes a list changed in place as it is now, not as it was read', () => {
    const back = read(written.replace('version: 1\n', 'version: 1\nlabels: [a, b]\n'));
    (back.extra.labels as string[]).push('c');
    const again = writeSidecar({ transcriptName: 'briefing.txt', text, tags: placeTags(back.tags, text, back.sha256, sha256Text(text)), extra: back.extra });
    assert.deepEqual(parse(again).labels, ['a', 'b', 'c']);
  });

  it('reads hand-written YAML as the full parser does: plain and single-quoted text, comments, another indentation', () => {
    const yaml = ['# mine', 'version: 1', 'tags:', '- id: t-1', '  category: claim', "  quote: 'it''s'", '  start: 0', '  end: 4', '  created: 2025-04-08T10:00:00Z', '  modified: "2025-04-08T10:00:00Z"', '  note: check this, please', ''].join('\n');
    const back = read(yaml);
    assert.deepEqual([back.tags[0]!.quote, back.tags[0]!.note, back.tags[0]!.created], ["it's", 'check this, please', '2025-04-08T10:00:00Z']);
  });

  it('reads YAML only the full parser understands (flow mappings, escapes)', () => {
    const yaml = 'version: 1\ntags:\n  - {id: t-1, category: claim, quote: "\\x41B", start: 0, end: 2, created: "2025-04-08T10:00:00Z", modified: "2025-04-08T10:00:00Z"}\n';
    assert.equal(read(yaml).tags[0]!.quote, 'AB');
  });

  it('is valid against the shipped JSON Schema', async () => {
    const Ajv = (await import('ajv')).default;
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'annotations.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(parse(written)), JSON.stringify(validate.errors));
    assert.ok(!validate(parse(TAG('    status: "lost"\n'))));
  });
});

describe('bad sidecars', () => {
  it('malformed YAML gives an error at its line and column, and the file is not to be written', () => {
    const r = readSidecar('version: 1\ntags:\n  - id: t-1\n    category: claim: factual\n');
    assert.equal(r.kind, 'unreadable');
    assert.deepEqual([r.problems[0]!.line, r.problems[0]!.column], [4, 15]);
    assert.match(r.problems[0]!.message, /^Not valid YAML/);
  });

  it('a schema error is reported per entry, at its field, and the valid entries still load', () => {
    const yaml = TAG('  - id: "t-2"\n    category: "claim"\n    quote: "No"\n    start: "four"\n    end: 3\n    created: "yesterday"\n    modified: "2025-04-08T10:00:00Z"\n  - id: "t-3"\n    category: "claim"\n    quote: "Maybe"\n    start: 5\n    end: 10\n    created: "2025-04-08T10:00:00Z"\n    modified: "2025-04-08T10:00:00Z"\n');
    const r = readSidecar(yaml);
    assert.equal(r.kind, 'ok');
    const back = (r as { sidecar: Sidecar }).sidecar;
    assert.deepEqual(back.tags.map((t) => t.id), ['t-1', 't-3']);
    assert.deepEqual(r.problems.map((p) => [p.line, p.severity]), [[13, 'error'], [15, 'error']]);
    assert.match(r.problems[0]!.message, /^Tag 2 \(t-2\): `start` must be a whole number/);
    assert.match(r.problems[1]!.message, /`created` must be an ISO 8601 time/);
  });

  it('keeps an invalid entry unchanged through a rewrite', () => {
    const r = readSidecar(TAG('  - id: "t-2"\n    category: 7\n    mood: "odd"\n'));
    assert.equal(r.kind, 'ok');
    const back = (r as { sidecar: Sidecar }).sidecar;
    const again = parse(writeSidecar({ transcriptName: 'x', text: 'Yes', tags: placeTags(back.tags, 'Yes', undefined, sha256Text('Yes')), invalid: back.invalid }));
    assert.deepEqual(again.tags[1], { id: 't-2', category: 7, mood: 'odd' });
  });

  it('reports a duplicated id and keeps the first', () => {
    const r = readSidecar(TAG('  - id: "t-1"\n    category: "claim"\n    quote: "es"\n    start: 1\n    end: 3\n    created: "2025-04-08T10:00:00Z"\n    modified: "2025-04-08T10:00:00Z"\n'));
    assert.match(r.problems[0]!.message, /the id 't-1' is already used by the tag on line 3/);
  });

  it('opens a sidecar from a newer version read-only, with a message', () => {
    const r = readSidecar(TAG('').replace('version: 1', 'version: 2'));
    assert.equal(r.kind, 'ok');
    assert.match((r as { readOnly?: string }).readOnly ?? '', /format version 2, newer than this extension reads \(1\)/);
  });

  it('refuses a YAML alias bomb quickly, with a message', () => {
    const lines = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    lines.push('tags: []');
    const started = performance.now();
    const r = readSidecar(lines.join('\n'));
    assert.ok(performance.now() - started < 1000);
    assert.equal(r.kind, 'unreadable');
    assert.match(r.problems[0]!.message, /aliases expand too far/);
    assert.equal(r.problems[0]!.line, 3);
  });

  it('refuses a sidecar over the size limit without reading it', () => {
    const r = readSidecar('', MAX_SIDECAR_BYTES + 1);
    assert.equal(r.kind, 'unreadable');
    assert.match(r.problems[0]!.message, /more than the 32\.0 MB a sidecar may be/);
  });

  it('reads a multi-megabyte sidecar in its own layout quickly', () => {
    const big = 'Mayor: ' + 'the barrier will hold. '.repeat(50000);
    const many: Tag[] = [];
    for (let i = 0; i < 10000; i++) many.push({ ...tagOn('strong enough', `t-${i.toString(16).padStart(8, '0')}`), start: i * 100 + 7, end: i * 100 + 17, quote: big.slice(i * 100 + 7, i * 100 + 17) });
    const yaml = writeSidecar({ transcriptName: 'big.txt', text: big, tags: many });
    assert.ok(yaml.length > 3 * 1024 * 1024);
    const started = performance.now();
    const r = readSidecar(yaml);
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.equal((r as { sidecar: Sidecar }).sidecar.tags.length, 10000);
  });

  it('refuses a multi-megabyte sidecar outside its own layout, saying which line', () => {
    const yaml = 'version: 1\ntags:\n' + '  - {id: t-1}\n'.repeat(100000);
    const r = readSidecar(yaml);
    assert.equal(r.kind, 'unreadable');
    assert.match(r.problems[0]!.message, /^Line 3: not a `key: value` line\. Sidecars over 1\.0 MB must keep the layout/);
  });

  it('treats an empty file as no tags', () => {
    assert.deepEqual(read('').tags, []);
  });

  it('refuses a file that is not a mapping', () => {
    assert.equal(readSidecar('- just\n- a list\n').kind, 'unreadable');
    assert.equal(readSidecar('version: 1\ntags: 5\n').kind, 'unreadable');
    assert.equal(readSidecar('version: one\ntags: []\n').kind, 'unreadable');
  });

  it('warns about a bad hash and then finds the tags by their words', () => {
    const back = read(TAG('').replace('version: 1', 'version: 1\nsha256: "abc"'));
    assert.match(back.problems[0]!.message, /`sha256` should be 64 lower-case hex digits/);
    assert.equal(back.sha256, undefined);
  });
});
