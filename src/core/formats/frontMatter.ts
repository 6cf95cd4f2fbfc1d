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
      for (let k = i + 1; k < end - 1; k++) {
        const next = text.slice(lines.starts[k]!, lines.ends[k]!);
        if (!/^[ \t]+\S/.test(next) || /^[ \t]*-[ \t]/.test(next)) break;
        value += ' ' + next.trim();
      }
    }
    value = value.replace(/^(['"])(.*)\1$/, '$2').trim();
    if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/** Front-matter keys that give the date of the event (not of publication). */
export const EVENT_DATE_KEYS = ['date', 'recorded', 'recorded_at', 'recording_date', 'event_date', 'held', 'aired', 'air_date'];
