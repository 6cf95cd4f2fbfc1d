import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from './helpers';
import { contextAround, writeSidecar, type Tag } from '../../src/core/annotations';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-anchors-');
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const text = 'Mayor: The barrier cost eleven million pounds.\nQuestion: Is it strong enough?\nMayor: Yes. 👋 It will hold.\n';
function tag(quote: string, id: string): Tag {
  const start = text.indexOf(quote);
  return { id, category: 'factual-claim', quote, start, end: start + quote.length, ...contextAround(text, start, start + quote.length), speaker: 'Mayor', section: null, created: '2025-04-08T10:00:00Z', modified: '2025-04-08T10:00:00Z', status: 'anchored' };
}
const sidecar = writeSidecar({ transcriptName: 'briefing.txt', text, tags: [tag('eleven million pounds', 't-00000001'), tag('It will hold', 't-00000002'), tag('strong enough', 't-00000003')] });

describe('command line: anchors', () => {
  it('prints each tag with its 1-based range, code-point offsets and status', async () => {
    const transcript = file('briefing.txt', text);
    file('briefing.txt.annotations.yaml', sidecar);
    const { code, out } = (await run('anchors', transcript, '--json'));
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(json.sha256.same, true);
    assert.deepEqual(json.tags[2], {
      id: 't-00000002', category: 'factual-claim', status: 'anchored', quote: 'It will hold', start: 92, end: 104,
      range: { start: { line: 3, column: 15 }, end: { line: 3, column: 27 } }, speaker: 'Mayor', section: null,
    });
  });

  it('finds tags again in a transcript changed outside the editor, reporting moved and orphaned ones', async () => {
    const changed = 'Corrected transcript.\n' + text.replace('Is it strong enough?', 'Will it survive?').replace('Mayor: Yes.', 'Mayor: Yes!');
    const transcript = file('changed.txt', changed);
    const side = file('other.yaml', sidecar);
    const json = JSON.parse((await run('anchors', transcript, '--sidecar', side, '--json')).out);
    assert.equal(json.sha256.same, false);
    assert.deepEqual(json.tags.map((t: { id: string; status: string; range: { start: { line: number } } }) => [t.id, t.status, t.range.start.line]), [
      // Same words, but the text on both sides changed (a line above, the question after): reported.
      ['t-00000001', 'moved', 2],
      // Lost; kept where its words were, one line down like the text around it.
      ['t-00000003', 'orphaned', 3],
      ['t-00000002', 'moved', 4],
    ]);
  });

  it('prints a readable list without --json', async () => {
    const transcript = file('plain.txt', text);
    file('plain.txt.annotations.yaml', sidecar);
    const { out } = (await run('anchors', transcript));
    assert.match(out, /^anchored 1:25-1:46 +factual-claim +“eleven million pounds”$/m);
  });

  it('fails with located messages for a malformed sidecar', async () => {
    const transcript = file('bad.txt', text);
    file('bad.txt.annotations.yaml', 'version: 1\ntags:\n  - id: a: b\n');
    const { code, err } = (await run('anchors', transcript));
    assert.equal(code, 1);
    assert.match(err, /bad\.txt\.annotations\.yaml:3:\d+: error: Not valid YAML/);
  });

  it('says so when the sidecar is missing', async () => {
    const { code, err } = (await run('anchors', file('alone.txt', text)));
    assert.equal(code, 1);
    assert.match(err, /alone\.txt\.annotations\.yaml: no such file/);
  });
});

describe('command line: validate', () => {
  it('passes a good sidecar', async () => {
    const { code, out } = (await run('validate', file('good.yaml', sidecar)));
    assert.equal(code, 0);
    assert.match(out, /good\.yaml: 3 valid tags\n$/);
  });

  it('fails with a located message per bad entry', async () => {
    const bad = sidecar.replace('    start: 24\n', '    start: -1\n').replace('  - id: "t-00000002"\n    category: "factual-claim"\n', '  - id: "t-00000002"\n');
    const { code, out } = (await run('validate', file('bad.yaml', bad)));
    assert.equal(code, 1);
    assert.match(out, /^.*bad\.yaml:10:1: error: Tag 1 \(t-00000001\): `start` must be a whole number/m);
    assert.match(out, /bad\.yaml:\d+:1: error: Tag \d \(t-00000002\): `category` is missing\./);
    assert.match(out, /1 valid tag, 2 errors\n$/);
  });

  it('fails for YAML that does not parse, at its line and column', async () => {
    const { code, out } = (await run('validate', file('broken.yaml', 'version: 1\ntags: [\n')));
    assert.equal(code, 1);
    assert.match(out, /broken\.yaml:\d+:\d+: error: Not valid YAML/);
  });

  it('points to the sidecar when given the transcript by mistake', async () => {
    const transcript = file('mistake.txt', text);
    const { code, out } = (await run('validate', transcript));
    assert.equal(code, 1);
    assert.match(out, /mistake\.txt: not readable as a sidecar \(sidecars are named <transcript>\.annotations\.yaml: did you mean .*mistake\.txt\.annotations\.yaml\?\)\n$/);
  });
});
