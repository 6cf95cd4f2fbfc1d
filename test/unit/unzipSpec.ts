/**
 * What reading an archive entry by entry does, whichever inflater runs it:
 * run once with Node's native modules (unzip-limited.test.ts) and once
 * without them, as in the web worker (without-node-builtins.test.ts), so
 * both give the same bytes and the same messages.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ArchiveError, openArchive, type UnpackLimits } from '../../src/core/export/unzipLimited';
import { writeZip } from '../../src/core/export/zip';

const MB = 1024 * 1024;
const LIMITS: UnpackLimits = { entryBytes: MB, totalBytes: 2 * MB };

/** Text that deflates well, `bytes` long. */
function words(bytes: number): Uint8Array {
  const line = new TextEncoder().encode('The ferry crossings rose by a fifth this year, the warden said.\n');
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = line[i % line.length]!;
  return out;
}

/** Bytes that do not deflate (so the writer stores them), from a fixed seed. */
function noise(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function read(archive: Uint8Array, name: string, limits = LIMITS): Uint8Array {
  const opened = openArchive(archive, limits);
  return opened.read(opened.entries.find((e) => e.name === name)!);
}

/** Where an entry's packed bytes start: after its local header (the first entry's is at 0). */
function firstDataOffset(archive: Uint8Array): number {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  return 30 + view.getUint16(26, true) + view.getUint16(28, true);
}

/** The archive's behaviour, as a list of tests. */
export function unzipSpecification(): void {
  it('gives back a deflated entry and a stored entry byte for byte', () => {
    const text = words(300_000);
    const random = noise(5000);
    const archive = writeZip([{ path: 'sources/a.txt', data: text }, { path: 'sources/b.bin', data: random }]);
    assert.deepEqual(read(archive, 'sources/a.txt'), text);
    assert.deepEqual(read(archive, 'sources/b.bin'), random);
  });

  it('reads an entry exactly as large as one entry may be', () => {
    const archive = writeZip([{ path: 'a.txt', data: words(MB) }]);
    assert.equal(read(archive, 'a.txt').length, MB);
  });

  it('refuses an entry one byte larger than one entry may be, naming it', () => {
    const archive = writeZip([{ path: 'sources/big.txt', data: words(MB + 1) }]);
    assert.throws(() => read(archive, 'sources/big.txt'), (e: Error) => e instanceof ArchiveError && e.message === 'sources/big.txt unpacks to more than 1 MB (the archive gives 0 MB for it); this import reads no larger file');
  });

  it('refuses an entry far larger than one entry may be, naming it', () => {
    const archive = writeZip([{ path: 'sources/big.txt', data: words(3 * MB) }]);
    assert.throws(() => read(archive, 'sources/big.txt', { entryBytes: MB, totalBytes: 64 * MB }), (e: Error) => e instanceof ArchiveError && e.message === 'sources/big.txt unpacks to more than 1 MB (the archive gives 0 MB for it); this import reads no larger file');
  });

  for (const [last, size] of [['one byte', MB / 2 + 1], ['far', MB]] as const) {
    it(`refuses the entry that takes the archive ${last} past what it may unpack to in all, naming it`, () => {
      const archive = writeZip([{ path: 'a.txt', data: words(MB) }, { path: 'b.txt', data: words(MB / 2) }, { path: 'c.txt', data: words(size) }]);
      const opened = openArchive(archive, LIMITS);
      const [a, b, c] = opened.entries;
      opened.read(a!);
      opened.read(b!);
      assert.throws(() => opened.read(c!), (e: Error) => e instanceof ArchiveError && e.message === 'the archive unpacks to more than 2 MB in all (at c.txt); this import reads no more');
    });
  }

  it('says so when a deflated entry is not valid deflate data', () => {
    const archive = writeZip([{ path: 'a.txt', data: words(10_000) }]);
    // Block type 3 does not exist.
    archive[firstDataOffset(archive)] = 0x07;
    assert.throws(() => read(archive, 'a.txt'), (e: Error) => e instanceof ArchiveError && e.message === 'a.txt cannot be unpacked (invalid block type)');
  });

  it('says so when a deflated entry is cut short', () => {
    const archive = writeZip([{ path: 'a.txt', data: noise(5000).map((b) => 0x61 + (b % 20)) }]);
    const view = new DataView(archive.buffer);
    const central = view.getUint32(archive.length - 22 + 16, true);
    // Both headers say the entry's packed bytes stop halfway through its deflate stream.
    const half = view.getUint32(18, true) >> 1;
    view.setUint32(18, half, true);
    view.setUint32(central + 20, half, true);
    assert.throws(() => read(archive, 'a.txt'), (e: Error) => e instanceof ArchiveError && e.message === 'a.txt cannot be unpacked (unexpected EOF)');
  });

  it('says an entry whose bytes do not give its checksum is damaged', () => {
    const archive = writeZip([{ path: 'a.txt', data: words(10_000) }]);
    const view = new DataView(archive.buffer);
    const central = view.getUint32(archive.length - 22 + 16, true);
    view.setUint32(central + 16, view.getUint32(central + 16, true) ^ 1, true);
    assert.throws(() => read(archive, 'a.txt'), (e: Error) => e instanceof ArchiveError && e.message === 'a.txt is damaged (its checksum does not match)');
  });
}
