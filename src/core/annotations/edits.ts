/**
 * Tags following edits while a transcript is open. A tag follows its own
 * words: an edit inside them stays inside the tag, text put in right beside
 * them stays outside, a deletion of some of them shrinks the tag. Once all
 * its words are gone the tag is orphaned (kept, with its quote, never
 * dropped). It comes back only with its own words: an undo that puts back
 * exactly what was deleted, where it was deleted. It is never re-attached to
 * another copy of its old quote, near or far.
 */
import type { Tag } from './tag';
import { reanchorTags } from './reanchor';
import { TextIndex } from './positions';

/** A change: [start, end) in UTF-16 offsets of the text before it, replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Why a batch of changes was made, as the editor reports it: an ordinary
 * edit, an undo or a redo. Only an undo gives a tag back words an edit took;
 * an ordinary edit that happens to have an undo's shape (the same lengths,
 * text that starts with the tag's words) never does.
 */
export type EditReason = 'edit' | 'undo' | 'redo';

/** Reads the text after the changes, between two UTF-16 offsets (clamped). */
export type TextReader = (start: number, end: number) => string;

/** What a batch of changes did to the tags. */
export interface EditEffect {
  /** True when any tag moved, changed its words or its status. */
  changed: boolean;
  /** Tags that lost all their words in this batch. */
  orphaned: Tag[];
  /** Tags whose own words this batch put back (undo). */
  restored: Tag[];
}

/** What an edit took from a tag, so that an undo can give it back. */
interface Taken {
  /** Words cut off the tag's start and end, the latest last, with the shape of the change that cut them. */
  fromStart: Cut[];
  fromEnd: Cut[];
  /**
   * For an orphan: where its words stood in the text the deletion removed, and what they were; `lo` and `hi`
   * bound where the deletion was (text put in right at an orphan's point may have gone before or after it).
   */
  lost?: { offset: number; words: string; status: Tag['status']; anchorNote?: string; shape: Shape; lo: number; hi: number };
}

/** How much a change removed and put in: its undo removes `inserted` and puts back `removed` characters. */
interface Shape {
  removed: number;
  inserted: number;
}

interface Cut extends Shape {
  words: string;
}

/** True when `change` has the shape of the undo of a change of shape `shape`. */
function undoes(change: TextChange, shape: Shape): boolean {
  return change.text.length === shape.removed && change.end - change.start === shape.inserted;
}

/** The words each tag held after the last edit that touched it (a tag no edit touched holds its quote). */
const wordsAfter = new WeakMap<Tag, string>();
const takenFrom = new WeakMap<Tag, Taken>();

function taken(tag: Tag): Taken {
  let t = takenFrom.get(tag);
  if (!t) takenFrom.set(tag, (t = { fromStart: [], fromEnd: [] }));
  return t;
}

function wordsOf(tag: Tag): string | undefined {
  const w = wordsAfter.get(tag);
  if (w !== undefined && w.length === tag.end - tag.start) return w;
  return tag.quote.length === tag.end - tag.start ? tag.quote : undefined;
}

/** Forgets what edits took from a tag (its words were set anew: a re-anchoring, a new tag). */
export function forgetEdits(tag: Tag): void {
  wordsAfter.delete(tag);
  takenFrom.delete(tag);
}

/**
 * Applies changes in order, each relative to the text the previous one left
 * (as VS Code reports them). `read` gives the text after the batch; with it,
 * tags a batch changed remember their words, so that an undo can restore them,
 * and a batch that replaces a whole passage (a reload) finds the tags it
 * orphaned again inside the new passage, only where their surroundings prove it.
 * `reason`, when the editor tells it, decides which batches may be undos; when
 * it is not known, a change with an undo's shape and words is taken for one.
 */
export function applyChanges(tags: Tag[], changes: readonly TextChange[], read?: TextReader, reason?: EditReason): EditEffect {
  const effect: EditEffect = { changed: false, orphaned: [], restored: [] };
  const mayUndo = reason === undefined || reason === 'undo';
  const touched = new Set<Tag>();
  /** Tags a change orphaned, with where their words stood in its deleted text, to look for in the text it put in. */
  const reload: Array<{ tag: Tag; change: TextChange; offset: number }> = [];
  for (const change of changes) {
    const s = change.start;
    const e = change.end;
    const inserted = change.text.length;
    const delta = inserted - (e - s);
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      const a = tag.start;
      const b = tag.end;
      if (tag.status === 'orphaned') {
        const lost = takenFrom.get(tag)?.lost;
        if (lost) {
          if (mayUndo && s <= lost.hi && e >= lost.lo && inserted > 0 && undoes(change, lost.shape) && change.text.startsWith(lost.words, lost.offset)) {
            // An undo: its own words are back where they were deleted.
            tag.start = s + lost.offset;
            tag.end = tag.start + lost.words.length;
            tag.status = lost.status;
            if (lost.anchorNote !== undefined) tag.anchorNote = lost.anchorNote;
            else delete tag.anchorNote;
            delete taken(tag).lost;
            touched.add(tag);
            effect.changed = true;
            const k = effect.orphaned.indexOf(tag);
            if (k >= 0) effect.orphaned.splice(k, 1);
            effect.restored.push(tag);
            continue;
          }
          const bound = (x: number) => (x < s ? x : x > e ? x + delta : -1);
          const lo = bound(lost.lo);
          const hi = bound(lost.hi);
          lost.lo = lo >= 0 ? lo : s;
          lost.hi = hi >= 0 ? hi : s + inserted;
        }
        // The places an ambiguous orphan's words fit move with the text; one an edit touched is no longer a candidate.
        if (tag.candidates) {
          const kept: Array<{ start: number; end: number }> = [];
          for (const c of tag.candidates) {
            if (e <= c.start) kept.push(delta ? { start: c.start + delta, end: c.end + delta } : c);
            else if (s >= c.end) kept.push(c);
          }
          if (kept.length !== tag.candidates.length || delta) effect.changed = true;
          if (kept.length) tag.candidates = kept;
          else delete tag.candidates;
        }
        // An orphan's last known place is a point.
        if (e < a || (e === a && s < a)) {
          if (delta !== 0) {
            tag.start = a + delta;
            tag.end = b + delta;
            effect.changed = true;
          }
        } else if (s <= a) {
          tag.start = tag.end = s;
          effect.changed = true;
          if (inserted >= tag.quote.length && e > s) reload.push({ tag, change, offset: a - s });
        }
        continue;
      }
      if (e <= a) {
        // Entirely before the tag: typing right before a tag moves it along.
        if (delta !== 0) {
          tag.start = a + delta;
          tag.end = b + delta;
          effect.changed = true;
        }
        // An undo of a cut at the tag's start: the text put back ends with the words cut off.
        const cut = mayUndo && e === a && inserted > 0 ? takenFrom.get(tag)?.fromStart : undefined;
        const back = cut?.[cut.length - 1];
        if (back && undoes(change, back) && change.text.endsWith(back.words)) {
          cut!.pop();
          tag.start -= back.words.length;
          touched.add(tag);
          effect.changed = true;
        }
        continue;
      }
      if (s >= b) {
        const cut = mayUndo && s === b && inserted > 0 ? takenFrom.get(tag)?.fromEnd : undefined;
        const back = cut?.[cut.length - 1];
        if (back && undoes(change, back) && change.text.startsWith(back.words)) {
          cut!.pop();
          tag.end += back.words.length;
          touched.add(tag);
          effect.changed = true;
        }
        continue;
      }
      effect.changed = true;
      touched.add(tag);
      const words = wordsOf(tag);
      const shape: Shape = { removed: e - s, inserted };
      if (s <= a && e >= b) {
        // All its words are gone: orphaned, remembering them for an undo.
        const t = taken(tag);
        if (words !== undefined) {
          t.lost = { offset: a - s, words, status: tag.status, shape, lo: s, hi: s + inserted };
          if (tag.anchorNote !== undefined) t.lost.anchorNote = tag.anchorNote;
        } else delete t.lost;
        tag.start = tag.end = s;
        tag.status = 'orphaned';
        tag.anchorNote = 'Its words were deleted in the editor.';
        effect.orphaned.push(tag);
        if (inserted >= tag.quote.length) reload.push({ tag, change, offset: a - s });
      } else if (s < a) {
        // Its first words are gone; text put in before them stays outside.
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape });
        tag.start = s + inserted;
        tag.end = b + delta;
      } else if (e > b || (e === b && inserted === 0 && s > a)) {
        // Its last words are gone.
        if (words !== undefined) taken(tag).fromEnd.push({ words: words.slice(s - a), ...shape });
        tag.end = s;
      } else if (s === a && inserted === 0) {
        // Its first words deleted, nothing put in.
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape });
        tag.end = b + delta;
      } else {
        // An edit inside its words stays inside.
        tag.end = b + delta;
      }
    }
  }
  if (read) {
    if (reload.length) restoreReloaded(reload, effect, touched);
    for (const tag of touched) if (tag.status !== 'orphaned') wordsAfter.set(tag, read(tag.start, tag.end));
  }
  return effect;
}

/**
 * Tags orphaned by a change that put a long passage in their place (a reload,
 * a paste of the same paragraph): found again inside that passage only, and
 * only where their words and surroundings prove the place.
 */
function restoreReloaded(items: Array<{ tag: Tag; change: TextChange; offset: number }>, effect: EditEffect, touched: Set<Tag>): void {
  const byChange = new Map<TextChange, Array<{ tag: Tag; offset: number }>>();
  for (const item of items) {
    if (item.tag.status !== 'orphaned') continue;
    const list = byChange.get(item.change) ?? [];
    list.push(item);
    byChange.set(item.change, list);
  }
  for (const [change, list] of byChange) {
    const passage = change.text;
    const index = new TextIndex(passage);
    const records = list.map(({ tag, offset }) => ({ ...tag, start: index.toCodePoint(Math.min(offset, passage.length)), end: index.toCodePoint(Math.min(offset, passage.length)), status: 'anchored' as const }));
    const found = reanchorTags(records, passage, index);
    // A later change of the batch may have moved the orphans: the passage starts where the orphan stands now.
    for (const f of found) {
      if (f.status === 'orphaned') continue;
      const item = list.find((x) => x.tag.id === f.id)!;
      const tag = item.tag;
      const base = tag.start;
      tag.start = base + f.start;
      tag.end = base + f.end;
      tag.status = f.status;
      if (f.anchorNote !== undefined) tag.anchorNote = f.anchorNote;
      else delete tag.anchorNote;
      delete taken(tag).lost;
      touched.add(tag);
      const k = effect.orphaned.indexOf(tag);
      if (k >= 0) effect.orphaned.splice(k, 1);
      effect.restored.push(tag);
    }
  }
}
