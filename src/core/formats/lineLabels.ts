/**
 * The labels the plain reader found, by line: a number per line pointing at
 * its match, where a `Map` of half a million lines would take tens of
 * megabytes of hash table. Iterated in line order; a label may be deleted
 * while the labels are iterated.
 */
import type { LabelMatch } from './labels';

/** Labels by 0-based line, with the labels found inside lines (`mid`). */
export class LineLabels {
  /** 1 + the index in `matches` of each line's label; 0 for none. */
  private readonly at: Int32Array;
  private readonly matches: LabelMatch[] = [];
  /** How many lines have a label. */
  size = 0;
  /** Labels after the end of a sentence inside a line, by line, in line order. */
  mid: Map<number, LabelMatch[]> | undefined;

  constructor(lineCount: number) {
    this.at = new Int32Array(lineCount);
  }

  set(line: number, match: LabelMatch): void {
    const k = this.matches.push(match);
    if (this.at[line] === 0) this.size++;
    this.at[line] = k;
  }

  get(line: number): LabelMatch | undefined {
    const k = line >= 0 && line < this.at.length ? this.at[line]! : 0;
    return k === 0 ? undefined : this.matches[k - 1];
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
