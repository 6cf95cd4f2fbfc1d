/**
 * The agreed set of a transcript (`<file>.annotations.@agreed.yaml`): its
 * tags, and the spans already settled (`adjudicated`, code points), so that a
 * unit settled by accepting nothing is not offered again. Read by the
 * annotators' sets and written by adjudication.
 */
import type { Tag } from '../annotations/tag';
import type { TextIndex } from '../annotations/positions';

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

/** True when the unit was settled already. */
export function isSettled(agreed: AgreedSet | undefined, difference: { start: number; end: number }): boolean {
  return !!agreed?.settled.some((s) => s.start === difference.start && s.end === difference.end);
}

/** The settled spans stored in an agreed sidecar's top-level fields (code points), in UTF-16 offsets. */
export function settledFrom(extra: Readonly<Record<string, unknown>>, index: TextIndex): SettledSpan[] {
  const list = extra[ADJUDICATED_FIELD];
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
