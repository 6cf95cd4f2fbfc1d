/**
 * The few assertions the suites use. Node's `assert` module is not there in
 * the web extension host, so these stand in for it, with the same names.
 */

export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 0) ?? String(value);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `Expected a truthy value, got ${show(value)}.`);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${message ? `${message}\n` : ''}Expected ${show(expected)}, got ${show(actual)}.`);
  }
}

/** Compares plain data (arrays, objects, strings, numbers) by their JSON form. */
export function deepStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message ? `${message}\n` : ''}Expected ${e}\n     got ${a}.`);
}
