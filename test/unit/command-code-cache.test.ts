import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCommandFile, loadedFromCache, saveCodeCaches } from '../../src/cli/commandFile';
import { scratchFolder } from './scratch';

describe('command line: a command file loaded with the code cache the build made for it', () => {
  const dir = scratchFolder('command-cache-');
  after(() => rmSync(dir, { recursive: true, force: true }));
  // Two files of the same length that say different things: a cache says which one it was made from by its bytes, not its size.
  const made = join(dir, 'made.js');
  writeFileSync(made, 'module.exports = { say: (who) => `hello ${who}`, here: __filename };\n');
  const other = join(dir, 'other.js');
  writeFileSync(other, 'module.exports = { say: (who) => `howdy ${who}`, here: __filename };\n');

  it('a file without a cache loads as require would, and the build can then save its cache beside it', () => {
    const m = loadCommandFile(made) as { say(who: string): string; here: string };
    assert.equal(m.say('Ana'), 'hello Ana');
    assert.equal(m.here, made);
    assert.equal(loadedFromCache(made), false);
    assert.ok(saveCodeCaches().includes(`${made}.cache`));
    // The cache starts with the length and bytes of the file it was made from.
    const cache = readFileSync(`${made}.cache`);
    assert.equal(cache.readUInt32LE(0), readFileSync(made).length);
    assert.deepEqual(cache.subarray(4, 4 + readFileSync(made).length), readFileSync(made));
  });

  it('the same bytes elsewhere take their compiled code from that cache', () => {
    const copy = join(dir, 'copy.js');
    copyFileSync(made, copy);
    copyFileSync(`${made}.cache`, `${copy}.cache`);
    assert.equal((loadCommandFile(copy) as { say(who: string): string }).say('Ana'), 'hello Ana');
    assert.equal(loadedFromCache(copy), true);
  });

  it('a cache made from other bytes of the same length is not used: the file runs as it is written', () => {
    copyFileSync(`${made}.cache`, `${other}.cache`);
    assert.equal((loadCommandFile(other) as { say(who: string): string }).say('Ana'), 'howdy Ana');
    assert.equal(loadedFromCache(other), false);
  });
});
