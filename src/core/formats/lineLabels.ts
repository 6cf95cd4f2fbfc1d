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

  constructor(lineCount: number) {
    this.at = new Int32Array(lineCount);
  }

  set(line: number, match: LabelMatch): void {
    let k = this.index.get(match);
    if (k === undefined) {
      k = this.matches.push(match) - 1;
      if (this.index.size < DISTINCT) this.index.set(match, k);
    }
    k++;
    if (this.at[line] === 0) this.size++;
    this.at[line] = k;
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
    const at = this.at;
    for (let i = 0; i < at.length; i++) if (at[i] !== 0) counts[at[i]! - 1]!++;
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
    const at = this.at;
    for (let i = line + 1; i < at.length; i++) if (at[i] !== 0) return i;
    return -1;
  }

  /** Deletes the label of every line flagged 1 in `lines`. */
  deleteFlagged(lines: Uint8Array): void {
    const at = this.at;
    for (let i = 0; i < at.length; i++) {
      if (at[i] !== 0 && lines[i] === 1) {
        at[i] = 0;
        this.size--;
      }
    }
  }

  /** Deletes the labels of line `from` and every line after it. */
  deleteFrom(from: number): void {
    const at = this.at;
    for (let i = Math.max(0, from); i < at.length; i++) {
      if (at[i] !== 0) {
        at[i] = 0;
        this.size--;
      }
    }
  }
}
