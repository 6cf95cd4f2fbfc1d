/** A quote's surroundings: taken when tagging, compared when finding the words again. */
import { CONTEXT_LENGTH, type Tag } from './tag';
import { codePointLength, codePointSlice } from './positions';

/** Up to 32 code points before `start` and after `end`. */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  // Two UTF-16 units per code point at most.
  const prefix = codePointSlice(text.slice(Math.max(0, start - 2 * CONTEXT_LENGTH), start), CONTEXT_LENGTH, true);
  const suffix = codePointSlice(text.slice(end, end + 2 * CONTEXT_LENGTH), CONTEXT_LENGTH);
  return { prefix, suffix };
}

/**
 * True when the text on both sides of [start, end) is exactly as stored: the
 * prefix before it and the suffix after it. A side stored shorter than 32 code
 * points was cut by the start or end of the text, and must still be.
 */
export function contextMatches(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const before = start - prefix.length >= 0 && text.startsWith(prefix, start - prefix.length) && (start === prefix.length || isFull(prefix));
  return before && text.startsWith(suffix, end) && (end + suffix.length === text.length || isFull(suffix));
}

/** True when a stored side holds the full 32 code points (it was not cut by the start or end of the text). */
function isFull(side: string): boolean {
  if (side.length < CONTEXT_LENGTH) return false;
  return side.length >= 2 * CONTEXT_LENGTH || codePointLength(side) >= CONTEXT_LENGTH;
}

/** How much of the stored context surrounds [start, end): 0 (none) to 1 (all of it). */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let before = 0;
  while (before < prefix.length && start - before - 1 >= 0 && text.charCodeAt(start - before - 1) === prefix.charCodeAt(prefix.length - before - 1)) before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
  return (before + after) / total;
}

/** Sets each placed tag's quote and context from the text (after edits, before a write). Orphaned tags keep theirs. */
export function refreshQuotes(tags: Tag[], text: string): void {
  for (const tag of tags) {
    if (tag.status === 'orphaned') continue;
    const quote = text.slice(tag.start, tag.end);
    if (quote === '') continue;
    tag.quote = quote;
    const { prefix, suffix } = contextAround(text, tag.start, tag.end);
    tag.prefix = prefix;
    tag.suffix = suffix;
  }
}
