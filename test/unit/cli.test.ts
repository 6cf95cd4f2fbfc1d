import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, run } from './helpers';
import { scratchFolder } from './scratch';

const dir = scratchFolder('transcript-cli-');
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('command line: outline', () => {
  it('prints the outline as JSON with 1-based lines', async () => {
    const { code, out } = (await run('outline', file('briefing.txt', fixture('state-briefing.txt')), '--json'));
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.deepEqual(json.metadata, { title: 'Department Press Briefing', date: '2023-03-14', place: 'Washington, D.C.', source: null });
    assert.deepEqual(json.speakers, [
      { name: 'Mr Price', role: 'respondent', turns: 5 },
      { name: 'Question', role: 'questioner', turns: 3 },
    ]);
    assert.deepEqual(json.turns[0], { speaker: 'Mr Price', claimant: 'Mr Price', role: 'respondent', line: 7, endLine: 9 });
    assert.deepEqual(json.sections.map((s: { kind: string }) => s.kind), ['header', 'opening', 'qa', 'qa', 'qa', 'closing']);
    assert.deepEqual(json.sections[2], { kind: 'qa', title: 'Q&A 1', line: 11, endLine: 13 });
  });

  it('gives a turn with no label a null speaker', async () => {
    const json = JSON.parse((await run('outline', file('speech.txt', fixture('speech.txt')), '--json')).out);
    assert.deepEqual(json.turns, [{ speaker: null, claimant: null, role: 'unknown', line: 5, endLine: 11 }]);
  });

  it('prints a readable outline without --json', async () => {
    const { code, out } = (await run('outline', file('briefing2.txt', fixture('state-briefing.txt'))));
    assert.equal(code, 0);
    assert.match(out, /^Title: +Department Press Briefing$/m);
    assert.match(out, /^Q&A 1 — Question: Thanks, Ned\. On the grain deal: who verifies… +\(lines 11-13\)$/m);
    assert.match(out, /^ +13 +Mr Price: The inspections are run by a joint centre\./m);
  });

  it('reads UTF-16 and Windows-1252 files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Host: Hello?\nGuest: Hi.\n', 'utf16le')]);
    assert.equal(JSON.parse((await run('outline', file('utf16.txt', utf16), '--json')).out).turns.length, 2);
    const cp1252 = Buffer.from([...Buffer.from('Host: '), 0x93, ...Buffer.from('Quoted'), 0x94, 0x0a, ...Buffer.from('Guest: Fine.')]);
    const json = JSON.parse((await run('outline', file('cp1252.txt', cp1252), '--json')).out);
    assert.deepEqual(json.turns.map((t: { speaker: string }) => t.speaker), ['Host', 'Guest']);
  });

  it('reads a Windows-1252 file larger than the pieces it is decoded in, curly quotes and all', async () => {
    const turns: number[] = [];
    for (let i = 0; i < 48000; i++) turns.push(...Buffer.from(i % 2 ? 'Guest: Yes, ' : 'Host: '), 0x93, ...Buffer.from(`point ${i}`), 0x94, 0x0a, 0x0a);
    const bytes = Buffer.from(turns);
    assert.ok(bytes.length > 2 * 512 * 1024, `${bytes.length} bytes: several pieces`);
    const path = file('cp1252-large.txt', bytes);
    const json = JSON.parse((await run('outline', path, '--json')).out);
    assert.equal(json.turns.length, 48000);
    assert.deepEqual(json.speakers.map((s: { name: string }) => s.name), ['Host', 'Guest']);
    assert.match((await run('outline', path)).out, /Guest: Yes, “point 47999”/);
  });

  it('outlines an empty file as empty', async () => {
    const { code, out } = (await run('outline', file('empty.txt', ''), '--json'));
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out).turns, []);
  });

  it('fails with one line for a missing file', async () => {
    const { code, err } = (await run('outline', join(dir, 'nope.txt')));
    assert.notEqual(code, 0);
    assert.match(err, /^transcript-annotator: .*nope\.txt: no such file\n$/);
  });

  it('fails with one line for a binary file', async () => {
    const { code, err } = (await run('outline', file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))));
    assert.notEqual(code, 0);
    assert.match(err, /^transcript-annotator: .*image\.png: not a text file \(binary content: a NUL byte at offset 8\)\n$/);
  });

  it('fails with one line for a folder', async () => {
    const { code, err } = (await run('outline', dir));
    assert.notEqual(code, 0);
    assert.match(err, /is a folder, not a transcript file\n$/);
  });

  it('explains its usage for an unknown command or option', async () => {
    assert.equal((await run('frobnicate')).code, 2);
    const { code, err } = (await run('outline', 'x.txt', '--yaml'));
    assert.equal(code, 2);
    assert.match(err, /unknown option --yaml/);
  });
});

describe('command line: convert', () => {
  const captions = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Costa>The pier opens in May.</v>\n\n00:00:03.500 --> 00:00:05.000\n<v Ben Okafor>Who pays for it?</v>\n';

  it('writes a clean .transcript beside the file, and leaves the original as it was', async () => {
    const source = file('pier.vtt', captions);
    const { code, out } = (await run('convert', source));
    assert.equal(code, 0);
    assert.match(out, /pier\.transcript: 2 turns by 2 speakers, from WebVTT captions/);
    assert.equal(readFileSync(join(dir, 'pier.transcript'), 'utf8'), 'Title: pier\n\n[00:00:01] Ana Costa: The pier opens in May.\n\n[00:00:03] Ben Okafor: Who pays for it?\n');
    assert.equal(readFileSync(source, 'utf8'), captions);
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const source = file('pier2.vtt', captions);
    const target = file('kept.transcript', 'my own words\n');
    const refused = (await run('convert', source, '-o', target));
    assert.equal(refused.code, 1);
    assert.match(refused.err, /kept\.transcript: already exists; add --force to replace it/);
    assert.equal(readFileSync(target, 'utf8'), 'my own words\n');
    assert.equal((await run('convert', source, '-o', target, '--force')).code, 0);
    assert.match(readFileSync(target, 'utf8'), /Ana Costa: The pier opens in May\./);
  });

  it('says where a broken Whisper file breaks', async () => {
    const { code, err } = (await run('convert', file('broken.json', '{"segments": [{"text": "hi",')));
    assert.equal(code, 1);
    assert.match(err, /broken\.json: not valid JSON at line 1, column \d+/);
  });
});
