/**
 * The labels the plain reader found, by line: a number per line pointing at
 * its match, where a `Map` of half a million lines would take tens of
 * megabytes of hash table. Iterated in line order; a label may be deleted
 * while the labels are iterated.
 */
import type { LabelMatch } from './labels';

/** How many distinct match objects are told apart: past it, each further label is an entry of its own. */
const DISTINCT = 4096;

/** Labels by 0-based line, with the labels found inside lines (`mid`). */
export class LineLabels {
  /** 1 + the index in `matches` of each line's label; 0 for none. */
  private readonly at: Int32Array;
  /** The labels' matches, each object once (the label memo gives lines written alike one object): the document-level checks weigh each once, with its count, instead of once per line. */
  private readonly matches: LabelMatch[] = [];
  /** The index in `matches` of each object, for the first DISTINCT objects. */
  private readonly index = new Map<LabelMatch, number>();
  /** How many lines have a label. */
  size = 0;
  /** Labels after the end of a sentence inside a line, by line, in line order. */
  mid: Map<number, LabelMatch[]> | undefined;

  /**
   * Every line a label was ever set on, in line order (`set` is called in line
   * order, or again on a line that has one): the walks below visit these, not
   * every line of the text, most of which is never a label.
   */
  private order: Int32Array;
  /** How many lines `order` holds. */
  private ordered = 0;
  /** Where in `order` the line `next` last returned is: a walk in line order finds its place at once. */
  private cursor = 0;

  constructor(lineCount: number) {
    this.at = new Int32Array(lineCount);
    this.order = new Int32Array(Math.min(lineCount, 1024));
  }

  set(line: number, match: LabelMatch): void {
    let k = this.index.get(match);
    if (k === undefined) {
      k = this.matches.push(match) - 1;
      if (this.index.size < DISTINCT) this.index.set(match, k);
    }
    k++;
    if (this.at[line] === 0) {
      this.size++;
      this.remember(line);
    }
    this.at[line] = k;
  }

  /** Adds `line` to `order`, where it is not yet (a line whose label was deleted and is set again is there already). */
  private remember(line: number): void {
    const last = this.ordered > 0 ? this.order[this.ordered - 1]! : -1;
    if (line === last) return;
    if (line < last) {
      // Out of line order (never by the plain reader): put in its place.
      const at = this.positionOf(line);
      if (at < this.ordered && this.order[at] === line) return;
      this.grow();
      this.order.copyWithin(at + 1, at, this.ordered);
      this.order[at] = line;
      this.ordered++;
      return;
    }
    this.grow();
    this.order[this.ordered++] = line;
  }

  private grow(): void {
    if (this.ordered < this.order.length) return;
    const bigger = new Int32Array(Math.min(this.at.length, this.order.length * 2) || 1);
    bigger.set(this.order);
    this.order = bigger;
  }

  /** The first index of `order` whose line is at or after `line`. */
  private positionOf(line: number): number {
    const order = this.order;
    let lo = 0;
    let hi = this.ordered;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order[mid]! < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(line: number): LabelMatch | undefined {
    const k = line >= 0 && line < this.at.length ? this.at[line]! : 0;
    return k === 0 ? undefined : this.matches[k - 1];
  }

  /** The id of line `line`'s label (its match's index, shared by the lines whose match is the same object), or -1. */
  idAt(line: number): number {
    return this.at[line]! - 1;
  }

  /** The match of an id `idAt` gave. */
  matchOf(id: number): LabelMatch {
    return this.matches[id]!;
  }

  /** How many ids there are (every id is below it). */
  get ids(): number {
    return this.matches.length;
  }

  /** How many lines hold each id's label now. */
  countById(): Int32Array {
    const counts = new Int32Array(this.matches.length);
    const { at, order } = this;
    for (let k = 0; k < this.ordered; k++) {
      const id = at[order[k]!]!;
      if (id !== 0) counts[id - 1]!++;
    }
    return counts;
  }

  has(line: number): boolean {
    return line >= 0 && line < this.at.length && this.at[line] !== 0;
  }

  delete(line: number): void {
    if (!this.has(line)) return;
    this.at[line] = 0;
    this.size--;
  }

  /** The first line with a label, or -1: with `next`, the labels in line order, without an iterator object or an entry per label (this runs once per file, mostly before it is optimised). */
  first(): number {
    return this.next(-1);
  }

  /** The next line after `line` with a label, or -1. */
  next(line: number): number {
    const { at, order } = this;
    // Walked in line order, `line` is where the last call left it; otherwise its place is looked up.
    let k = this.cursor < this.ordered && order[this.cursor] === line ? this.cursor + 1 : this.positionOf(line + 1);
    for (; k < this.ordered; k++) {
      const i = order[k]!;
      if (at[i] !== 0) {
        this.cursor = k;
        return i;
      }
    }
    return -1;
  }

  /** Deletes the label of every line flagged 1 in `lines`. */
  deleteFlagged(lines: Uint8Array): void {
    const { at, order } = this;
    for (let k = 0; k < this.ordered; k++) {
      const i = order[k]!;
      if (at[i] !== 0 && lines[i] === 1) {
        at[i] = 0;
        this.size--;
      }
    }
  }

  /** Deletes the labels of line `from` and every line after it. */
  deleteFrom(from: number): void {
    const { at, order } = this;
    for (let k = this.positionOf(Math.max(0, from)); k < this.ordered; k++) {
      const i = order[k]!;
      if (at[i] !== 0) {
        at[i] = 0;
        this.size--;
      }
    }
  }
}
