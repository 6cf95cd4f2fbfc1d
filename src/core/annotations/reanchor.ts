/**
 * Finding tags again after their transcript changed outside the editor (the
 * sidecar's hash differs from the text's). In order: the old position if the
 * quote still stands there; the exact quote, among repeats the one whose
 * surroundings match best, then the nearest; a passage similar enough (see
 * FUZZY_THRESHOLD); else the tag is orphaned. Only a tag found on the same
 * words with the same text on both sides (the 32 code points before and
 * after) is `anchored`; any other is `moved`, with a note that says how it was found.
 */
import { contextMatches, contextScore } from './context';
import { FUZZY_THRESHOLD, fuzzyFind } from './fuzzy';
import type { Tag, TagRecord } from './model';
import { TextIndex } from './positions';

/** How far around the expected place the quote is first looked for with its surroundings. */
const NEAR = 4096;
const MAX_OCCURRENCES = 100000;

/**
 * Places stored tags (code-point positions in an older text) in `text`.
 * The result has UTF-16 positions in `text` and a status for each tag.
 */
export function reanchorTags(records: readonly TagRecord[], text: string, index: TextIndex = new TextIndex(text)): Tag[] {
  const order = [...records].sort((x, y) => x.start - y.start);
  const out: Tag[] = [];
  // How far the tags before this one were found from where they had been: text added or removed above.
  let shift = 0;
  for (const record of order) {
    const oldStart = index.toUtf16(record.start);
    const oldEnd = index.toUtf16(record.end);
    const quote = record.quote;
    const place = (start: number, status: Tag['status'], note?: string): Tag => {
      const tag = withPosition(record, start, start + quote.length, status === 'anchored' && record.status === 'moved' ? 'moved' : status);
      if (tag.status !== 'anchored' && note) tag.anchorNote = note;
      shift = start - oldStart;
      return tag;
    };
    const lineMoved = (at: number) => `at line ${index.lineOf(at) + 1}`;

    // 1. Still where it was.
    if (text.startsWith(quote, oldStart) && oldEnd - oldStart === quote.length) {
      out.push(place(oldStart, 'anchored'));
      continue;
    }
    // 2. Where the text above moved it, with the same surroundings.
    const guess = oldStart + shift;
    if (text.startsWith(quote, guess) && contextMatches(text, guess, guess + quote.length, record.prefix, record.suffix)) {
      out.push(place(guess, 'anchored'));
      continue;
    }
    const near = nearWithContext(text, quote, record.prefix, record.suffix, guess);
    if (near >= 0) {
      out.push(place(near, 'anchored'));
      continue;
    }
    // 3. The exact words elsewhere: the best surroundings, then the nearest.
    let best = -1;
    let bestScore = -1;
    let bestDistance = Infinity;
    let count = 0;
    let whole = 0;
    for (let at = text.indexOf(quote); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
      count++;
      const score = contextScore(text, at, at + quote.length, record.prefix, record.suffix);
      if (score === 1) whole++;
      const distance = Math.abs(at - guess);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) {
        best = at;
        bestScore = score;
        bestDistance = distance;
      }
    }
    if (best >= 0) {
      if (bestScore === 1 && whole === 1) out.push(place(best, 'anchored'));
      else if (count === 1) out.push(place(best, 'moved', `Its words now stand ${lineMoved(best)}, with different words around them.`));
      else out.push(place(best, 'moved', `Its words occur ${count} times; the one with the closest surroundings (${Math.round(bestScore * 100)}% of the context) was chosen, ${lineMoved(best)}.`));
      continue;
    }
    // 4. A passage close enough to the words.
    const fuzzy = fuzzyFind(text, quote, record.prefix, record.suffix, Math.min(guess, text.length));
    if (fuzzy) {
      const tag = place(fuzzy.start, 'moved', `Its words changed; the closest passage (${Math.round(fuzzy.similarity * 100)}% similar, at least ${Math.round(FUZZY_THRESHOLD * 100)}% needed) was chosen, ${lineMoved(fuzzy.start)}. It was: “${quote}”.`);
      tag.end = fuzzy.end;
      tag.quote = text.slice(fuzzy.start, fuzzy.end);
      out.push(tag);
      continue;
    }
    // 5. Gone: kept, with its words, at its last known place.
    const at = Math.min(oldStart, text.length);
    const lost = withPosition(record, at, at, 'orphaned');
    lost.anchorNote = 'Its words are no longer in the transcript.';
    out.push(lost);
  }
  return out;
}

/** The occurrence of the quote nearest to `guess`, within NEAR of it, whose surroundings are exactly the stored ones; −1 if none. */
function nearWithContext(text: string, quote: string, prefix: string, suffix: string, guess: number): number {
  const from = Math.max(0, guess - NEAR);
  const to = guess + NEAR;
  let best = -1;
  for (let at = text.indexOf(quote, from); at >= 0 && at <= to; at = text.indexOf(quote, at + 1)) {
    if (!contextMatches(text, at, at + quote.length, prefix, suffix)) continue;
    if (best < 0 || Math.abs(at - guess) < Math.abs(best - guess)) best = at;
  }
  return best;
}

/**
 * Places stored tags in `text`: directly when the sidecar's hash is the text's
 * (checking each quote still stands there), else by finding each again.
 */
export function placeTags(records: readonly TagRecord[], text: string, storedHash: string | undefined, textHash: string, index: TextIndex = new TextIndex(text)): Tag[] {
  if (storedHash !== textHash) return reanchorTags(records, text, index);
  const out: Tag[] = [];
  const lost: TagRecord[] = [];
  for (const record of records) {
    const start = index.toUtf16(record.start);
    const end = index.toUtf16(record.end);
    if (record.status === 'orphaned') {
      out.push(withPosition(record, start, start, 'orphaned'));
    } else if (end - start === record.quote.length && text.startsWith(record.quote, start)) {
      out.push(withPosition(record, start, end, record.status));
    } else {
      // Hand-edited positions: find the words as after an outside change.
      lost.push(record);
    }
  }
  if (lost.length) for (const item of reanchorTags(lost, text, index)) out.push(item);
  return out;
}

/** A stored tag placed in the current text (a copy: the record is left as it was). */
export function withPosition(record: TagRecord, start: number, end: number, status: Tag['status']): Tag {
  const tag: Tag = {
    id: record.id,
    category: record.category,
    quote: record.quote,
    start,
    end,
    prefix: record.prefix,
    suffix: record.suffix,
    speaker: record.speaker,
    section: record.section,
    created: record.created,
    modified: record.modified,
    status,
  };
  if (record.note !== undefined) tag.note = record.note;
  if (record.author !== undefined) tag.author = record.author;
  if (record.verdict !== undefined) tag.verdict = record.verdict;
  if (record.source !== undefined) tag.source = record.source;
  if (record.anchorNote !== undefined && status !== 'anchored') tag.anchorNote = record.anchorNote;
  if (record.extra !== undefined) tag.extra = record.extra;
  return tag;
}
