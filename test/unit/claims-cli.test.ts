import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from './helpers';
import { contextAround, writeSidecar, type Tag } from '../../src/core/annotations';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-claims-');
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function tag(text: string, quote: string, id: string, extra: Partial<Tag> = {}): Tag {
  const start = text.indexOf(quote);
  return { id, category: 'factual-claim', quote, start, end: start + quote.length, ...contextAround(text, start, start + quote.length), speaker: null, section: null, created: '2025-04-08T10:00:00Z', modified: '2025-04-08T10:00:00Z', status: 'anchored', ...extra };
}

describe('command line: suggest', () => {
  const text = 'Host: Welcome to the show. 👋 Thanks for coming.\nMayor Ruiz: Our city cut bus fares by 30 percent in 2023, and ridership rose to a record 9.5 million trips.\nI love this city.\n';

  it('prints every spoken sentence in text order with 1-based lines, code-point offsets, speaker and score', async () => {
    const { code, out } = (await run('suggest', file('show.txt', text), '--json'));
    assert.equal(code, 0);
    const { sentences } = JSON.parse(out);
    assert.deepEqual(sentences.map((s: { text: string; line: number; speaker: string }) => [s.line, s.speaker, s.text]), [
      [1, 'Host', 'Welcome to the show.'],
      [1, 'Host', '👋 Thanks for coming.'],
      [2, 'Mayor Ruiz', 'Our city cut bus fares by 30 percent in 2023, and ridership rose to a record 9.5 million trips.'],
      [3, 'Mayor Ruiz', 'I love this city.'],
    ]);
    // The emoji counts as one code point, as in sidecars.
    assert.equal(sentences[1].start, 27);
    assert.equal(sentences[1].end, 47);
    for (const s of sentences) assert.ok(s.score >= 0 && s.score <= 1);
  });

  it('keeps the N best with --top, in text order', async () => {
    const { out } = (await run('suggest', file('show.txt', text), '--top', '1', '--json'));
    assert.deepEqual(JSON.parse(out).sentences.map((s: { line: number }) => s.line), [2]);
  });

  it('lists the sentences best first as text', async () => {
    const { out } = (await run('suggest', file('show.txt', text), '--top', '2'));
    assert.match(out.split('\n')[0]!, /^0\.\d{3}\s+2\s+Mayor Ruiz: Our city cut bus fares/);
  });

  it('refuses a --top that is not a number', async () => {
    const { code, err } = (await run('suggest', file('show.txt', text), '--top', 'many'));
    assert.equal(code, 2);
    assert.match(err, /--top needs a whole number/);
  });
});

describe('command line: repeats', () => {
  const folder = join(dir, 'briefings');
  mkdirSync(folder, { recursive: true });
  const march = 'Date: 2025-03-04\n\nSpokesperson Lind: The new ferry carries four hundred passengers and cuts the crossing to twenty minutes. Questions?\n';
  const april = 'Date: 2025-04-10\n\nSpokesperson Lind: As I said, the new ferry carries four hundred passengers and cuts the crossing to twenty minutes.\n';
  const claim = 'The new ferry carries four hundred passengers and cuts the crossing to twenty minutes.';
  writeFileSync(join(folder, 'march.transcript.txt'), march);
  writeFileSync(join(folder, 'march.transcript.txt.annotations.yaml'), writeSidecar({ transcriptName: 'march.transcript.txt', text: march, tags: [tag(march, claim, 't-0000000a')] }));
  writeFileSync(join(folder, 'april.transcript.txt'), april);
  const repeat = 'the new ferry carries four hundred passengers and cuts the crossing to twenty minutes';
  writeFileSync(join(folder, 'april.transcript.txt.annotations.yaml'), writeSidecar({ transcriptName: 'april.transcript.txt', text: april, tags: [tag(april, repeat, 't-0000000b', { verdict: 'mostly-true', source: 'https://example.org/ferry' })] }));

  it('lists where a tagged claim is said again, with speaker, date and the verdict already given', async () => {
    const { code, out } = (await run('repeats', join(folder, 'march.transcript.txt'), '--tag', 't-0000000a', '--json'));
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(json.tag.id, 't-0000000a');
    assert.equal(json.repeats.length, 1);
    const r = json.repeats[0];
    assert.match(r.transcript, /april\.transcript\.txt$/);
    assert.equal(r.speaker, 'Spokesperson Lind');
    assert.equal(r.date, '2025-04-10');
    assert.equal(r.line, 3);
    assert.deepEqual(r.tags, [{ id: 't-0000000b', category: 'factual-claim', verdict: 'mostly-true', source: 'https://example.org/ferry' }]);
  });

  it('lists every repeated tagged claim of a folder', async () => {
    const { code, out } = (await run('repeats', folder, '--json'));
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out).claims.map((c: { tag: { id: string }; repeats: unknown[] }) => [c.tag.id, c.repeats.length]).sort(), [['t-0000000a', 1], ['t-0000000b', 1]]);
  });

  it('says which tag is missing', async () => {
    const { code, err } = (await run('repeats', join(folder, 'march.transcript.txt'), '--tag', 't-ffffffff'));
    assert.equal(code, 1);
    assert.match(err, /no tag 't-ffffffff'/);
  });
});
