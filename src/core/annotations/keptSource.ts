/**
 * The source text of sidecar values this version does not model (unknown
 * fields, at the top and in tags, and entries that did not validate), kept so
 * that a rewrite gives them back exactly: large integers undisturbed, numbers
 * in their own notation, aliases never expanded.
 *
 * A field's value stays what it reads as (plain data: no reader has to
 * unwrap it); its source is kept beside it, on the record that holds it,
 * under a hidden symbol that no reader, comparison or JSON sees. A value
 * changed since it was read is written as it is now. A record copied with
 * `withFields` keeps the sources; one copied otherwise is written by value
 * (the same data, only the notation may differ).
 */
import { fieldOf, setField } from '../text/records';

/**
 * A YAML value kept as its source text, written back exactly as it was read:
 * large integers undisturbed, aliases never expanded, numbers in their own
 * notation. `value` is a copy of what it read as, for comparing: a value
 * that no longer equals it is written as it is now.
 */
export class RawYaml {
  constructor(
    /** The source, its first line as it stood after the key (or the item's `- `), later lines without their common indentation. */
    readonly source: string,
    readonly value: unknown,
    /** True when the value started on the line of its key (a scalar, a flow collection, a block scalar's header). */
    readonly inline: boolean,
    /** The anchor (`&name`) the value carried, kept so that aliases to it still resolve. */
    readonly anchor?: string,
  ) {}

  /** What it reads as: an entry that did not validate compares, and merges, by its value. */
  toJSON(): unknown {
    return this.value;
  }

  /** What stands after the key's colon (or the item's dash) on its own line: the anchor, then an inline value. */
  head(): string {
    const anchor = this.anchor ? `&${this.anchor}` : '';
    if (!this.inline) return anchor;
    return anchor ? `${anchor} ${this.source.split('\n')[0]}` : this.source.split('\n')[0]!;
  }

  /** The value's lines, the later ones indented by `indent`. */
  lines(indent: string): string[] {
    const [first, ...rest] = this.source.split('\n');
    return [first!, ...rest.map((l) => (l.trim() === '' ? '' : indent + l))];
  }
}

/** Where a record keeps the sources of its fields: a non-enumerable symbol, so that no key listing, deep comparison or JSON sees it. */
const SOURCES = Symbol('transcript.yamlSources');

type WithSources = { [SOURCES]?: ReadonlyMap<string, RawYaml> };

/** Remembers the source a field of `record` was read from. */
export function keepSource(record: Record<string, unknown>, key: string, raw: RawYaml): void {
  const holder = record as WithSources;
  // A new map each time: a copy of the record shares the old one, and must not see this field's source change.
  const sources = new Map(holder[SOURCES] ?? []);
  sources.set(key, raw);
  Object.defineProperty(holder, SOURCES, { value: sources, enumerable: false, configurable: true, writable: true });
}

/** The source to write a field back from: the one it was read from, while its value is still the one read. */
export function keptSource(record: Readonly<Record<string, unknown>>, key: string): RawYaml | undefined {
  const raw = (record as WithSources)[SOURCES]?.get(key);
  return raw && sameData(raw.value, fieldOf(record, key)) ? raw : undefined;
}

/** A copy of a record with some fields changed (`undefined` removes one); the others keep the sources they were read from. */
export function withFields(record: Readonly<Record<string, unknown>>, changes: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const sources = (record as WithSources)[SOURCES];
  if (sources) Object.defineProperty(out, SOURCES, { value: sources, enumerable: false, configurable: true, writable: true });
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete out[key];
    else setField(out, key, value);
  }
  return out;
}

/** Takes a field from one record into another with the source it was read from, if any. */
export function copyField(from: Readonly<Record<string, unknown>>, to: Record<string, unknown>, key: string): void {
  setField(to, key, from[key]);
  const raw = (from as WithSources)[SOURCES]?.get(key);
  if (raw) keepSource(to, key, raw);
}

/** A copy of a value read from YAML, to compare against later (aliases can make it cyclic). */
export function snapshot(value: unknown): unknown {
  return structuredClone(value);
}

/** Deep equality of plain data (YAML's: null, booleans, numbers, strings, arrays, maps), cycles included. */
function sameData(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen));
}

/** The source of text[from, to) as RawYaml keeps it: later lines without their common indentation. */
export function rawSource(text: string, from: number, to: number): string {
  const lines = text.slice(from, to).replace(/\s+$/, '').split(/\r?\n/);
  if (lines.length === 1) return lines[0]!;
  let common = Infinity;
  for (const l of lines.slice(1)) if (l.trim() !== '') common = Math.min(common, l.length - l.trimStart().length);
  if (!Number.isFinite(common)) common = 0;
  return [lines[0]!, ...lines.slice(1).map((l) => l.slice(Math.min(common, l.length - l.trimStart().length)))].join('\n');
}

