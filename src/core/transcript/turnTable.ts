/**
 * Turns kept as columns of numbers: offsets, lines, roles and segments in
 * typed arrays, speaker names interned once per distinct name. Half a million
 * one-line turns take a few tens of bytes each here, where `Turn` objects with
 * their segment arrays take several hundred; roles and sections are decided
 * over the columns, and `Turn` objects are made only for the users that need
 * them (`turnsOf`).
 */
import type { Role, Segment, Turn } from './model';

/** Roles by their code in `TurnTable.role`. */
export const ROLES: readonly Role[] = ['unknown', 'questioner', 'respondent', 'moderator'];

/** The code of each role in `TurnTable.role`. */
export const ROLE_CODE: Readonly<Record<Role, number>> = { unknown: 0, questioner: 1, respondent: 2, moderator: 3 };

/** What only a few turns carry, kept beside the columns rather than in them. */
export interface TurnExtras {
  /** When the turn starts and ends, in seconds. */
  time?: number;
  endTime?: number;
  /** A timestamp written with the label, as written. */
  timestamp?: string;
  /** A parenthetical written with the label. */
  parenthetical?: string;
}

/** The first size of the columns; they double as turns are added. */
const FIRST_SIZE = 64;

function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a.length > size ? a.subarray(0, size) : a);
  return b;
}

/** A transcript's turns as columns; the fields mean what `Turn`'s fields of the same names mean. */
export class TurnTable {
  /**
   * `turns` and `segments` are the room to make at first, where a reader
   * knows how many there can be at most: the columns are then never copied to grow.
   */
  constructor(turns = FIRST_SIZE, segments = FIRST_SIZE) {
    if (turns !== FIRST_SIZE) this.grow(Math.max(1, turns));
    if (segments !== FIRST_SIZE) {
      this.segStart = new Int32Array(Math.max(1, segments));
      this.segEnd = new Int32Array(Math.max(1, segments));
    }
  }

  /** How many turns there are. */
  count = 0;
  line = new Int32Array(FIRST_SIZE);
  endLine = new Int32Array(FIRST_SIZE);
  start = new Int32Array(FIRST_SIZE);
  end = new Int32Array(FIRST_SIZE);
  labelStart = new Int32Array(FIRST_SIZE);
  labelEnd = new Int32Array(FIRST_SIZE);
  textStart = new Int32Array(FIRST_SIZE);
  /** Index of the speaker's name in `names`; -1 for a turn without a label. */
  speaker = new Int32Array(FIRST_SIZE);
  /** Index of the label as written in `names`; -1 for none. */
  label = new Int32Array(FIRST_SIZE);
  /** The role's code (`ROLE_CODE`). */
  role = new Uint8Array(FIRST_SIZE);
  /** 1 when the turn opens a Q&A. */
  question = new Uint8Array(FIRST_SIZE);
  /** The segments of turn `i` are `segFrom[i]` to `segFrom[i + 1]` (exclusive). */
  segFrom = new Int32Array(FIRST_SIZE + 1);
  /** How many segments there are. */
  segCount = 0;
  segStart = new Int32Array(FIRST_SIZE);
  segEnd = new Int32Array(FIRST_SIZE);
  /** Segment times in seconds (NaN where none), made only once a segment has one. */
  segTime: Float64Array | undefined;
  segEndTime: Float64Array | undefined;
  /** Times, timestamps and parentheticals, for the turns that have them. */
  readonly extras = new Map<number, TurnExtras>();
  /** The roles the labels' own form says, by turn (minutes: a member asks, an office answers); they stand over the roles inferred. Unset where no label says one. */
  statedRoles?: Map<number, Role>;
  /** Speaker names and labels as written, each distinct one once. */
  readonly names: string[] = [];
  private readonly nameIds = new Map<string, number>();
  /** The `Turn` objects this table was made from (`fromTurns`), given back by `turnsOf` with the decided roles. */
  source: Turn[] | undefined;

  /** The index of a name in `names`, added when new. */
  intern(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.nameIds.set(name, id);
    }
    return id;
  }

  /** The speaker of turn `i`, or null. */
  speakerOf(i: number): string | null {
    const id = this.speaker[i]!;
    return id < 0 ? null : this.names[id]!;
  }

  /** The role of turn `i`. */
  roleOf(i: number): Role {
    return ROLES[this.role[i]!]!;
  }

  /** Adds a turn (its segments come after it with `addSegment`) and gives its index. */
  addTurn(line: number, start: number, end: number, labelStart: number, labelEnd: number, textStart: number, speaker: number, label: number): number {
    const i = this.count;
    if (i === this.line.length) this.grow(i * 2);
    this.line[i] = line;
    this.endLine[i] = line;
    this.start[i] = start;
    this.end[i] = end;
    this.labelStart[i] = labelStart;
    this.labelEnd[i] = labelEnd;
    this.textStart[i] = textStart;
    this.speaker[i] = speaker;
    this.label[i] = label;
    this.role[i] = 0;
    this.question[i] = 0;
    this.segFrom[i] = this.segCount;
    this.segFrom[i + 1] = this.segCount;
    this.count = i + 1;
    return i;
  }

  /** Adds a segment to the last turn added. */
  addSegment(start: number, end: number, time?: number, endTime?: number): void {
    const k = this.segCount;
    if (k === this.segStart.length) {
      this.segStart = grown(this.segStart, k * 2);
      this.segEnd = grown(this.segEnd, k * 2);
      if (this.segTime) this.segTime = this.growTimes(this.segTime, k * 2);
      if (this.segEndTime) this.segEndTime = this.growTimes(this.segEndTime, k * 2);
    }
    this.segStart[k] = start;
    this.segEnd[k] = end;
    if (time !== undefined) (this.segTime ??= this.newTimes())[k] = time;
    if (endTime !== undefined) (this.segEndTime ??= this.newTimes())[k] = endTime;
    this.segCount = k + 1;
    this.segFrom[this.count] = this.segCount;
  }

  /** The columns cut to their length where much of their room is unused: a table that is kept holds little room to grow. */
  trim(): void {
    if (this.line.length > this.count + (this.count >> 2) + FIRST_SIZE) this.grow(this.count);
    if (this.segStart.length > this.segCount + (this.segCount >> 2) + FIRST_SIZE) {
      this.segStart = this.segStart.slice(0, this.segCount);
      this.segEnd = this.segEnd.slice(0, this.segCount);
      if (this.segTime) this.segTime = this.segTime.slice(0, this.segCount);
      if (this.segEndTime) this.segEndTime = this.segEndTime.slice(0, this.segCount);
    }
  }

  /** Adds `by` to every offset (a byte-order mark cut off the text before reading). */
  shift(by: number): void {
    for (const column of [this.start, this.end, this.labelStart, this.labelEnd, this.textStart]) for (let i = 0; i < this.count; i++) column[i]! += by;
    for (let k = 0; k < this.segCount; k++) {
      this.segStart[k]! += by;
      this.segEnd[k]! += by;
    }
  }

  private grow(size: number): void {
    this.line = grown(this.line, size);
    this.endLine = grown(this.endLine, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.labelStart = grown(this.labelStart, size);
    this.labelEnd = grown(this.labelEnd, size);
    this.textStart = grown(this.textStart, size);
    this.speaker = grown(this.speaker, size);
    this.label = grown(this.label, size);
    this.role = grown(this.role, size);
    this.question = grown(this.question, size);
    this.segFrom = grown(this.segFrom, size + 1);
  }

  private newTimes(): Float64Array {
    return new Float64Array(this.segStart.length).fill(NaN);
  }

  private growTimes(a: Float64Array, size: number): Float64Array {
    const b = new Float64Array(size).fill(NaN);
    b.set(a);
    return b;
  }

  /** A table over turns a reader made as objects; `turnsOf` gives the same objects back, with the roles decided over the table. */
  static fromTurns(turns: readonly Turn[]): TurnTable {
    const table = new TurnTable();
    for (const t of turns) {
      const i = table.addTurn(t.line, t.start, t.end, t.labelStart, t.labelEnd, t.textStart, t.speaker === null ? -1 : table.intern(t.speaker), t.label === null ? -1 : table.intern(t.label));
      table.endLine[i] = t.endLine;
      table.role[i] = ROLE_CODE[t.role];
      table.question[i] = t.question ? 1 : 0;
      for (const s of t.segments) table.addSegment(s.start, s.end, s.time, s.endTime);
      if (t.time !== undefined || t.endTime !== undefined || t.timestamp !== undefined || t.parenthetical !== undefined) {
        table.extras.set(i, { time: t.time, endTime: t.endTime, timestamp: t.timestamp, parenthetical: t.parenthetical });
      }
    }
    table.source = turns as Turn[];
    return table;
  }
}

/** The segments of turn `i` as objects. */
export function segmentsOf(table: TurnTable, i: number): Segment[] {
  const from = table.segFrom[i]!;
  const to = table.segFrom[i + 1]!;
  const segments = new Array<Segment>(to - from);
  for (let k = from; k < to; k++) {
    const s: Segment = { start: table.segStart[k]!, end: table.segEnd[k]! };
    const time = table.segTime?.[k];
    if (time !== undefined && !Number.isNaN(time)) s.time = time;
    const endTime = table.segEndTime?.[k];
    if (endTime !== undefined && !Number.isNaN(endTime)) s.endTime = endTime;
    segments[k - from] = s;
  }
  return segments;
}

/** Turn `i` as an object, with its fields in the order readers write them. */
export function turnAt(table: TurnTable, i: number): Turn {
  const label = table.label[i]!;
  const turn: Turn = {
    speaker: table.speakerOf(i),
    label: label < 0 ? null : table.names[label]!,
    role: table.roleOf(i),
    question: table.question[i] === 1,
    line: table.line[i]!,
    endLine: table.endLine[i]!,
    start: table.start[i]!,
    end: table.end[i]!,
    labelStart: table.labelStart[i]!,
    labelEnd: table.labelEnd[i]!,
    textStart: table.textStart[i]!,
    segments: segmentsOf(table, i),
  };
  const extras = table.extras.get(i);
  if (extras) {
    if (extras.timestamp !== undefined) turn.timestamp = extras.timestamp;
    if (extras.time !== undefined) turn.time = extras.time;
    if (extras.endTime !== undefined) turn.endTime = extras.endTime;
    if (extras.parenthetical !== undefined) turn.parenthetical = extras.parenthetical;
  }
  return turn;
}

/**
 * Every turn as an object. A table made from objects gives those objects
 * back, with the speakers, roles and questions decided over the table.
 */
export function turnsOf(table: TurnTable): Turn[] {
  const source = table.source;
  if (source) {
    for (let i = 0; i < table.count; i++) {
      const t = source[i]!;
      t.speaker = table.speakerOf(i);
      t.role = table.roleOf(i);
      t.question = table.question[i] === 1;
    }
    return source;
  }
  const turns = new Array<Turn>(table.count);
  for (let i = 0; i < table.count; i++) turns[i] = turnAt(table, i);
  return turns;
}
