/**
 * A text's UTF-16 code units in a typed array, for the word scanner: V8 reads
 * a typed array's element several times faster than `charCodeAt` (which
 * checks the string's shape at every call), and scoring reads every
 * character of the transcript once.
 */

/** Code units of a text, one per element, with a 0 after the last (the scanner may read one past a word's end without a test). */
export type CodeUnits = Uint8Array | Uint16Array;

/** The shape of Node's Buffer this module uses, where the host has it (not in a web worker). */
interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { write(text: string, offset: number, length: number, encoding: 'latin1' | 'utf16le'): number };
}

/**
 * A character no single byte holds: where the text has none, a byte per code
 * unit is exact. Written as "not 0 to FF" because V8 then answers at once for
 * a string it stores a byte a character (`[\u0100-\uffff]` walks the text).
 */
// eslint-disable-next-line no-control-regex
const WIDE = /[^\x00-\xff]/;

/**
 * The last arrays handed out, reused by the next call while the collector
 * leaves them: a fresh array of megabytes costs more in page faults and
 * collections than filling it, and a weak hold keeps no memory once scoring
 * is done.
 */
let spareBytes: WeakRef<Uint8Array> | undefined;
let spareUnits: WeakRef<Uint16Array> | undefined;

/**
 * The code units of text[from, to), followed by a 0: bytes when every
 * character is under 256 (V8 finds none wider at once in a one-byte string),
 * else 16-bit units. Node's Buffer copies them natively; elsewhere, a loop.
 * The array may be longer than that (what follows the 0 is left over), and
 * it is valid until the next call: read it before asking for another.
 */
export function codeUnits(text: string, from = 0, to = text.length): CodeUnits {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = part.length;
  const nodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;
  if (!WIDE.test(part)) {
    let bytes = spareBytes?.deref();
    if (!bytes || bytes.length <= n) {
      bytes = new Uint8Array(n + 1);
      spareBytes = new WeakRef(bytes);
    }
    if (nodeBuffer) nodeBuffer.from(bytes.buffer, 0, n).write(part, 0, n, 'latin1');
    else for (let i = 0; i < n; i++) bytes[i] = part.charCodeAt(i);
    bytes[n] = 0;
    return bytes;
  }
  let units = spareUnits?.deref();
  if (!units || units.length <= n) {
    units = new Uint16Array(n + 1);
    spareUnits = new WeakRef(units);
  }
  if (nodeBuffer) nodeBuffer.from(units.buffer, 0, 2 * n).write(part, 0, 2 * n, 'utf16le');
  else for (let i = 0; i < n; i++) units[i] = part.charCodeAt(i);
  units[n] = 0;
  return units;
}
