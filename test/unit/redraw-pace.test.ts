import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REDRAW_MS, MIN_REDRAW_MS, redrawDue } from '../../src/core/workspace/redrawPace';

/**
 * The redraws of a list that a scan fills at `perSecond` documents a second up to `total`, checked every
 * MIN_REDRAW_MS as the view does: how many, and how many items they send in all.
 */
function simulate(total: number, perSecond: number): { redraws: number; sent: number; longestGapMs: number } {
  let drawn = 0;
  let drawnAt = 0;
  let redraws = 0;
  let sent = 0;
  let longestGapMs = 0;
  for (let t = MIN_REDRAW_MS; ; t += MIN_REDRAW_MS) {
    const listed = Math.min(total, Math.floor((t * perSecond) / 1000));
    if (listed === total) break;
    if (listed > 0 && redrawDue(drawn, listed, t - drawnAt)) {
      longestGapMs = Math.max(longestGapMs, t - drawnAt);
      drawn = listed;
      drawnAt = t;
      redraws++;
      sent += listed;
    }
  }
  // The end of the scan is drawn at once.
  return { redraws: redraws + 1, sent: sent + total, longestGapMs };
}

describe('when the Transcripts view redraws its list while a scan fills it', () => {
  it('draws the first documents as soon as they come', () => {
    assert.equal(redrawDue(0, 3, MIN_REDRAW_MS), true);
  });

  it('draws documents that come together together', () => {
    assert.equal(redrawDue(0, 3, MIN_REDRAW_MS - 1), false);
    assert.equal(redrawDue(100, 400, MIN_REDRAW_MS - 1), false);
  });

  it('waits until the list has doubled', () => {
    assert.equal(redrawDue(500, 999, 1000), false);
    assert.equal(redrawDue(500, 1000, 1000), true);
  });

  it('redraws a list that fills slowly every few seconds, so that it visibly grows', () => {
    assert.equal(redrawDue(500, 520, MAX_REDRAW_MS), true);
  });

  it('redraws at once a list that shrank (files deleted, a new scan)', () => {
    assert.equal(redrawDue(500, 20, MIN_REDRAW_MS), true);
  });

  it('sends about twice the final list in all when files come fast, where a fixed pace of 150 ms sent it many times', () => {
    // 2,000 documents at 300 a second (the desktop's pace): about 7 s of scanning, 46 redraws at a fixed pace.
    const { redraws, sent } = simulate(2000, 300);
    assert.ok(sent <= 2000 * 3, `${redraws} redraws sent ${sent} items`);
  });

  it('sends the list a few times at most when files come slowly, and never waits more than the longest pause', () => {
    // 2,000 documents at 60 a second (VS Code for the Web on a busy machine): about 33 s of scanning.
    const { redraws, sent, longestGapMs } = simulate(2000, 60);
    assert.ok(sent <= 2000 * 8, `${redraws} redraws sent ${sent} items`);
    assert.ok(longestGapMs <= MAX_REDRAW_MS, `${longestGapMs} ms between two redraws`);
  });
});
