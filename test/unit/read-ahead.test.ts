import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readCompactTranscriptFile } from '../../src/cli/io';
import { readAhead, ReadAhead, READ_AHEAD_MIN } from '../../src/cli/readAhead';

const dir = mkdtempSync(join(tmpdir(), 'transcript-ahead-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Two speakers' turns, then a third speaker's turns up to `bytes` bytes: a file large enough to be read ahead. */
function turns(first: string, second: string, bytes = READ_AHEAD_MIN + 100): string {
  let text = `${first}: One.\n\n${second}: Two.\n\n`;
  while (text.length < bytes) text += 'ZOE: And more words, again and again.\n\n';
  return text.slice(0, bytes);
}

const speakersOf = async (path: string, ahead?: ReadAhead): Promise<string[]> => {
  const { transcript } = await readCompactTranscriptFile(path, 1 << 24, {}, ahead);
  return transcript.speakers.map((s) => s.name);
};

describe('command line: a file read ahead while the command loads', () => {
  it('gives the whole file, once', async () => {
    const text = turns('HOST', 'GUEST');
    const ahead = readAhead(file('whole.txt', text), 1 << 24)!;
    assert.equal(ahead.size, READ_AHEAD_MIN + 100);
    assert.equal(Buffer.from((await ahead.take())!).toString('utf8'), text);
    assert.equal(await ahead.take(), undefined);
  });

  it('reads nothing ahead for a missing file, a folder or a file over the limit: the command reads those itself and says what is wrong', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    assert.equal(readAhead(join(dir, 'missing.txt'), 1 << 24), undefined);
    assert.equal(readAhead(folder, 1 << 24), undefined);
    assert.equal(readAhead(file('big.txt', turns('HOST', 'GUEST')), READ_AHEAD_MIN), undefined);
  });

  it('reads nothing ahead for a small file, read sooner than the read ahead would start', () => {
    assert.equal(readAhead(file('small.txt', 'HOST: Welcome.\n\nGUEST: Thank you.\n'), 1 << 24), undefined);
  });

  it('is what the transcript is read from, where it is the same file at the same size', async () => {
    const path = file('same.txt', turns('ANNA', 'BORIS'));
    // Bytes of the file's size that say something else: reading them shows they were taken instead of the file.
    const other = new ReadAhead(path, READ_AHEAD_MIN + 100, Promise.resolve(Buffer.from(turns('CLARA', 'DAVID'))));
    assert.deepEqual(await speakersOf(path, other), ['Clara', 'David', 'ZOE']);
  });

  it('is not used where the file has changed size since it was read ahead', async () => {
    const path = file('changed.txt', turns('ANNA', 'BORIS'));
    const stale = new ReadAhead(path, READ_AHEAD_MIN + 99, Promise.resolve(Buffer.from(turns('CLARA', 'DAVID', READ_AHEAD_MIN + 99))));
    assert.deepEqual(await speakersOf(path, stale), ['Anna', 'Boris', 'ZOE']);
  });

  it('is not used for another file', async () => {
    const path = file('mine.txt', turns('ANNA', 'BORIS'));
    const elsewhere = new ReadAhead(join(dir, 'theirs.txt'), READ_AHEAD_MIN + 100, Promise.resolve(Buffer.from(turns('CLARA', 'DAVID'))));
    assert.deepEqual(await speakersOf(path, elsewhere), ['Anna', 'Boris', 'ZOE']);
  });
});
