/**
 * The repeats index's fingerprint of a transcript: what lets a search pick the
 * transcripts worth measuring without reading them again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimFingerprint, textFingerprint } from '../../src/core/claims/fingerprint';

const CLAIM = 'Our harbour tolls have not risen once in the nine years this council has run the port.';
const AROUND =
  'SPEAKER ONE: Thank you all for coming out in the rain this morning. ' +
  'I want to start with the port, because there has been a lot of talk about it. ' +
  'OUR HARBOUR TOLLS, have NOT risen once in the nine years this council has run the port! ' +
  'That is a record I am proud of, and the figures are published every quarter.';

function shares(claim: string, text: string): number {
  const prints = new Set(textFingerprint(text));
  return claimFingerprint(claim).filter((h) => prints.has(h)).length;
}

test('a transcript that says the claim again, in other case and punctuation, shares its fingerprint', () => {
  const probes = claimFingerprint(CLAIM);
  assert.ok(probes.length >= 2, `${probes.length} hashes kept of the claim`);
  assert.equal(shares(CLAIM, AROUND), probes.length);
});

test('any run of six words the claim shares with a transcript shares a hash', () => {
  const words = CLAIM.replace(/[.,]/g, '').split(' ');
  for (let i = 0; i + 6 <= words.length; i++) {
    const run = words.slice(i, i + 6).join(' ');
    const text = `Something else entirely was said first. Then ${run}, and the meeting moved on to other business.`;
    assert.ok(shares(CLAIM, text) >= 1, `the run “${run}” shares no hash`);
  }
});

test('a transcript on something else shares nothing with the claim', () => {
  assert.equal(shares(CLAIM, 'SPEAKER TWO: The school will reopen in September once the roof is repaired and the heating works again.'), 0);
});

test('a transcript\'s fingerprint is sorted and holds each hash once', () => {
  const prints = textFingerprint(`${AROUND} ${AROUND} ${AROUND}`);
  for (let i = 1; i < prints.length; i++) assert.ok(prints[i - 1]! < prints[i]!, `hash ${i} out of order or repeated`);
});

test('words with letters beyond ASCII are read as words, in lower case', () => {
  assert.deepEqual(claimFingerprint('Élection à Genève'), claimFingerprint('élection À GENÈVE'));
  assert.notDeepEqual(claimFingerprint('Élection à Genève'), claimFingerprint('Election a Geneve'));
});

test('a long transcript, read a piece at a time, keeps the claim wherever a piece ends inside it', () => {
  const probes = claimFingerprint(CLAIM);
  const filler = 'The committee heard from residents about parking, bins and the library hours. ';
  // The text is read 32,768 code units at a time: move the claim across that boundary a character at a time.
  const piece = 1 << 15;
  const before = filler.repeat(Math.ceil(piece / filler.length));
  for (let into = 1; into < CLAIM.length; into += 3) {
    const text = `${before.slice(0, piece - into)} ${CLAIM} ${filler.repeat(3)}`;
    assert.equal(shares(CLAIM, text), probes.length, `the claim cut ${into} characters before its end at the piece's end`);
  }
});
