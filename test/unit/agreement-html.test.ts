/** The agreement report page and adjudication into the agreed set. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjudicate, agreementReport, compareAnnotators, isSettled, reportHtml, settledField, settledFrom, type AnnotatorTag } from '../../src/core/agreement';
import { TextIndex } from '../../src/core/annotations';

const HOSTILE_LABEL = '<script>alert(1)</script>';
const HOSTILE_QUOTE = 'He said <img src=x onerror=alert(2)> twice';

function page() {
  const text = `A: ${HOSTILE_QUOTE}. And more.`;
  const start = text.indexOf('He said');
  const t = (category: string, end = start + HOSTILE_QUOTE.length): AnnotatorTag => ({ id: `t-${category}`, start, end, category, quote: text.slice(start, end) });
  const docs = [{ path: 'a<b>.transcript', text, sets: [{ key: 'ana', name: 'Ana <b>', tags: [t('evil')] }, { key: 'bo', name: 'bo', tags: [t('claim', start + 7)] }] }];
  const report = agreementReport(docs, { unit: 'sentence' });
  const differences = compareAnnotators(docs[0]!.sets.map((s) => s.tags)).map((d) => ({ document: docs[0]!.path, quote: text.slice(d.start, d.end), kind: d.kind, categories: d.tags.map((x) => x?.category) }));
  return reportHtml({ report, nonce: 'abc123', label: (id) => (id === 'evil' ? HOSTILE_LABEL : id), differences });
}

test('the report shows a category label and a quote holding <script> and <img onerror> as text', () => {
  const html = page();
  assert.ok(!html.includes('<script'), 'no script element');
  assert.ok(!/<img/i.test(html), 'no img element');
  assert.ok(!/\sonerror=/i.test(html.replace(/&lt;img src=x onerror=alert\(2\)&gt;/g, '')), 'no event handler attribute');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the label is shown as text');
  assert.ok(html.includes('He said &lt;img src=x onerror=alert(2)&gt; twice'), 'the quote is shown as text');
  assert.ok(html.includes('Ana &lt;b&gt;') && html.includes('a&lt;b&gt;.transcript'));
});

test('the report page allows only its nonce\'d style sheet and no inline style or handler', () => {
  const html = page();
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-abc123'; script-src 'nonce-abc123';">/);
  assert.match(html, /<style nonce="abc123">/);
  assert.ok(!/\sstyle=/.test(html), 'no style attribute');
  assert.ok(!/\son[a-z]+=/.test(html.replace(/&lt;[^&]*&gt;/g, '')), 'no on… attribute');
});

test('the confusion matrix is an SVG picture with one shaded square per pair of values', () => {
  const html = page();
  assert.match(html, /<svg class="matrix" role="img"/);
  const cells = html.match(/<rect class="cell[^"]*"[^>]*fill-opacity="([0-9.]+)"/g) ?? [];
  assert.equal(cells.length, 9, 'three values (two categories and no tag) squared');
});

test('adjudication: accepting one annotator\'s tag, both, or neither; a later decision replaces the earlier one', () => {
  const text = 'A: Exports rose by ten percent this year.';
  const s = text.indexOf('Exports');
  const a: AnnotatorTag = { id: 't-aaaaaaaa', start: s, end: s + 12, category: 'claim', quote: 'Exports rose' };
  const b: AnnotatorTag = { id: 't-aaaaaaaa', start: s, end: s + 12, category: 'statistic', quote: 'Exports rose' };
  const [difference] = compareAnnotators([[a], [b]]);
  assert.equal(difference!.kind, 'category');
  const now = '2026-01-01T00:00:00Z';
  let agreed = adjudicate({ tags: [], settled: [] }, difference!, [0], now);
  assert.deepEqual(agreed.tags.map((t) => t.category), ['claim']);
  assert.ok(isSettled(agreed, difference!));
  agreed = adjudicate(agreed, difference!, [0, 1], now);
  assert.deepEqual(agreed.tags.map((t) => t.category).sort(), ['claim', 'statistic']);
  assert.equal(new Set(agreed.tags.map((t) => t.id)).size, 2, 'ids stay unique');
  agreed = adjudicate(agreed, difference!, [], now);
  assert.deepEqual(agreed.tags, []);
  assert.ok(isSettled(agreed, difference!), 'accepting neither settles it too');
  const index = new TextIndex(text);
  assert.deepEqual(settledFrom(settledField(agreed.settled, index), index), agreed.settled);
});
