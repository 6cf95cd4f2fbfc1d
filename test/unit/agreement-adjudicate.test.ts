import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSettled, settledFrom } from '../../src/core/agreement';
import { readSidecar, TextIndex } from '../../src/core/annotations';

describe('agreement: settled differences read back from the agreed sidecar', () => {
  it('reads the adjudicated spans of a sidecar as the sidecar reader keeps unknown fields', () => {
    const text = 'Mayor: The bridge cost €4 million. It opens in May.';
    const read = readSidecar('version: 1\nadjudicated:\n  - start: 7\n    end: 34\ntags: []\n');
    assert.equal(read.kind, 'ok');
    if (read.kind !== 'ok') return;
    const settled = settledFrom(read.sidecar.extra, new TextIndex(text));
    assert.deepEqual(settled, [{ start: 7, end: 34 }]);
    assert.ok(isSettled({ tags: [], settled }, { start: 7, end: 34 }));
  });
});
