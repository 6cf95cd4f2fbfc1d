/** Tags as a sidecar stores them, for the re-anchoring tests written in our own words. */
import assert from 'node:assert/strict';
import { contextAround, TextIndex, type TagRecord } from '../../src/core/annotations';

/** The tag on `quote` (its first occurrence) in `text`, as a sidecar stores it. */
export function recordOn(text: string, quote: string): TagRecord {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, `“${quote}” is not in the text`);
  return recordAt(text, at, at + quote.length);
}

/** The tag on text[start, end) (UTF-16 offsets), as a sidecar stores it. */
export function recordAt(text: string, start: number, end: number): TagRecord {
  const index = new TextIndex(text);
  return { id: 't-1', category: 'c', quote: text.slice(start, end), start: index.toCodePoint(start), end: index.toCodePoint(end), ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

/** Paragraphs as a text: a blank line between them, a line end after the last. */
export const paragraphText = (ps: string[]): string => ps.join('\n\n') + '\n';
