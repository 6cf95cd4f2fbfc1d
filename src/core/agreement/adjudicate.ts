/**
 * Adjudication: settling where annotators differ by accepting one
 * annotator's tag, another's, several, or none, into the agreed set
 * (see agreed.ts).
 */
import { newTagId, type Tag } from '../annotations/tag';
import type { AgreedSet } from './agreed';
import type { Difference } from './align';

/** Settles a unit: the tags of the annotators at `accept` (indices into the unit's tags) go into the agreed set, replacing any earlier decision on it. */
export function adjudicate(agreed: AgreedSet, difference: Difference, accept: readonly number[], now: string): AgreedSet {
  const own = difference.tags.filter((t) => t !== undefined);
  const same = (a: { start: number; end: number; category: string }, b: { start: number; end: number; category: string }) => a.start === b.start && a.end === b.end && a.category === b.category;
  // An earlier decision on the same unit is replaced, not added to.
  const tags = agreed.tags.filter((t) => !own.some((o) => same(t, o)));
  const taken = new Set(tags.map((t) => t.id));
  for (const i of accept) {
    const chosen = difference.tags[i];
    if (!chosen || tags.some((t) => same(t, chosen))) continue;
    const base: Tag = chosen.record ?? {
      id: chosen.id, category: chosen.category, quote: chosen.quote, start: chosen.start, end: chosen.end,
      prefix: '', suffix: '', speaker: null, section: null, created: now, modified: now, status: 'anchored',
    };
    const id = taken.has(base.id) ? newTagId(taken) : base.id;
    taken.add(id);
    tags.push({ ...base, id, start: chosen.start, end: chosen.end, modified: now, status: 'anchored' });
  }
  const settled = agreed.settled.filter((s) => !(s.start === difference.start && s.end === difference.end));
  settled.push({ start: difference.start, end: difference.end });
  settled.sort((a, b) => a.start - b.start || a.end - b.end);
  return { tags, settled };
}
