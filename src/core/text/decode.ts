/**
 * Bytes to text, the same way for the editor and the command line, for
 * transcripts and sidecars alike: UTF-8 (with or without a byte-order mark),
 * UTF-16 in either byte order (with or without a mark, recognised by its zero
 * bytes), and Windows-1252 where the bytes are not UTF-8. Windows-1252 is read
 * by the table below, not by `TextDecoder('windows-1252')`: Node 20 maps
 * 0x80–0x9F to control characters there, losing curly quotes, dashes and €.
 */
import { nodeBuffer } from './nodeBuiltins';

/** Raised for input that is not text at all; the message says what was found. */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

/** The result of decoding a file's bytes. */
export interface DecodedText {
  text: string;
  /** The encoding that was used: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the bytes started with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

const SNIFF_BYTES = 8192;

/** Windows-1252 for 0x80–0x9F (the rest of the code page is Latin-1); the five unassigned bytes map to the same code point, as WHATWG says. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 bytes by the table above. The bytes are first read as
 * Latin-1 (one byte a character in memory), and only the few characters of
 * 0x80–0x9F are then replaced: a large file is never held as an array of
 * pieces and their joined copy at once, and text without curly quotes or
 * dashes stays one byte a character.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // A piece at a time: Node keeps a large decoded string outside the heap, where only a full collection frees it.
  for (let at = 0; at < bytes.length || at === 0; at += DECODE_PIECE) {
    const latin1 = decodeLatin1(bytes.subarray(at, at + DECODE_PIECE));
    parts.push(C1.test(latin1) ? latin1.replace(C1_ALL, windows1252Char) : latin1);
  }
  return parts.length === 1 ? parts[0]! : parts.join('');
}

const C1 = /[\x80-\x9f]/;
const C1_ALL = /[\x80-\x9f]/g;

function windows1252Char(c: string): string {
  return String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The shape of Node's Buffer this module uses, where the host has it (not in a web worker). */
interface NodeBufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { latin1Slice(start: number, end: number): string };
}

/** Latin-1: each byte is the character of that code. Node's Buffer does it natively; elsewhere, a chunk at a time. */
function decodeLatin1(bytes: Uint8Array): string {
  const nodeBuffer = (globalThis as unknown as { Buffer?: NodeBufferClass }).Buffer;
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).latin1Slice(0, bytes.byteLength);
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return parts.join('');
}

/** Decodes UTF-16 bytes in either order; an odd last byte becomes U+FFFD. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const units = bytes.length >> 1;
  for (let u = 0; u < units; u += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, units - u));
    for (let k = 0; k < codes.length; k++) {
      const i = (u + k) * 2;
      codes[k] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    }
    parts.push(String.fromCharCode(...codes));
  }
  if (bytes.length % 2) parts.push('\ufffd');
  return parts.join('');
}

/** What the first bytes of a file hold, for the UTF-16 and the binary tests, counted in one pass. */
interface HeadCounts {
  /** How many bytes were looked at (at most SNIFF_BYTES). */
  n: number;
  /** Zero bytes at even and odd offsets, over the first `n & ~1` bytes. */
  evenZeros: number;
  oddZeros: number;
  /** The offset of the first NUL byte, -1 when there is none. */
  firstNul: number;
  /** Control bytes other than tab, line feed, carriage return, form feed and escape. */
  control: number;
}

function countHead(bytes: Uint8Array): HeadCounts {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  const pairsEnd = n & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  let firstNul = -1;
  let control = 0;
  // Nearly every byte of a text is 0x20 or more: one comparison passes it.
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) {
      if (firstNul < 0) firstNul = i;
      if (i < pairsEnd) {
        if (i & 1) oddZeros++;
        else evenZeros++;
      }
    } else if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return { n, evenZeros, oddZeros, firstNul, control };
}

function utf16Of({ n, evenZeros, oddZeros }: HeadCounts): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = (n & ~1) / 2;
  if (pairs < 2) return undefined;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

function binaryOf({ n, firstNul, control }: HeadCounts): string | undefined {
  if (firstNul >= 0) return `binary content: a NUL byte at offset ${firstNul}`;
  if (n > 0 && control / n > 0.1) return `binary content: ${control} control bytes in the first ${n} bytes`;
  return undefined;
}

/**
 * The byte order of UTF-16 without a byte-order mark, recognised by its zero
 * bytes (Latin text in UTF-16 has a zero in every other byte); undefined for
 * anything else.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  return utf16Of(countHead(bytes));
}

/**
 * Bytes to decode, read a piece at a time: a large file is decoded without
 * its whole bytes in memory beside its text.
 */
export interface ByteSource {
  /** How many bytes there are. */
  size: number;
  /** `length` bytes from `position` (fewer only at the end). */
  read(position: number, length: number): Uint8Array;
  /** How many bytes to decode at a time (even); DECODE_PIECE when not said. */
  piece?: number;
}

/** Bytes already in memory, as a source decoded in one piece (one call of the native decoder). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length), piece: Math.max(2, bytes.length + (bytes.length % 2)) };
}

/**
 * How many bytes a file is decoded at a time, when it is read in pieces: even
 * (UTF-16), and under the size from which Node keeps a decoded string outside
 * the heap, where it stays until a full collection.
 */
export const DECODE_PIECE = 512 * 1024;

/**
 * Decodes a transcript or sidecar file. UTF-8 with or without a BOM, UTF-16
 * with or without a BOM, and, where the bytes are not valid UTF-8,
 * Windows-1252 (old Word exports). Throws NotTextError for binary content
 * (NUL bytes that are not UTF-16, or many control bytes).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return decodeSource(bytesSource(bytes));
}

/**
 * Decodes bytes read from a source, with the rules of `decodeText`. UTF-8 is
 * read whole (its text is no smaller than its bytes); UTF-16 and
 * Windows-1252 a piece at a time, so that their whole bytes are never in
 * memory beside their text, which takes twice as much.
 */
export function decodeSource(source: ByteSource): DecodedText {
  const piece = source.piece ?? DECODE_PIECE;
  const head = source.read(0, Math.min(source.size, SNIFF_BYTES));
  const all = (from: number, decode: (bytes: Uint8Array) => string): string => {
    const parts: string[] = [];
    for (let at = from; at < source.size; at += piece) parts.push(decode(source.read(at, Math.min(piece, source.size - at))));
    return parts.length === 1 ? parts[0]! : parts.join('');
  };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { text: all(2, (b) => decodeUtf16(b, true)), encoding: 'utf-16le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { text: all(2, (b) => decodeUtf16(b, false)), encoding: 'utf-16be', bom: true };
  const counts = countHead(head);
  const utf16 = utf16Of(counts);
  if (utf16) return { text: all(0, (b) => decodeUtf16(b, utf16 === 'utf-16le')), encoding: utf16, bom: false };
  const reason = binaryOf(counts);
  if (reason) throw new NotTextError(reason);
  const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const from = bom ? 3 : 0;
  try {
    // Read in pieces, a first piece that is not UTF-8 says so before the whole file is read for nothing.
    // A first piece all ASCII (Node tests that natively) is UTF-8 as it stands: no decoder is made to say so.
    if (from + piece < source.size) {
      const first = source.read(from, piece);
      if (!nodeBuffer()?.isAscii?.(first)) new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(first, { stream: true });
    }
    // UTF-8 in one call: its text takes at least as much memory as its bytes, so pieces would only add a joined copy.
    const bytes = source.read(from, source.size - from);
    // Most transcripts are ASCII, which is the same bytes in Latin-1: Node tests and copies them natively, without a UTF-8 decoder's work.
    if (nodeBuffer()?.isAscii?.(bytes)) return { text: decodeLatin1(bytes), encoding: 'utf-8', bom };
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8 somewhere: read again from the start as Windows-1252.
    return { text: all(from, (b) => decodeWindows1252(b)), encoding: 'windows-1252', bom: false };
  }
}

/** Why these bytes look binary, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  return binaryOf(countHead(bytes));
}
