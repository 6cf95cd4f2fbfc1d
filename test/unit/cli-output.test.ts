/**
 * The command line's process plumbing: its input file read ahead while the
 * command loads (prefetch.ts), used only where it is the file the command
 * opened, unchanged; and its standard output written straight to the
 * descriptor (stdout.ts; Windows keeps Node's stream), handing over to the
 * stream, in order, when a write would have to wait.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prefetchedBytes, prefetchFile } from '../../src/cli/prefetch';
import { standardOutput } from '../../src/cli/stdout';
import { readCompactTranscriptFile } from '../../src/cli/io';
import { scratchFolder } from './scratch';

const TALK = 'Host: Welcome to the harbour briefing.\nGuest: Thank you for having me.\n';

test('a file read ahead gives the bytes of the file the command opens', async () => {
  const file = join(scratchFolder('prefetch-'), 'talk.txt');
  writeFileSync(file, TALK);
  const ahead = prefetchFile(file);
  const fd = openSync(file, 'r');
  try {
    assert.equal(Buffer.from((await prefetchedBytes(ahead, file, fd))!).toString('utf8'), TALK);
  } finally {
    closeSync(fd);
  }
});

test('a file changed after it was read ahead is read again, not taken from the read ahead', async () => {
  const file = join(scratchFolder('prefetch-'), 'talk.txt');
  writeFileSync(file, TALK);
  const ahead = prefetchFile(file);
  await ahead!.bytes;
  writeFileSync(file, TALK.replace('Welcome', 'Hello'));
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const fd = openSync(file, 'r');
  try {
    assert.equal(await prefetchedBytes(ahead, file, fd), undefined);
  } finally {
    closeSync(fd);
  }
  const { transcript } = await readCompactTranscriptFile(file, 1 << 20, {}, ahead);
  assert.equal(transcript.turns.count, 2);
  assert.equal(transcript.speakers.map((s) => s.name).join(','), 'Host,Guest');
});

test('another file than the one read ahead is not given its bytes', async () => {
  const folder = scratchFolder('prefetch-');
  writeFileSync(join(folder, 'a.txt'), TALK);
  writeFileSync(join(folder, 'b.txt'), TALK);
  const ahead = prefetchFile(join(folder, 'a.txt'));
  const fd = openSync(join(folder, 'b.txt'), 'r');
  try {
    assert.equal(await prefetchedBytes(ahead, join(folder, 'b.txt'), fd), undefined);
  } finally {
    closeSync(fd);
  }
});

test('a missing file, a folder and an empty file are not read ahead: the command says what is wrong', () => {
  const folder = scratchFolder('prefetch-');
  writeFileSync(join(folder, 'empty.txt'), '');
  assert.equal(prefetchFile(join(folder, 'missing.txt')), undefined);
  assert.equal(prefetchFile(folder), undefined);
  assert.equal(prefetchFile(join(folder, 'empty.txt')), undefined);
});

test('standard output written to a file takes text and bytes in order, straight to the descriptor', { skip: process.platform === 'win32' }, () => {
  const file = join(scratchFolder('stdout-'), 'out.json');
  const fd = openSync(file, 'w');
  const out = standardOutput(
    fd,
    () => assert.fail('no stream is made for a file'),
    () => assert.fail('a file does not close'),
  );
  out.write('{"speaker": "Zoë"');
  out.writeBytes(Buffer.from(', "line": 1', 'utf8'));
  out.write('}\n');
  closeSync(fd);
  assert.equal(out.direct, true);
  assert.equal(readFileSync(file, 'utf8'), '{"speaker": "Zoë", "line": 1}\n');
});

test('standard output that would wait (a full non-blocking pipe) goes on through the stream, nothing lost or reordered', { skip: process.platform !== 'linux' }, () => {
  const fifo = join(scratchFolder('stdout-'), 'pipe');
  execFileSync('mkfifo', [fifo]);
  // Both ends non-blocking: writes fail with EAGAIN once the pipe's buffer is full, as when the reader is slow.
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
  const streamed: Buffer[] = [];
  const stream = { write: (b: string | Uint8Array) => streamed.push(Buffer.from(b)) > 0, writableNeedDrain: false } as unknown as NodeJS.WriteStream;
  const out = standardOutput(writer, () => stream, () => assert.fail('the reader is still there'));
  const pieces = Array.from({ length: 40 }, (_, i) => Buffer.alloc(16 * 1024, 65 + (i % 26)));
  for (const piece of pieces) out.writeBytes(piece);
  out.write('end\n');
  assert.equal(out.direct, false);
  const direct: Buffer[] = [];
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n = 0;
    try {
      n = readSync(reader, chunk);
    } catch {
      // EAGAIN: all that went straight to the pipe has been read.
      break;
    }
    if (n === 0) break;
    direct.push(Buffer.from(chunk.subarray(0, n)));
  }
  closeSync(writer);
  closeSync(reader);
  assert.ok(direct.length > 0);
  assert.deepEqual(Buffer.concat([...direct, ...streamed]), Buffer.concat([...pieces, Buffer.from('end\n')]));
});
