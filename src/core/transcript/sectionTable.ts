/**
 * Sections kept as columns, beside a `TurnTable`: a transcript of half a
 * million short turns has tens of thousands of Q&A sections, and the outline
 * needs only their kinds and lines. `Section` objects, with their words for
 * people, are made only for the users that need them (`sections()`).
 */
import type { Section, SectionKind } from './model';
import type { TurnTable } from './turnTable';

/** Section kinds by their code in `SectionTable.kind`. */
const KINDS: readonly SectionKind[] = ['header', 'opening', 'qa', 'closing', 'boilerplate'];
const KIND_CODE: Readonly<Record<SectionKind, number>> = { header: 0, opening: 1, qa: 2, closing: 3, boilerplate: 4 };
const TITLES: Readonly<Record<SectionKind, string>> = { header: 'Header', opening: 'Opening statement', qa: 'Q&A', closing: 'Closing', boilerplate: 'Boilerplate' };

/** The first size of the columns; they double as sections are added. */
const FIRST_SIZE = 16;

/** A transcript's sections as columns; the fields mean what `Section`'s fields of the same names mean. */
export class SectionTable {
  /** How many sections there are. */
  count = 0;
  /** The kind's code (see `kindOf`). */
  kind = new Uint8Array(FIRST_SIZE);
  line = new Int32Array(FIRST_SIZE);
  endLine = new Int32Array(FIRST_SIZE);
  start = new Int32Array(FIRST_SIZE);
  end = new Int32Array(FIRST_SIZE);
  /** The section's turns are `turnFrom[k]` to `turnTo[k]` (exclusive) of the turn table. */
  turnFrom = new Int32Array(FIRST_SIZE);
  turnTo = new Int32Array(FIRST_SIZE);
  /** The number of each Q&A section (1, 2...), 0 for the others. */
  number = new Int32Array(FIRST_SIZE);
  private qaCount = 0;
  /** Details made before the turns' offsets changed (`fixDetails`). */
  private fixed: string[] | undefined;
  /** The `Section` objects this table was made from (`fromSections`). */
  private source: Section[] | undefined;

  /**
   * `detail` makes section `k`'s words for people (`Section.detail`) from the
   * turns and the text, when they are asked for.
   */
  constructor(
    readonly turns: TurnTable | undefined,
    private readonly detail: (k: number) => string,
  ) {}

  /** Adds a section. */
  add(kind: SectionKind, line: number, endLine: number, start: number, end: number, turnFrom: number, turnTo: number): void {
    const k = this.count;
    if (k === this.kind.length) this.grow(k * 2);
    this.kind[k] = KIND_CODE[kind];
    this.line[k] = line;
    this.endLine[k] = endLine;
    this.start[k] = start;
    this.end[k] = end;
    this.turnFrom[k] = turnFrom;
    this.turnTo[k] = turnTo;
    this.number[k] = kind === 'qa' ? ++this.qaCount : 0;
    this.count = k + 1;
  }

  kindOf(k: number): SectionKind {
    return KINDS[this.kind[k]!]!;
  }

  /** `Header`, `Opening statement`, `Q&A 1`... */
  titleOf(k: number): string {
    if (this.source) return this.source[k]!.title;
    const kind = this.kindOf(k);
    return kind === 'qa' ? `${TITLES.qa} ${this.number[k]}` : TITLES[kind];
  }

  /** Whether section `k` is a Q&A titled `Q&A <its number>`, as every Q&A a reader makes is: said without making the title. */
  isNumberedQa(k: number): boolean {
    return this.kind[k] === KIND_CODE.qa && (!this.source || this.source[k]!.title === `${TITLES.qa} ${this.number[k]}`);
  }

  detailOf(k: number): string {
    if (this.source) return this.source[k]!.detail;
    return this.fixed ? this.fixed[k]! : this.detail(k);
  }

  /** Makes every detail now: the turns' offsets are about to move away from the text they were read in. */
  fixDetails(): void {
    const fixed: string[] = [];
    for (let k = 0; k < this.count; k++) fixed.push(this.detail(k));
    this.fixed = fixed;
  }

  /** Adds `by` to every offset (a byte-order mark cut off the text before reading). */
  shift(by: number): void {
    for (let k = 0; k < this.count; k++) {
      this.start[k]! += by;
      this.end[k]! += by;
    }
  }

  /** The columns cut to their length. */
  trim(): void {
    if (this.kind.length > this.count) this.grow(this.count);
  }

  /** Every section as an object (the objects it was made from, for a table made from them). */
  sections(): Section[] {
    if (this.source) return this.source;
    const out = new Array<Section>(this.count);
    for (let k = 0; k < this.count; k++) {
      const turns: number[] = [];
      for (let i = this.turnFrom[k]!; i < this.turnTo[k]!; i++) turns.push(i);
      out[k] = { kind: this.kindOf(k), title: this.titleOf(k), detail: this.detailOf(k), line: this.line[k]!, endLine: this.endLine[k]!, start: this.start[k]!, end: this.end[k]!, turns };
    }
    return out;
  }

  private grow(size: number): void {
    const g = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a.subarray(0, Math.min(a.length, size)));
      return b;
    };
    this.kind = g(this.kind);
    this.line = g(this.line);
    this.endLine = g(this.endLine);
    this.start = g(this.start);
    this.end = g(this.end);
    this.turnFrom = g(this.turnFrom);
    this.turnTo = g(this.turnTo);
    this.number = g(this.number);
  }

  /** A table over sections a reader made as objects; `sections()` gives the same objects back. */
  static fromSections(sections: Section[]): SectionTable {
    const table = new SectionTable(undefined, (k) => sections[k]!.detail);
    for (const s of sections) {
      // Turn ranges are kept only as the first and last index: the objects keep the lists.
      table.add(s.kind, s.line, s.endLine, s.start, s.end, s.turns[0] ?? 0, s.turns.length ? s.turns[s.turns.length - 1]! + 1 : 0);
    }
    table.source = sections;
    return table;
  }
}
