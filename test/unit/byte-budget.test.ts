/** The bound on the bytes the Transcripts view's list reads at once (src/workspace/pool.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ByteBudget, pool } from '../../src/workspace/pool';

/** Runs pieces of the given sizes through one budget, many at a time, and returns the most bytes held at once. */
async function mostHeld(limit: number, sizes: number[], concurrency = 32): Promise<number> {
  const budget = new ByteBudget(limit);
  let held = 0;
  let most = 0;
  await pool(sizes, concurrency, (size) =>
    budget.hold(size, async () => {
      held += size;
      most = Math.max(most, held);
      await new Promise((resolve) => setTimeout(resolve, 1));
      held -= size;
    }),
  );
  return most;
}

describe('the byte budget of the list\'s reads', () => {
  it('never holds more than its limit while many large files are read at once', async () => {
    assert.equal(await mostHeld(100, [60, 60, 60, 60, 30, 30, 30, 10]), 100);
  });

  it('reads small files all at once', async () => {
    assert.equal(await mostHeld(1000, Array.from({ length: 20 }, () => 10)), 200);
  });

  it('still reads a file larger than the whole budget, alone', async () => {
    assert.equal(await mostHeld(100, [500, 20, 500]), 500);
  });

  it('returns what the work returns and passes on its error, freeing its bytes either way', async () => {
    const budget = new ByteBudget(10);
    assert.equal(await budget.hold(8, async () => 'read'), 'read');
    await assert.rejects(budget.hold(8, async () => Promise.reject(new Error('gone'))), /gone/);
    assert.equal(await budget.hold(8, async () => 'read again'), 'read again');
  });
});
