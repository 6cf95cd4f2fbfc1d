/** The command line's `tag`, `merge --resolve` and `anchors` exit codes. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from './helpers';
import { readSidecar, sha256Text } from '../../src/core/annotations';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-tag-');
let n = 0;
function transcript(content: string): string {
  const path = join(dir, `briefing-${++n}.txt`);
  writeFileSync(path, content);
  return path;
}
const sidecarOf = (file: string, name = file + '.annotations.yaml') => {
  const read = readSidecar(readFileSync(name, 'utf8'));
  assert.equal(read.kind, 'ok');
  return read.kind === 'ok' ? read.sidecar : undefined!;
};

const TEXT = 'Minister Ana Costa: The budget grows by four percent.\n\nQ: Will taxes rise?\n\nMinister Ana Costa: Taxes will not rise. The budget grows, taxes do not.\n';

describe('command line: tag', () => {
  it('tags a quote that occurs once, with speaker filled from the transcript, in the shared sidecar', async () => {
    const file = transcript(TEXT);
    const { code, out } = (await run('tag', file, '--quote', 'four percent', '--category', 'statistic', '--note', 'Check it.'));
    assert.equal(code, 0, out);
    assert.match(out, /^t-[0-9a-f]{8}: tagged “four percent” as statistic at 1:41 \(Minister Ana Costa\) in /);
    const side = sidecarOf(file);
    assert.equal(side.sha256, sha256Text(TEXT));
    assert.equal(side.tags.length, 1);
    const t = side.tags[0]!;
    assert.deepEqual([t.quote, t.category, t.note, t.speaker, t.start, t.end], ['four percent', 'statistic', 'Check it.', 'Minister Ana Costa', 40, 52]);
    assert.equal(t.prefix, ' Ana Costa: The budget grows by ');
  });

  it('refuses a quote that occurs more than once without --occurrence, naming where it stands', async () => {
    const file = transcript(TEXT);
    const { code, err } = (await run('tag', file, '--quote', 'The budget grows', '--category', 'claim'));
    assert.equal(code, 1);
    assert.match(err, /the quote occurs 2 times \(at 1:21, 5:42\); say which with --occurrence N/);
  });

  it('tags the chosen occurrence, and adds to the tags already there', async () => {
    const file = transcript(TEXT);
    assert.equal((await run('tag', file, '--quote', 'Will taxes rise?', '--category', 'question')).code, 0);
    assert.equal((await run('tag', file, '--quote', 'The budget grows', '--occurrence', '2', '--category', 'claim', '--speaker', 'Ana Costa')).code, 0);
    const tags = sidecarOf(file).tags;
    assert.equal(tags.length, 2);
    const second = tags.find((t) => t.category === 'claim')!;
    assert.equal(second.start, TEXT.lastIndexOf('The budget grows'));
    assert.equal(second.speaker, 'Ana Costa');
  });

  it('tags by code-point offsets and checks them against the quote', async () => {
    const file = transcript(TEXT);
    const start = TEXT.indexOf('Taxes will not rise');
    assert.equal((await run('tag', file, '--start', String(start), '--end', String(start + 19), '--category', 'commitment')).code, 0);
    const { code, err } = (await run('tag', file, '--quote', 'four percent', '--start', String(start), '--end', String(start + 19), '--category', 'x'));
    assert.equal(code, 1);
    assert.match(err, /is “Taxes will not rise”, not the quote “four percent”/);
  });

  it('with --author writes to that annotator’s own sidecar, with the author', async () => {
    const file = transcript(TEXT);
    assert.equal((await run('tag', file, '--quote', 'four percent', '--category', 'statistic', '--author', 'Ana Ruiz')).code, 0);
    const side = sidecarOf(file, file + '.annotations.ana-ruiz.yaml');
    assert.equal(side.tags[0]!.author, 'Ana Ruiz');
    assert.throws(() => readFileSync(file + '.annotations.yaml'));
  });

  it('says when the quote is not in the transcript, and writes nothing', async () => {
    const file = transcript(TEXT);
    const { code, err } = (await run('tag', file, '--quote', 'five percent', '--category', 'statistic'));
    assert.equal(code, 1);
    assert.match(err, /the quote “five percent” is not in the transcript/);
    assert.throws(() => readFileSync(file + '.annotations.yaml'));
  });

  it('never writes over a sidecar it cannot read', async () => {
    const file = transcript(TEXT);
    writeFileSync(file + '.annotations.yaml', 'version: 1\ntags:\n  - id: a: b\n');
    const { code, err } = (await run('tag', file, '--quote', 'four percent', '--category', 'statistic'));
    assert.equal(code, 1);
    assert.match(err, /cannot be read/);
    assert.equal(readFileSync(file + '.annotations.yaml', 'utf8'), 'version: 1\ntags:\n  - id: a: b\n');
  });
});

describe('command line: merge --resolve and anchors', () => {
  it('resolves a sidecar left with conflict markers, keeping both sides’ tags', async () => {
    const file = transcript(TEXT);
    (await run('tag', file, '--quote', 'four percent', '--category', 'statistic'));
    const one = readFileSync(file + '.annotations.yaml', 'utf8');
    (await run('tag', file, '--quote', 'Will taxes rise?', '--category', 'question'));
    const two = readFileSync(file + '.annotations.yaml', 'utf8');
    writeFileSync(file + '.annotations.yaml', one);
    (await run('tag', file, '--quote', 'Taxes will not rise', '--category', 'commitment'));
    const three = readFileSync(file + '.annotations.yaml', 'utf8');
    writeFileSync(file + '.annotations.yaml', `<<<<<<< HEAD\n${two}=======\n${three}>>>>>>> theirs\n`);
    const anchors = (await run('anchors', file));
    assert.equal(anchors.code, 1);
    assert.match(anchors.err, /unresolved git merge/);
    const { code, out } = (await run('merge', '--resolve', file + '.annotations.yaml'));
    assert.equal(code, 0, out);
    assert.deepEqual(sidecarOf(file).tags.map((t) => t.category).sort(), ['commitment', 'question', 'statistic']);
  });

  it('anchors exits with 1 when the sidecar has entries with errors, as validate does', async () => {
    const file = transcript(TEXT);
    (await run('tag', file, '--quote', 'four percent', '--category', 'statistic'));
    const text = readFileSync(file + '.annotations.yaml', 'utf8').replace(/category: "statistic"/, 'category: 12');
    writeFileSync(file + '.annotations.yaml', text);
    const { code, err } = (await run('anchors', file));
    assert.equal(code, 1);
    assert.match(err, /error: Tag 1/);
  });
});
