/**
 * Operations on one transcript's tags, as pure functions: each takes a tag set
 * and returns a new one, never changing the set or its tags in place, so that
 * the same operations serve one shared set or one set per annotator.
 */
import { webLink } from '../text/links';
import { contextAround } from './context';
import type { Tag } from './tag';

/** A transcript's tags and those removed this session (most recent last), which can be brought back. */
export interface TagSet {
  readonly tags: readonly Tag[];
  readonly removed: readonly Tag[];
}

/** The result of an operation: the new set, and the tag it acted on (undefined when there was none). */
export interface TagSetChange {
  set: { tags: Tag[]; removed: Tag[] };
  tag: Tag | undefined;
}

/** What Edit Tag can change. An empty string removes an optional field; `speaker: null` forgets the speaker. */
export interface TagEdit {
  category?: string;
  note?: string;
  verdict?: string;
  source?: string;
  speaker?: string | null;
}

/** The fact-check verdicts offered when editing a tag, mildest to strongest; any other text is allowed too. */
export const VERDICTS = ['True', 'Mostly true', 'Half true', 'Misleading', 'Mostly false', 'False', 'Unverifiable'] as const;

/** True when the text is an http:// or https:// address with a host, the only kind of source a tag links to. */
export function isSourceAddress(text: string): boolean {
  return webLink(text) !== undefined;
}

function unchanged(set: TagSet): TagSetChange {
  return { set: { tags: [...set.tags], removed: [...set.removed] }, tag: undefined };
}

/** Adds a tag. */
export function addTag(set: TagSet, tag: Tag): TagSetChange {
  return { set: { tags: [...set.tags, tag], removed: [...set.removed] }, tag };
}

/** Replaces the tag with this id by `change(tag)`, stamped with `now`. */
function replaceTag(set: TagSet, id: string, now: string, change: (tag: Tag) => Tag): TagSetChange {
  const at = set.tags.findIndex((t) => t.id === id);
  if (at < 0) return unchanged(set);
  const tag = { ...change(set.tags[at]!), modified: now };
  const tags = [...set.tags];
  tags[at] = tag;
  return { set: { tags, removed: [...set.removed] }, tag };
}

/** Sets an optional text field: trimmed, or left out when empty. */
function withOptional(tag: Tag, key: 'note' | 'verdict' | 'source', value: string | undefined): Tag {
  if (value === undefined) return tag;
  const next = { ...tag };
  const v = value.trim();
  if (v === '') delete next[key];
  else next[key] = v;
  return next;
}

/** Changes a tag's category, note, verdict, source or speaker; fields not given stay as they are. */
export function editTag(set: TagSet, id: string, edit: TagEdit, now: string): TagSetChange {
  return replaceTag(set, id, now, (tag) => {
    let next: Tag = { ...tag };
    if (edit.category !== undefined && edit.category.trim() !== '') next.category = edit.category.trim();
    next = withOptional(next, 'note', edit.note);
    next = withOptional(next, 'verdict', edit.verdict);
    next = withOptional(next, 'source', edit.source);
    if (edit.speaker !== undefined) next.speaker = edit.speaker === null || edit.speaker.trim() === '' ? null : edit.speaker.trim();
    return next;
  });
}

/** Whether an edit would change the tag at all. */
export function changesTag(tag: Tag, edit: TagEdit): boolean {
  const after = editTag({ tags: [tag], removed: [] }, tag.id, edit, tag.modified).tag!;
  return after.category !== tag.category || after.note !== tag.note || after.verdict !== tag.verdict || after.source !== tag.source || after.speaker !== tag.speaker;
}

/** Removes a tag; it is kept among the removed ones, to bring back. */
export function removeTag(set: TagSet, id: string): TagSetChange {
  const tag = set.tags.find((t) => t.id === id);
  if (!tag) return unchanged(set);
  return { set: { tags: set.tags.filter((t) => t !== tag), removed: [...set.removed, tag] }, tag };
}

/** Brings back a removed tag: the one with this id, else the one removed last. */
export function restoreTag(set: TagSet, id?: string): TagSetChange {
  const tag = id !== undefined ? set.removed.find((t) => t.id === id) : set.removed[set.removed.length - 1];
  if (!tag) return unchanged(set);
  return { set: { tags: [...set.tags, tag], removed: set.removed.filter((t) => t !== tag) }, tag };
}

/** Moves a tag onto other words of the text (`start`–`end`, UTF-16 offsets): its quote and context follow, and it counts as placed. */
export function fitTag(set: TagSet, id: string, text: string, start: number, end: number, now: string): TagSetChange {
  return replaceTag(set, id, now, (tag) => {
    const next: Tag = { ...tag, start, end, quote: text.slice(start, end), ...contextAround(text, start, end), status: 'anchored' };
    delete next.anchorNote;
    return next;
  });
}

/** Accepts a moved tag where it is now. */
export function keepTag(set: TagSet, id: string, now: string): TagSetChange {
  return replaceTag(set, id, now, (tag) => {
    const next: Tag = { ...tag, status: 'anchored' };
    delete next.anchorNote;
    return next;
  });
}

/**
 * The tag a command means at a selection (`from`–`to`, UTF-16 offsets): the
 * innermost placed tag under the cursor, or touching the selection. A cursor
 * right after a tag's last character still means that tag.
 */
export function tagUnder(tags: readonly Tag[], from: number, to: number): Tag | undefined {
  let best: Tag | undefined;
  for (const t of tags) {
    if (t.status === 'orphaned' || t.start > to || from > t.end) continue;
    if (from === to && !((t.start <= from && from < t.end) || t.end === from)) continue;
    if (!best || t.end - t.start < best.end - best.start) best = t;
  }
  return best;
}

/** The placed tags in reading order. */
function placed(tags: readonly Tag[]): Tag[] {
  return tags.filter((t) => t.status !== 'orphaned').sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first placed tag that starts after `offset`. */
export function nextTag(tags: readonly Tag[], offset: number): Tag | undefined {
  return placed(tags).find((t) => t.start > offset);
}

/** The last placed tag that starts before `offset`. */
export function previousTag(tags: readonly Tag[], offset: number): Tag | undefined {
  return placed(tags)
    .reverse()
    .find((t) => t.start < offset);
}
