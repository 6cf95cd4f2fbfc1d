/**
 * Markdown front matter: the `---` block at the top of a file that says what
 * it is (`title:`, `date:`, `speakers:`, `media:`). Read line by line, as
 * simple `key: value` pairs: enough for what a transcript's metadata needs,
 * and never an error, whatever the block holds.
 */
import type { LineTable } from '../text';

/** What the front matter says, by lower-case key; values without quotes. */
export type FrontMatter = Map<string, string>;

const FENCE = /^(?:---|\+\+\+)[ \t]*$/;
const PAIR = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** The first line after the front matter, or 0 when the text has none. */
export function frontMatterEnd(text: string, lines: LineTable): number {
  if (lines.count < 2) return 0;
  const first = text.slice(lines.starts[0]!, lines.ends[0]!).replace(/^\ufeff/, '');
  if (!FENCE.test(first)) return 0;
  const limit = Math.min(lines.count, 400);
  for (let i = 1; i < limit; i++) {
    const line = text.slice(lines.starts[i]!, lines.ends[i]!);
    if (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) return i + 1;
  }
  return 0;
}

/** The top-level `key: value` pairs of the front matter that ends before line `end`. */
export function readFrontMatter(text: string, lines: LineTable, end: number): FrontMatter {
  const out: FrontMatter = new Map();
  for (let i = 1; i < end - 1; i++) {
    const line = text.slice(lines.starts[i]!, lines.ends[i]!);
    const m = PAIR.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    let value = m[2]!.trim();
    // A folded value continues on indented lines (`title: How to build ... |` ⏎ `  Foods)`).
    if (value && !/^[|>]/.test(value)) {
      const parts = [value];
      for (let k = i + 1; k < end - 1; k++) {
        const next = text.slice(lines.starts[k]!, lines.ends[k]!);
        if (!/^[ \t]+\S/.test(next) || /^[ \t]*-[ \t]/.test(next)) break;
        parts.push(next.trim());
      }
      value = value.startsWith('"') ? doubleQuoted(parts) : parts.join(' ');
    } else if (value.startsWith('"')) {
      value = doubleQuoted([value]);
    }
    value = value.replace(/^(['"])(.*)\1$/, '$2').trim();
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/**
 * The items of a list in the front matter that ends before line `end`:
 * `speakers: [Ann Lee, Bo Chen]`, `speakers:` with `  - Ann Lee` lines under
 * it, or one value (`speaker: Ann Lee`). Quotes are taken off; empty when the
 * key is absent.
 */
export function frontMatterList(text: string, lines: LineTable, end: number, key: string): string[] {
  const items: string[] = [];
  for (let i = 1; i < end - 1; i++) {
    const m = PAIR.exec(text.slice(lines.starts[i]!, lines.ends[i]!));
    if (!m || m[1]!.toLowerCase() !== key) continue;
    const value = m[2]!.trim();
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) return [];
      for (const item of value.slice(1, -1).split(',')) items.push(item);
    } else if (value && !/^[|>&*!]/.test(value)) items.push(value);
    else
      for (let k = i + 1; k < end - 1; k++) {
        const item = /^[ \t]*-[ \t]+(.*)$/.exec(text.slice(lines.starts[k]!, lines.ends[k]!));
        if (!item) break;
        items.push(item[1]!);
      }
    break;
  }
  return items.map((item) => item.trim().replace(/^(['"])(.*)\1$/, '$2').trim()).filter((item) => item !== '');
}

const ESCAPES: Record<string, string> = { n: ' ', t: ' ', r: '', '0': '', _: ' ', N: ' ', L: ' ', P: ' ', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };

/**
 * A YAML double-quoted value over its lines, quotes kept: a line ending in `\`
 * runs on into the next without a space, other breaks fold into one, and
 * escapes (`\u2019`, `\_`, `\ `) become the characters they stand for, so a
 * title written by a YAML library (`"... En Route\` ⏎ `  \ Miami,\_FL"`) reads
 * as its words. Breaks, tabs and non-breaking spaces become plain spaces: the
 * value is a one-line title or name.
 */
function doubleQuoted(parts: string[]): string {
  let joined = parts[0]!;
  for (const part of parts.slice(1)) {
    // An odd run of backslashes at the end escapes the line break itself.
    const run = /\\+$/.exec(joined)?.[0].length ?? 0;
    joined = run % 2 === 1 ? joined.slice(0, -1) + part : joined + ' ' + part;
  }
  return joined.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g, (all, x?: string, u?: string, big?: string, ch?: string) => {
    const hex = x ?? u ?? big;
    if (hex) {
      const code = parseInt(hex, 16);
      return code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ESCAPES[ch!] ?? all;
  });
}

/** Front-matter keys that give the date of the event (not of publication). */
export const EVENT_DATE_KEYS = ['date', 'recorded', 'recorded_at', 'recording_date', 'event_date', 'meeting_date', 'held', 'aired', 'air_date'];
