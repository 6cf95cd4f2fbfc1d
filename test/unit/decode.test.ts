/** One text decoder for the editor and the command line. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytesSource, decodeSource, decodeText, NotTextError, type ByteSource } from '../../src/core/text';

const utf16 = (s: string, littleEndian: boolean, bom: boolean) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[2 * i + 1] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
};

describe('decoding transcripts and sidecars', () => {
  it('reads Windows-1252 curly quotes, dashes and the euro sign by its own table', () => {
    // “It’s €5 – fine”, café, in Windows-1252 (not valid UTF-8).
    const bytes = new Uint8Array([0x93, 0x49, 0x74, 0x92, 0x73, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x66, 0x69, 0x6e, 0x65, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x97, 0x85]);
    const d = decodeText(bytes);
    assert.equal(d.encoding, 'windows-1252');
    assert.equal(d.text, '“It’s €5 – fine” café —…');
  });

  it('reads Windows-1252 bytes that are a slice of a larger buffer, from the slice only', () => {
    const whole = new Uint8Array([0x41, 0x42, 0x93, 0x4f, 0x6b, 0x94, 0xe9, 0x43]);
    assert.equal(decodeText(whole.subarray(2, 7)).text, '“Ok”é');
  });

  it('keeps the five bytes Windows-1252 leaves unassigned as the characters of the same code', () => {
    const bytes = new Uint8Array([0x93, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x94]);
    assert.equal(decodeText(bytes).text, '“\u0081\u008d\u008f\u0090\u009d”');
  });

  it('reads Windows-1252 the same where the host has no Node Buffer (a web worker)', () => {
    const bytes = new Uint8Array([0x93, 0x49, 0x74, 0x92, 0x73, 0x20, 0x80, 0x35, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    const host = globalThis as { Buffer?: unknown };
    const saved = host.Buffer;
    delete host.Buffer;
    try {
      assert.equal(decodeText(bytes).text, '“It’s €5” café');
    } finally {
      host.Buffer = saved;
    }
  });

  it('decodes a source read in small pieces as it decodes the same bytes whole', () => {
    const inPieces = (bytes: Uint8Array): ByteSource => ({ ...bytesSource(bytes), piece: 4 });
    const cp1252 = new Uint8Array([0x93, 0x41, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x0a]);
    assert.deepEqual(decodeSource(inPieces(cp1252)), decodeText(cp1252));
    assert.equal(decodeSource(inPieces(cp1252)).text, '“A café” – €5\n');
    // A surrogate pair cut between two pieces is whole again in the text.
    const pair = utf16('Q: wave 👋 ok', true, true);
    assert.deepEqual(decodeSource(inPieces(pair)), { text: 'Q: wave 👋 ok', encoding: 'utf-16le', bom: true });
    const odd = utf16('A: yes', false, false).subarray(0, 11);
    assert.deepEqual(decodeSource(inPieces(odd)), decodeText(odd));
  });

  it('reads a file as Windows-1252 from its start when a byte far into it is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Mayor: caf'), 0xe9, 0x2e]);
    const read: number[] = [];
    const source: ByteSource = { size: bytes.length, piece: 4, read: (at, n) => (read.push(at), bytes.subarray(at, at + n)) };
    assert.deepEqual(decodeSource(source), { text: 'Mayor: café.', encoding: 'windows-1252', bom: false });
    assert.deepEqual(read.slice(-3), [0, 4, 8], 'the Windows-1252 text is read again from the start, a piece at a time');
  });

  it('reads a file in pieces as Windows-1252 without reading it whole when its first piece is not UTF-8', () => {
    const words = 'Host: fine. '.repeat(2000);
    const bytes = new Uint8Array([0x93, ...new TextEncoder().encode(words), 0x94]);
    const lengths: number[] = [];
    const source: ByteSource = { size: bytes.length, piece: 1024, read: (at, n) => (lengths.push(n), bytes.subarray(at, at + n)) };
    assert.equal(decodeSource(source).text, `“${words}”`);
    assert.ok(Math.max(...lengths) < bytes.length, `read ${Math.max(...lengths)} of ${bytes.length} bytes at once`);
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const body = new TextEncoder().encode('Mayor: café — “yes”');
    assert.deepEqual(decodeText(body), { text: 'Mayor: café — “yes”', encoding: 'utf-8', bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    assert.deepEqual(decodeText(withBom), { text: 'Mayor: café — “yes”', encoding: 'utf-8', bom: true });
  });

  it('reads ASCII as UTF-8, and UTF-8 that differs from ASCII in its last byte as UTF-8 too', () => {
    const ascii = 'MODERATOR: Good morning.\n'.repeat(50_000);
    assert.deepEqual(decodeText(new TextEncoder().encode(ascii)), { text: ascii, encoding: 'utf-8', bom: false });
    assert.deepEqual(decodeText(new TextEncoder().encode('\ufeff' + ascii)), { text: ascii, encoding: 'utf-8', bom: true });
    const accented = ascii + 'Zoë';
    assert.deepEqual(decodeText(new TextEncoder().encode(accented)), { text: accented, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-16 in both byte orders, with a byte-order mark', () => {
    assert.deepEqual(decodeText(utf16('Q: Where? A: Here 👋', true, true)), { text: 'Q: Where? A: Here 👋', encoding: 'utf-16le', bom: true });
    assert.deepEqual(decodeText(utf16('Q: Where? A: Here 👋', false, true)), { text: 'Q: Where? A: Here 👋', encoding: 'utf-16be', bom: true });
  });

  it('reads UTF-16 without a byte-order mark instead of calling it binary', () => {
    assert.deepEqual(decodeText(utf16('version: 1\ntags: []\n', true, false)), { text: 'version: 1\ntags: []\n', encoding: 'utf-16le', bom: false });
    assert.deepEqual(decodeText(utf16('Mayor: Hello, café.', false, false)), { text: 'Mayor: Hello, café.', encoding: 'utf-16be', bom: false });
  });

  it('still refuses binary content', () => {
    assert.throws(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03, 0x00, 0x10, 0x00])), NotTextError);
  });
});
