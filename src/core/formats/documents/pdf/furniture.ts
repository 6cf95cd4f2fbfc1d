/**
 * What a page prints around the words said: running headers and footers
 * (lines repeated at the top or bottom of many pages), page numbers, the
 * 1–25 line numbers of court and deposition transcripts, disclaimers and the
 * reporter's certificate. They are kept out of the text (so they are never a
 * speaker's words), and the page and line numbers become each line's place.
 */
import type { PdfLine } from './pieces';

/** A page's lines as `pageLines` read them. */
export interface ReadPage {
  /** 1-based page index in the file. */
  index: number;
  height: number;
  lines: PdfLine[];
}

/** A line of the words, with its line number on its page. */
export interface BodyLine extends PdfLine {
  /** The court reporter's line number where the page prints them, else the line's rank among the page's body lines. */
  line: number;
}

/** A page with its furniture taken out. */
export interface LaidPage {
  /** 1-based page index in the file. */
  index: number;
  /** The page number as printed where the document prints one, else the index. */
  page: number;
  /** True when the page prints court-style line numbers. */
  numbered: boolean;
  /** The body's lines in reading order. */
  lines: BodyLine[];
  /** Why the page's lines are left out of the text: it is the reporter's certificate, or the word index at the back of a transcript. */
  omitted?: 'certificate' | 'index';
}

/** The share of the page height at the top and at the bottom where running headers and footers stand. */
const MARGIN_BAND = 0.1;
/** Court transcripts number at most this many lines a page. */
const MAX_LINE_NUMBER = 35;

const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*(\d{1,4})\s*[-–—]$/i;
const DISCLAIMER = /^disclaimer\b|\b(?:uncorrected|unofficial|unedited|unrevised|draft|rough)\b.{0,40}\b(?:transcript|copy|version|record)\b|\bnot (?:an )?(?:official|certified)\b/i;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const CERTIFICATE = /\bcertif(?:icate|ication|y)\b/i;
const REPORTER = /\b(?:reporter|stenograph|transcri|shorthand|court recorder)/i;
const CITATION = /\b\d{1,4}:\d{1,2}\b/g;
/** A court line's number, after the time code a video deposition prints before it (`10:04:12  7  Q. ...`). */
const LINE_NUMBER = /^(?:\d{1,2}:\d{2}:\d{2}\s+)?(\d{1,2})(?:\s+(.*))?$/;

/** Takes headers, footers, page numbers and line numbers out of every page. */
export function layOutPages(pages: readonly ReadPage[]): LaidPage[] {
  const inBand = (p: ReadPage, l: PdfLine) => l.y > p.height * (1 - MARGIN_BAND) || l.y < p.height * MARGIN_BAND;
  const repeated = repeatedKeys(pages, inBand);
  const numberOf = (l: PdfLine) => printedNumber(l.text, repeated.has(keyOf(l.text)));
  const offset = pageNumberOffset(pages, inBand, numberOf);
  return pages.map((p) => {
    const kept: PdfLine[] = [];
    let printed: number | undefined;
    for (const l of p.lines) {
      if (!inBand(p, l)) {
        const placed = placedKey(l);
        if (!placed || !repeated.has(placed)) kept.push(l);
        continue;
      }
      const n = numberOf(l);
      if (offset !== undefined && n !== undefined && n - p.index === offset) {
        printed = n;
        continue;
      }
      if (repeated.has(keyOf(l.text)) || DISCLAIMER.test(l.text) || URL_ONLY.test(l.text)) continue;
      kept.push(l);
    }
    const page = printed ?? (offset !== undefined && p.index + offset >= 1 ? p.index + offset : p.index);
    const numbered = numberedLines(kept);
    const lines: BodyLine[] = numbered ? numberLines(kept) : kept.map((l, i) => ({ ...l, line: i + 1 }));
    const omitted = isCertificate(lines) ? 'certificate' : isWordIndex(lines) ? 'index' : undefined;
    return { index: p.index, page, numbered, lines: omitted ? [] : lines, ...(omitted ? { omitted } : {}) };
  });
}

/** Digits stand for any number so `Page 3` and `Page 4` are one header. */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Lines that recur on at least half the pages (and on two at least): in the
 * top or bottom margin by their text (on every other page will do, left and
 * right pages may print two running heads, and the first pages none), elsewhere (a watermark, a stamp) by
 * their text and their height on the page, on three pages at least.
 */
function repeatedKeys(pages: readonly ReadPage[], inBand: (p: ReadPage, l: PdfLine) => boolean): Set<string> {
  const count = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.map((l) => (inBand(p, l) ? keyOf(l.text) : placedKey(l))));
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length / 2));
  // Left and right pages print different running heads, each on every other page after a title page or two,
  // and a long record has pages without one (a table, an annex): a head on nine pages in ten of its side counts.
  const facing = Math.max(2, Math.ceil(((pages.length - 2) / 2) * 0.9));
  return new Set([...count].filter(([k, n]) => n >= (k.includes('@') ? Math.max(3, need) : facing)).map(([k]) => k));
}

/** The key of a line in the body: its text and its height (court line numbers alone, the same on every page, are none). */
function placedKey(l: PdfLine): string {
  const key = keyOf(l.text);
  return /^[#\s]*$/.test(key) ? '' : `${key}@${Math.round(l.y / 4)}`;
}

/**
 * A number a margin line prints as a page number: alone, `Page N (of M)`,
 * `- N -`, or at either end of a running header (a line repeated on many
 * pages; a court line `1 Q. ...` at the top of a page is none).
 */
function printedNumber(text: string, header: boolean): number | undefined {
  const m = PAGE_NUMBER.exec(text.trim());
  if (m) return Number(m[1] ?? m[2]);
  if (!header) return undefined;
  const end = /\s(\d{1,4})$/.exec(text) ?? /^(\d{1,4})\s/.exec(text);
  return end ? Number(end[1]) : undefined;
}

/**
 * How printed page numbers differ from page indexes (`-1` when the cover is
 * unnumbered), or undefined where no difference holds on half the pages: a
 * number that keeps step with the index is a page number; a court line number
 * `1` at the top of every page is not.
 */
function pageNumberOffset(pages: readonly ReadPage[], inBand: (p: ReadPage, l: PdfLine) => boolean, numberOf: (l: PdfLine) => number | undefined): number | undefined {
  const votes = new Map<number, number>();
  for (const p of pages) {
    const offsets = new Set<number>();
    for (const l of p.lines) {
      if (!inBand(p, l)) continue;
      const n = numberOf(l);
      if (n !== undefined) offsets.add(n - p.index);
    }
    for (const o of offsets) votes.set(o, (votes.get(o) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const v of votes) if (!best || v[1] > best[1]) best = v;
  if (!best) return undefined;
  const need = pages.length === 1 ? 1 : Math.max(2, Math.ceil(pages.length / 2));
  return best[1] >= need ? best[0] : undefined;
}

/** True when the lines are numbered as court transcripts number them: mostly by numbers counting up from 1 or 2. */
function numberedLines(lines: readonly PdfLine[]): boolean {
  const numbers: number[] = [];
  for (const l of lines) {
    const n = lineNumberOf(l);
    if (n !== undefined) numbers.push(n);
  }
  if (numbers.length < 5 || numbers.length < lines.length * 0.4 || numbers[0]! > 3) return false;
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] === numbers[i - 1]! + 1) steps++;
  return steps >= (numbers.length - 1) * 0.8;
}

function lineNumberOf(l: PdfLine): number | undefined {
  const m = LINE_NUMBER.exec(l.text);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= MAX_LINE_NUMBER ? n : undefined;
}

/**
 * The lines of a numbered page without their numbers. Where a writer drew
 * the numbers apart from the text (on baselines of their own), a line takes
 * the number nearest to it on the page.
 */
function numberLines(lines: readonly PdfLine[]): BodyLine[] {
  const marks: Array<{ y: number; n: number }> = [];
  for (const l of lines) {
    const n = lineNumberOf(l);
    if (n !== undefined) marks.push({ y: l.y, n });
  }
  const out: BodyLine[] = [];
  for (const l of lines) {
    const m = LINE_NUMBER.exec(l.text);
    const n = lineNumberOf(l);
    if (n !== undefined && m) {
      if (m[2]) out.push({ ...l, text: m[2], line: n });
      continue;
    }
    let near = marks[0]!;
    for (const k of marks) if (Math.abs(k.y - l.y) < Math.abs(near.y - l.y)) near = k;
    out.push({ ...l, line: near.n });
  }
  return out;
}

/** True when a page opens as a reporter's certificate (`REPORTER'S CERTIFICATE`, `CERTIFICATE OF TRANSCRIBER`). */
function isCertificate(lines: readonly BodyLine[]): boolean {
  const head = lines.slice(0, 8);
  return head.slice(0, 4).some((l) => CERTIFICATE.test(l.text) && l.text.length < 60) && head.some((l) => REPORTER.test(l.text));
}

/**
 * True when the page is a word index (a concordance): the back pages of a
 * court transcript list words with the `page:line` where they occur, most
 * lines short, many citations on the page. A timed transcript has a time on
 * many lines too, but its lines are long.
 */
function isWordIndex(lines: readonly BodyLine[]): boolean {
  if (lines.length < 10) return false;
  let cited = 0;
  let short = 0;
  let citations = 0;
  for (const l of lines) {
    const n = l.text.match(CITATION)?.length ?? 0;
    citations += n;
    if (n) cited++;
    if (l.text.split(' ').length <= 6) short++;
  }
  return citations >= 20 && cited >= lines.length * 0.5 && short >= lines.length * 0.6;
}
