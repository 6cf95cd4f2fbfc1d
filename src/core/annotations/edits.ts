/**
 * Tags following edits while a transcript is open. A tag whose words no edit
 * touches keeps exactly those words; one whose words are all deleted becomes
 * orphaned (kept, with its quote, never dropped); one whose words come back
 * (undo, a reload of the file) is found again.
 */
import { contextMatches, contextScore } from './context';
import type { Tag } from './model';

/** A change: [start, end) in UTF-16 offsets of the text before it, replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** Reads the text after the changes, between two UTF-16 offsets (clamped). */
export type TextReader = (start: number, end: number) => string;

/** What a batch of changes did to the tags. */
export interface EditEffect {
  /** True when any tag moved, changed its words or its status. */
  changed: boolean;
  /** Tags that lost all their words in this batch. */
  orphaned: Tag[];
  /** Tags found again in text the batch put back (undo, reload). */
  restored: Tag[];
}

/**
 * Applies changes in order, each relative to the text the previous one left
 * (as VS Code reports them), then looks for the words of tags the changes
 * orphaned or cut in the text they put in.
 */
export function applyChanges(tags: Tag[], changes: readonly TextChange[], read?: TextReader): EditEffect {
  const effect: EditEffect = { changed: false, orphaned: [], restored: [] };
  /** Tags to look for after the batch, with how far around them to look. */
  const recheck = new Map<Tag, number>();
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
        // An orphan's last known place is a point; text put in at that point may hold its words again.
        if (e < a || (e === a && s < a)) {
          if (delta !== 0) {
            tag.start = a + delta;
            tag.end = b + delta;
            effect.changed = true;
          }
        } else if (s <= a) {
          tag.start = tag.end = s;
          effect.changed = true;
          if (inserted >= tag.quote.length) recheck.set(tag, inserted + tag.quote.length);
        }
        continue;
      }
      // Text put in right beside a tag that lost some of its words may bring them back (undo).
      const cut = inserted > 0 && (e === a || s === b) && b - a !== tag.quote.length;
      if (e <= a) {
        // Entirely before the tag: typing right before a tag moves it along.
        if (delta !== 0) {
          tag.start = a + delta;
          tag.end = b + delta;
          effect.changed = true;
        }
        if (cut) recheck.set(tag, inserted + tag.quote.length);
        continue;
      }
      if (s >= b) {
        if (cut) recheck.set(tag, inserted + tag.quote.length);
        continue;
      }
      effect.changed = true;
      if (s <= a && e >= b) {
        tag.start = tag.end = s;
      } else if (s >= a && e <= b) {
        tag.end = b + delta;
      } else if (s < a) {
        tag.start = s + inserted;
        tag.end = b + delta;
      } else {
        tag.end = s;
      }
      if (tag.end <= tag.start) {
        tag.end = tag.start;
        tag.status = 'orphaned';
        tag.anchorNote = 'Its words were deleted in the editor.';
        effect.orphaned.push(tag);
      }
      if (inserted >= tag.quote.length) recheck.set(tag, inserted + tag.quote.length);
    }
  }
  if (read) {
    for (const [tag, slack] of recheck) {
      if (tag.status !== 'orphaned' && read(tag.start, tag.end) === tag.quote) continue;
      if (findAgain(tag, slack, read)) {
        const i = effect.orphaned.indexOf(tag);
        if (i >= 0) effect.orphaned.splice(i, 1);
        effect.restored.push(tag);
        effect.changed = true;
      }
    }
  }
  return effect;
}

/** Looks for a tag's exact words near where it was; true when found. */
function findAgain(tag: Tag, slack: number, read: TextReader): boolean {
  const margin = 2 * (tag.prefix.length + tag.suffix.length) + 64;
  const from = Math.max(0, tag.start - slack - margin);
  const window = read(from, tag.end + slack + margin);
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = window.indexOf(tag.quote); at >= 0; at = window.indexOf(tag.quote, at + 1)) {
    const score = contextScore(window, at, at + tag.quote.length, tag.prefix, tag.suffix);
    const distance = Math.abs(from + at - tag.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best < 0) return false;
  const whole = contextMatches(window, best, best + tag.quote.length, tag.prefix, tag.suffix) || (from === 0 && bestScore === 1);
  tag.start = from + best;
  tag.end = tag.start + tag.quote.length;
  if (whole) {
    tag.status = 'anchored';
    delete tag.anchorNote;
  } else {
    tag.status = 'moved';
    tag.anchorNote = 'Its words were put back in the editor, with different words around them.';
  }
  return true;
}
