/**
 * Reading a zip archive (a `.qdpx`) one entry at a time, under limits on
 * what it unpacks to. The sizes an archive declares can lie, so the limits
 * are checked on the bytes as they come out of the decompressor, a small
 * piece at a time: an entry that unpacks to more than it may is refused
 * while it is unpacking, long before it could exhaust the heap. Entries the
 * caller never asks for (a project's audio and video) are never unpacked.
 */
import { Inflate } from 'fflate';
import { nodeZlib } from '../text/nodeBuiltins';
import { crc32 } from './zip';

/** An archive that cannot be read, or an entry that unpacks to more than the limits allow; the message says which and why. */
export class ArchiveError extends Error {}

/** How much an archive may unpack to. */
export interface UnpackLimits {
  /** Bytes one entry may unpack to. */
  entryBytes: number;
  /** Bytes all the entries read from the archive may unpack to together. */
  totalBytes: number;
}

/** One file of the archive, as its central directory describes it. */
export interface ArchiveEntry {
  /** Its path inside the archive, with `/`. */
  name: string;
  /** The size the archive declares once unpacked (not trusted: the limits are checked on what comes out). */
  declaredSize: number;
}

/** An archive opened for reading, entry by entry. */
export interface Archive {
  entries: ArchiveEntry[];
  /** The entry's bytes, unpacked under the limits. Throws ArchiveError. */
  read(entry: ArchiveEntry): Uint8Array;
}

interface Located extends ArchiveEntry {
  method: number;
  flags: number;
  compressedSize: number;
  crc: number;
  localOffset: number;
}

/** Compressed bytes handed to the decompressor at once: deflate expands at most about 1,032 times, so one piece never gives more than about 16 MB. */
const PIECE = 16 * 1024;

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Opens a zip archive: reads its central directory (nothing is unpacked yet). Throws ArchiveError for what is not a zip archive this reads. */
export function openArchive(bytes: Uint8Array, limits: UnpackLimits): Archive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('it is not a zip archive (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ArchiveError('it is a ZIP64 archive (over 4 GB or 65,535 files), which this import does not read');
  if (dirOffset + dirSize > eocd) throw new ArchiveError('its central directory lies outside the file (the archive is cut short or damaged)');
  const decoder = new TextDecoder('utf-8');
  const entries: Located[] = [];
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new ArchiveError(`its central directory is damaged at entry ${n + 1}`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, declaredSize, method, flags, compressedSize, crc, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  let unpacked = 0;
  const read = (entry: ArchiveEntry): Uint8Array => {
    const e = entry as Located;
    if (e.flags & 1) throw new ArchiveError(`${e.name} is encrypted`);
    if (e.compressedSize === 0xffffffff || e.declaredSize === 0xffffffff) throw new ArchiveError(`${e.name} is a ZIP64 entry (over 4 GB), which this import does not read`);
    const local = e.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ArchiveError(`${e.name}: its local header is missing or damaged`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + e.compressedSize > bytes.length) throw new ArchiveError(`${e.name} is cut short (the archive ends inside it)`);
    const packed = bytes.subarray(start, start + e.compressedSize);
    const refuse = (): never => {
      throw new ArchiveError(
        unpacked > limits.totalBytes
          ? `the archive unpacks to more than ${mb(limits.totalBytes)} in all (at ${e.name}); this import reads no more`
          : `${e.name} unpacks to more than ${mb(limits.entryBytes)} (the archive gives ${mb(e.compressedSize)} for it); this import reads no larger file`,
      );
    };
    let out: Uint8Array;
    if (e.method === 0) {
      unpacked += packed.length;
      if (packed.length > limits.entryBytes || unpacked > limits.totalBytes) refuse();
      out = packed.slice();
    } else if (e.method === 8) {
      out = inflateNative(packed, refuse) ?? inflatePieces(packed, e, refuse);
    } else throw new ArchiveError(`${e.name} is packed with method ${e.method}, which this import does not read (only stored and deflated entries)`);
    if (crc32(out) !== e.crc) throw new ArchiveError(`${e.name} is damaged (its checksum does not match)`);
    return out;
  };
  /** Node's native inflate, stopped by Node itself one byte past what the limits leave; undefined where there is no Node, or when it refuses the data (the portable inflater then says why, in the words it always has). */
  const inflateNative = (packed: Uint8Array, refuse: () => never): Uint8Array | undefined => {
    const zlib = nodeZlib();
    if (!zlib) return undefined;
    const room = Math.min(limits.entryBytes, limits.totalBytes - unpacked);
    let data: Uint8Array;
    try {
      data = zlib.inflateRawSync(packed, { maxOutputLength: room + 1 });
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return undefined;
      // One byte past the room left: past the entry's limit, or the archive's when less of that was left.
      unpacked += room + 1;
      return refuse();
    }
    unpacked += data.length;
    if (data.length > limits.entryBytes || unpacked > limits.totalBytes) refuse();
    // A plain view of Node's Buffer: callers get the Uint8Array they always did (Buffer's slice shares memory).
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  };
  /** fflate's inflate, a small piece at a time, the limits checked on every piece that comes out. */
  const inflatePieces = (packed: Uint8Array, e: Located, refuse: () => never): Uint8Array => {
    const pieces: Uint8Array[] = [];
    let size = 0;
    const inflate = new Inflate((data) => {
      size += data.length;
      unpacked += data.length;
      if (size > limits.entryBytes || unpacked > limits.totalBytes) refuse();
      pieces.push(data);
    });
    try {
      for (let i = 0; i < packed.length; i += PIECE) inflate.push(packed.subarray(i, Math.min(packed.length, i + PIECE)), i + PIECE >= packed.length);
      if (packed.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ArchiveError) throw err;
      throw new ArchiveError(`${e.name} cannot be unpacked (${(err as Error).message})`);
    }
    const out = new Uint8Array(size);
    let k = 0;
    for (const p of pieces) {
      out.set(p, k);
      k += p.length;
    }
    return out;
  };
  return { entries, read };
}
