/**
 * Node's native hashing, inflating and ASCII test, where the core runs in Node (the
 * command line, the desktop extension host, the tests): SHA-256 and raw
 * inflate in native code are several times faster than in TypeScript. The
 * core imports no Node module, since it also runs in VS Code for the Web's
 * worker: it asks the host for the module at run time
 * (`process.getBuiltinModule`, Node 20.16 and later), and where there is none
 * the caller does the work in TypeScript, with the same result.
 */

/** The part of `node:crypto` the core uses. */
export interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeHash;
}

/** A running hash of `node:crypto`. */
export interface NodeHash {
  update(data: string, encoding: 'utf8'): NodeHash;
  update(data: Uint8Array): NodeHash;
  digest(encoding: 'hex'): string;
}

/** The part of `node:zlib` the core uses. */
export interface NodeZlib {
  /** Raw inflate; throws a RangeError (code ERR_BUFFER_TOO_LARGE) as soon as the output would pass `maxOutputLength`. */
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  /** The CRC-32 zip uses (Node 20.15 and later). */
  crc32?(data: Uint8Array): number;
}

/** The part of `node:buffer` the core uses. */
export interface NodeBufferModule {
  /** True when every byte is below 0x80 (native, vectorised; Node 18.15 and later). */
  isAscii?(data: Uint8Array): boolean;
}

type GetBuiltin = (id: string) => unknown;

function builtin<T>(id: string): T | undefined {
  // `process` is Node's; a web worker has none, and the lookup gives undefined there.
  const get = (globalThis as { process?: { getBuiltinModule?: GetBuiltin } }).process?.getBuiltinModule;
  return typeof get === 'function' ? (get(id) as T | undefined) : undefined;
}

let crypto: NodeCrypto | undefined | null = null;
let zlib: NodeZlib | undefined | null = null;
let buffer: NodeBufferModule | undefined | null = null;

/** Node's crypto module, or undefined where the host is not Node. */
export function nodeCrypto(): NodeCrypto | undefined {
  if (crypto === null) crypto = builtin<NodeCrypto>('node:crypto');
  return crypto;
}

/** Node's zlib module, or undefined where the host is not Node. */
export function nodeZlib(): NodeZlib | undefined {
  if (zlib === null) zlib = builtin<NodeZlib>('node:zlib');
  return zlib;
}

/** Node's buffer module, or undefined where the host is not Node. */
export function nodeBuffer(): NodeBufferModule | undefined {
  if (buffer === null) buffer = builtin<NodeBufferModule>('node:buffer');
  return buffer;
}
