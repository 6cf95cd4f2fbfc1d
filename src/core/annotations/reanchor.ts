/**
 * Finding tags again after their transcript changed outside the editor (the
 * sidecar's hash differs from the text's). A place is taken only when the
 * evidence proves it: its words and enough of the 32 code points stored on
 * each side agree, and no other place agrees as well. The old offset is a
 * candidate like any other: words that slid into it prove nothing.
 *
 * - `anchored`: the same words with the same surroundings on both sides, in
 *   exactly one place. Differences of line endings, white-space runs, quote
 *   and dash styles and Unicode normalisation do not count (see normalize.ts).
 * - `moved`: the best place, clearly better than any other, where the words
 *   (exactly or at least 80 % alike) and enough of the surroundings agree.
 * - orphaned and ambiguous: several places agree equally; the tag is kept
 *   where it was, not placed, and its candidates are listed for the user.
 * - `orphaned`: no place agrees enough; the tag keeps its quote.
 */
import { betweenSides } from './betweenSides';
import { goesWith, jumped, leftBehind, type Range, type Shifted } from './editedOriginal';
import { contextMatches } from './context';
import { sentenceEdgeInDoubt, sentenceStandsWhole } from './sentenceEdge';
import { cutByMove, lineBreaksOf } from './cutByMove';
import { alignFrom, anchoredDistanceAt } from './bitDistance';
import { commonAfter, commonBefore, isFullSide, sideAgreement } from './evidence';
import { editDistance, FUZZY_THRESHOLD, fuzzyCandidates } from './fuzzy';
import type { Tag, TagRecord } from './tag';
import { normalizeText, normalOffset, originalRange, type NormalText } from './normalize';
import { normalizedParts, normalizedQuote } from './normalParts';
import { landmarkCandidates, sidePlaces, WordIndex } from './landmarks';
import { movedLines, type MovedLines } from './movedLines';
import { exactOccurrences, normalOccurrences } from './occurrences';
import { TextIndex } from './positions';
import { lastWithin, within } from './window';
import { MIN_SIDE, splitPlace, type SplitPlace } from './splitPlace';
import { truncatedPlaces, type TruncatedPlace } from './truncated';
import { sha256Text } from '../text/sha256';

/** At most this many places with the exact words are weighed closely for one tag. */
const MAX_WEIGHED = 12;
/** Occurrences of a quote counted at most (a one-word quote may occur thousands of times). */
const MAX_OCCURRENCES = 20000;
/** Two places whose agreement differs by less than this many characters agree equally. */
const TIE = 1;
/** A quote at least this long (normalised) whose words stand exactly once needs no surroundings to be found. */
const SELF_EVIDENT = 64;
/** Changed words this alike are taken beside one whole unchanged side of their surroundings, the other side gone. */
const CARRIED_WORDS = 0.9;
/** A whole side this many edits from the text beside a place still stands there (a typo fixed in it). */
const NEARLY = 2;
/** A side standing within this many characters of a place (beyond the words and the side) stands around it. */
const SIDE_NEAR = 32;
/** Places of a side looked at, at most, when it is looked for in the whole text. */
const MAX_SIDE_SEARCH = 16;
/** Sides this long (normalised, trimmed) find a tag's words in two pieces as candidates, never as its place (see splitPlace.ts). */
const SHORT_SIDE = 8;
/** A side standing in more places than this is repeated text, not a paragraph moved: where it stands says nothing. */
const MAX_SIDE_PLACES = 1;

/** A place a tag could stand, with how well it agrees. */
interface Place {
  /** Normalised range. */
  from: number;
  to: number;
  /** 1 for the same words, less for words that changed. */
  words: number;
  /** Agreement of the surroundings before and after, 0 to 1. */
  before: number;
  after: number;
  /** Characters of agreement: the quote's and the context's, weighed by how well each agrees. */
  evidence: number;
}

/** How an ambiguous tag's note ends: the commands that place it. */
const CHOOSE = ' Choose one with “Choose Where a Tag Belongs”, or place all such tags at once with “Choose Where Tags Belong”.';

/** What the search for one tag found. */
export type Found =
  | { kind: 'anchored' | 'moved'; start: number; end: number; note?: string }
  | { kind: 'ambiguous'; candidates: Array<{ start: number; end: number }>; perfect: boolean[]; note?: string; copy?: Range }
  | { kind: 'lost'; note?: string };

/** The text, normalised once, shared by all the tags of one re-anchoring. */
class Haystack {
  private norm?: NormalText;
  private index?: WordIndex;
  private literal?: Haystack;
  /** `hours`: false when a timestamp's hours of zero are kept (see normalize.ts). */
  constructor(readonly text: string, readonly hours = true) {}
  get normal(): NormalText {
    return (this.norm ??= normalizeText(this.text, 0, this.text.length, this.hours));
  }
  /** The same text with a timestamp's hours of zero kept: where a tag on nothing but them is looked for. */
  get withHours(): Haystack {
    return this.hours ? (this.literal ??= new Haystack(this.text, false)) : this;
  }
  /** The normalised text's words, indexed only when a tag is looked for by its words. */
  get words(): WordIndex {
    return (this.index ??= new WordIndex(this.normal.text));
  }
}

/**
 * Places stored tags (code-point positions in an older text) in `text`.
 * The result has UTF-16 positions in `text` and a status for each tag.
 */
export function reanchorTags(records: readonly TagRecord[], text: string, index: TextIndex = new TextIndex(text)): Tag[] {
  const order = [...records].sort((x, y) => x.start - y.start);
  const hay = new Haystack(text);
  const olds = order.map((r) => index.toUtf16(r.start));
  const found: Found[] = [];
  // How far the tags before this one were found from where they had been: text added or removed above.
  // Every quote is looked for in the normalised text, all in one pass: a fast hit's rival may differ from it only
  // in form, and the exact hits are among the normalised ones.
  const lookedFor = order.map((r) => normalizedQuote(r.prefix, r.quote, r.suffix));
  const normalHits = normalOccurrences(lookedFor, hay.normal.text);
  const hits = exactOccurrences(order, text, hay.normal, normalHits);
  const fast = order.map((r, i) => fastHit(r, text, hits[i]));
  fast.forEach((at, i) => {
    if (at !== undefined && hasNormalRival(order[i]!, hay.normal, at, normalHits[i])) fast[i] = undefined;
  });
  let shift = 0;
  order.forEach((record, i) => {
    const at = fast[i];
    // The fast way already failed for the others: findTag is not asked to try it again.
    const f: Found = at !== undefined ? { kind: 'anchored', start: at, end: at + record.quote.length } : findTag(record, hay, index, olds[i]! + shift, undefined, normalHits[i]);
    if (f.kind === 'moved') trimSpaces(f, text, record.quote);
    if (f.kind === 'anchored' || f.kind === 'moved') shift = f.start - olds[i]!;
    found.push(f);
  });
  leaveTwinCopies(found, order, olds, hay, index);
  settleBetweenNeighbours(found, olds, hay);
  leaveEditedCopies(found, order, olds, hay, index);
  leaveWithinCopies(found, order, index);
  leaveAcrossTwins(found, order, hay, index);
  const out: Tag[] = [];
  shift = 0;
  order.forEach((record, i) => {
    const f = found[i]!;
    const oldStart = olds[i]!;
    if (f.kind === 'anchored' || f.kind === 'moved') {
      const status = f.kind === 'anchored' && record.status === 'moved' ? 'moved' : f.kind;
      const tag = withPosition(record, f.start, f.end, status);
      tag.quote = text.slice(f.start, f.end);
      if (status === 'moved') tag.anchorNote = f.note ?? record.anchorNote ?? 'It was found on other words.';
      shift = f.start - oldStart;
      out.push(tag);
      return;
    }
    const at = Math.min(oldStart + shift, text.length);
    const lost = withPosition(record, at, at, 'orphaned');
    if (f.kind === 'ambiguous') {
      lost.candidates = f.candidates;
      lost.anchorNote = f.note ?? ambiguityNote(f.candidates, index);
    } else lost.anchorNote = f.note ?? 'Its words are no longer in the transcript.';
    out.push(lost);
  });
  return out;
}

/**
 * A passage that stands twice, one copy as it was and one edited since (a copy put where the original stood, the
 * original edited after it): the tags whose words stand unchanged in both are ambiguous, and those placed on the
 * unchanged one only, beside them, seem to go with the tags around them. A placed tag whose neighbour is ambiguous
 * between places, its own shift that of one of them, is weighed as a copy would be (see copyDoubt), where the
 * neighbour's other places put it; the tags beside a new doubt are weighed again in the next round. Done before the
 * neighbours settle any ambiguous tag, so that a tag left on the copy does not vouch for the others.
 */
function leaveTwinCopies(found: Found[], order: readonly TagRecord[], olds: readonly number[], hay: Haystack, index: TextIndex): void {
  const placed = (k: number) => found[k]!.kind === 'anchored' || found[k]!.kind === 'moved';
  const besideAmbiguous = (i: number) => [i - 1, i + 1].some((k) => found[k]?.kind === 'ambiguous');
  let check = found.map((_, i) => i).filter((i) => placed(i) && besideAmbiguous(i));
  // The shifts at which a tag doubted here was weighed: the original's, for a copy whose original lost the words.
  const weighedAt = new Map<number, number[]>();
  for (let round = 0; check.length > 0 && round < MAX_COPY_ROUNDS; round++) {
    const doubts: Array<[number, Found, number[]]> = [];
    for (const i of check) {
      const f = found[i]!;
      if (f.kind !== 'anchored' && f.kind !== 'moved') continue;
      const shift = f.start - olds[i]!;
      const expected: number[] = [];
      // The neighbour's other places put the tag's passage within this of where it would stand beside them.
      let within = 0;
      for (const k of [i - 1, i + 1]) {
        const n = found[k];
        if (n?.kind !== 'ambiguous') continue;
        // A neighbour doubted here with the copy as its one candidate (its original lost the words) puts the
        // original where it was weighed.
        const shifts = n.candidates.map((c) => c.start - olds[k]!);
        if (n.candidates.length < 2) shifts.push(...(weighedAt.get(k) ?? []));
        if (shifts.length < 2 || !shifts.some((x) => goesWith(olds[i]!, shift, { old: olds[k]!, shift: x }))) continue;
        for (const x of shifts) if (!goesWith(olds[i]!, shift, { old: olds[k]!, shift: x })) expected.push(olds[i]! + x);
        within = Math.max(within, TWIN_SLACK + Math.ceil(Math.abs(olds[i]! - olds[k]!) / 8));
      }
      if (expected.length === 0) continue;
      const doubt = copyDoubt(order[i]!, hay, index, expected, f, within);
      if (doubt) doubts.push([i, doubt, expected.map((e) => e - olds[i]!)]);
    }
    for (const [i, doubt, shifts] of doubts) {
      found[i] = doubt;
      weighedAt.set(i, shifts);
    }
    const next = new Set<number>();
    for (const [i] of doubts) for (const k of [i - 1, i + 1]) if (k >= 0 && k < found.length && placed(k)) next.add(k);
    check = [...next].sort((x, y) => x - y);
  }
}

/**
 * An ambiguous tag between two placed ones: the shifts at which its
 * neighbours were found bound where it can be; when exactly one candidate lies
 * within those bounds, the neighbours prove the place. A copy put right before
 * the tag's words lies within them too, so it never wins this way; nor does
 * either of two passages that stand one right after the other.
 */
function settleBetweenNeighbours(found: Found[], olds: number[], hay: Haystack): void {
  const placedShift = (k: number) => {
    const f = found[k]!;
    return f.kind === 'anchored' || f.kind === 'moved' ? f.start - olds[k]! : undefined;
  };
  found.forEach((f, i) => {
    if (f.kind !== 'ambiguous') return;
    // A copy whose original lost the words, left waiting with the copy alone beside twins (see leaveTwinCopies): the
    // copy stands where the passage stood, where the neighbours put it too, and they say nothing of it.
    if (f.copy && f.candidates.length === 1) return;
    let left: number | undefined;
    for (let k = i - 1; k >= 0 && left === undefined; k--) left = placedShift(k);
    let right: number | undefined;
    for (let k = i + 1; k < found.length && right === undefined; k++) right = placedShift(k);
    if (left === undefined || right === undefined) return;
    // Between where the left neighbour's shift and the right one's put it (the same place when nothing between
    // them changed length): exactly one candidate there.
    const from = olds[i]! + Math.min(left, right);
    const to = olds[i]! + Math.max(left, right);
    const inside = f.candidates.map((c, k) => (c.start >= from && c.start <= to ? k : -1)).filter((k) => k >= 0);
    if (inside.length !== 1) return;
    const here = inside[0]!;
    // Neighbours never prefer a place where the words or their surroundings changed over one where neither did
    // (the tag's paragraph moved away from them, a look-alike stayed between them).
    if (!f.perfect[here] && f.perfect.some(Boolean)) return;
    // Changed words proven only by where they stand: not where text between the neighbours was deleted or put in
    // (the window then spans what changed, and a look-alike beside the lost words lies in it).
    if (!f.perfect[here] && left !== right) return;
    const c = f.candidates[here]!;
    // The same words and surroundings in a passage that stands twice, one right after the other (a copy put where its
    // original stood, the original edited after it): the neighbours stand in one of the two as well, and say nothing
    // of which one is the copy.
    if (f.perfect[here] && twinOf(hay.normal, c, f.candidates.filter((_, k) => k !== here && f.perfect[k]))) return;
    found[i] = f.perfect[here]
      ? { kind: 'anchored', start: c.start, end: c.end }
      : { kind: 'moved', start: c.start, end: c.end, note: `Its words fit ${f.candidates.length} places; the one where the tags around it put it was chosen.` };
  });
}

/**
 * A tag placed where the tags around it do not put it, while words like its own (changed a little) still stand
 * between both of its sides where they do put it: its place may be a copy of its passage, the original edited
 * since. Neither is taken by chance; both are its candidates (see editedOriginal.ts). Decided in rounds, each from
 * the places found before the round changes any, so that one tag's doubt does not move its neighbours' evidence
 * within a round; a tag whose placed neighbour was left in doubt is weighed again in the next round with the
 * neighbours still placed (a long passage copied whole takes several tags with it, and each of them seems to go
 * with the others).
 */
function leaveEditedCopies(found: Found[], order: readonly TagRecord[], olds: readonly number[], hay: Haystack, index: TextIndex): void {
  const placed = (k: number) => found[k]!.kind === 'anchored' || found[k]!.kind === 'moved';
  const shiftOf = (k: number): Shifted | undefined => {
    const f = found[k]!;
    return f.kind === 'anchored' || f.kind === 'moved' ? { old: olds[k]!, shift: f.start - olds[k]! } : undefined;
  };
  let check = found.map((_, i) => i).filter(placed);
  for (let round = 0; check.length > 0 && round < MAX_COPY_ROUNDS; round++) {
    const doubts: Array<[number, Found]> = [];
    for (const i of check) {
      const f = found[i]!;
      if (f.kind !== 'anchored' && f.kind !== 'moved') continue;
      let before: Shifted | undefined;
      for (let k = i - 1; k >= 0 && !before; k--) before = shiftOf(k);
      let after: Shifted | undefined;
      for (let k = i + 1; k < found.length && !after; k++) after = shiftOf(k);
      if (!jumped(olds[i]!, f.start - olds[i]!, before, after)) continue;
      const expected = [before, after].filter((n) => n !== undefined).map((n) => olds[i]! + n.shift);
      if (expected.length === 0) expected.push(olds[i]!);
      const doubt = copyDoubt(order[i]!, hay, index, expected, f);
      if (doubt) doubts.push([i, doubt]);
    }
    for (const [i, doubt] of doubts) found[i] = doubt;
    // The nearest placed tags on either side of each new doubt: one of their neighbours is no longer placed.
    const next = new Set<number>();
    for (const [i] of doubts) {
      for (let k = i - 1; k >= 0; k--) if (placed(k)) { next.add(k); break; }
      for (let k = i + 1; k < found.length; k++) if (placed(k)) { next.add(k); break; }
    }
    check = [...next].sort((x, y) => x - y);
  }
}

/**
 * A tag placed inside a passage that another tag, whose words held its own, left in doubt as a copy (see copyDoubt),
 * at the place in it where its words stood in that tag's: it stands on the same copy, and its own original went
 * with that tag's (deleted or edited since) or stands beside it, so it is not placed there by chance either; the
 * copy is its candidate, with a note. Its own evidence says nothing more: words as short as `is` stand in the copy
 * just as they stood in the original.
 */
function leaveWithinCopies(found: Found[], order: readonly TagRecord[], index: TextIndex): void {
  const copies: number[] = [];
  found.forEach((f, k) => {
    if (f.kind === 'ambiguous' && f.copy) copies.push(k);
  });
  if (copies.length === 0) return;
  found.forEach((f, i) => {
    if (f.kind !== 'anchored' && f.kind !== 'moved') return;
    const r = order[i]!;
    for (const k of copies) {
      const outer = order[k]!;
      const copy = (found[k] as { copy: Range }).copy;
      if (k === i || outer.start > r.start || outer.end < r.end || (outer.start === r.start && outer.end === r.end)) continue;
      // Where its words stood in the other tag's, give or take what the copy's forms changed.
      const offset = f.start - copy.start - (r.start - outer.start);
      if (f.start < copy.start || f.end > copy.end || Math.abs(offset) > STEADY_WITHIN + (r.start - outer.start) / 8) continue;
      found[i] = {
        kind: 'ambiguous',
        candidates: [{ start: f.start, end: f.end }],
        perfect: [false],
        note: `Ambiguous: its words stand at line ${index.lineNumber(f.start)}, inside a passage that may have been copied there, its original edited since (a tag on that passage, around this one, waits to be placed too). It is not placed by chance.${CHOOSE}`,
      };
      return;
    }
  });
}

/**
 * A placed tag whose words run from text that stands once into a passage that stands twice, the two one right after
 * the other (a paragraph copied beside itself, one of the two edited since): a tag inside that passage is left
 * ambiguous between the twins, and so is this one. Its words stand whole only with the first twin (or the second,
 * when they run out of it), but they may as well be its own words cut in two by the other twin put between them;
 * nothing tells which twin was there before. Its place is its one candidate, never taken by chance.
 */
function leaveAcrossTwins(found: Found[], order: readonly TagRecord[], hay: Haystack, index: TextIndex): void {
  const twins: number[] = [];
  found.forEach((f, k) => {
    if (f.kind === 'ambiguous' && f.candidates.length >= 2) twins.push(k);
  });
  const norm = hay.normal;
  const T = norm.text;
  const doubt = (f: Range, a: number, b: number): Found => ({
    kind: 'ambiguous',
    candidates: [{ start: f.start, end: f.end }],
    perfect: [false],
    note: `Ambiguous: its words stand whole at line ${index.lineNumber(f.start)}, but part of them stands twice, the two passages one after the other (lines ${index.lineNumber(Math.min(a, b))} and ${index.lineNumber(Math.max(a, b))}): one may be a copy put beside the other, cutting its words in two. It is not placed by chance.${CHOOSE}`,
  });
  // Each twin weighed against the placed tags whose words overlap its own only (the tags are in order of their start).
  let longest = 0;
  for (const r of order) longest = Math.max(longest, r.end - r.start);
  for (const k of twins) {
    const inner = order[k]!;
    const g = found[k] as Extract<Found, { kind: 'ambiguous' }>;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order[mid]!.start <= inner.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < order.length && order[i]!.start < inner.end; i++) {
      const f = found[i]!;
      const r = order[i]!;
      if (k === i || (f.kind !== 'anchored' && f.kind !== 'moved') || inner.end <= r.start || inner.start >= r.end) continue;
      // The candidate this tag's place holds, where the other tag's words stood in this one's.
      const shift = inner.start - r.start;
      const at = g.candidates.find((c) => c.start < f.end && f.start < c.end && Math.abs(c.start - f.start - shift) <= STEADY_WITHIN + Math.abs(shift) / 8);
      if (!at) continue;
      for (const other of g.candidates) {
        if (other === at || (other.start < f.end && f.start < other.end)) continue;
        const c = normalOffset(norm, at.start);
        if (!twinsTouch(T, Math.min(c, normalOffset(norm, other.start)), Math.abs(normalOffset(norm, other.start) - c))) continue;
        found[i] = doubt(f, at.start, other.start);
        break;
      }
    }
  }
  found.forEach((f, i) => {
    if (f.kind !== 'anchored' && f.kind !== 'moved') return;
    // No tag inside to say so: a paragraph of its words that begins (or ends) a passage standing twice, one right
    // after the other. Copies are put in between paragraphs: only words with a line break are looked at.
    if (order[i]!.quote.indexOf('\n') < 0) return;
    const twin = twinAtBreak(hay.text, norm, f.start, f.end);
    if (twin) found[i] = doubt(f, originalRange(norm, twin[0], twin[0]).start, originalRange(norm, twin[1], twin[1]).start);
  });
}

/** Twins closer than this are a refrain said twice with a line between, not a copied paragraph (normalised characters). */
const TWIN_SPAN = 256;

/** True when `c` and one of `others` begin two passages, a paragraph long or more, that stand one right after the other, twin text all along (see twinsTouch). */
function twinOf(norm: NormalText, c: Range, others: readonly Range[]): boolean {
  const a = normalOffset(norm, c.start);
  return others.some((o) => {
    const b = normalOffset(norm, o.start);
    return Math.abs(b - a) >= TWIN_SPAN && twinsTouch(norm.text, Math.min(a, b), Math.abs(b - a));
  });
}

/** Pieces this many edits apart or fewer are one formula said again (a number changed), not two different passages. */
const TWIN_FORMULA = 4;

/** How far from a tag's paragraph its twin may stand. */
const TWIN_REACH = 4096;

/**
 * Where, inside the normalised words [f0, f1), a line break starts a passage that stands again right after itself
 * (or ends one that stands right before itself), the words running on from (or into) text that stands once: the
 * starts of both twins. Undefined when there is none.
 */
function twinAtBreak(text: string, norm: NormalText, start: number, end: number): [number, number] | undefined {
  const T = norm.text;
  const f0 = normalOffset(norm, start);
  const f1 = normalOffset(norm, end);
  // The normalised text has a space for each run of white space: the breaks are found in the text as written.
  for (let x = text.indexOf('\n', start); x >= 0 && x < end; x = text.indexOf('\n', x + 1)) {
    // The white space around the break, as one space in the normalised text, and the words on either side of it.
    const space = normalOffset(norm, x);
    const b = T.charCodeAt(space) === 0x20 ? space + 1 : space;
    // Words after the break that begin a twin: the same piece again further on.
    if (b + 8 <= f1 && space > f0) {
      const piece = T.slice(b, b + TWIN_PIECE);
      if (piece.length === TWIN_PIECE && /[\p{L}\p{N}]/u.test(piece)) {
        // Its nearest twin only: the text before the break standing there too, or nearly (lines of one formula, a
        // number changed), is a passage said twice from before the tag's words on, or text that repeats itself.
        const o = within(T, piece, b + 1, b + TWIN_REACH);
        if (o >= 0 && editDistance(T.slice(o - TWIN_PIECE, o), T.slice(b - TWIN_PIECE, b)) > TWIN_FORMULA && twinsTouch(T, b, o - b)) return [b, o];
      }
    }
    // Words before the break that end a twin: the same piece before, ending where the twin this one ends begins.
    if (space - TWIN_PIECE >= f0 && b < f1) {
      const piece = T.slice(space - TWIN_PIECE, space);
      if (/[\p{L}\p{N}]/u.test(piece)) {
        const o = lastWithin(T, piece, space - TWIN_PIECE - TWIN_REACH, space - TWIN_PIECE - 1);
        const d = space - (o + TWIN_PIECE);
        if (o >= 0 && editDistance(T.slice(o + TWIN_PIECE, o + 2 * TWIN_PIECE), T.slice(space, space + TWIN_PIECE)) > TWIN_FORMULA && twinsTouch(T, space - d, d)) return [space - d, space - 2 * d];
      }
    }
    // The rest of this run of white space.
    while (x + 1 < end && /\s/.test(text[x + 1]!)) x++;
  }
  return undefined;
}

/** Characters of each piece compared to tell that two twins stand one right after the other. */
const TWIN_PIECE = 24;
/** Characters of each bit of the text between two twins looked for in the other twin (a typo spoils few). */
const TWIN_BIT = 12;
/** Pieces of the text between two twins compared at most. */
const TWIN_PIECES = 24;
/** Of those pieces, this share must stand again in the other twin. */
const TWIN_SHARE = 0.8;

/**
 * True when the normalised text from `lo` to its twin `span` characters on is twin text all along: each piece of
 * it stands again about `span` characters on (or back), a sentence or so lost in one twin allowed for. So the
 * twins stand one right after the other, with no text of their own between them.
 */
function twinsTouch(T: string, lo: number, span: number): boolean {
  if (span < TWIN_BIT) return false;
  const slack = Math.max(64, span >> 2);
  const step = Math.max(TWIN_BIT, Math.floor(span / TWIN_PIECES));
  let pieces = 0;
  let twinned = 0;
  for (let x = lo; x + TWIN_BIT <= lo + span; x += step) {
    const piece = T.slice(x, x + TWIN_BIT);
    if (!/[\p{L}\p{N}]/u.test(piece)) continue;
    pieces++;
    if (within(T, piece, x + span - slack, x + span + slack) >= 0 || within(T, piece, x - span - slack, Math.min(x - 1, x - span + slack)) >= 0) twinned++;
  }
  return pieces >= 4 && twinned >= TWIN_SHARE * pieces;
}

/** How far (beyond an eighth of its distance from the copy's start) a tag inside a copy may stand from where its words stood in it. */
const STEADY_WITHIN = 16;

/** How far (beyond an eighth of the distance to the neighbour) a twin's side may stand from where the neighbour puts it. */
const TWIN_SLACK = 32;
/** Rounds of leaveEditedCopies and leaveTwinCopies at most (each after a doubt weighs the tags beside it again). */
const MAX_COPY_ROUNDS = 8;

/** The tag found on `f` left unplaced, with both places as candidates, when the passage it was copied from stands edited near `expected`. */
function copyDoubt(record: TagRecord, hay: Haystack, index: TextIndex, expected: readonly number[], f: Range, within?: number): Found | undefined {
  const parts = normalizedParts(record.prefix, record.quote, record.suffix, hay.hours);
  if (parts[1].trim() === '') return undefined;
  // Only a place that holds the tag's words as they were can be the copy: changed words were not copied unchanged.
  const norm = hay.normal;
  const from = normalOffset(norm, f.start);
  const exact = norm.text.slice(from, from + parts[1].length) === parts[1];
  // Changed words were not copied unchanged: a place with changed words is a copy only of words changed before the
  // copy was made, and then only when the original, changed more since, stands where the tags around it put it.
  if (!exact && parts[1].length < SELF_EVIDENT) return undefined;
  const left = leftBehind(norm, parts, [isFullSide(record.prefix), isFullSide(record.suffix)], expected, f, within, hay.text);
  // Beside twins (see leaveTwinCopies) the passage was copied whole: changed words there were changed before the copy
  // was made, and what their original lost since says as much as a side left without them.
  if (!left || (!exact && !left.original && within === undefined)) return undefined;
  const copy = { start: f.start, end: f.end };
  const original = left.original;
  const candidates = !original ? [copy] : original.start < copy.start ? [original, copy] : [copy, original];
  const line = (r: Range) => index.lineNumber(r.start);
  const what = original ? `words like them (changed since) still stand between its surroundings where it was, at line ${line(original)}` : `its surroundings still stand where it was, at line ${line(left.side)}, without its words`;
  return {
    kind: 'ambiguous',
    candidates,
    copy,
    perfect: candidates.map((c) => c === copy && hay.text.slice(c.start, c.end) === record.quote),
    note: `Ambiguous: ${exact ? 'its words stand' : 'words most like them stand'} at line ${line(copy)}, but ${what}: the passage may have been copied, then its original edited. It is not placed by chance.${CHOOSE}`,
  };
}

/** The note of a tag whose words fit several places equally well. */
export function ambiguityNote(candidates: ReadonlyArray<{ start: number }>, index: TextIndex): string {
  const lines = [...new Set(candidates.map((c) => index.lineNumber(c.start)))];
  return `Ambiguous: its words fit ${candidates.length} places equally well (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}); it is not placed by chance.${CHOOSE}`;
}

/**
 * The fast way: the exact words with exactly the stored surroundings, in one place only, and no other place with
 * the same words and most of the surroundings (a near-identical sentence put before the tag's).
 */
function fastHit(record: TagRecord, text: string, exactHits: number[] | undefined): number | undefined {
  if (exactHits === undefined) return undefined;
  const quote = record.quote;
  // Loops, not callbacks: this runs for every tag, and a function made per call costs more than the test.
  let whole: number | undefined;
  for (const at of exactHits) {
    if (!contextMatches(text, at, at + quote.length, record.prefix, record.suffix)) continue;
    if (whole !== undefined) return undefined;
    whole = at;
  }
  if (whole === undefined) return undefined;
  const half = (record.prefix.length + record.suffix.length) / 2;
  for (const at of exactHits) if (at !== whole && commonBefore(text, at, record.prefix) + commonAfter(text, at + quote.length, record.suffix) >= half) return undefined;
  return whole;
}

/**
 * True when the tag's words, once forms are folded (quotes, spaces, a
 * non-breaking space), stand at another place than its exact hit with at
 * least half of both sides agreeing: its own copy may be the one whose form
 * changed, so the exact copy proves nothing by itself.
 */
function hasNormalRival(record: TagRecord, norm: NormalText, at: number, normalHits: number[] | undefined): boolean {
  if (!normalHits || normalHits.length < 2) return false;
  const [p, q, s] = normalizedParts(record.prefix, record.quote, record.suffix);
  const own = normalOffset(norm, at);
  const half = (p.length + s.length) / 2;
  for (const h of normalHits) if (h !== own && commonBefore(norm.text, h, p) + commonAfter(norm.text, h + q.length, s) >= half) return true;
  return false;
}

/**
 * Where one stored tag stands in the text, with the evidence for it; `exactHits`: the places its exact quote
 * stands beside part of its context, when known; `normalHits`: where its normalised quote stands in the
 * normalised text, when known.
 */
export function findTag(record: TagRecord, hay: Haystack | string, index: TextIndex, expected: number, exactHits?: number[], normalHits?: number[]): Found {
  const h = typeof hay === 'string' ? new Haystack(hay) : hay;
  const text = h.text;
  const quote = record.quote;
  const fast = fastHit(record, text, exactHits);
  if (fast !== undefined) return { kind: 'anchored', start: fast, end: fast + quote.length };
  const norm = h.normal;
  const [p, q, s] = normalizedParts(record.prefix, quote, record.suffix, h.hours);
  // Words that are only a timestamp's hours of zero (`00` of `00:01:02`), which normalising drops: looked for as written.
  if (q === '' && h.hours && quote.trim() !== '') return onHoursOnly(findTag(record, h.withHours, index, expected), text);
  if (q.trim() === '') return { kind: 'lost' };
  const prefixFull = isFullSide(record.prefix);
  const suffixFull = isFullSide(record.suffix);
  const T = norm.text;
  const expectedN = normalOffset(norm, Math.min(expected, text.length));
  const places: Place[] = [];
  const sides: Sides = { T, p, q, s, prefixFull, suffixFull };

  // Places with the same words (after normalising): weighed first by how many characters on each side agree exactly.
  const exact: Array<{ at: number; quick: number }> = [];
  if (normalHits) for (const at of normalHits) exact.push({ at, quick: commonBefore(T, at, p) + commonAfter(T, at + q.length, s) });
  else {
    for (let at = T.indexOf(q); at >= 0 && exact.length < MAX_OCCURRENCES; at = T.indexOf(q, at + 1)) {
      exact.push({ at, quick: commonBefore(T, at, p) + commonAfter(T, at + q.length, s) });
    }
  }
  exact.sort((x, y) => y.quick - x.quick || Math.abs(x.at - expectedN) - Math.abs(y.at - expectedN));
  for (const e of exact.slice(0, MAX_WEIGHED)) places.push(weighPlace(sides, e.at, e.at + q.length, 1));
  const exactCount = exact.length;

  // Another place that agrees nearly as well is as likely: the tag is not placed by chance. (Half the context:
  // a near-identical sentence put before a tag has all of it, the tag's own place most of it.)
  const margin = Math.max(TIE, (p.length + s.length) / 2);

  // Anchored: the same words and the same surroundings, in one place, and no other place nearly as good.
  const perfect = places.filter((pl) => pl.before === 1 && pl.after === 1);
  if (perfect.length > 1) return ambiguous(norm, perfect);
  if (perfect.length === 1) {
    const close = rivalsAmong(perfect[0]!, places.filter((pl) => acceptable(pl, () => q.length >= SELF_EVIDENT && exact.length === 1, p.length + s.length)), margin);
    return close.length ? ambiguous(norm, [perfect[0]!, ...close]) : toOriginal(norm, perfect[0]!, 'anchored');
  }
  // The functions below are made only for the tags the way above did not place (most tags it does).
  const weigh = (from: number, to: number, words: number, known?: { before?: number; after?: number }): Place => weighPlace(sides, from, to, words, known);
  const rivalsOf = (best: Place, among: Place[]) => rivalsAmong(best, among, margin);

  // Words that changed: the passages most like them, near where they were and where their surroundings are
  // (not needed when the same words stand with nearly all their surroundings).
  const nearlyPerfect = places.some((pl) => pl.before >= 0.9 && pl.after >= 0.9);
  const rough = (nearlyPerfect ? [] : fuzzyCandidates(T, q, p, s, expectedN, FUZZY_THRESHOLD))
    .filter((f) => !places.some((pl) => pl.from < f.end && f.start < pl.to && pl.words === 1))
    .map((f) => weigh(f.start, f.end, f.similarity))
    .sort((x, y) => y.evidence - x.evidence);
  // Only the likeliest passages have their ends refined (each refinement weighs dozens of boundaries); the
  // others keep their rough ends, enough to count as rivals.
  rough.forEach((r, k) => {
    const place = k < 3 && Math.min(r.before, r.after) >= 0.25 ? refine(r, T, q, weigh) : r;
    if (place.words >= FUZZY_THRESHOLD && !places.some((pl) => pl.from === place.from && pl.to === place.to) && !sideWithin(place, p, s, prefixFull, suffixFull, q, T)) places.push(place);
  });
  // One side of the surroundings vouches for a place only where it is that side: when the stored text of the side
  // stands unchanged elsewhere only (the tag's own place, its words deleted), a place with similar surroundings is not it.
  const sideVouches = (pl: Place) => {
    const before = pl.before >= pl.after;
    const side = before ? (prefixFull ? p : '') : suffixFull ? s : '';
    const first = side === '' ? -1 : T.indexOf(side);
    if (first < 0) return true;
    // A space the side ends with (or begins with) may be the place's own first (or last) unit: the words' edge changed.
    const beside = (at: number) => (before ? at + side.length === pl.from || (at + side.length - 1 === pl.from && side.endsWith(' ')) : at === pl.to || (at + 1 === pl.to && side.startsWith(' ')));
    for (let at = first; at >= 0; at = T.indexOf(side, at + 1)) if (beside(at)) return true;
    return false;
  };
  // A long passage standing once is its own evidence, unless all of it but a few words is said elsewhere too: words
  // that are mostly a voice's id repeated on every caption (`<v 68f0…@72f9…>Oh`) are no more evidence than the word
  // after the id. Asked only of places nothing else vouches for.
  let evident: boolean | undefined;
  const selfEvident = () => (evident ??= q.length >= SELF_EVIDENT && exactCount === 1 && !mostlySaidAgain(T, q));
  // The other side of a place carried by one side, standing unchanged elsewhere, shows where the words' own place
  // is when words like them stand beside it (a variant of them was put before their own place, say), when it
  // stands right around the carried place (the words between the two sides were deleted, and a look-alike slid
  // in) or when it stands in several places (repeated text). Standing once, far off and beside other words, it
  // only went away (the paragraph after the words was moved) and says nothing against the same words.
  const otherSideAway = (pl: Place, other: string, otherIsAfter: boolean) => {
    if (other.trim() === '') return true;
    const near = q.length + other.length + SIDE_NEAR;
    let seen = 0;
    for (let at = T.indexOf(other); at >= 0; at = T.indexOf(other, at + 1)) {
      if (++seen > MAX_SIDE_PLACES || (at < pl.to + near && at + other.length > pl.from - near)) return false;
      const beside = otherIsAfter ? anchoredDistanceAt(q, T, at, q.length + 8, true) : anchoredDistanceAt(q, T, at + other.length, q.length + 8, false);
      if (beside <= (1 - FUZZY_THRESHOLD) * q.length) return false;
    }
    return true;
  };
  // Words changed by a letter or two, with one whole side unchanged right beside them (the other side lost a
  // sentence or a paragraph moved): that side carries them, as it carries the same words. Not when the other side
  // stands unchanged elsewhere: the words' own place may be there (a variant of them was put before it, say).
  const carried = (pl: Place) => {
    if (pl.words >= 1 || pl.words < CARRIED_WORDS) return false;
    const byBefore = pl.before === 1 && prefixFull;
    if (!byBefore && !(pl.after === 1 && suffixFull)) return false;
    // The words' far edge stands as it was: else the difference may be words lost there and others beside them
    // (see truncated.ts), not a letter changed.
    if (byBefore ? T.charCodeAt(pl.to - 1) !== q.charCodeAt(q.length - 1) : T.charCodeAt(pl.from) !== q.charCodeAt(0)) return false;
    const other = byBefore ? s : p;
    return sideVouches(pl) && (other.trim() === '' || T.indexOf(other) < 0);
  };
  // The same words beside one whole side that stands but for a letter or two (a typo fixed in it), the other side
  // gone, or gone away (see otherSideAway): that side carries them too.
  const nearlyCarried = (pl: Place) => {
    if (pl.words !== 1) return false;
    const byBefore = prefixFull && pl.before >= pl.after && anchoredDistanceAt(p, T, pl.from, p.length + 8, true) <= NEARLY;
    if (!byBefore && !(suffixFull && pl.after > pl.before && anchoredDistanceAt(s, T, pl.to, s.length + 8, false) <= NEARLY)) return false;
    return sideVouches(pl) && otherSideAway(pl, byBefore ? s : p, byBefore);
  };
  // The same words beside one side only, their other side standing whole elsewhere after (or before) the words'
  // end (or beginning) from one of their line breaks on: a paragraph move cut the words there (see cutByMove.ts).
  let breaks: Set<number> | undefined;
  const cut = (pl: Place) => {
    // Words without a line break were not cut by a move: no search of the text for them.
    if (pl.words !== 1 || Math.min(pl.before, pl.after) >= 0.5 || !/[\n\r\u2028\u2029]/.test(quote)) return false;
    const byBefore = pl.before >= pl.after;
    const other = byBefore ? (suffixFull ? s : '') : prefixFull ? p : '';
    return cutByMove(T, pl.from, pl.to, q, (breaks ??= lineBreaksOf(quote)), other, byBefore);
  };
  // Words standing exactly once, a sentence or so long, whose surroundings agree on both sides just up to their
  // sentence's edges: the sentence moved whole among the others (two sentences swapped), and the words with it.
  const sentenceMoved = (pl: Place) => pl.words === 1 && exactCount === 1 && q.length >= SELF_EVIDENT / 2 && sentenceStandsWhole(p, s, commonBefore(T, pl.from, p), commonAfter(T, pl.to, s));
  const accepted = places.filter((pl) => ((acceptable(pl, selfEvident, p.length + s.length) && (pl.words < 1 || Math.min(pl.before, pl.after) >= 0.5 || selfEvident() || sideVouches(pl))) || carried(pl) || nearlyCarried(pl) || sentenceMoved(pl)) && !cut(pl));
  if (accepted.length === 0) {
    // Both whole sides, with words alike enough between them: where the words begin and end, whatever the search
    // for changed words made of them.
    const between = betweenSides(T, q, p, s, prefixFull, suffixFull, FUZZY_THRESHOLD, expectedN, (side) => sidePlaces(h.words, side, MAX_SIDE_SEARCH));
    if (between.length > 1) return ambiguous(norm, between.map((b) => weigh(b.from, b.to, b.similarity)));
    if (between.length === 1) return closestNote(between[0]!.from, between[0]!.to, between[0]!.similarity, norm, index, quote);
    // Most of the words exactly beside a whole side, the rest lost with the other side: stronger evidence than
    // words alike word by word.
    const remains = truncatedPlaces(T, q, p, s, prefixFull, suffixFull, FUZZY_THRESHOLD, expectedN);
    if (remains.length > 1) return ambiguous(norm, remains.map((r) => weigh(r.from, r.to, r.share)));
    if (remains.length === 1) return truncatedNote(remains[0]!, norm, index, quote, text);
    const words = byWords(h, index, record, [p, q, s], weigh, prefixFull && suffixFull, expectedN);
    if (words.kind !== 'lost' || words.note !== undefined) return words;
    const cutAt = places.find(cut);
    if (cutAt) return cutNote(cutAt, norm, index);
    // The words' whole lines, moved with too little of their surroundings to vouch for them.
    const lines = movedLines(text, norm, quote, record.prefix, record.suffix, FUZZY_THRESHOLD);
    if (!lines) {
      // Words too short (or said too often) to be placed by their sentence alone, standing where their surroundings
      // agree just up to the sentence's edges: the sentence may have moved among the others, the words with it, but
      // such words may be said again in another sentence. They wait with those places rather than be called gone.
      const inSentence = places.filter((pl) => pl.words === 1 && sentenceStandsWhole(p, s, commonBefore(T, pl.from, p), commonAfter(T, pl.to, s)));
      return inSentence.length ? sentenceMovedInDoubt(ambiguous(norm, inSentence), index) : words;
    }
    const here = weigh(lines.from, lines.to, lines.share);
    const copies = lines.others.map((o) => weigh(o.from, o.to, lines.share));
    // Short words on lines standing once may still be a copy of lines said twice, and lines standing in several
    // places (a stage direction) may be on any: the user chooses.
    if (q.length < SELF_EVIDENT || copies.length) return ambiguous(norm, [here, ...copies, ...places.filter((pl) => pl.words === 1 && ![here, ...copies].some((c) => pl.from < c.to && c.from < pl.to))]);
    return movedLinesNote(lines, norm, index, quote);
  }
  accepted.sort((x, y) => y.evidence - x.evidence);
  let best = accepted[0]!;
  const rivals = rivalsOf(best, accepted);
  if (best.words < 1 && rivals.every((r) => r.words < 1) && prefixFull && suffixFull) {
    // Changed words only: the tag's own words standing in two pieces with both their sides decide between them.
    const split = splitPlace(T, q, p, s, expectedN);
    const inside = split ? [best, ...rivals].filter((pl) => pl.from < split.to && split.from < pl.to) : [];
    // A candidate that holds the pieces, from the side before to the side after (but for a typo at either end), is
    // where the words are; one that holds the first piece and part of the text put between is a near copy of them.
    const holds = (pl: Place) => split !== undefined && pl.from <= split.from + NEARLY && pl.to >= split.to - NEARLY;
    // A candidate between both of the tag's sides, each whole but for a letter or two, whose words differ by a letter
    // or two: the pieces are its words' beginning (or end) said again before (or after) it, a paragraph copied beside
    // it, not words cut in two.
    if (inside.length === 1 && holds(inside[0]!)) best = inside[0]!;
    else if (split && (rivals.length === 0 || inside.length === 1)) {
      // A passage among the pieces, a letter or two from the words, beside one of their whole sides: the text put
      // between may be the words' own beginning (or end) said again, a paragraph copied beside itself and one of
      // the two corrected since. Neither reading is proven: the passage waits as the tag's candidate.
      const near = inside.filter((pl) => pl.words >= CARRIED_WORDS && (pl.before === 1 || pl.after === 1));
      return near.length === 1 ? nearSplitNote(near[0]!, split, norm, index) : splitNote(split, norm, index);
    }
    // Pieces that no candidate covers, among several: in repeated text (captions naming the same voice) the pieces
    // may be two look-alikes; the candidates stay for the user to choose from.
    else if (rivals.length) return ambiguous(norm, [best, ...rivals]);
  } else if (rivals.length) return ambiguous(norm, [best, ...rivals]);
  const range = originalRange(norm, best.from, best.to);
  const line = `at line ${index.lineNumber(range.start)}`;
  if (best.words === 1) {
    // The same words elsewhere with surroundings nearly theirs (a passage the transcript says twice), while the tag's
    // own words stand in two pieces beside its whole side before and its side after (whole, or but for a typo), a line
    // of page furniture put between: either may be the tag's. It waits with both.
    if ((best.before < 1 || best.after < 1) && prefixFull && suffixFull) {
      const split = splitPlace(T, q, p, s, expectedN, true);
      if (split && (split.to <= best.from || split.from >= best.to)) return ambiguous(norm, [best, weigh(split.from, split.to, 0)]);
    }
    const context = Math.round(((best.before * p.length + best.after * s.length) / Math.max(1, p.length + s.length)) * 100);
    // Words said several times (an interjection, a stage direction), none where they were, and the best copy's
    // surroundings agreeing barely more than by chance, neither side nearly whole: the copies stay for the user.
    const copies = places.filter((pl) => pl.words === 1);
    const weak = context < WEAK_CONTEXT * 100 && Math.max(best.before, best.after) < 0.9;
    // Short words said many times, far from where the tags around them put them, one side agreeing nearly but not
    // wholly (a speaker's label and a reply said before many turns): the side is a formula, not the words' own place.
    const farFormula = q.length < SELF_EVIDENT && context < WEAK_CONTEXT * 100 && Math.max(best.before, best.after) < 1 && Math.abs(best.from - expectedN) > FAR_FROM_EXPECTED;
    if (exactCount > 1 && copies.length > 1 && (weak || farFormula)) return ambiguous(norm, copies);
    // Short words said many times that open (or close) a sentence beside one whole side, the other side lost: the
    // place may be the next (or last) sentence's words, their own sentence deleted (see sentenceEdge.ts).
    const edge = q.length < SELF_EVIDENT && exactCount > 1 ? sentenceEdgeInDoubt(p, q, s, best.before, best.after) : undefined;
    if (edge) return { kind: 'ambiguous', candidates: [range], perfect: [false], note: `Ambiguous: its words stand ${line}, where they ${edge === 'before' ? 'open a sentence after' : 'close a sentence before'} its surroundings, but the rest of its surroundings is gone: they may be the words of the sentence ${edge === 'before' ? 'after' : 'before'} theirs, their own sentence deleted. It is not placed by chance.${CHOOSE}` };
    const note = exactCount > 1
      ? `Its words occur ${exactCount} times; the one whose surroundings agree best (${context}% of them) was chosen, ${line}.`
      : `Its words now stand ${line}, with different words around them (${context}% of its surroundings agree).`;
    return { kind: 'moved', ...range, note };
  }
  // Changed words found by their characters alone, while the tag's own words stand in two pieces between both of its
  // sides, each whole but short (word timings, whose sides are the same few keys every time): a line put between the
  // pieces (page furniture) and a look-alike passage (the next word's times) are equally possible, and neither side
  // is long enough to prove the pieces. Both wait as candidates.
  // Sides both long enough were looked at for pieces above.
  if (prefixFull && suffixFull && Math.min(p.trim().length, s.trim().length) < MIN_SIDE) {
    const split = splitPlace(T, q, p, s, expectedN, false, SHORT_SIDE);
    // Pieces beginning and ending elsewhere than the passage: another place, however near (the times run on).
    if (split && Math.abs(split.from - best.from) > NEARLY && Math.abs(split.to - best.to) > NEARLY) return ambiguous(norm, [best, weigh(split.from, split.to, 0)]);
  }
  return closestNote(best.from, best.to, best.words, norm, index, quote);
}

/**
 * True when one of the tag's whole sides stands, unchanged, inside changed words found for it (not at their edge):
 * the words end (or begin) there, and the rest of the passage is other text that only looks like theirs (a cue of
 * captions moved away from between the others, the next cue's times alike). Not when the tag's own words hold that
 * side too.
 */
/** How far inside changed words a whole side must begin (or end) to cut them: farther than their ends are refined. */
const INSIDE = 9;

function sideWithin(pl: Place, p: string, s: string, prefixFull: boolean, suffixFull: boolean, q: string, T: string): boolean {
  if (suffixFull && /[\p{L}\p{N}]/u.test(s) && !q.includes(s) && within(T, s, pl.from + 1, pl.to - INSIDE) >= 0) return true;
  return prefixFull && /[\p{L}\p{N}]/u.test(p) && !q.includes(p) && within(T, p, pl.from + INSIDE - p.length, pl.to - 1 - p.length) >= 0;
}

/** Hours of zero before a timestamp's minutes and seconds (`00` of `00:01:02`, not of `00:01.500`). */
const HOURS_AFTER = /^:\d\d:\d\d(?!\d)/;

/**
 * A tag on nothing but a timestamp's hours of zero stands only on such hours: a re-scrape that stopped writing
 * them deleted its words, and the minutes of zero that now begin the timestamp are other words.
 */
function onHoursOnly(f: Found, text: string): Found {
  const hours = (c: Range) => HOURS_AFTER.test(text.slice(c.end, c.end + 7));
  if (f.kind === 'anchored' || f.kind === 'moved') return hours(f) ? f : { kind: 'lost', note: HOURS_GONE };
  if (f.kind !== 'ambiguous') return f;
  const keep = f.candidates.map((c, k) => (hours(c) ? k : -1)).filter((k) => k >= 0);
  if (keep.length === f.candidates.length) return f;
  if (keep.length === 0) return { kind: 'lost', note: HOURS_GONE };
  return { kind: 'ambiguous', candidates: keep.map((k) => f.candidates[k]!), perfect: keep.map((k) => f.perfect[k]!) };
}

const HOURS_GONE = "Its words were a timestamp's hours of zero, which the transcript no longer writes.";

/** A tag's normalised parts and the text they are looked for in, to weigh places with. */
interface Sides {
  T: string;
  p: string;
  q: string;
  s: string;
  prefixFull: boolean;
  suffixFull: boolean;
}

/** A place weighed: how well its words (`words`) and its surroundings agree; `known`: a side's agreement already measured. */
function weighPlace(x: Sides, from: number, to: number, words: number, known?: { before?: number; after?: number }): Place {
  const before = known?.before ?? sideAgreement(x.T, from, x.p, x.prefixFull, true);
  const after = known?.after ?? sideAgreement(x.T, to, x.s, x.suffixFull, false);
  return { from, to, words, before, after, evidence: words * x.q.length + before * Math.max(x.p.length, x.prefixFull ? 0 : 8) + after * Math.max(x.s.length, x.suffixFull ? 0 : 8) };
}

/** The places of `among` that agree nearly as well as `best` (within `margin`) and do not overlap it. */
function rivalsAmong(best: Place, among: Place[], margin: number): Place[] {
  return among.filter((pl) => pl !== best && best.evidence - pl.evidence < margin && !(pl.from < best.to && best.from < pl.to));
}

/** Changed words placed on the closest passage, with a note saying how alike and what they were. */
function closestNote(from: number, to: number, similarity: number, norm: NormalText, index: TextIndex, quote: string): Found {
  const range = originalRange(norm, from, to);
  return {
    kind: 'moved',
    ...range,
    note: `Its words as they were are no longer in the transcript; the closest passage (${Math.round(similarity * 100)}% similar, at least ${Math.round(FUZZY_THRESHOLD * 100)}% needed) was chosen, at line ${index.lineOf(range.start) + 1}. It was: “${quote}”.`,
  };
}

/** A share of similarity within which two passages found by their words are equally likely. */
const WORD_TIE = 0.03;
/** Of a passage found by its words that its surroundings do not vouch for, this share of its landmarks must agree. */
const LANDMARKS_NEEDED = 0.34;

/**
 * The last way: the passage most like the quote word by word, found by its
 * landmarks (many small differences at once, a long passage that lost a
 * sentence). Taken when it is at least 80 % alike and either its surroundings
 * agree as for any changed words, or the quote is long enough to be its own
 * evidence and its landmarks agree in order; a passage nearly as alike
 * elsewhere makes it ambiguous.
 */
function byWords(h: Haystack, index: TextIndex, record: TagRecord, [p, q, s]: [string, string, string], weigh: (from: number, to: number, words: number) => Place, fullSides: boolean, expected: number): Found {
  const found = landmarkCandidates(h.words, q, FUZZY_THRESHOLD);
  if (found.length === 0) return { kind: 'lost' };
  // Many of its landmarks stand at another place too (part of the words copied elsewhere, next to words like
  // the rest): neither place is surely the tag's, unless each other place agrees only on part of the stretch of
  // the words this one agrees on and stands apart from it, a whole line of other text between (a paragraph of the
  // words copied elsewhere, the rest not with it). Standing right beside it, the other may be the words' own end
  // (or beginning), other text put between the two pieces.
  const top = found[0]!;
  if (top.elsewhere >= top.landmarks / 2 && !(top.widest && top.others.every((o) => lineBetween(h, o, top)))) return { kind: 'lost' };
  const places = found.map((f) => ({ place: weigh(f.from, f.to, f.similarity), landmarks: f.landmarks }));
  const vouched = places.filter(({ place, landmarks }) => Math.min(place.before, place.after) >= 0.5 || (q.length >= SELF_EVIDENT && landmarks >= LANDMARKS_NEEDED));
  if (vouched.length === 0) return { kind: 'lost' };
  vouched.sort((x, y) => y.place.words - x.place.words || y.place.evidence - x.place.evidence);
  const best = vouched[0]!.place;
  const rivals = places.filter(({ place }) => place !== best && place.words >= best.words - WORD_TIE && !(place.from < best.to && best.from < place.to)).map(({ place }) => place);
  if (rivals.length) return ambiguous(h.normal, [best, ...rivals]);
  const split = fullSides ? splitElsewhere(best, h.normal.text, q, p, s, expected, h.normal, index) : undefined;
  if (split) return split;
  const range = originalRange(h.normal, best.from, best.to);
  const was = record.quote.length > 160 ? `${record.quote.slice(0, 160)}…` : record.quote;
  return {
    kind: 'moved',
    ...range,
    note: `Its words as they were are no longer in the transcript; the passage most like them word by word (${Math.round(best.words * 100)}% alike, at least ${Math.round(FUZZY_THRESHOLD * 100)}% needed) was chosen, at line ${index.lineNumber(range.start)}. It was: “${was}”.`,
  };
}

/** True when a whole line of other text (a line with words, between two line breaks) stands between two normalised ranges. */
function lineBetween(h: Haystack, a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  const [x, y] = a.to <= b.from ? [a.to, b.from] : b.to <= a.from ? [b.to, a.from] : [0, 0];
  if (y <= x) return false;
  const gap = originalRange(h.normal, x, y);
  return /\n[^\n]*[\p{L}\p{N}][^\n]*\r?\n/u.test(h.text.slice(gap.start, gap.end));
}

/**
 * Changed words are not taken where they only look like the tag's when its
 * own words, with both of its sides, stand in two pieces elsewhere near where
 * they were (other text put between them): the tag is left unplaced, its note
 * saying where they stand.
 */
function splitElsewhere(best: Place, T: string, q: string, p: string, s: string, expected: number, norm: NormalText, index: TextIndex): Found | undefined {
  const split = splitPlace(T, q, p, s, expected);
  return !split || (best.from < split.to && split.from < best.to) ? undefined : splitNote(split, norm, index);
}

/** A tag placed on what remains of its words, with a note saying what was lost. */
function truncatedNote(r: TruncatedPlace, norm: NormalText, index: TextIndex, quote: string, text: string): Found {
  const range = originalRange(norm, r.from, r.to);
  // A dash at the cut takes the white space after (or before) it once normalised: that white space is not words.
  if (r.lost === 'end') while (range.end > range.start && /\s/.test(text[range.end - 1]!)) range.end--;
  else while (range.start < range.end && /\s/.test(text[range.start]!)) range.start++;
  const side = r.lost === 'end' ? 'before' : 'after';
  return { kind: 'moved', ...range, note: `The ${r.lost} of its words no longer stands with the rest (deleted, moved away, or other text put between); the rest (${Math.round(r.share * 100)}% of them, at least ${Math.round(FUZZY_THRESHOLD * 100)}% needed) stands with the text that was ${side} it, at line ${index.lineOf(range.start) + 1}. It was: “${quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}”.` };
}

/** A tag placed on its lines that moved whole, with a note saying how much of its words they hold. */
function movedLinesNote(m: MovedLines, norm: NormalText, index: TextIndex, quote: string): Found {
  const range = originalRange(norm, m.from, m.to);
  const cut = m.share < 1 ? `, ${Math.round(m.share * 100)}% of its words (cut at a line break; the rest no longer stands with them). It was: “${quote.slice(0, 160)}”` : '';
  return { kind: 'moved', ...range, note: `Its lines moved whole, at line ${index.lineNumber(range.start)}${cut}.` };
}

/** A tag left unplaced because a paragraph move cut its words, with a note saying where part of them went. */
function cutNote(pl: Place, norm: NormalText, index: TextIndex): Found {
  const line = index.lineOf(originalRange(norm, pl.from, pl.to).start) + 1;
  const [part, rest] = pl.before >= pl.after ? ['beginning', 'followed'] : ['end', 'preceded'];
  return { kind: 'lost', note: `Its words were cut in two where a paragraph moved: their ${part} stands at line ${line}, ${rest} by words that only look like the rest; it is not placed on words only partly its own. Tag them again where they stand.` };
}

/** A tag left unplaced because its words stand in two pieces, with a note saying where. */
function splitNote(split: SplitPlace, norm: NormalText, index: TextIndex): Found {
  const line = index.lineNumber(originalRange(norm, split.from, split.to).start);
  return { kind: 'lost', note: `Its words stand in two pieces with other text put between them (${split.between} characters), at line ${line}; it is not placed on a passage that only looks like them. Tag them again where they stand.` };
}

/** A tag left ambiguous between a passage nearly its words and its words in two pieces around it (see splitNote). */
function nearSplitNote(pl: Place, split: SplitPlace, norm: NormalText, index: TextIndex): Found {
  const range = originalRange(norm, pl.from, pl.to);
  const side = pl.after === 1 ? 'after' : 'before';
  const pieces = index.lineNumber(originalRange(norm, split.from, split.to).start);
  return {
    ...ambiguous(norm, [pl]),
    note: `Ambiguous: words ${Math.round(pl.words * 100)}% like its own stand at line ${index.lineNumber(range.start)}, beside the text that was ${side} them, but its words may as well stand in two pieces with other text put between them (${split.between} characters), from line ${pieces}: a paragraph said twice, one of the two corrected since. It is not placed by chance.${CHOOSE}`,
  };
}

/**
 * Moves a fuzzy place's ends, a few characters at a time, to where its words
 * and its surroundings agree best together: the ends of changed words are
 * where the unchanged text beside them begins.
 */
function refine(place: Place, T: string, q: string, weigh: (from: number, to: number, words: number, known?: { before?: number; after?: number }) => Place): Place {
  const reach = q.length <= 300 ? 8 : 2;
  const m = q.length;
  let best = place;
  for (let round = 0; round < 2; round++) {
    const base = best;
    // Every end at once: one alignment of the quote with the text from the fixed start.
    const limit = Math.min(T.length, base.to + reach);
    const toEnds = alignFrom(T, base.from, limit, q, false);
    for (let d = -reach; d <= reach; d++) {
      const to = base.to + d;
      if (d === 0 || to <= base.from || to > limit) continue;
      const c = weigh(base.from, to, 1 - toEnds[to - base.from]! / Math.max(m, to - base.from), { before: base.before });
      // Never to ends that make the words too unlike the quote to be taken: the passage was found above it.
      if (c.words >= FUZZY_THRESHOLD && c.evidence > best.evidence + 1e-9) best = c;
    }
    const mid = best;
    // Every start at once: the same backwards from the fixed end.
    const first = Math.max(0, mid.from - reach);
    const toStarts = alignFrom(T, first, mid.to, q, true);
    for (let d = -reach; d <= reach; d++) {
      const from = mid.from + d;
      if (d === 0 || from < first || from >= mid.to) continue;
      const c = weigh(from, mid.to, 1 - toStarts[mid.to - from]! / Math.max(m, mid.to - from), { after: mid.after });
      if (c.words >= FUZZY_THRESHOLD && c.evidence > best.evidence + 1e-9) best = c;
    }
    if (best === base) break;
  }
  return best;
}

/** True when a place's words and surroundings agree enough to take it. */
/** Below this share of its surroundings agreeing, one copy of words said several times is not told from the others. */
const WEAK_CONTEXT = 0.6;
/** Normalised characters from where the tags around it put a tag beyond which its place is not theirs (a paragraph and more). */
const FAR_FROM_EXPECTED = 512;

function acceptable(pl: Place, selfEvident: () => boolean, contextLength: number): boolean {
  if (pl.words === 1) {
    const context = contextLength === 0 ? 1 : (pl.before + pl.after) / 2;
    const oneSide = Math.max(pl.before, pl.after);
    if (context >= 0.5 || oneSide >= 0.9) return true;
    // A long passage that stands exactly once is its own evidence (a paragraph moved whole).
    return selfEvident();
  }
  // Changed words must stand where the surroundings on both sides still do.
  return Math.min(pl.before, pl.after) >= 0.5;
}

/** What of a passage standing once must be its own, said nowhere else, for the passage to be its own evidence. */
const OWN_PART = SELF_EVIDENT / 2;

/**
 * True when all of `q` but its last (or first) OWN_PART - 1 characters stands in T somewhere else too: the words are
 * mostly text said again (a voice's id before every caption's words), which proves no place.
 */
function mostlySaidAgain(T: string, q: string): boolean {
  const twice = (x: string) => {
    const first = T.indexOf(x);
    return first >= 0 && T.indexOf(x, first + 1) >= 0;
  };
  const rest = q.length - OWN_PART + 1;
  return twice(q.slice(0, rest)) || twice(q.slice(q.length - rest));
}

/**
 * A place whose words end (or begin) with white space its quote does not have leaves it out: a dash takes the
 * spaces after it once normalised, so a place ending on a dash (a false start, `so we-`) would end after them.
 */
function trimSpaces(f: { start: number; end: number }, text: string, quote: string): void {
  const space = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
  if (!space(quote.charCodeAt(quote.length - 1))) while (f.end > f.start && space(text.charCodeAt(f.end - 1))) f.end--;
  if (!space(quote.charCodeAt(0))) while (f.start < f.end && space(text.charCodeAt(f.start))) f.start++;
}

/** Short words found only in sentences that stand whole among others moved (see findTag): their candidates, with a note saying so. */
function sentenceMovedInDoubt(f: Found, index: TextIndex): Found {
  if (f.kind !== 'ambiguous') return f;
  const lines = f.candidates.map((c) => index.lineNumber(c.start)).join(', ');
  const where = f.candidates.length === 1 ? `at line ${lines}` : `at lines ${lines}`;
  return { ...f, note: `Ambiguous: its words stand ${where}, in a sentence whose surroundings agree just up to its edges (the sentence may have moved among the others), but words this short may be said again in another sentence. It is not placed by chance.${CHOOSE}` };
}

function ambiguous(norm: NormalText, places: Place[]): Found {
  const sorted = [...places].sort((a, b) => a.from - b.from);
  return { kind: 'ambiguous', candidates: sorted.map((pl) => originalRange(norm, pl.from, pl.to)), perfect: sorted.map((pl) => pl.words === 1 && pl.before === 1 && pl.after === 1) };
}

function toOriginal(norm: NormalText, pl: Place, kind: 'anchored' | 'moved'): Found {
  return { kind, ...originalRange(norm, pl.from, pl.to) };
}

/**
 * Places stored tags in `text`: directly when the sidecar's hash is the text's
 * (checking each quote still stands there), else by finding each again.
 * Orphaned tags are never placed here; an ambiguous one gets its candidates again.
 */
export function placeTags(records: readonly TagRecord[], text: string, storedHash: string | undefined, textHash: string, index: TextIndex = new TextIndex(text)): Tag[] {
  const orphans = records.filter((r) => r.status === 'orphaned');
  const live = orphans.length ? records.filter((r) => r.status !== 'orphaned') : records;
  const out: Tag[] = [];
  if (storedHash !== textHash) {
    for (const tag of reanchorTags(live, text, index)) out.push(tag);
  } else {
    const lost: TagRecord[] = [];
    for (const record of live) {
      const start = index.toUtf16(record.start);
      const end = index.toUtf16(record.end);
      if (end - start === record.quote.length && text.startsWith(record.quote, start)) out.push(withPosition(record, start, end, record.status));
      // Hand-edited positions: find the words as after an outside change.
      else lost.push(record);
    }
    if (lost.length) for (const item of reanchorTags(lost, text, index)) out.push(item);
  }
  // The text normalised once for all the ambiguous tags, not once for each.
  let hay: Haystack | undefined;
  for (const record of orphans) {
    const start = index.toUtf16(record.start);
    const tag = withPosition(record, start, start, 'orphaned');
    if (record.anchorNote?.startsWith('Ambiguous:')) {
      hay ??= new Haystack(text);
      let found = findTag(record, hay, index, start);
      // Found on a copy whose original, edited since, still stands where the tag was kept: still both (see leaveEditedCopies).
      if (found.kind === 'anchored' || found.kind === 'moved') found = copyDoubt(record, hay, index, [start], found) ?? found;
      // One place found without the tags around it that left the tag in doubt (a tag inside a copied passage, see
      // leaveWithinCopies): still its one candidate, never taken without the user.
      if (found.kind === 'anchored' || found.kind === 'moved') found = { kind: 'ambiguous', candidates: [{ start: found.start, end: found.end }], perfect: [false], note: record.anchorNote };
      if (found.kind === 'ambiguous') {
        tag.candidates = found.candidates;
        tag.anchorNote = found.note ?? ambiguityNote(found.candidates, index);
      }
    }
    out.push(tag);
  }
  return out;
}

/** True when `text` is the text whose hash is stored but for its line endings (LF against CRLF). */
export function sameButLineEndings(storedHash: string | undefined, text: string): boolean {
  if (storedHash === undefined || text.indexOf('\n') < 0) return false;
  const lf = text.replace(/\r\n/g, '\n');
  if (lf !== text) return sha256Text(lf) === storedHash;
  return sha256Text(text.replace(/\n/g, '\r\n')) === storedHash;
}

/** A stored tag placed in the current text (a copy: the record is left as it was). */
export function withPosition(record: TagRecord, start: number, end: number, status: Tag['status']): Tag {
  const tag: Tag = {
    id: record.id,
    category: record.category,
    quote: record.quote,
    start,
    end,
    prefix: record.prefix,
    suffix: record.suffix,
    speaker: record.speaker,
    section: record.section,
    created: record.created,
    modified: record.modified,
    status,
  };
  if (record.note !== undefined) tag.note = record.note;
  if (record.author !== undefined) tag.author = record.author;
  if (record.verdict !== undefined) tag.verdict = record.verdict;
  if (record.source !== undefined) tag.source = record.source;
  if (record.anchorNote !== undefined && status !== 'anchored') tag.anchorNote = record.anchorNote;
  if (record.extra !== undefined) tag.extra = record.extra;
  return tag;
}
