/**
 * Choosing where ambiguous tags belong, for a whole transcript at once: the
 * tags whose words fit several places are grouped by the passage that was
 * duplicated (their candidates lie the same distances apart), so that one
 * choice places every tag of that passage. The editor's “Choose Where Tags
 * Belong” and the command line's `anchors --choose` both work from here.
 */
import type { Tag } from './tag';

/** Ambiguous tags that one choice places together: the tags of one duplicated passage. */
export interface AmbiguityGroup {
  /** The tags, in text order. */
  tags: Tag[];
  /** How many places each of them fits (the same for all). */
  places: number;
}

/** A tag placed by a choice: its new range, UTF-16 offsets in the current text. */
export interface Placement {
  tag: Tag;
  start: number;
  end: number;
}

/** The distances between a tag's candidates: the same for all the tags of one duplicated passage. */
function shapeOf(tag: Tag): string {
  const c = tag.candidates!;
  return c.map((x) => x.start - c[0]!.start).join(',');
}

/** The ambiguous tags (orphaned, with candidate places) grouped by the duplicated passage they stand in. */
export function ambiguityGroups(tags: readonly Tag[]): AmbiguityGroup[] {
  const groups = new Map<string, Tag[]>();
  const ambiguous = tags.filter((t) => t.status === 'orphaned' && (t.candidates?.length ?? 0) > 1).sort((a, b) => a.candidates![0]!.start - b.candidates![0]!.start);
  for (const tag of ambiguous) {
    const key = shapeOf(tag);
    const list = groups.get(key);
    if (list) list.push(tag);
    else groups.set(key, [tag]);
  }
  return [...groups.values()].map((list) => ({ tags: list, places: list[0]!.candidates!.length }));
}

/** Every tag of a group on its candidate place `n` (from 1, in text order). */
export function placeGroup(group: AmbiguityGroup, n: number): Placement[] {
  if (!Number.isInteger(n) || n < 1 || n > group.places) throw new RangeError(`There is no place ${n}: these tags fit ${group.places} places (1 to ${group.places}).`);
  return group.tags.map((tag) => ({ tag, start: tag.candidates![n - 1]!.start, end: tag.candidates![n - 1]!.end }));
}

/** What `--choose` asks: the first place for every ambiguous tag, or a place per tag id (which applies to its whole group). */
export type ChoiceSpec = { kind: 'first' } | { kind: 'each'; places: Map<string, number> };

/**
 * Reads `first` or `<tag id>=<place>[,<tag id>=<place>…]` (places from 1).
 * Throws an Error saying which part is wrong.
 */
export function parseChoices(spec: string): ChoiceSpec {
  const s = spec.trim();
  if (s === 'first') return { kind: 'first' };
  const places = new Map<string, number>();
  for (const part of s.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)=(\d+)$/.exec(part);
    if (!m) throw new Error(`“${part}” is not a choice: write first, or <tag id>=<place> (places from 1), several separated by commas.`);
    places.set(m[1]!.trim(), Number(m[2]));
  }
  if (places.size === 0) throw new Error('No choice given: write first, or <tag id>=<place> (places from 1).');
  return { kind: 'each', places };
}

/**
 * The placements a spec asks for. A tag id names its whole group; two ids
 * of one group that ask for different places, an id that is not an
 * ambiguous tag, and a place a group does not have are errors.
 */
export function resolveChoices(groups: readonly AmbiguityGroup[], spec: ChoiceSpec): Placement[] {
  if (spec.kind === 'first') return groups.flatMap((g) => placeGroup(g, 1));
  const chosen = new Map<AmbiguityGroup, { n: number; id: string }>();
  for (const [id, n] of spec.places) {
    const group = groups.find((g) => g.tags.some((t) => t.id === id));
    if (!group) throw new Error(`No ambiguous tag has the id ${id}.`);
    const before = chosen.get(group);
    if (before && before.n !== n) throw new Error(`${before.id} and ${id} stand in the same duplicated passage; they cannot go to different places (${before.n} and ${n}).`);
    if (n < 1 || n > group.places) throw new Error(`${id} fits ${group.places} places (1 to ${group.places}); there is no place ${n}.`);
    chosen.set(group, { n, id });
  }
  return [...chosen].flatMap(([group, { n }]) => placeGroup(group, n));
}

/** Puts an ambiguous (or orphaned) tag on the place chosen for it: anchored there, its candidates and note gone, marked as changed now. */
export function placeChosen(tag: Tag, start: number, end: number, now: string): void {
  tag.start = start;
  tag.end = end;
  tag.status = 'anchored';
  delete tag.anchorNote;
  delete tag.candidates;
  tag.modified = now;
}
