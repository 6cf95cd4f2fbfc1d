/**
 * A fingerprint of a file's bytes, to tell whether the file changed since it
 * was last read: its size and two 32-bit hashes of its content. Where a file
 * is read anyway, this saves asking the host for its modification time (in
 * VS Code for the Web each question is a round trip to the server, as slow
 * as the read). Not a digest to trust against tampering: that is sha256.ts.
 */

/** The fingerprint of some bytes: `<size>:<16 hex digits>`; equal bytes give equal fingerprints, and any one change gives another. */
export function fingerprint(bytes: Uint8Array): string {
  // Each step is a bijection of the running hash (xor with the word, multiply by an odd number, rotate),
  // so bytes that differ in one word always end with different hashes.
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  const n = bytes.length;
  const words = n >>> 2;
  // The words are read little-endian, four bytes a load: through a word view where the bytes sit on a word
  // boundary of a little-endian machine, else through a DataView (the same words, a little slower). A load a
  // byte, as before, spent a quarter of the Transcripts view's listing in VS Code for the Web here.
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let w = 0; w < words; w++) {
      const word = view[w]! | 0;
      a = Math.imul(a ^ word, 0x01000193);
      b = Math.imul(((b << 5) | (b >>> 27)) ^ word, 0x5bd1e995);
    }
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let w = 0; w < words; w++) {
      const word = view.getInt32(w << 2, true);
      a = Math.imul(a ^ word, 0x01000193);
      b = Math.imul(((b << 5) | (b >>> 27)) ^ word, 0x5bd1e995);
    }
  }
  for (let i = words << 2; i < n; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(((b << 5) | (b >>> 27)) ^ bytes[i]!, 0x5bd1e995);
  }
  return `${n}:${hex(a)}${hex(b)}`;
}

/** Whether the machine stores a word's low byte first (a Uint32Array then reads the words the DataView reads). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}
