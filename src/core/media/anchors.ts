/**
 * Text and time together: the points of a transcript whose time is known
 * (timed turns and segments, timestamps in the running text), and the time of
 * any offset between them, interpolated by characters.
 */
import type { Transcript, Turn } from '../transcript';
import { parseTimestamp } from '../transcript/time';

/** A place in the text whose time is known. */
export interface TimeAnchor {
  /** UTF-16 offset in the source text. */
  offset: number;
  /** Seconds from the start of the recording. */
  time: number;
}

/** A timestamp written in the text, where it stands. */
export interface WrittenTimestamp {
  /** UTF-16 offsets of the timestamp as written (with its brackets). */
  start: number;
  end: number;
  /** The timestamp as written. */
  text: string;
  time: number;
}

/** Speech runs at about 15 characters a second; used past the last anchor when nothing better is known. */
export const DEFAULT_CHARS_PER_SECOND = 15;

/**
 * Timestamps in running text: bracketed anywhere (`[00:12:30]`, `(01:20)`,
 * `[1:02:03.5]`, and `\[04:05\]` as Markdown
 * exports escape it), bare only at the start of a line and with hours
 * (`00:01:05`, `1:02:03`, `00:00:01,500` of a caption cue, Teams' `0:0:3.0`),
 * so that "at 10:30 the council met" is not read as a time.
 */
const BRACKETED = /\\?[[(][ \t]*(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?[ \t]*\\?[\])]/y;
const BARE = /\d{1,3}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?(?![\d:])/y;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Every timestamp written in `text[from, to)`, in text order. It looks only
 * where a colon follows a number, so that long texts are scanned quickly.
 */
export function writtenTimestamps(text: string, from = 0, to = text.length): WrittenTimestamp[] {
  const out: WrittenTimestamp[] = [];
  let colon = text.indexOf(':', from);
  while (colon >= 0 && colon < to) {
    let d = colon;
    while (d > from && colon - d < 3 && isDigit(text.charCodeAt(d - 1))) d--;
    const before = d > from ? text.charCodeAt(d - 1) : -1;
    // Only the first colon of a time starts one (`1:02:03` is tried at its first colon).
    if (d === colon || before === 58) {
      colon = text.indexOf(':', colon + 1);
      continue;
    }
    let b = d;
    while (b > from && isBlank(text.charCodeAt(b - 1))) b--;
    const opener = b > from ? text.charCodeAt(b - 1) : -1;
    let match: RegExpExecArray | null = null;
    let start = d;
    if (opener === 91 || opener === 40) {
      start = b - 1;
      // `\[04:05\]`: the backslash Markdown escapes the bracket with belongs to the timestamp.
      if (opener === 91 && start > from && text.charCodeAt(start - 1) === 92) start--;
      BRACKETED.lastIndex = start;
      match = BRACKETED.exec(text);
    } else if (opener === -1 || opener === 10 || opener === 13) {
      BARE.lastIndex = d;
      match = BARE.exec(text);
    }
    const end = match ? start + match[0].length : -1;
    const time = match && end <= to ? parseTimestamp(match[0]) : undefined;
    if (time !== undefined) {
      out.push({ start, end, text: match![0], time });
      colon = text.indexOf(':', end);
    } else colon = text.indexOf(':', colon + 1);
  }
  return out;
}

/**
 * The time anchors of a transcript, in text order with times that never go
 * back: each timed turn and segment (its start, and its end when the format
 * says), and each timestamp written in the text. An anchor whose time is
 * earlier than one before it is left out, so that interpolation stays monotonic.
 */
export function timeAnchors(transcript: Transcript, text: string): TimeAnchor[] {
  const raw: TimeAnchor[] = [];
  for (const turn of transcript.turns) {
    if (turn.time !== undefined) raw.push({ offset: turn.start, time: turn.time });
    for (const seg of turn.segments) {
      if (seg.time !== undefined) raw.push({ offset: seg.start, time: seg.time });
      if (seg.endTime !== undefined) raw.push({ offset: seg.end, time: seg.endTime });
    }
    if (turn.endTime !== undefined) raw.push({ offset: turn.end, time: turn.endTime });
  }
  for (const w of writtenTimestamps(text)) raw.push({ offset: w.start, time: w.time });
  raw.sort((a, b) => a.offset - b.offset || a.time - b.time);
  const anchors: TimeAnchor[] = [];
  for (const a of raw) {
    const last = anchors[anchors.length - 1];
    if (last && a.time < last.time) continue;
    if (last && a.offset === last.offset) {
      // Several anchors at one place (a turn and its first segment): the latest time holds.
      last.time = a.time;
      continue;
    }
    anchors.push({ offset: a.offset, time: a.time });
  }
  return anchors;
}

/** The mean speaking rate between the first and last anchors, in characters a second. */
export function charsPerSecond(anchors: readonly TimeAnchor[]): number {
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last || last.time <= first.time || last.offset <= first.offset) return DEFAULT_CHARS_PER_SECOND;
  return (last.offset - first.offset) / (last.time - first.time);
}

/** The index of the last anchor at or before `offset`, or -1. */
function anchorBefore(anchors: readonly TimeAnchor[], offset: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The time at a text offset: between two anchors, interpolated by characters;
 * before the first, the first's time; after the last, the last's time plus the
 * characters since at the transcript's mean rate. Undefined without anchors.
 */
export function timeAt(anchors: readonly TimeAnchor[], offset: number, rate = charsPerSecond(anchors)): number | undefined {
  if (anchors.length === 0) return undefined;
  const i = anchorBefore(anchors, offset);
  if (i < 0) return anchors[0]!.time;
  const a = anchors[i]!;
  const b = anchors[i + 1];
  if (!b) return a.time + (offset - a.offset) / rate;
  return a.time + ((b.time - a.time) * (offset - a.offset)) / (b.offset - a.offset);
}

/** The text offset at a time: the inverse of `timeAt`. Undefined without anchors. */
export function offsetAt(anchors: readonly TimeAnchor[], time: number, rate = charsPerSecond(anchors)): number | undefined {
  if (anchors.length === 0) return undefined;
  let lo = 0;
  let hi = anchors.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.time <= time) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (i < 0) return anchors[0]!.offset;
  const a = anchors[i]!;
  const b = anchors[i + 1];
  if (!b) return Math.round(a.offset + (time - a.time) * rate);
  if (b.time === a.time) return a.offset;
  return Math.round(a.offset + ((b.offset - a.offset) * (time - a.time)) / (b.time - a.time));
}

/** A tag's start and end, in seconds, rounded to milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The times of `text[start, end)` in a timed transcript; undefined when it has no time at all. */
export function spanTime(anchors: readonly TimeAnchor[], start: number, end: number): TimeSpan | undefined {
  const from = timeAt(anchors, start);
  const to = timeAt(anchors, end);
  if (from === undefined || to === undefined) return undefined;
  return { start: roundMs(from), end: roundMs(Math.max(from, to)) };
}

/** The times of a tag on `text[start, end)` of a parsed transcript (what the sidecar keeps). */
export function tagTime(transcript: Transcript | undefined, text: string, start: number, end: number): TimeSpan | undefined {
  if (!transcript) return undefined;
  return spanTime(timeAnchors(transcript, text), start, end);
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/** The index of the turn that holds `offset` (or the last one starting before it), or -1. */
export function turnIndexAt(turns: readonly Turn[], offset: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The timestamp written at `offset` (inside it or touching its end), if any. */
export function timestampAt(text: string, offset: number): WrittenTimestamp | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return writtenTimestamps(text, lineStart, lineEnd).find((w) => w.start <= offset && offset <= w.end);
}
