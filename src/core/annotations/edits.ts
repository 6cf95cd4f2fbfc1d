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
import { ambiguityNote, reanchorTags } from './reanchor';
import { contextMatches } from './context';
import { editDistance, FUZZY_THRESHOLD } from './fuzzy';
import { wordsInOrder } from './betweenSides';
import { normalized } from './normalize';
import { quoteOccurrences } from './occurrences';
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
/**
 * Why the text changed, as the editor tells it: an edit of the user's, an
 * undo, a redo, or a reload (the editor put a file's new version in place of
 * the text, which is unchanged since its last save: no edit of the user's).
 */
export type EditReason = 'edit' | 'undo' | 'redo' | 'reload';

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
  /** The edits that can still be undone, oldest first. */
  private readonly stack: Entry[] = [];
  private readonly live = new Set<number>();
  /** Undone steps a redo may do again, the last undone last. */
  private readonly redos: Array<{ entries: Entry[]; after: Snapshot[] }> = [];

  /** Records a batch of edits; returns its entry. */
  push(changes: readonly TextChange[], edit = true): number {
    if (edit) this.redos.length = 0;
    const id = this.next++;
    this.stack.push({ id, changes: changes.map((c) => [c.start, c.end, c.text.length]), texts: changes.map((c) => c.text), before: [] });
    this.live.add(id);
    if (this.stack.length > HISTORY_LIMIT) this.live.delete(this.stack.shift()!.id);
    return id;
  }

  /**
   * Takes back what `changes` undo: the newest entry, or the newest few
   * together when the editor merged them into one undo step (their changes
   * then compose into the one change the undo inverts). When they undo
   * nothing the history holds, it is forgotten.
   */
  undo(changes: readonly TextChange[]): Undone | undefined {
    const top = this.stack[this.stack.length - 1];
    if (top && inverts(changes, top.changes) && (changes.length !== 1 || this.couldBeBefore(1, top.changes[0]![0], top.changes[0]![1], changes[0]!.text))) {
      this.stack.pop();
      this.live.delete(top.id);
      return { exact: top.id, ids: new Set([top.id]), before: new Map(), entries: [top] };
    }
    const step = this.mergedStep(changes);
    if (step > 0) {
      const taken = this.stack.splice(this.stack.length - step, step);
      for (const t of taken) this.live.delete(t.id);
      // Each tag as it was before the first edit of the step that changed it, placed on the text before the step.
      const before = new Map<Tag, Snapshot>();
      taken.forEach((entry, k) => {
        for (const snap of entry.before) {
          if (before.has(snap.tag)) continue;
          const start = toStepStart(taken, k, snap.change, snap.start, snap.end - snap.start);
          if (start !== undefined) before.set(snap.tag, { ...snap, start, end: start + snap.end - snap.start });
        }
      });
      return { ids: new Set(taken.map((t) => t.id)), before, entries: taken };
    }
    this.forget();
    return undefined;
  }

  /** Keeps what an undo took back, with every tag as it stood before the undo, for a redo. */
  keepForRedo(entries: Entry[], after: Snapshot[]): void {
    this.redos.push({ entries, after });
  }

  /**
   * Takes `changes` for the redo of the last undo when they have its shape,
   * puts its entries back and returns them with the tags as they stood before
   * the undo; otherwise records them as a new entry (returned as a number).
   */
  redo(changes: readonly TextChange[]): { entries: Entry[]; after: Snapshot[] } | number {
    const last = this.redos[this.redos.length - 1];
    if (last) {
      let ours: Region[] = [];
      for (let k = last.entries.length - 1; k >= 0; k--) {
        const done = last.entries[k]!.changes;
        for (let c = done.length - 1; c >= 0; c--) ours = prepend(ours, ...done[c]!);
      }
      let theirs: Region[] = [];
      for (let c = changes.length - 1; c >= 0; c--) theirs = prepend(theirs, changes[c]!.start, changes[c]!.end, changes[c]!.text.length);
      if (ours.length === theirs.length && ours.every((r, i) => r.every((x, j) => x === theirs[i]![j]))) {
        this.redos.pop();
        for (const entry of last.entries) {
          if (last.entries.length === 1) {
            // One entry's changes are made again, as the redo reports them, and remember the tags afresh.
            entry.changes = changes.map((c) => [c.start, c.end, c.text.length]);
            entry.texts = changes.map((c) => c.text);
            entry.before = [];
          }
          this.stack.push(entry);
          this.live.add(entry.id);
        }
        return last;
      }
    }
    this.redos.length = 0;
    return this.push(changes, false);
  }

  /** Forgets every entry: the tags can no longer tell what an undo or redo brings back. */
  private forget(): void {
    this.stack.length = 0;
    this.live.clear();
    this.redos.length = 0;
  }

  /**
   * False when `text` cannot be what stood at [start, end) before the newest
   * `k` entries: an older entry had put other text in there that still stood
   * then. An undo with the shape of a few entries' inverse may undo a longer
   * merged step; the text it puts back tells them apart.
   */
  private couldBeBefore(k: number, start: number, end: number, text: string): boolean {
    const first = this.stack.length - k;
    for (let j = first - 1; j >= 0 && j >= first - TEXT_CHECK_DEPTH; j--) {
      const entry = this.stack[j]!;
      for (let c = 0; c < entry.changes.length; c++) {
        const put = entry.texts[c]!;
        // What this change put in, followed through the changes after it up to the step: [where, offset in `put`, length].
        let pieces: Array<[number, number, number]> = [[entry.changes[c]![0], 0, put.length]];
        for (let jj = j; jj < first && pieces.length; jj++) {
          const later = this.stack[jj]!.changes;
          for (let cc = jj === j ? c + 1 : 0; cc < later.length; cc++) pieces = survive(pieces, ...later[cc]!);
        }
        for (const [p, f, length] of pieces) {
          const lo = Math.max(start, p);
          const hi = Math.min(end, p + length);
          if (lo < hi && text.slice(lo - start, hi - start) !== put.slice(f + lo - p, f + hi - p)) return false;
        }
      }
    }
    return true;
  }

  /** How many of the newest entries compose into the change(s) `undo` inverts (0 when none do). */
  private mergedStep(undo: readonly TextChange[]): number {
    // What the undo does, as regions of the text before it; and the newest entries composed, as regions of the
    // text before the oldest entry taken, each with how many characters it holds after the newest.
    let target: Region[] = [];
    for (let c = undo.length - 1; c >= 0; c--) target = prepend(target, undo[c]!.start, undo[c]!.end, undo[c]!.text.length);
    let regions: Region[] = [];
    for (let k = 1; k <= this.stack.length && k <= MERGE_LIMIT; k++) {
      const entry = this.stack[this.stack.length - k]!;
      for (let c = entry.changes.length - 1; c >= 0; c--) regions = prepend(regions, ...entry.changes[c]!);
      // Edits scattered far and wide will not fold back into the undo's few regions: stop before the search costs a pause.
      if (regions.length > target.length + MERGE_SPREAD) return 0;
      if (regions.length !== target.length) continue;
      // The undo's regions are the entries' regions seen from the other side: where the entries left their text.
      let shift = 0;
      let inverse = true;
      for (let r = 0; r < regions.length && inverse; r++) {
        const [start, end, length] = regions[r]!;
        const [us, ue, ul] = target[r]!;
        inverse = us === start + shift && ue - us === length && ul === end - start;
        shift += length - (end - start);
      }
      if (!inverse) continue;
      if (undo.length === 1 && regions.length === 1 && !this.couldBeBefore(k, regions[0]![0], regions[0]![1], undo[0]!.text)) continue;
      return k;
    }
    return 0;
  }

  /** Remembers a tag as it was before change `change` of entry `id` changed its words. */
  snapshot(id: number, change: number, tag: Tag): void {
    const entry = this.stack[this.stack.length - 1];
    if (entry?.id !== id) return;
    entry.before.push(snapshotOf(tag, change));
  }

  /** True while the edit of entry `id` can still be undone. */
  has(id: number | undefined): boolean {
    return id !== undefined && this.live.has(id);
  }
}

/** One entry of the undo history. */
interface Entry {
  id: number;
  /** Its changes as [start, end, length put in], in order, each on the text the previous one left. */
  changes: Array<[start: number, end: number, inserted: number]>;
  /** The text each change put in. */
  texts: string[];
  /** The tags its change (when it made one) changed, as they were before it. */
  before: Snapshot[];
}

/** A tag's place and status before one change of an entry (or before an undo). */
interface Snapshot {
  tag: Tag;
  /** Which change of the entry: the place is on the text the changes before it left. */
  change: number;
  start: number;
  end: number;
  status: Tag['status'];
  anchorNote?: string;
  candidates?: Array<{ start: number; end: number }>;
}

/** A tag as it stands now. */
function snapshotOf(tag: Tag, change = 0): Snapshot {
  const snap: Snapshot = { tag, change, start: tag.start, end: tag.end, status: tag.status };
  if (tag.anchorNote !== undefined) snap.anchorNote = tag.anchorNote;
  if (tag.candidates) snap.candidates = tag.candidates.map((c) => ({ ...c }));
  return snap;
}

/** What an undo took back. */
interface Undone {
  /** The one entry it took back exactly (its changes inverted one by one). */
  exact?: number;
  /** Every entry it took back. */
  ids: Set<number>;
  /** For a merged step: the tags its edits changed, as they were before it, on the text the undo restored. */
  before: Map<Tag, Snapshot>;
  /** The entries taken back, oldest first. */
  entries: Entry[];
}

/** Entries kept: far more undo steps than anyone takes back one by one. */
const HISTORY_LIMIT = 10_000;

/** Older entries whose typing an undo's text is checked against. */
const TEXT_CHECK_DEPTH = 16;

/** Pieces of typed text ([where, offset, length]) after a change of [s, e) into `n` characters: what it did not delete, moved. */
function survive(pieces: ReadonlyArray<readonly [number, number, number]>, s: number, e: number, n: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const [p, f, length] of pieces) {
    if (p < s) out.push([p, f, Math.min(length, s - p)]);
    if (p + length > e) {
      const from = Math.max(p, e);
      out.push([from + n - (e - s), f + from - p, p + length - from]);
    }
  }
  return out;
}

/** How many more regions than the undo has the composed entries may spread over while the search goes on. */
const MERGE_SPREAD = 64;

/** Entries composed at most into one merged undo step (a typed run of this many characters). */
const MERGE_LIMIT = 10_000;

/** A region of a text replaced by composed changes: [start, end) of the text before them, and how many characters it holds after. */
type Region = [start: number, end: number, length: number];

/**
 * Regions (sorted, disjoint) that later changes made, with a change of
 * [s, e) into `n` characters put before them: the regions on the text before
 * that change. Regions that touch what it put in become one with it.
 */
function prepend(regions: readonly Region[], s: number, e: number, n: number): Region[] {
  const shift = e - s - n;
  const next: Region[] = [];
  let merged: Region = [s, e, n];
  for (const [rs, re, rl] of regions) {
    if (re < s) next.push([rs, re, rl]);
    else if (rs > s + n) next.push([rs + shift, re + shift, rl]);
    else {
      const start = Math.min(merged[0], rs);
      const end = Math.max(merged[1], re >= s + n ? re + shift : e);
      merged = [start, end, merged[2] + (rl - (re - rs)) + (end - start) - (merged[1] - merged[0])];
    }
  }
  next.push(merged);
  return next.sort((x, y) => x[0] - y[0]);
}

/**
 * Where `length` characters at `at` on the text before change `c` of
 * `entries[k]` stood before the first of `entries`; undefined when an earlier
 * change put some of them in (never, for a tag no earlier change touched).
 */
function toStepStart(entries: readonly Entry[], k: number, c: number, at: number, length: number): number | undefined {
  let p = at;
  for (let i = k; i >= 0; i--) {
    const changes = entries[i]!.changes;
    for (let j = (i === k ? c : changes.length) - 1; j >= 0; j--) {
      const [s, e, n] = changes[j]!;
      if (p + length <= s) continue;
      if (p >= s + n) p += e - s - n;
      else return undefined;
    }
  }
  return p;
}

/** True when `changes` have the shape of the undo of a batch whose changes were `done` ([start, end, length put in]). */
function inverts(changes: readonly TextChange[], done: ReadonlyArray<readonly [number, number, number]>): boolean {
  if (changes.length !== done.length) return false;
  if (changes.length === 1) {
    const c = changes[0]!;
    const [start, end, inserted] = done[0]!;
    return c.start === start && c.end - c.start === inserted && c.text.length === end - start;
  }
  // Several changes: positions depend on the order the editor reports them in; their sizes do not.
  const key = (removed: number, put: number) => `${removed}:${put}`;
  const sizes = changes.map((c) => key(c.end - c.start, c.text.length)).sort();
  const expected = done.map(([start, end, inserted]) => key(inserted, end - start)).sort();
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
 * Tags are found again in a passage put in their place only by a reload (or
 * when the reason is not known): the user's own edit over all of a tag's words
 * orphans it, whatever it types, the same words included.
 */
export function applyChanges(tags: Tag[], changes: readonly TextChange[], read?: TextReader, reason?: EditReason): EditEffect {
  const effect: EditEffect = { changed: false, orphaned: [], restored: [] };
  if (changes.length === 0) return effect;
  const mayUndo = reason === undefined || reason === 'undo';
  const mayReload = reason === undefined || reason === 'reload';
  // With the reason known, the batch is an entry of the undo history, or takes one back.
  let history: UndoHistory | undefined;
  let entry: number | undefined;
  let undone: Undone | undefined;
  let redone: Snapshot[] | undefined;
  if (reason !== undefined) {
    history = histories.get(tags);
    if (!history) histories.set(tags, (history = new UndoHistory()));
    if (reason === 'undo') {
      undone = history.undo(changes);
    } else if (reason === 'redo') {
      const again = history.redo(changes);
      if (typeof again === 'number') entry = again;
      else {
        redone = again.after;
        if (again.entries.length === 1) entry = again.entries[0]!.id;
      }
    } else entry = history.push(changes);
  }
  /** True when this batch may give back what the edit of `recorded` took: it is that edit's undo. */
  const undoes = (recorded: number | undefined): boolean => (history ? recorded !== undefined && recorded === undone?.exact : mayUndo);
  /** True while words taken by the edit of `recorded` may still come back: its undo is this batch or still ahead. */
  const canComeBack = (recorded: number | undefined): boolean => !history || history.has(recorded) || (recorded !== undefined && undone?.ids.has(recorded) === true);
  // Before an undo, every tag as it stands; the ones its changes reach are kept for a redo.
  const before = undone ? tags.map((t) => ({ start: t.start, end: t.end, status: t.status, anchorNote: t.anchorNote, candidates: t.candidates })) : undefined;
  const reached = new Set<number>();
  /** Drops, from the newest end, cuts whose edit can no longer be undone. */
  const liveCuts = (cuts: Cut[] | undefined): Cut[] | undefined => {
    if (cuts && history) while (cuts.length && !canComeBack(cuts[cuts.length - 1]!.entry)) cuts.pop();
    return cuts;
  };
  const touched = new Set<Tag>();
  /** Tags a change orphaned, with where their words stood in its deleted text, to look for in the text it put in. */
  const reload: Array<{ tag: Tag; change: TextChange; offset: number }> = [];
  /** Tags a reload changed in part (inside, or their first or last words), with their words before it, to weigh against what stands there now. */
  const replacedInside: Array<{ tag: Tag; words: string; at: number }> = [];
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const s = change.start;
    const e = change.end;
    const inserted = change.text.length;
    const delta = inserted - (e - s);
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      const a = tag.start;
      const b = tag.end;
      if (before && s <= b && e >= a) reached.add(i);
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
          if (mayReload && inserted >= tag.quote.length && e > s) reload.push({ tag, change, offset: a - s });
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
          const words = wordsOf(tag);
          tag.start -= back.words.length;
          if (words !== undefined) wordsAfter.set(tag, back.words + words);
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
          const words = wordsOf(tag);
          tag.end += back.words.length;
          if (words !== undefined) wordsAfter.set(tag, words + back.words);
          touched.add(tag);
          effect.changed = true;
        }
        continue;
      }
      if (entry !== undefined) history!.snapshot(entry, c, tag);
      effect.changed = true;
      touched.add(tag);
      // Its words are followed through the batch's changes, so that the next change of the batch knows them too.
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
        if (mayReload && inserted >= tag.quote.length) reload.push({ tag, change, offset: a - s });
      } else if (s < a) {
        // Its first words are gone; text put in before them stays outside.
        if (reason === 'reload') replacedInside.push({ tag, words: words ?? tag.quote, at: a });
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape, entry });
        tag.start = s + inserted;
        tag.end = b + delta;
        if (words !== undefined) wordsAfter.set(tag, words.slice(e - a));
      } else if (e > b || (e === b && inserted === 0 && s > a)) {
        // Its last words are gone.
        if (reason === 'reload') replacedInside.push({ tag, words: words ?? tag.quote, at: a });
        if (words !== undefined) taken(tag).fromEnd.push({ words: words.slice(s - a), ...shape, entry });
        tag.end = s;
        if (words !== undefined) wordsAfter.set(tag, words.slice(0, s - a));
      } else if (s === a && inserted === 0) {
        // Its first words deleted, nothing put in.
        if (words !== undefined) taken(tag).fromStart.push({ words: words.slice(0, e - a), ...shape, entry });
        tag.end = b + delta;
        if (words !== undefined) wordsAfter.set(tag, words.slice(e - a));
      } else {
        // An edit inside its words stays inside.
        if (reason === 'reload') replacedInside.push({ tag, words: words ?? tag.quote, at: a });
        tag.end = b + delta;
        if (words !== undefined) wordsAfter.set(tag, words.slice(0, s - a) + change.text + words.slice(e - a));
      }
    }
  }
  if (undone && undone.exact === undefined) restoreMerged(undone, effect, touched);
  if (redone) restoreRedone(redone, effect, touched);
  if (undone && before) {
    // A redo returns the tags this undo reached to where they stood before it; the others it only moved along.
    for (let i = 0; i < before.length; i++) if (touched.has(tags[i]!)) reached.add(i);
    const kept: Snapshot[] = [];
    for (const i of reached) {
      const { start, end, status, anchorNote, candidates } = before[i]!;
      const snap: Snapshot = { tag: tags[i]!, change: 0, start, end, status };
      if (anchorNote !== undefined) snap.anchorNote = anchorNote;
      if (candidates) snap.candidates = candidates.map((c) => ({ ...c }));
      kept.push(snap);
    }
    history!.keepForRedo(undone.entries, kept);
  }
  if (read) {
    // The tags a reload's one change orphaned, where their words stood in the passage it replaced: beside them the
    // tags it changed in part are weighed (what stands twice there tells a copy from a move).
    const gone = reason === 'reload' && changes.length === 1 ? reload.map(({ tag, change, offset }) => ({ tag, at: change.start + offset })) : [];
    if (replacedInside.length) refindReplacedInside(tags, replacedInside, effect, read, gone);
    if (reload.length) restoreReloaded(reload, effect, touched, read);
    if (reason === 'reload' && changes.length === 1) leaveReloadedTwins(tags, changes[0]!, effect, touched, read);
    for (const tag of touched) if (tag.status !== 'orphaned') wordsAfter.set(tag, read(tag.start, tag.end));
  }
  return effect;
}

/**
 * An undo of a step the editor merged from several edits (a typed run, a
 * run of backspaces) puts the text back as it was before the step: each tag
 * an edit of the step changed is put back as it was before that edit, its
 * words again on their own characters (the step's own typing is gone).
 */
function restoreMerged(undone: Undone, effect: EditEffect, touched: Set<Tag>): void {
  for (const snap of undone.before.values()) {
    const t = takenFrom.get(snap.tag);
    if (t) {
      // What the step's edits (and this undo) took is back; older cuts wait for their own undo.
      delete t.lost;
      const older = (c: Cut) => c.entry !== undefined && !undone.ids.has(c.entry);
      t.fromStart = t.fromStart.filter(older);
      t.fromEnd = t.fromEnd.filter(older);
    }
    putBack(snap, effect, touched);
  }
}

/**
 * A redo makes the text what it was before the undo it does again: every
 * tag goes back to where it stood then (the redo's changes, composed by the
 * editor, cannot say which typed characters were inside a tag).
 */
function restoreRedone(after: readonly Snapshot[], effect: EditEffect, touched: Set<Tag>): void {
  for (const snap of after) {
    const tag = snap.tag;
    const same = tag.start === snap.start && tag.end === snap.end && tag.status === snap.status && tag.anchorNote === snap.anchorNote;
    if (!same || !tag.candidates !== !snap.candidates) putBack(snap, effect, touched);
  }
}

/** Puts a tag back as a snapshot has it, and says so in the batch's effect. */
function putBack(snap: Snapshot, effect: EditEffect, touched: Set<Tag>): void {
  const tag = snap.tag;
  const wasOrphan = tag.status === 'orphaned';
  tag.start = snap.start;
  tag.end = snap.end;
  tag.status = snap.status;
  if (snap.anchorNote !== undefined) tag.anchorNote = snap.anchorNote;
  else delete tag.anchorNote;
  if (snap.candidates) tag.candidates = snap.candidates.map((c) => ({ ...c }));
  else delete tag.candidates;
  touched.add(tag);
  effect.changed = true;
  const k = effect.orphaned.indexOf(tag);
  if (tag.status === 'orphaned') {
    if (!wasOrphan && k < 0) effect.orphaned.push(tag);
  } else {
    if (k >= 0) effect.orphaned.splice(k, 1);
    if (wasOrphan) effect.restored.push(tag);
  }
}

/** Words longer than this are compared word by word only: the table of characters would be too large. */
const MAX_COMPARED = 3000;

/** True when `b` is at least 80 % like `a`, character by character or by its words standing in order (forms folded). */
function stillAlike(a: string, b: string): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (x === y) return true;
  if (x.length + y.length <= MAX_COMPARED && 1 - editDistance(x, y) / Math.max(1, x.length, y.length) >= FUZZY_THRESHOLD) return true;
  return wordsInOrder(x.trim(), y.trim()) >= FUZZY_THRESHOLD;
}

/**
 * Tags a reload changed in part: a user's edit inside a tag's words stays inside it, and one that deletes some of them
 * leaves it on the rest, but a new version of the file put in by the editor may have replaced most of them with other
 * text (a paragraph moved into the middle of a long tag), or left most of them only in lines that a copy of their
 * passage put before them has in common with the old version. Where what the tag now covers is less than 80 % like
 * its words, the tag is found again in the whole text as the sidecar's way finds it, never left on words that are no
 * longer (or not proven to be) its own.
 */
function refindReplacedInside(tags: Tag[], items: Array<{ tag: Tag; words: string; at: number }>, effect: EditEffect, read: TextReader, gone: ReadonlyArray<{ tag: Tag; at: number }> = []): void {
  const targets = items.filter(({ tag, words }) => tag.status !== 'orphaned' && !stillAlike(words, read(tag.start, tag.end)));
  if (targets.length === 0) return;
  // Beside the tags the reload orphaned, each is weighed where its words began before it, as they are.
  const at = gone.length ? new Map(targets.map((t) => [t.tag, t.at])) : undefined;
  const found = asTheSidecarFinds(tags, new Map(targets.map(({ tag, words }) => [tag, words])), read(0, Number.MAX_SAFE_INTEGER), gone, at);
  for (const { tag } of targets) {
    const f = found.get(tag)!;
    delete taken(tag).lost;
    if (f.status !== 'orphaned') {
      tag.start = f.start;
      tag.end = f.end;
      tag.status = 'moved';
      tag.anchorNote = f.anchorNote ?? 'It was found on other words.';
      delete tag.candidates;
    } else {
      tag.start = tag.end = f.start;
      tag.status = 'orphaned';
      tag.anchorNote = f.anchorNote ?? 'Its words were replaced when the file changed on disk.';
      if (f.candidates?.length) tag.candidates = f.candidates.map((c) => ({ ...c }));
      effect.orphaned.push(tag);
    }
    effect.changed = true;
  }
}

/**
 * The tags as the sidecar's way finds them in `text`, each weighed beside all the others still placed (the tags
 * around a tag say whether its passage was copied, then its original edited). `words`: the tags looked for, with
 * their words before the change; the others stand where the editor has them.
 */
function asTheSidecarFinds(tags: readonly Tag[], words: ReadonlyMap<Tag, string>, text: string, gone: ReadonlyArray<{ tag: Tag; at: number }> = [], at?: ReadonlyMap<Tag, number>): Map<Tag, Tag> {
  const index = new TextIndex(text);
  const kept = tags.filter((t) => t.status !== 'orphaned' || words.has(t));
  const record = (t: Tag, k: number, from: number, to: number) => {
    const start = index.toCodePoint(Math.min(from, text.length));
    const end = index.toCodePoint(Math.min(to, text.length));
    // Ids made unique here: a result is matched to its tag by it.
    return { ...t, id: `${k}`, quote: words.get(t) ?? t.quote, start, end, status: 'anchored' as const };
  };
  const records = kept.map((t, k) => {
    const from = at?.get(t);
    return from === undefined ? record(t, k, t.start, t.end) : record(t, k, from, from + (words.get(t) ?? t.quote).length);
  });
  // Tags a reload orphaned, where their words stood, weigh with the others (as the sidecar's way has them); their
  // own result is not used here.
  gone.forEach(({ tag, at }, k) => records.push(record(tag, kept.length + k, at, at + tag.quote.length)));
  const out = new Map<Tag, Tag>();
  for (const f of reanchorTags(records, text, index)) if (Number(f.id) < kept.length) out.set(kept[Number(f.id)]!, f);
  return out;
}

/** Unchanged text on either side of a reloaded passage that a tag found again in it may have as its surroundings. */
const AROUND_RELOAD = 64;

/**
 * Tags orphaned by a change that put a long passage in their place (a reload,
 * a paste of the same paragraph): found again inside that passage only, and
 * only where their words and surroundings prove the place.
 */
function restoreReloaded(items: Array<{ tag: Tag; change: TextChange; offset: number }>, effect: EditEffect, touched: Set<Tag>, read: TextReader): void {
  const byChange = new Map<TextChange, Array<{ tag: Tag; offset: number }>>();
  for (const item of items) {
    if (item.tag.status !== 'orphaned') continue;
    const list = byChange.get(item.change) ?? [];
    list.push(item);
    byChange.set(item.change, list);
  }
  for (const [change, list] of byChange) {
    // A later change of the batch may have moved the orphans: the passage starts where the orphan stands now.
    const at = list[0]!.tag.start;
    const passage = change.text;
    // The passage with the unchanged text on either side of it: a tag's stored surroundings reach beyond the lines
    // that changed (a tag on the first changed line has its side before among the lines kept). Its words are looked
    // for in the passage only.
    const lead = read(Math.max(0, at - AROUND_RELOAD), at);
    const text = lead + passage + read(at + passage.length, at + passage.length + AROUND_RELOAD);
    // Notes name lines of the whole text: the text looked in starts on the line where the lead starts.
    const index = new TextIndex(text, new TextIndex(read(0, at - lead.length)).lineCount - 1);
    const records = list.map(({ tag, offset }) => {
      const start = index.toCodePoint(lead.length + Math.min(offset, passage.length));
      // Its extent as it was: the rules that weigh tags inside others (a passage copied whole) compare them.
      const end = Math.max(start, index.toCodePoint(Math.min(text.length, lead.length + offset + tag.quote.length)));
      return { ...tag, start, end, status: 'anchored' as const };
    });
    const inside = (r: { start: number; end: number }) => r.start >= lead.length && r.end <= lead.length + passage.length;
    const found = reanchorTags(records, text, index);
    for (const f of found) {
      const item = list.find((x) => x.tag.id === f.id)!;
      const tag = item.tag;
      const base = tag.start - lead.length;
      if (f.status === 'orphaned' || !inside(f)) {
        // Its words stand more than once in the passage and nothing tells the places apart: the user chooses.
        const candidates = f.status === 'orphaned' ? f.candidates?.filter(inside) : undefined;
        if (candidates?.length) {
          tag.candidates = candidates.map((c) => ({ start: base + c.start, end: base + c.end }));
          if (f.anchorNote !== undefined) tag.anchorNote = f.anchorNote;
          touched.add(tag);
          effect.changed = true;
        }
        continue;
      }
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

/**
 * Tags a reload left where they were (their lines are among those both versions share) whose words and both of
 * their surroundings also stand in the passage it put in: a copy of their passage put right where it stood, the
 * original edited further on, reads to the editor as lines kept. Read back from the sidecar, such a tag's words fit
 * both places equally well, and so they do here: the tag waits with both as candidates, never left on one by chance.
 */
function leaveReloadedTwins(tags: Tag[], change: TextChange, effect: EditEffect, touched: Set<Tag>, read: TextReader): void {
  const at = change.start;
  const end = at + change.text.length;
  const kept = tags.filter((t) => t.status !== 'orphaned' && !touched.has(t) && t.end > t.start && (t.end <= at || t.start >= end));
  if (kept.length === 0 || end === at) return;
  const lo = Math.max(0, at - AROUND_RELOAD);
  const around = read(lo, end + AROUND_RELOAD);
  const hits = quoteOccurrences(kept, around);
  /** Kept tags whose words stand in the new passage, but not with both of their surroundings exactly. */
  const weigh: Tag[] = [];
  kept.forEach((tag, i) => {
    for (const h of hits[i] ?? []) {
      const start = lo + h;
      if (start < at || start + tag.quote.length > end) continue;
      if (!contextMatches(around, h, h + tag.quote.length, tag.prefix, tag.suffix)) {
        if (weigh[weigh.length - 1] !== tag) weigh.push(tag);
        continue;
      }
      // Its own place must hold its words and both surroundings too: else the sidecar's way tells the two apart.
      const from = Math.max(0, tag.start - AROUND_RELOAD);
      const own = read(from, tag.end + AROUND_RELOAD);
      if (own.slice(tag.start - from, tag.end - from) !== tag.quote || !contextMatches(own, tag.start - from, tag.end - from, tag.prefix, tag.suffix)) return;
      const candidates = [{ start: tag.start, end: tag.end }, { start, end: start + tag.quote.length }].sort((x, y) => x.start - y.start);
      const index = new TextIndex(read(0, candidates[1]!.end));
      tag.end = tag.start;
      tag.status = 'orphaned';
      tag.candidates = candidates;
      tag.anchorNote = ambiguityNote(candidates, index);
      touched.add(tag);
      effect.changed = true;
      effect.orphaned.push(tag);
      return;
    }
  });
  if (weigh.length) leaveWeighedTwins(tags, weigh.filter((t) => t.status !== 'orphaned'), at, end, effect, touched, read);
}

/**
 * Kept tags whose words also stand in the passage a reload put in, their surroundings there changed a little (the
 * original edited after a copy of it was put where it stood): weighed as the sidecar's way weighs them, beside all the
 * other tags. Where that way leaves a tag waiting between its place and one in the new passage, it waits here too.
 */
function leaveWeighedTwins(tags: Tag[], weigh: Tag[], at: number, end: number, effect: EditEffect, touched: Set<Tag>, read: TextReader): void {
  if (weigh.length === 0) return;
  const found = asTheSidecarFinds(tags, new Map(), read(0, Number.MAX_SAFE_INTEGER));
  for (const tag of weigh) {
    const f = found.get(tag);
    const candidates = f?.status === 'orphaned' ? f.candidates : undefined;
    if (!candidates || !candidates.some((c) => c.start === tag.start && c.end === tag.end) || !candidates.some((c) => c.start >= at && c.end <= end)) continue;
    tag.end = tag.start;
    tag.status = 'orphaned';
    tag.candidates = candidates.map((c) => ({ ...c }));
    tag.anchorNote = f!.anchorNote ?? ambiguityNote(tag.candidates, new TextIndex(read(0, Number.MAX_SAFE_INTEGER)));
    touched.add(tag);
    effect.changed = true;
    effect.orphaned.push(tag);
  }
}
