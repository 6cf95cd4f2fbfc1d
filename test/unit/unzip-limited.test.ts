/**
 * Reading a `.qdpx` entry by entry under limits, in Node: the entries are
 * inflated by Node's native zlib (the same behaviour without it is checked
 * in without-node-builtins.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeZlib } from '../../src/core/text/nodeBuiltins';
import { unzipSpecification } from './unzipSpec';

describe('unpacking an archive under limits, with Node\'s zlib', () => {
  it('has Node\'s zlib to unpack with here', () => {
    assert.equal(typeof nodeZlib()?.inflateRawSync, 'function');
  });
  unzipSpecification();
});
