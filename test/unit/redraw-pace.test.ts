import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REDRAW_MS, MIN_REDRAW_MS, redrawDelay } from '../../src/core/workspace/redrawPace';

/** The redraws of a list that a scan fills at `perSecond` documents a second up to `total`: how many, and how many documents they send in all. */
function simulate(total: number, perSecond: number): { redraws: number; sent: number; seconds: number } {
  let t = 0;
  let redraws = 0;
  let sent = 0;
  for (;;) {
    const listed = Math.min(total, Math.floor((t * perSecond) / 1000));
    if (listed === total) break;
    t += redrawDelay(listed);
    redraws++;
    sent += Math.min(total, Math.floor((t * perSecond) / 1000));
  }
  return { redraws, sent, seconds: t / 1000 };
}

describe('the pace of the Transcripts view\'s redraws while a scan fills the list', () => {
  it('shows the first documents within the shortest wait', () => {
    assert.equal(redrawDelay(0), MIN_REDRAW_MS);
    assert.equal(redrawDelay(12), MIN_REDRAW_MS);
  });

  it('waits longer between redraws as the list grows, up to a bound', () => {
    assert.ok(redrawDelay(500) > redrawDelay(200));
    assert.ok(redrawDelay(2000) > redrawDelay(500));
    assert.equal(redrawDelay(100_000), MAX_REDRAW_MS);
  });

  it('sends about as many items in all as ten lists of the final size, where a fixed pace of 150 ms sent dozens', () => {
    // 2,000 documents found at 150 a second (about the web host's pace): 13 s of scanning.
    const { redraws, sent } = simulate(2000, 150);
    assert.ok(sent <= 2000 * 12, `${redraws} redraws sent ${sent} items`);
    // The same scan redrawn every 150 ms: about 89 redraws, 89,000 items.
    const fixed = Array.from({ length: Math.ceil(13_333 / 150) }, (_, i) => Math.min(2000, Math.floor(((i + 1) * 150 * 150) / 1000))).reduce((a, b) => a + b, 0);
    assert.ok(fixed > 2000 * 40, `a fixed pace sent ${fixed} items`);
  });

  it('still redraws a long list every few seconds, so that it visibly grows', () => {
    const { redraws, seconds } = simulate(20_000, 400);
    assert.ok(seconds / redraws <= MAX_REDRAW_MS / 1000, `${redraws} redraws in ${seconds} s`);
  });
});
