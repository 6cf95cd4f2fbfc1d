/**
 * Memory in proportion: a file that would not fit in what is left of the heap
 * is refused with a message before it is read whole; nothing dies of an
 * exhausted heap. (How much memory `outline` takes is measured in
 * bench/memory.bench.ts, not here.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { HEAP_PER_FILE_BYTE, memoryProblem } from '../../src/cli/io';
import { scratchFolder } from './scratch';

const MB = 1024 * 1024;

describe('memory guard', () => {
  it('lets a file through when its share of the heap is free', () => {
    assert.equal(memoryProblem(10 * MB, { heap_size_limit: 100 * MB, used_heap_size: 20 * MB }), undefined);
  });

  it('refuses a file that would not fit, saying what it needs, what is free and how to give more', () => {
    const problem = memoryProblem(100 * MB, { heap_size_limit: 300 * MB, used_heap_size: 20 * MB });
    assert.equal(problem, `it needs about ${100 * HEAP_PER_FILE_BYTE} MB of memory and 280 MB is free to this process; give Node more with NODE_OPTIONS=--max-old-space-size=512, or split the file`);
  });

  it('outlines nothing and says so, without a crash, when the command line runs with too little memory', () => {
    const dir = scratchFolder('transcript-memory-');
    const cli = join(dir, 'cli.js');
    buildSync({ entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'cli', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'silent' });
    const big = join(dir, 'hearing.txt');
    const turn = 'Chair: The committee will come to order, and we begin with the first witness.\n';
    writeFileSync(big, turn.repeat(Math.ceil((24 * MB) / turn.length)));
    const result = spawnSync(process.execPath, ['--max-old-space-size=48', cli, 'outline', big, '--json'], { encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^transcript-annotator: .*hearing\.txt: too large to read as a transcript file here: it needs about \d+ MB of memory and \d+ MB is free to this process; give Node more with NODE_OPTIONS=--max-old-space-size=\d+/);
    assert.doesNotMatch(result.stderr, /FATAL|heap out of memory|\n\s+at /);
    assert.equal(result.stdout, '');
  });
});
