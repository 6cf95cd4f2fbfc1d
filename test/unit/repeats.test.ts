import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexedTranscript, RepeatIndex, type RepeatTag } from '../../src/core/claims/repeatIndex';
import { readTranscript } from '../../src/core/formats';

// Two briefings, weeks apart, where the minister gives the same talking point.
const FIRST = [
  'Date: 2025-03-04',
  '',
  'MINISTER ADEYEMI: Good morning. Since we opened the northern rail line, freight traffic through the valley has fallen by forty percent and the lorries are off the village roads.',
  'REPORTER: And the cost?',
  'MINISTER ADEYEMI: The line came in under budget.',
].join('\n');
const SECOND = [
  'Date: 2025-04-15',
  '',
  'MINISTER ADEYEMI: Let me repeat what I said in March. Since we opened the northern rail line, freight traffic through the valley has fallen by forty per cent, and the lorries are off the village roads.',
  'REPORTER: Is that verified?',
  'MINISTER ADEYEMI: The line came in under budget. We are proud of it.',
].join('\n');

function tagOn(text: string, quote: string, extra: Partial<RepeatTag> = {}): RepeatTag {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `fixture holds “${quote}”`);
  return { id: extra.id ?? 't-00000001', category: 'claim', quote, start, end: start + quote.length, ...extra };
}

const CLAIM = 'Since we opened the northern rail line, freight traffic through the valley has fallen by forty percent and the lorries are off the village roads.';

function index(secondTags: RepeatTag[] = []): RepeatIndex {
  const idx = new RepeatIndex();
  idx.set(indexedTranscript('first.txt', FIRST, readTranscript(FIRST), [tagOn(FIRST, CLAIM)]));
  idx.set(indexedTranscript('second.txt', SECOND, readTranscript(SECOND), secondTags));
  return idx;
}

describe('repeated claims', () => {
  it('finds a claim said again nearly word for word in another transcript, with speaker and date', () => {
    const found = index().find(CLAIM, { exclude: { document: 'first.txt', start: FIRST.indexOf(CLAIM), end: FIRST.indexOf(CLAIM) + CLAIM.length } });
    assert.equal(found.length, 1);
    const r = found[0]!;
    assert.equal(r.document, 'second.txt');
    assert.equal(r.speaker, 'Minister Adeyemi');
    assert.equal(r.date, '2025-04-15');
    assert.equal(r.text, 'Since we opened the northern rail line, freight traffic through the valley has fallen by forty per cent, and the lorries are off the village roads.');
    assert.ok(r.similarity > 0.7 && r.similarity < 1, `similarity ${r.similarity}`);
    assert.equal(SECOND.slice(r.start, r.end).startsWith('Since we opened'), true);
  });

  it('finds a word-for-word repeat with similarity 1, and the claim itself when it is not left out', () => {
    const found = index().find('The line came in under budget.');
    assert.deepEqual(found.map((r) => [r.document, r.similarity]), [['first.txt', 1], ['second.txt', 1]]);
  });

  it('says when a repeat is already tagged, with its verdict and source', () => {
    const tagged = tagOn(SECOND, 'freight traffic through the valley has fallen by forty per cent', { id: 't-0000000b', verdict: 'misleading', source: 'https://example.org/check/rail' });
    const [r] = index([tagged]).find(CLAIM, { exclude: { document: 'first.txt', start: FIRST.indexOf(CLAIM), end: FIRST.indexOf(CLAIM) + CLAIM.length } });
    assert.deepEqual(r!.tags.map((t) => [t.id, t.verdict, t.source]), [['t-0000000b', 'misleading', 'https://example.org/check/rail']]);
  });

  it('does not report sentences that share only a few common words', () => {
    assert.deepEqual(index().find('Since we opened the new hospital, waiting lists have become shorter everywhere.'), []);
  });

  it('finds a claim of two sentences said again whole, as one repeat', () => {
    const found = index().find('The line came in under budget. We are proud of it.');
    assert.deepEqual(found.map((r) => [r.document, r.text, r.similarity]), [['second.txt', 'The line came in under budget. We are proud of it.', 1]]);
  });

  it('tells different figures apart: the same sentence with another number is a near repeat, not an exact one', () => {
    const [r] = index().find('Since we opened the northern rail line, freight traffic through the valley has fallen by fifty percent and the lorries are off the village roads.', { exclude: { document: 'second.txt', start: 0, end: SECOND.length } });
    assert.equal(r!.document, 'first.txt');
    assert.ok(r!.similarity < 1 && r!.similarity > 0.7, `similarity ${r!.similarity}`);
  });

  it('forgets a transcript that is replaced or removed', () => {
    const idx = index();
    idx.delete('second.txt');
    assert.deepEqual(idx.find(CLAIM).map((r) => r.document), ['first.txt']);
    idx.set(indexedTranscript('second.txt', SECOND, readTranscript(SECOND), []));
    assert.deepEqual(idx.find(CLAIM).map((r) => r.document), ['first.txt', 'second.txt']);
  });
});
