/**
 * `anchors --choose`: places the transcript's ambiguous tags without asking,
 * `first` (each duplicated passage's first place) or `<tag id>=<place>` (that
 * tag's whole passage on its place n), and writes the sidecar atomically.
 */
import { ambiguityGroups, parseChoices, placeChosen, resolveChoices, type Tag } from '../core/annotations';
import { CommandError } from './io';

/** Places the chosen tags in `tags` (changed in place) and says what was done; throws a CommandError for a bad choice. */
export function applyChoices(tags: Tag[], spec: string, now: string): { placed: number; passages: number } {
  const groups = ambiguityGroups(tags);
  let placements;
  try {
    placements = resolveChoices(groups, parseChoices(spec));
  } catch (e) {
    throw new CommandError(`anchors --choose: ${(e as Error).message}`, 2);
  }
  for (const { tag, start, end } of placements) placeChosen(tag, start, end, now);
  return { placed: placements.length, passages: new Set(placements.map((p) => groups.find((g) => g.tags.includes(p.tag)))).size };
}
