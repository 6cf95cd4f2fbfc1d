/** Tags as a sidecar stores them, for the re-anchoring tests written in our own words. */
import assert from 'node:assert/strict';
import { contextAround, TextIndex, type TagRecord } from '../../src/core/annotations';

/** The tag on `quote` (its first occurrence) in `text`, as a sidecar stores it. */
export function recordOn(text: string, quote: string): TagRecord {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, `“${quote}” is not in the text`);
  const index = new TextIndex(text);
  return { id: 't-1', category: 'c', quote, start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), ...contextAround(text, at, at + quote.length), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' };
}

/** Paragraphs as a text: a blank line between them, a line end after the last. */
export const paragraphText = (ps: string[]): string => ps.join('\n\n') + '\n';
