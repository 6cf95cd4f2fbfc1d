/**
 * A tag whose lines moved whole: its stored surroundings show where the
 * lines its words stand on begin and end (a line break in the text before
 * the words, or inside them, and one after), and those whole lines stand
 * exactly once in the text, from a line break to a line break. A paragraph
 * moved elsewhere takes them along with only a few characters of their old
 * surroundings, too few to vouch for the place; the whole lines do. When the
 * move cut the words at a line break, the lines hold most of them.
 */
import { isFullSide } from './evidence';
import { normalizeText, normalOffset, normalized, originalRange, type NormalText } from './normalize';

/** Where the words (or most of them) stand on their moved lines, in the normalised text. */
export interface MovedLines {
  from: number;
  to: number;
  /** The share of the words' normalised characters standing there, 0 to 1. */
  share: number;
  /** Other places where the same whole lines stand (lines said several times, a stage direction): the words may be on any. */
  others: Array<{ from: number; to: number }>;
}

/** Line starts (or ends) tried on each side: the few nearest the words' ends. */
const TRIED = 3;
/** Copies of a run of lines looked at: more is repeated text, no evidence. */
const MAX_COPIES = 64;
/** Places of the same whole lines offered to the user, at most: more is page furniture. */
const MAX_PLACES = 6;

const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * The tag's whole lines standing in `text` (normalised as `norm`), holding
 * at least `threshold` of its normalised words; the longest such run of lines
 * wins. Undefined when there is none, or when the run stands in many places.
 */
export function movedLines(text: string, norm: NormalText, quote: string, prefix: string, suffix: string, threshold: number): MovedLines | undefined {
  const full = prefix + quote + suffix;
  const qs = prefix.length;
  const qe = qs + quote.length;
  const need = threshold * quote.length;
  // Where a line begins after a break (as far out as possible first) and where one ends before a break.
  // A side shorter than its full length reaches the text's beginning (or end), where a line begins (or ends) too.
  const starts: number[] = isFullSide(prefix) ? [] : [0];
  for (let i = 1; i <= qe - need && starts.length < TRIED; i++) if (isBreak(full[i - 1]) && !isBreak(full[i])) starts.push(i);
  const ends: number[] = isFullSide(suffix) ? [] : [full.length];
  for (let i = full.length - 1; i >= qs + need && ends.length < TRIED; i--) if (isBreak(full[i]) && !isBreak(full[i - 1])) ends.push(i);
  // The lines must hold some of the surroundings too: lines of the words alone may be a copy of them said elsewhere
  // (a vote's result read out twice), their own deleted.
  const runs = starts.flatMap((s) => ends.map((e) => [s, e] as const)).filter(([s, e]) => Math.min(e, qe) - Math.max(s, qs) >= need && (s < qs || e > qe));
  runs.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
  const q = normalized(quote).length;
  for (const [s, e] of runs) {
    let a = s;
    let b = e;
    while (a < b && isBlank(full[a])) a++;
    while (b > a && isBlank(full[b - 1])) b--;
    const run = normalizeText(full, a, b);
    if (run.text.trim() === '') continue;
    const hits = wholeLines(text, norm, run.text);
    if (hits.length === 0) continue;
    // The words' part of the run, as units of the normalised run.
    let from = normalOffset(run, Math.max(qs, a));
    let to = normalOffset(run, Math.min(qe, b));
    while (from < to && run.text[from] === ' ') from++;
    while (to > from && run.text[to - 1] === ' ') to--;
    const share = Math.min(1, (to - from) / Math.max(1, q));
    if (share < threshold) continue;
    return { from: hits[0]! + from, to: hits[0]! + to, share, others: hits.slice(1).map((h) => ({ from: h + from, to: h + to })) };
  }
  return undefined;
}

/** Where `run` stands in the normalised text as whole lines (a line break or the text's end on each side); none when it stands so more than a few times. */
function wholeLines(text: string, norm: NormalText, run: string): number[] {
  const found: number[] = [];
  let seen = 0;
  for (let h = norm.text.indexOf(run); h >= 0; h = norm.text.indexOf(run, h + 1)) {
    if (++seen > MAX_COPIES) return [];
    const { start, end } = originalRange(norm, h, h + run.length);
    let i = start;
    while (i > 0 && isBlank(text[i - 1])) i--;
    let j = end;
    while (j < text.length && isBlank(text[j])) j++;
    if ((i > 0 && !isBreak(text[i - 1])) || (j < text.length && !isBreak(text[j]))) continue;
    if (found.push(h) > MAX_PLACES) return [];
  }
  return found;
}
