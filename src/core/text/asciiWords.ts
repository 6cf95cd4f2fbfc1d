/**
 * Cheap tests that stand before case-folded (`/iu`) expressions of words, which
 * cost more to compile than to run: in text all in ASCII, case folding takes no
 * letter to another's, so a phrase can match only where its letters, in small
 * letters, are there as written. Text with any other character is left to the
 * expression (`ſ` folds to `s`, the Kelvin sign to `k`).
 */

const NOT_ASCII = /[^\0-\x7f]/;

/** `s` in small letters when it is all ASCII; undefined when it holds any other character. */
export function lowerAscii(s: string): string | undefined {
  return NOT_ASCII.test(s) ? undefined : s.toLowerCase();
}

/** False only where `s` is all ASCII and holds none of `parts` (small letters) in any case. */
export function mayHoldAny(s: string, parts: readonly string[]): boolean {
  const lower = lowerAscii(s);
  if (lower === undefined) return true;
  for (const part of parts) if (lower.includes(part)) return true;
  return false;
}

/** False only where `s` is all ASCII and starts with none of `prefixes` (small letters) in any case. */
export function mayStartWithAny(s: string, prefixes: readonly string[]): boolean {
  const lower = lowerAscii(s);
  if (lower === undefined) return true;
  for (const prefix of prefixes) if (lower.startsWith(prefix)) return true;
  return false;
}
