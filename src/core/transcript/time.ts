/** Times as transcripts write them, in seconds. */

const CLOCK = /^\\?[[(]?\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*\\?[\])]?$/;

/**
 * Seconds from a timestamp as written: `01:05`, `1:02:03`, `[00:01:05]`,
 * `(01:20)`, `00:00:01,500` (SRT), `00:00:01.500` (WebVTT), `0:0:3.0` (Teams);
 * of a range (`[00:00:15 → 00:01:02]`), its start. Undefined when it is not a time.
 */
export function parseTimestamp(written: string): number | undefined {
  const m = CLOCK.exec(written.trim()) ?? CLOCK.exec(rangeStart(written));
  if (!m) return undefined;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (m[1] !== undefined && min >= 60) return undefined;
  if (s >= 60) return undefined;
  const frac = m[4] === undefined ? 0 : Number(m[4]) / 10 ** m[4].length;
  return h * 3600 + min * 60 + s + frac;
}

/** `[00:00:15 → 00:01:02]`, `(0:15 - 1:02)`, `00:00:15 --> 00:01:02`: a range of times, its start and its end as written. */
const RANGE = /^\\?[[(]?\s*([\d:.,]+?)\s*(?:-->|[-–—→~])\s*([\d:.,]+?)\s*\\?[\])]?$/;

function rangeStart(written: string): string {
  return RANGE.exec(written.trim())?.[1] ?? '';
}

/** The end of a range of times as written (`[00:00:15 → 00:01:02]`), in seconds; undefined for one time. */
export function parseTimestampEnd(written: string): number | undefined {
  const end = RANGE.exec(written.trim())?.[2];
  return end === undefined ? undefined : parseTimestamp(end);
}

/** `1:02:03` or `02:03` for a number of seconds, as people read times. */
export function formatTimestamp(seconds: number, withHours = seconds >= 3600): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return withHours ? `${two(h)}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
