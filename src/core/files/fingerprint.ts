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
  const whole = n - (n % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    const word = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    a = Math.imul(a ^ word, 0x01000193);
    b = Math.imul(((b << 5) | (b >>> 27)) ^ word, 0x5bd1e995);
  }
  for (; i < n; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(((b << 5) | (b >>> 27)) ^ bytes[i]!, 0x5bd1e995);
  }
  return `${n}:${hex(a)}${hex(b)}`;
}

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}
