/**
 * Records whose keys come from users' files (YAML, JSON, XML attributes): a
 * key is data, never object machinery. `__proto__`, `constructor` and
 * `prototype` are fields like any other: kept, listed and written back.
 */

/** An empty record with no prototype: no key of it is inherited, and `__proto__` is an ordinary field. */
export function emptyRecord<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** True when `record` itself holds `key` (inherited names such as `constructor` never count). */
export function hasField(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The field's value when `record` itself holds it; never one inherited from `Object.prototype`. */
export function fieldOf(record: object, key: string): unknown {
  return hasField(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Sets a field as data: `__proto__` becomes an own field, never the record's prototype. */
export function setField(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
