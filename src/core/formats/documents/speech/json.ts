/**
 * Reading a parsed JSON value without trusting its shape: each helper returns
 * undefined where the value is not what a service would write, so a reader
 * checks a shape by asking for it.
 */

/** A JSON object, as `JSON.parse` gives it. */
export type Json = Record<string, unknown>;

/** The value as an object, or undefined. */
export function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** The value as an array of anything, or undefined. */
export function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

/** The value as a string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A speaker's name as the service writes it: a string as is, a number as `Speaker N`. */
export function speakerName(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return `Speaker ${v}`;
  return undefined;
}

/**
 * A time in seconds from any of the services' ways of writing it: a number of
 * seconds, a numeric string (`"1.25"`, AWS), a duration (`"1.500s"`, Google;
 * `PT1M2.5S`, Azure), or `{seconds, nanos}` (Google's client libraries).
 */
export function seconds(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') {
    const plain = /^\s*(\d+(?:\.\d+)?)s?\s*$/.exec(v);
    if (plain) return Number(plain[1]);
    const iso = /^P(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)$/.exec(v.trim());
    if (iso && (iso[1] || iso[2] || iso[3])) return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
    return undefined;
  }
  const o = obj(v);
  if (o && (o.seconds !== undefined || o.nanos !== undefined)) return Number(o.seconds ?? 0) + Number(o.nanos ?? 0) / 1e9;
  return undefined;
}

/** Milliseconds (AssemblyAI, YouTube) as seconds. */
export function millis(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  return n === undefined ? undefined : n / 1000;
}
