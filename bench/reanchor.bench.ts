/**
 * Re-anchoring 10,000 tags on a 1 MB transcript after a re-scrape: several
 * changes at once (quote styles, non-breaking spaces, line ends, typos fixed
 * here and there, a paragraph moved, a sentence deleted), beside a plain
 * indexOf of every quote in the same run.
 */
import { contextAround, reanchorTags, TextIndex, type TagRecord } from '../src/core/annotations';
import { generateTranscript, random } from './generate';
import { time, type BenchRow } from './measure';

const TAGS = 10000;

/** Tags on whole words every ~100 characters, 20 to 80 characters long, as code-point records. */
function makeRecords(text: string): TagRecord[] {
  const rnd = random(17);
  const index = new TextIndex(text);
  const step = Math.floor(text.length / TAGS);
  const out: TagRecord[] = [];
  for (let i = 0; i < TAGS; i++) {
    let start = i * step + Math.floor(rnd() * (step / 2));
    while (start < text.length && text[start - 1] !== ' ') start++;
    let end = Math.min(text.length, start + 20 + Math.floor(rnd() * 60));
    while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
    out.push({ id: `t-${i.toString(16).padStart(8, '0')}`, category: 'factual-claim', quote: text.slice(start, end), start: index.toCodePoint(start), end: index.toCodePoint(end), ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' });
  }
  return out;
}

/** A re-scrape: every change at once. */
function rescrape(text: string): string {
  const rnd = random(23);
  let t = text.replace(/’/g, "'").replace(/“|”/g, '"');
  // Typos fixed: a letter changed in 200 places.
  const chars = t.split('');
  for (let k = 0; k < 200; k++) {
    const i = Math.floor(rnd() * chars.length);
    if (/[a-z]/.test(chars[i]!)) chars[i] = chars[i] === 'e' ? 'a' : 'e';
  }
  // Non-breaking spaces, one space in fifty.
  for (let i = 0; i < chars.length; i++) if (chars[i] === ' ' && rnd() < 0.02) chars[i] = '\u00a0';
  t = chars.join('');
  // A paragraph moved from a quarter of the way to three quarters, a sentence deleted in the middle.
  const p0 = t.indexOf('\n\n', t.length >> 2);
  const p1 = t.indexOf('\n\n', p0 + 2);
  const paragraph = t.slice(p0, p1);
  t = t.slice(0, p0) + t.slice(p1);
  const to = t.indexOf('\n\n', (t.length * 3) >> 2);
  t = t.slice(0, to) + paragraph + t.slice(to);
  const s0 = t.indexOf('. ', t.length >> 1) + 2;
  const s1 = t.indexOf('. ', s0) + 2;
  t = t.slice(0, s0) + t.slice(s1);
  return t.replace(/\n/g, '\r\n');
}

export default async function bench(): Promise<BenchRow[]> {
  const text = generateTranscript(1024 * 1024, 5);
  const records = makeRecords(text);
  const edited = rescrape(text);
  const counts = { anchored: 0, moved: 0, orphaned: 0 };
  const reanchor = time(5, () => {
    counts.anchored = counts.moved = counts.orphaned = 0;
    for (const t of reanchorTags(records, edited)) counts[t.status]++;
  });
  // The yardstick: finding each quote with a plain indexOf, no context, no fuzzy search.
  let naiveFound = 0;
  const naive = time(5, () => {
    naiveFound = 0;
    for (const r of records) if (edited.indexOf(r.quote) >= 0) naiveFound++;
  });
  if (naiveFound === 0) throw new Error('the indexOf yardstick found nothing');
  return [
    {
      name: `Find ${TAGS} tags again after a re-scrape (quotes, typos, spaces, line ends, a paragraph moved, a sentence deleted: ${counts.anchored} anchored, ${counts.moved} moved, ${counts.orphaned} orphaned)`,
      value: `${reanchor.toFixed(0)} ms`,
      reference: `indexOf of every quote: ${naive.toFixed(0)} ms`,
      ratio: reanchor / naive,
      goal: '< 200 ms',
      pass: reanchor < 200,
    },
  ];
}
