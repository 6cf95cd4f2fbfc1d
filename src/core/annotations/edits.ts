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
  lost?: { offset: number; words: string; status: Tag['status']; anchorNote?: string; shape: Shape; lo: number; hi: number; entry?: number };
}

/** How much a change removed and put in: its undo removes `inserted` and puts back `removed` characters. */
interface Shape {
  removed: number;
  inserted: number;
}

interface Cut extends Shape {
  words: string;
  /** The undo history's entry for the edit that cut them (none when the editor did not say why it changed). */
  entry?: number;
}

/**
 * The editor's undo stack as far as the tags can know it: one entry for each
 * batch of edits (or redo), with the shape of the changes that would undo it.
 * An undo takes back the newest entry, and only the words that entry's edit
 * took may come back with it: an undo of a later edit that happens to put
 * back the same characters in the same place gives nothing back. When an
 * undo does not have the shape of the newest entry's inverse (VS Code merges
 * consecutive typing into one undo step, and edits made before any tag
 * existed were not seen), the history is forgotten, so nothing can be given
 * back by it: a tag then stays orphaned, never lands on other words.
 */
class UndoHistory {
  private next = 1;
  private readonly stack: Array<{ id: number; inverse: Array<[start: number, removed: number, inserted: number]> }> = [];
  private readonly live = new Set<number>();

  /** Records a batch of edits (or a redo); returns its entry. */
  push(changes: readonly TextChange[]): number {
    const id = this.next++;
    this.stack.push({ id, inverse: changes.map((c) => [c.start, c.text.length, c.end - c.start]) });
    this.live.add(id);
    if (this.stack.length > HISTORY_LIMIT) this.live.delete(this.stack.shift()!.id);
    return id;
  }

  /** Takes back the newest entry if `changes` undo it and returns it; otherwise forgets everything. */
  undo(changes: readonly TextChange[]): number | undefined {
    const top = this.stack[this.stack.length - 1];
    if (top && inverts(changes, top.inverse)) {
      this.stack.pop();
      this.live.delete(top.id);
      return top.id;
    }
    this.stack.length = 0;
    this.live.clear();
    return undefined;
  }

  /** True while the edit of entry `id` can still be undone. */
  has(id: number | undefined): boolean {
    return id !== undefined && this.live.has(id);
  }
}

/** Entries kept: far more undo steps than anyone takes back one by one. */
const HISTORY_LIMIT = 10_000;

/** True when `changes` have the shape of the undo of a batch whose inverse is `inverse`. */
function inverts(changes: readonly TextChange[], inverse: ReadonlyArray<readonly [number, number, number]>): boolean {
  if (changes.length !== inverse.length) return false;
  if (changes.length === 1) {
    const c = changes[0]!;
    const [start, removed, inserted] = inverse[0]!;
    return c.start === start && c.end - c.start === removed && c.text.length === inserted;
  }
  // Several changes: positions depend on the order the editor reports them in; their sizes do not.
  const key = (removed: number, inserted: number) => `${removed}:${inserted}`;
  const sizes = changes.map((c) => key(c.end - c.start, c.text.length)).sort();
  const expected = inverse.map(([, removed, inserted]) => key(removed, inserted)).sort();
  return sizes.every((k, i) => k === expected[i]);
}

const histories = new WeakMap<readonly Tag[], UndoHistory>();

/** True when `change` has the shape of the undo of a change of shape `shape`. */
function hasUndoShape(change: TextChange, shape: Shape): boolean {
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
  if (changes.length === 0) return effect;
  const mayUndo = reason === undefined || reason === 'undo';
  // With the reason known, the batch is an entry of the undo history, or takes one back.
  let history: UndoHistory | undefined;
  let entry: number | undefined;
  let undone: number | undefined;
  if (reason !== undefined) {
    history = histories.get(tags);
    if (!history) histories.set(tags, (history = new UndoHistory()));
    if (reason === 'undo') undone = history.undo(changes);
    else entry = history.push(changes);
  }
  /** True when this batch may give back what the edit of `recorded` took: it is that edit's undo. */
  const undoes = (recorded: number | undefined): boolean => (history ? undone !== undefined && recorded === undone : mayUndo);
  /** True while words taken by the edit of `recorded` may still come back: its undo is this batch or still ahead. */
  const canComeBack = (recorded: number | undefined): boolean => !history || history.has(recorded) || (recorded !== undefined && recorded === undone);
  /** Drops, from the newest end, cuts whose edit can no longer be undone. */
  const liveCuts = (cuts: Cut[] | undefined): Cut[] | undefined => {
    if (cuts && history) while (cuts.length && !canComeBack(cuts[cuts.length - 1]!.entry)) cuts.pop();
    return cuts;
  };
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
        const t = takenFrom.get(tag);
        // Words whose edit can no longer be undone can no longer come back.
        if (t?.lost && !canComeBack(t.lost.entry)) delete t.lost;
        const lost = t?.lost;
        if (lost) {
          if (undoes(lost.entry) && s <= lost.hi && e >= lost.lo && inserted > 0 && hasUndoShape(change, lost.shape) && change.text.startsWith(lost.words, lost.offset)) {
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
        const cut = mayUndo && e === a && inserted > 0 ? liveCuts(takenFrom.get(tag)?.fromStart) : undefined;
        const back = cut?.[cut.length - 1];
        if (back && undoes(back.entry) && hasUndoShape(change, back) && change.text.endsWith(back.words)) {
          cut!.pop();
          tag.start -= back.words.length;
          touched.add(tag);
          effect.changed = true;
        }
        continue;
      }
      if (s >= b) {
        const cut = mayUndo && s === b && inserted > 0 ? liveCuts(takenFrom.get(tag)?.fromEnd) : undefined;
        const back = cut?.[cut.length - 1];
        if (back && undoes(back.entry) && hasUndoShape(change, back) && change.text.startsWith(back.words)) {
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
          t.lost = { offset: a - s, words, status: tag.status, shape, lo: s, hi: s + inserted, entry };
          if (tag.anchorNote !== undefined) t.lost.anchorNote = tag.anchorNote;
        } else delete t.lost;
        tag.start = tag.end = s;
        tag.status = 'orphaned';
        tag.anchorNote = 'Its words were deleted in the editor.';
        effect.orphaned.push(tag);
        if (inserted >= tag.quote.length) reload.push({ tag, change, offset: a - s });
      } else if (s < a) {
        // Its first words are gone; text put in before them stays outside.
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape, entry });
        tag.start = s + inserted;
        tag.end = b + delta;
      } else if (e > b || (e === b && inserted === 0 && s > a)) {
        // Its last words are gone.
        if (words !== undefined) taken(tag).fromEnd.push({ words: words.slice(s - a), ...shape, entry });
        tag.end = s;
      } else if (s === a && inserted === 0) {
        // Its first words deleted, nothing put in.
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape, entry });
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
