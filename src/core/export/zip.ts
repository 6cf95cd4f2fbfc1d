/**
 * Writing zip archives (PKWARE APPNOTE 6.3): entries deflated (fflate's raw
 * deflate, which runs in the browser too) or stored when that is smaller,
 * UTF-8 names flagged as such, CRC-32 and sizes in the local headers, then
 * the central directory. No ZIP64: an archive past 4 GB or 65,535 entries is
 * refused.
 */
import { deflateSync } from 'fflate';
import { nodeZlib } from '../text/nodeBuiltins';

/** A file to put in an archive. */
export interface ZipEntry {
  /** The path inside the archive, with `/`, no leading slash. */
  path: string;
  data: Uint8Array;
}

/** CRC-32 tables for four bytes at a step (slicing by four): table k at [256k, 256k + 256), table 0 the classic one. */
const CRC_TABLES = (() => {
  const table = new Uint32Array(1024);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  for (let k = 1; k < 4; k++) for (let n = 0; n < 256; n++) table[k * 256 + n] = (table[(k - 1) * 256 + n]! >>> 8) ^ table[table[(k - 1) * 256 + n]! & 0xff]!;
  return table;
})();

/** The CRC-32 (ISO 3309, as zip and PNG use it) of some bytes: Node's native one where the host has it, since an import checks every byte it unpacks. */
export function crc32(data: Uint8Array): number {
  const native = nodeZlib()?.crc32;
  return native ? native(data) >>> 0 : crc32Ts(data);
}

/** The CRC-32 in TypeScript, four bytes at a step: what the web worker runs. */
function crc32Ts(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = 0xffffffff;
  let i = 0;
  for (const whole = data.length & ~3; i < whole; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time fields (two-second steps, 1980 to 2107), from the UTC time so that an export does not depend on the time zone. */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

const LIMIT = 0xffffffff;
const UTF8_FLAG = 0x0800;

/** Writes a zip archive holding the entries in the order given. `modified` stamps every entry (UTC). */
export function writeZip(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  if (entries.length > 0xffff) throw new Error(`A zip archive holds at most 65,535 files; this one would hold ${entries.length}.`);
  const encoder = new TextEncoder();
  const stamp = dosTime(modified);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    if (!entry.path || entry.path.startsWith('/') || entry.path.includes('\\') || entry.path.split('/').includes('..')) throw new Error(`Not a path for a zip entry: ${JSON.stringify(entry.path)}`);
    if (seen.has(entry.path)) throw new Error(`The zip archive would hold ${entry.path} twice.`);
    seen.add(entry.path);
    const name = encoder.encode(entry.path);
    const crc = crc32(entry.data);
    const deflated = deflateSync(entry.data, { level: 6 });
    const deflate = deflated.length < entry.data.length;
    const body = deflate ? deflated : entry.data;
    if (entry.data.length >= LIMIT || body.length >= LIMIT || offset >= LIMIT) throw new Error('The zip archive would be larger than 4 GB, which this writer does not support.');
    const method = deflate ? 8 : 0;
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, UTF8_FLAG, true);
    l.setUint16(8, method, true);
    l.setUint16(10, stamp.time, true);
    l.setUint16(12, stamp.date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, entry.data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const c = new DataView(header.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, (3 << 8) | 20, true); // made by: Unix, 2.0, so the permissions below are read
    c.setUint16(6, 20, true);
    c.setUint16(8, UTF8_FLAG, true);
    c.setUint16(10, method, true);
    c.setUint16(12, stamp.time, true);
    c.setUint16(14, stamp.date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, body.length, true);
    c.setUint32(24, entry.data.length, true);
    c.setUint16(28, name.length, true);
    // extra length, comment length, disk number start, internal attributes: 0
    c.setUint32(38, (0o100644 << 16) >>> 0, true); // a regular file, rw-r--r--
    c.setUint32(42, offset, true);
    header.set(name, 46);
    parts.push(local, body);
    central.push(header);
    offset += local.length + body.length;
  }
  const centralSize = central.reduce((n, h) => n + h.length, 0);
  if (offset + centralSize >= LIMIT) throw new Error('The zip archive would be larger than 4 GB, which this writer does not support.');
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const p of [...parts, ...central, end]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
