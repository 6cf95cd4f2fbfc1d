/** The background index's slices of the extension host's turns (src/workspace/slices.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Slices } from '../../src/workspace/slices';

/** Keeps the thread busy for `ms`, as a parse would. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('slices of the host turns', () => {
  it('runs the queued work in order, later, and resolves with each result', async () => {
    const slices = new Slices(10);
    const order: string[] = [];
    const results = Promise.all([slices.run(() => (order.push('a'), 1)), slices.run(() => (order.push('b'), 2))]);
    order.push('queued');
    assert.deepEqual(await results, [1, 2]);
    assert.deepEqual(order, ['queued', 'a', 'b']);
  });

  it('runs quick pieces in one turn, before a timer that fell due meanwhile', async () => {
    const slices = new Slices(50);
    const order: string[] = [];
    const done = Promise.all([slices.run(() => (order.push('first'), setTimeout(() => order.push('timer'), 0))), slices.run(() => order.push('second'))]);
    await done;
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(order, ['first', 'second', 'timer']);
  });

  it('ends a slice once its time is spent, and a timer that fell due meanwhile runs before the next', async () => {
    const slices = new Slices(5);
    const order: string[] = [];
    const done = Promise.all([
      slices.run(() => {
        order.push('first');
        setTimeout(() => order.push('timer'), 0);
        busy(10);
      }),
      slices.run(() => order.push('second')),
    ]);
    await done;
    assert.deepEqual(order, ['first', 'timer', 'second']);
  });

  it("rejects with a piece's error and goes on with the rest", async () => {
    const slices = new Slices(10);
    const failed = slices.run(() => {
      throw new Error('unreadable');
    });
    const next = slices.run(() => 'read');
    await assert.rejects(failed, /unreadable/);
    assert.equal(await next, 'read');
  });
});
