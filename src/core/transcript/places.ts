/** Where a span of a document's extracted text stands in the original: the citation of a tag or a turn. */
import type { Place } from './model';

/** The place of an offset of extracted text, or undefined (binary search over places in text order). */
export function placeAt(places: readonly Place[], offset: number): Place | undefined {
  let lo = 0;
  let hi = places.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = places[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  // Between places (a line break the extraction added): the place before.
  return hi >= 0 ? places[hi] : undefined;
}

/** A citation of a span: `12:3`, or `12:3–12:9` when it runs over several places. */
export function citeSpan(places: readonly Place[], start: number, end: number): string | undefined {
  const a = placeAt(places, start);
  const b = placeAt(places, Math.max(start, end - 1));
  if (!a) return undefined;
  if (!b || b.ref === a.ref) return a.ref;
  return `${a.ref}–${b.ref}`;
}
