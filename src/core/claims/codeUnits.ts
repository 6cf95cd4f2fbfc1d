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

/** Whether every character of `text` is under 256 (a byte holds each). */
export function isNarrow(text: string): boolean {
  return !WIDE.test(text);
}

/**
 * Writes text's characters, all under 256 (`isNarrow`), as bytes into
 * `bytes` from `at`: Node's Buffer copies them natively; elsewhere, a loop.
 */
export function writeNarrow(text: string, bytes: Uint8Array, at: number): void {
  const n = text.length;
  const nodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;
  if (nodeBuffer) nodeBuffer.from(bytes.buffer, bytes.byteOffset + at, n).write(text, 0, n, 'latin1');
  else for (let i = 0; i < n; i++) bytes[at + i] = text.charCodeAt(i);
}

/** The last text asked for and its units. */
interface Held {
  text: string;
  units: CodeUnits;
}

/**
 * The last text's units, held weakly: asked again for the same text (the
 * repeats index reads a document sentence by sentence), they are given back
 * without a copy; asked for another, their array is filled again when long
 * enough (a fresh array of megabytes costs page faults and collections); and
 * the collector may take both once scoring is done.
 */
let held: WeakRef<Held> | undefined;

/**
 * The code units of `text`, followed by a 0: bytes when every character is
 * under 256 (V8 finds none wider at once in a one-byte string), else 16-bit
 * units. Node's Buffer copies them natively; elsewhere, a loop. The array may
 * be longer than that (what follows the 0 is left over), and it is valid
 * until the next call for another text: read it before asking for one.
 */
export function codeUnits(text: string): CodeUnits {
  const last = held?.deref();
  if (last !== undefined && last.text === text) return last.units;
  const n = text.length;
  const nodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;
  let units: CodeUnits;
  if (!WIDE.test(text)) {
    units = last?.units instanceof Uint8Array && last.units.length > n ? last.units : new Uint8Array(n + 1);
    writeNarrow(text, units, 0);
  } else {
    units = last?.units instanceof Uint16Array && last.units.length > n ? last.units : new Uint16Array(n + 1);
    if (nodeBuffer) nodeBuffer.from(units.buffer, 0, 2 * n).write(text, 0, 2 * n, 'utf16le');
    else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  }
  units[n] = 0;
  held = new WeakRef({ text, units });
  return units;
}
