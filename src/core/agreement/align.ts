/**
 * Lining up several annotators' tags of one text: tags of different
 * annotators whose spans overlap are taken as the same unit, each annotator's
 * tag paired with the one it overlaps most (ties: the same category first,
 * then the nearer start). A tag nobody else's overlaps is a unit of its own.
 * The comparison view and agreement "by tag" both rest on it.
 */
import type { AnnotatorTag } from './annotators';

/** One unit: at most one tag of each annotator, in the annotators' order. */
export type AlignedUnit = Array<AnnotatorTag | undefined>;

/** How two annotators' tags of one unit stand to each other. */
export type DifferenceKind = 'agree' | 'category' | 'overlap' | 'only';

/** Lines up the tags of each annotator (each list sorted by start). */
export function alignTags(annotators: ReadonlyArray<readonly AnnotatorTag[]>): AlignedUnit[] {
  const k = annotators.length;
  const units: AlignedUnit[] = [];
  // Each unit's anchor: the span of its first tag.
  const anchors: AnnotatorTag[] = [];
  for (let a = 0; a < k; a++) {
    const tags = annotators[a]!;
    if (units.length === 0) {
      for (const t of tags) {
        const unit: AlignedUnit = new Array(k).fill(undefined);
        unit[a] = t;
        units.push(unit);
        anchors.push(t);
      }
      continue;
    }
    // Units sorted by anchor start; candidate pairs are the overlapping ones.
    const order = anchors.map((_, i) => i).sort((x, y) => anchors[x]!.start - anchors[y]!.start);
    let longest = 0;
    for (const t of anchors) longest = Math.max(longest, t.end - t.start);
    const pairs: Array<{ unit: number; tag: number; overlap: number; same: boolean; distance: number }> = [];
    let first = 0;
    tags.forEach((tag, ti) => {
      while (first < order.length && anchors[order[first]!]!.start < tag.start - longest) first++;
      for (let p = first; p < order.length; p++) {
        const anchor = anchors[order[p]!]!;
        if (anchor.start >= tag.end) break;
        const overlap = Math.min(anchor.end, tag.end) - Math.max(anchor.start, tag.start);
        if (overlap > 0 && units[order[p]!]![a] === undefined) {
          pairs.push({ unit: order[p]!, tag: ti, overlap, same: anchor.category === tag.category, distance: Math.abs(anchor.start - tag.start) });
        }
      }
    });
    pairs.sort((x, y) => y.overlap - x.overlap || Number(y.same) - Number(x.same) || x.distance - y.distance || x.unit - y.unit || x.tag - y.tag);
    const taken = new Uint8Array(tags.length);
    for (const p of pairs) {
      if (taken[p.tag] || units[p.unit]![a] !== undefined) continue;
      units[p.unit]![a] = tags[p.tag];
      taken[p.tag] = 1;
    }
    tags.forEach((t, ti) => {
      if (taken[ti]) return;
      const unit: AlignedUnit = new Array(k).fill(undefined);
      unit[a] = t;
      units.push(unit);
      anchors.push(t);
    });
  }
  units.sort((x, y) => spanOf(x).start - spanOf(y).start || spanOf(x).end - spanOf(y).end);
  return units;
}

/** The span a unit covers: from its earliest start to its latest end. */
export function spanOf(unit: AlignedUnit): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const t of unit) {
    if (!t) continue;
    if (t.start < start) start = t.start;
    if (t.end > end) end = t.end;
  }
  return { start, end };
}

/** How the tags of a unit differ: all present with the same span and category, the same span with other categories, overlapping spans, or some annotator without a tag. */
export function differenceOf(unit: AlignedUnit): DifferenceKind {
  const tags = unit.filter((t): t is AnnotatorTag => t !== undefined);
  if (tags.length < unit.length) return 'only';
  const first = tags[0]!;
  const sameSpan = tags.every((t) => t.start === first.start && t.end === first.end);
  if (!sameSpan) return 'overlap';
  return tags.every((t) => t.category === first.category) ? 'agree' : 'category';
}

/** One place where annotators differ or agree, for the comparison view. */
export interface Difference {
  kind: DifferenceKind;
  start: number;
  end: number;
  /** Each annotator's tag of the unit, in the annotators' order. */
  tags: AlignedUnit;
}

/** Every unit of the annotators' tags, in text order, with how they differ. */
export function compareAnnotators(annotators: ReadonlyArray<readonly AnnotatorTag[]>): Difference[] {
  return alignTags(annotators).map((tags) => ({ kind: differenceOf(tags), ...spanOf(tags), tags }));
}
