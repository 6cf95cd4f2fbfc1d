/**
 * Merging sidecars three ways, by tag id, as git's merge driver and the
 * editor do: the tags each side added are all kept, edits of different fields
 * of one tag are combined, and a tag both sides changed differently is kept
 * in both versions (the other side's under a new id) and reported. Nothing
 * either side wrote is lost.
 */
import { fieldOf } from '../text/records';
import { copyField, withFields } from './keptSource';
import { newTagId, type Sidecar, type TagRecord } from './tag';
import { readSidecar, writeSidecarRecords } from './sidecar';
import type { TextIndex } from './positions';

export { conflictVersions, hasConflictMarkers, type MarkedVersions } from './conflicts';

/** What merging three sidecars gave. */
export interface SidecarMerge {
  /** The merged sidecar's text. */
  text: string;
  /** Tags both sides changed differently, in words, one a line; empty for a clean merge. */
  conflicts: string[];
  /** Counts, for a summary. */
  kept: number;
  added: { ours: number; theirs: number };
  removed: number;
}

/** Why a merge could not be made: a side is not a readable sidecar. */
export class MergeError extends Error {}

/** Fields merged one by one; the anchor fields move together (they describe one place). */
const SINGLE_FIELDS = ['category', 'speaker', 'section', 'note', 'author', 'created', 'verdict', 'source'] as const;
const ANCHOR_FIELDS = ['quote', 'start', 'end', 'prefix', 'suffix', 'status', 'anchorNote'] as const;

/**
 * Merges `ours` and `theirs`, two versions of the sidecar `base` was (empty
 * text when the file did not exist there). `index`, when the merged
 * transcript's text is at hand, gives each tag's line and column.
 */
export function mergeSidecars(base: string, ours: string, theirs: string, transcriptName: string, index?: TextIndex): SidecarMerge {
  const b = parse(base, 'the common ancestor');
  const o = parse(ours, 'our version');
  const t = parse(theirs, 'their version');
  const conflicts: string[] = [];
  const baseTags = byId(b.tags);
  const ourTags = byId(o.tags);
  const theirTags = byId(t.tags);
  const taken = new Set([...baseTags.keys(), ...ourTags.keys(), ...theirTags.keys()]);
  const out: TagRecord[] = [];
  const result = { kept: 0, added: { ours: 0, theirs: 0 }, removed: 0 };
  for (const id of [...taken]) {
    const was = baseTags.get(id);
    const mine = ourTags.get(id);
    const other = theirTags.get(id);
    if (!was) {
      if (mine && other && !same(mine, other)) {
        const merged = mergeTag(undefined, mine, other);
        if (merged.conflict.length === 0) out.push(merged.tag);
        else {
          out.push(mine);
          out.push(renamed(other, taken));
          conflicts.push(`Tag ${id} was added on both sides with different ${merged.conflict.join(', ')}: both are kept, theirs as ${out[out.length - 1]!.id}.`);
        }
      } else out.push((mine ?? other)!);
      if (mine && !other) result.added.ours++;
      if (other && !mine) result.added.theirs++;
      continue;
    }
    if (!mine && !other) {
      result.removed++;
      continue;
    }
    if (!mine || !other) {
      const left = (mine ?? other)!;
      if (same(left, was)) {
        result.removed++;
        continue;
      }
      // Removed on one side, changed on the other: the change is kept, and said.
      out.push(left);
      conflicts.push(`Tag ${id} was removed on ${mine ? 'their' : 'our'} side and changed on ${mine ? 'ours' : 'theirs'}: it is kept as changed.`);
      continue;
    }
    const merged = mergeTag(was, mine, other);
    if (merged.conflict.length === 0) {
      out.push(merged.tag);
      result.kept++;
    } else {
      out.push(mine);
      const copy = renamed(other, taken);
      out.push(copy);
      conflicts.push(`Tag ${id} was changed on both sides (${merged.conflict.join(', ')}): both versions are kept, theirs as ${copy.id}.`);
    }
  }
  const invalid = unionBy([...o.invalid, ...t.invalid], b.invalid);
  const extra = mergeExtra(b.extra, o.extra, t.extra, conflicts, 'the sidecar');
  const sha256 = o.sha256 === t.sha256 ? o.sha256 : o.sha256 === b.sha256 && ourTagsUnchanged(b, o) ? t.sha256 : t.sha256 === b.sha256 && ourTagsUnchanged(b, t) ? o.sha256 : undefined;
  const text = writeSidecarRecords({ transcriptName: o.transcript ?? t.transcript ?? transcriptName, sha256, tags: out, invalid, extra, ...(index ? { index } : {}) });
  return { text, conflicts, ...result };
}

/** True when a side changed no tag's place against the base (its hash may then be the other side's). */
function ourTagsUnchanged(base: Sidecar, side: Sidecar): boolean {
  const was = byId(base.tags);
  return side.tags.every((tag) => {
    const b = was.get(tag.id);
    return b !== undefined && ANCHOR_FIELDS.every((f) => equal(tag[f], b[f]));
  });
}

function parse(text: string, what: string): Sidecar {
  const read = readSidecar(text);
  if (read.kind === 'unreadable') {
    const p = read.problems[0];
    throw new MergeError(`${what} is not a readable sidecar${p ? ` (line ${p.line}: ${p.message})` : ''}`);
  }
  return read.sidecar;
}

function byId(tags: readonly TagRecord[]): Map<string, TagRecord> {
  return new Map(tags.map((t) => [t.id, t]));
}

function equal(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function same(a: TagRecord, b: TagRecord): boolean {
  return equal({ ...a }, { ...b });
}

/** A tag merged field by field: the side that changed a field wins; both changing it differently is a conflict. */
function mergeTag(base: TagRecord | undefined, ours: TagRecord, theirs: TagRecord): { tag: TagRecord; conflict: string[] } {
  const tag: TagRecord = { ...ours };
  const conflict: string[] = [];
  const pick = <T>(name: string, b: T | undefined, o: T, t: T, set: (v: T) => void) => {
    if (equal(o, t)) return;
    if (base !== undefined && equal(o, b)) set(t);
    else if (base !== undefined && equal(t, b)) return;
    else conflict.push(name);
  };
  for (const f of SINGLE_FIELDS) {
    pick(f, base?.[f], ours[f], theirs[f], (v) => {
      if (v === undefined) delete (tag as unknown as Record<string, unknown>)[f];
      else (tag as unknown as Record<string, unknown>)[f] = v;
    });
  }
  const anchor = (r: TagRecord | undefined) => (r ? ANCHOR_FIELDS.map((f) => r[f]) : undefined);
  pick('place', anchor(base), anchor(ours)!, anchor(theirs)!, () => {
    for (const f of ANCHOR_FIELDS) {
      if (theirs[f] === undefined) delete (tag as unknown as Record<string, unknown>)[f];
      else (tag as unknown as Record<string, unknown>)[f] = theirs[f] as never;
    }
  });
  const extraConflicts: string[] = [];
  const extra = mergeExtra(base?.extra ?? {}, ours.extra ?? {}, theirs.extra ?? {}, extraConflicts, '');
  if (extraConflicts.length) conflict.push('other fields');
  if (Object.keys(extra).length) tag.extra = extra;
  else delete tag.extra;
  // The last change is the later of the two.
  tag.modified = ours.modified > theirs.modified ? ours.modified : theirs.modified;
  return { tag, conflict };
}

function mergeExtra(base: Readonly<Record<string, unknown>>, ours: Readonly<Record<string, unknown>>, theirs: Readonly<Record<string, unknown>>, conflicts: string[], where: string): Record<string, unknown> {
  const out = withFields(ours);
  for (const key of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])) {
    const b = fieldOf(base, key);
    const o = fieldOf(ours, key);
    const t = fieldOf(theirs, key);
    if (equal(o, t)) continue;
    if (equal(o, b)) {
      if (t === undefined) delete out[key];
      else copyField(theirs, out, key);
    } else if (!equal(t, b)) {
      if (where) conflicts.push(`The field \`${key}\` of ${where} was changed on both sides: ours is kept.`);
      else conflicts.push(key);
    }
  }
  return out;
}

/** Entries that did not validate: every one either side holds, once; those both removed stay removed. */
function unionBy(entries: readonly unknown[], base: readonly unknown[]): unknown[] {
  void base;
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const e of entries) {
    const key = keyOf(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function keyOf(e: unknown): string {
  try {
    return JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return String(e);
  }
}

function renamed(tag: TagRecord, taken: Set<string>): TagRecord {
  const id = newTagId(taken);
  taken.add(id);
  return { ...tag, id, extra: { ...(tag.extra ?? {}), conflictWith: tag.id } };
}

