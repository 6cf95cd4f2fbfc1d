import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../src/core/files/fingerprint';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the fingerprint of a file\'s bytes', () => {
  it('is the size and sixteen hex digits', () => {
    assert.match(fingerprint(bytes('CHAIR: We begin.\n')), /^17:[0-9a-f]{16}$/);
    assert.match(fingerprint(new Uint8Array(0)), /^0:[0-9a-f]{16}$/);
  });

  it('is the same for the same bytes, wherever they sit in memory', () => {
    const text = bytes('Q: Why now?\nA: Because the river rose.\n');
    const shifted = new Uint8Array(text.length + 3);
    shifted.set(text, 3);
    assert.equal(fingerprint(shifted.subarray(3)), fingerprint(text));
  });

  it('changes when any one byte changes, at every place and to every value', () => {
    const text = bytes('MAYOR: The ferry runs at nine.\n');
    const before = fingerprint(text);
    for (let i = 0; i < text.length; i++) {
      for (const value of [0, 1, 0x41, 0x80, 0xff]) {
        if (text[i] === value) continue;
        const changed = text.slice();
        changed[i] = value;
        assert.notEqual(fingerprint(changed), before, `byte ${i} set to ${value}`);
      }
    }
  });

  it('changes when two words of the same length trade places (the same bytes in another order)', () => {
    assert.notEqual(fingerprint(bytes('ALPHA: ferry. BRAVO: river.')), fingerprint(bytes('BRAVO: ferry. ALPHA: river.')));
  });

  it('changes when a file of the same size says something else further down', () => {
    const head = 'Briefing on the harbour works\n\n4 March 2025\n\n';
    const a = bytes(`${head}${'CHAIR: We begin.\n'.repeat(3000)}MAYOR: Aye.\n`);
    const b = bytes(`${head}${'CHAIR: We begin.\n'.repeat(3000)}MAYOR: Nay.\n`);
    assert.equal(a.length, b.length);
    assert.notEqual(fingerprint(a), fingerprint(b));
  });
});
