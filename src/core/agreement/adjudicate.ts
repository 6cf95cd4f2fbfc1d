/**
 * Adjudication: settling where annotators differ by accepting one
 * annotator's tag, another's, several, or none, into the agreed set
 * (`<file>.annotations.@agreed.yaml`). The agreed sidecar also lists the
 * spans already settled (`adjudicated`, code points), so that a unit settled
 * by accepting nothing is not offered again.
 */
import { newTagId, type Tag } from '../annotations/model';
import type { TextIndex } from '../annotations/positions';
import { plainValue } from '../annotations/yamlText';
import type { Difference } from './align';

/** A settled span, in UTF-16 offsets of the current text. */
export interface SettledSpan {
  start: number;
  end: number;
}

/** The agreed set of a transcript in memory. */
export interface AgreedSet {
  tags: Tag[];
  settled: SettledSpan[];
}

/** The top-level field of the agreed sidecar that lists settled spans. */
export const ADJUDICATED_FIELD = 'adjudicated';

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

/** True when the unit was settled already. */
export function isSettled(agreed: AgreedSet | undefined, difference: { start: number; end: number }): boolean {
  return !!agreed?.settled.some((s) => s.start === difference.start && s.end === difference.end);
}

/** The settled spans stored in an agreed sidecar's top-level fields (code points), in UTF-16 offsets. */
export function settledFrom(extra: Readonly<Record<string, unknown>>, index: TextIndex): SettledSpan[] {
  const list = plainValue(extra[ADJUDICATED_FIELD]);
  if (!Array.isArray(list)) return [];
  const out: SettledSpan[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { start, end } = item as { start?: unknown; end?: unknown };
    if (Number.isSafeInteger(start) && Number.isSafeInteger(end)) out.push({ start: index.toUtf16(start as number), end: index.toUtf16(end as number) });
  }
  return out;
}

/** The settled spans as the agreed sidecar stores them: code points. */
export function settledField(settled: readonly SettledSpan[], index: TextIndex): Record<string, unknown> {
  return { [ADJUDICATED_FIELD]: settled.map((s) => ({ start: index.toCodePoint(s.start), end: index.toCodePoint(s.end) })) };
}
