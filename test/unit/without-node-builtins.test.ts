/**
 * The core where the host is not Node (VS Code for the Web's worker): with
 * no `process.getBuiltinModule`, hashing, checksums and unpacking run in
 * TypeScript and give what Node's native modules give.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { nodeCrypto, nodeZlib } from '../../src/core/text/nodeBuiltins';
import { sha256Bytes, sha256Text } from '../../src/core/text/sha256';
import { crc32 } from '../../src/core/export/zip';
import { unzipSpecification } from './unzipSpec';

// As in a web worker: the core finds no Node module to ask for (nothing has asked before this line runs).
(process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;

const nodeSha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the core without Node\'s native modules, as in the web worker', () => {
  it('finds neither crypto nor zlib', () => {
    assert.equal(nodeCrypto(), undefined);
    assert.equal(nodeZlib(), undefined);
  });

  it('hashes bytes of every length around the 64-byte block as Node does', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      assert.equal(sha256Bytes(bytes), nodeSha256(bytes), `length ${n}`);
    }
  });

  it('hashes text as its UTF-8 bytes, a lone surrogate as U+FFFD, as Node does', () => {
    for (const text of ['', 'abc', 'Привет, мир 👋🏽', 'half a pair \ud83c here', 'a trailing half \udf0a', 'CHAIR: Thank you.\r\n'.repeat(5000)]) {
      assert.equal(sha256Text(text), nodeSha256(text), JSON.stringify(text.slice(0, 30)));
    }
  });

  it('computes the CRC-32 of zip as Node\'s zlib does', () => {
    for (const n of [0, 1, 3, 4, 5, 1000, 65537]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 0xff);
      assert.equal(crc32(bytes), nodeCrc32(bytes), `length ${n}`);
    }
  });

  describe('unpacking an archive under limits, with fflate', () => {
    unzipSpecification();
  });
});
