/**
 * Web-page chrome: the lines a scraped page carries around the words that were
 * said (clocks, contact lines, counters, news lists, links, sharing buttons).
 */
import { hasClockDigits } from '../text';
import { mayStartWithAny } from '../text/asciiWords';
import { lazyRegExp } from '../text/lazyRegExp';

/** How a line of page chrome was recognised. */
export type ChromeKind = 'clock' | 'contact' | 'counter' | 'link' | 'news' | 'teaser' | 'footer' | 'heading';

// CLOCK and CONTACT, case-folded over Unicode classes, are made the first time a line gets past their guards in chromeKind.
const CLOCK = lazyRegExp(() => /^[\p{Lu}][\p{L}\p{M} .'’-]{1,40}:[\s\u00a0]*\d{1,2}:\d{2}(?:[\s\u00a0]*(?:am|pm|a\.m\.|p\.m\.))?[\s\u00a0]*$/iu);
const CONTACT = lazyRegExp(() => /^(?:[\p{L}\p{M}]+[ \u00a0]){0,3}(?:queries|enquiries|inquiries|contacts?|hotline|phone|tel\.?|telephone|fax|e-?mail|address)[\s\u00a0]*:/iu);
const PHONE = /^(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$)\+?\(?\d[\d\s()\-.\u00a0]{6,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const COUNTER = /^\d[\d,.\s\u00a0]*[\s\u00a0]+(?:days?|hours?|views?|comments?|shares?|likes?|followers?|reads?)\b/iu;
const LINK = /^(?:(?:source|url|link|original)[\s\u00a0]*:[\s\u00a0]*)?(?:https?:\/\/|www\.)\S+$/iu;
const NEWS = /^(?:latest[\s\u00a0]+(?:events|news|updates|stories)|more[\s\u00a0]+(?:news|stories)|related(?:[\s\u00a0]+(?:articles|news|stories|content|posts))?|read[\s\u00a0]+(?:more|also|next)|see[\s\u00a0]+also|most[\s\u00a0]+(?:read|popular|viewed)|other[\s\u00a0]+news|recommended(?:[\s\u00a0]+for[\s\u00a0]+you)?|you[\s\u00a0]+may[\s\u00a0]+also[\s\u00a0]+like|top[\s\u00a0]+stories|news[\s\u00a0]+feed|последние[\s\u00a0]+новости|читайте[\s\u00a0]+также)[\s\u00a0]*:?$/iu;
const TEASER = /^\d{1,2}[./]\d{1,2}[./]\d{4}[\s\u00a0]*(?:[-–—|]|\d{1,2}:\d{2})[\s\u00a0]*\S/u;
const FOOTER = /^(?:all[\s\u00a0]+(?:messages|news|articles)|share(?:[\s\u00a0]+this(?:[\s\u00a0]+(?:page|article))?)?|print(?:[\s\u00a0]+version)?|subscribe|follow[\s\u00a0]+us.*|advertisement|back[\s\u00a0]+to[\s\u00a0]+top|to[\s\u00a0]+be[\s\u00a0]+continued\.*|\(?to[\s\u00a0]+be[\s\u00a0]+continued\.*\)?|продолжение[\s\u00a0]+следует\.*|©.*|\(c\)[\s\u00a0].*|copyright[\s\u00a0].*|all[\s\u00a0]+rights[\s\u00a0]+reserved\.?|tags?:.*|permalink|comments?|next[\s\u00a0]+article|previous[\s\u00a0]+article|home|menu|search)$/iu;
/** How every line FOOTER matches starts, in small letters, but those starting outside ASCII (`©`, `продолжение`). */
const FOOTER_STARTS = ['all', 'share', 'print', 'subscribe', 'follow', 'advertisement', 'back', 'to', '(', 'copyright', 'tag', 'permalink', 'comment', 'next', 'previous', 'home', 'menu', 'search'];
const HEADING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The kind of chrome this trimmed line is, or undefined for ordinary text. */
export function chromeKind(line: string): ChromeKind | undefined {
  const len = line.length;
  if (len === 0 || len > 400) return undefined;
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (TEASER.test(line)) return 'teaser';
    if (COUNTER.test(line)) return 'counter';
    if (len < 40 && PHONE.test(line)) return 'contact';
    return undefined;
  }
  if (c === 43 /* + */ || c === 40 /* ( */) {
    if (len < 40 && PHONE.test(line)) return 'contact';
  }
  // Each expression is run only where the characters it needs are there: most of them cost more to compile (case-insensitive, with Unicode classes) than to run, and most files need none.
  const colon = line.includes(':');
  if ((colon || line.includes('.')) && LINK.test(line)) return 'link';
  if (len <= 80) {
    if (colon && hasClockDigits(line) && CLOCK().test(line)) return 'clock';
    if (mayStartNewsList(line, 0) && NEWS.test(line)) return 'news';
    if (mayStartFooter(c) && mayStartWithAny(line, FOOTER_STARTS) && FOOTER.test(line)) return 'footer';
    if (EMAIL.test(line)) return 'contact';
  }
  if (len <= 160 && colon && CONTACT().test(line)) return 'contact';
  return undefined;
}

/** Whether a line whose first character is `c` can be a footer: `FOOTER`'s words start with one of these letters (in either case), `(` or a character outside ASCII (`©`, `продолжение`, or one that folds to a letter). */
function mayStartFooter(c: number): boolean {
  if (c >= 128 || c === 40) return true;
  const l = c | 32;
  return l === 97 || l === 98 || l === 99 || l === 102 || l === 104 || l === 109 || l === 110 || l === 112 || l === 115 || l === 116;
}

/** True for a line in capitals on its own (`SPEECHES, INTERVIEWS, ARTICLES`). */
export function isCapsHeading(line: string): boolean {
  return line.length >= 4 && line.length <= 120 && !/[.!?]$/.test(line) && HEADING.test(line);
}

/** The first three letters, lower-cased, of each word a news heading `NEWS` knows in ASCII starts with (`latest`, `more`, `related`…), as `threeLetters` makes them. */
const NEWS_PREFIXES = new Set(['lat', 'mor', 'mos', 'rel', 'rea', 'rec', 'see', 'oth', 'you', 'top', 'new'].map((w) => threeLetters(w, 0)));

/** Three characters from `at`, each lower-cased as an ASCII letter would be, as one number; -1 when one of them is not ASCII (it may fold to a letter under /iu). */
function threeLetters(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (!(a < 128 && b < 128 && c < 128)) return -1;
  return ((a | 32) << 16) | ((b | 32) << 8) | (c | 32);
}

/**
 * False when the line whose first non-space character is at `text[at]` cannot
 * start a news list (`startsNewsList(chromeKind(line))`), judged from its first
 * characters without making the line: a news list is looked for from every
 * line of the body, and a court transcript numbers each of them. An ASCII
 * digit must be followed by a date's `.` or `/` (a dated teaser), three ASCII
 * characters must start one of the news headings' words; a line with a
 * character outside ASCII among its first three is left to `chromeKind`.
 */
export function mayStartNewsList(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128) return true;
  if (c >= 48 && c <= 57) {
    const d = text.charCodeAt(at + 1);
    if (d === 46 || d === 47) return true;
    return d >= 48 && d <= 57 && (text.charCodeAt(at + 2) === 46 || text.charCodeAt(at + 2) === 47);
  }
  const letters = threeLetters(text, at);
  return letters < 0 || NEWS_PREFIXES.has(letters);
}

/** Kinds that start the list of other pages' teasers at the end of a page. */
export function startsNewsList(kind: ChromeKind | undefined): boolean {
  return kind === 'news' || kind === 'teaser';
}

/** A page footer or header a converted document repeats: `Page 3 of 20`, `- 12 -`, `© 2024 Acme. All rights reserved.` */
const PAGE_MARK = /^(?:[-–—\s\u00a0]*\d{1,4}[-–—\s\u00a0]*|(?:page|página|pagina|pàgina|seite|стр\.?|страница)[\s\u00a0]*\d{1,4}(?:[\s\u00a0]*(?:of|de|di|von|sur|из|\/)[\s\u00a0]*\d{1,4})?|.{0,80}(?:©|\(c\)[\s\u00a0]|copyright|all rights reserved|confidential|www\.|\.com\b).{0,80})$/iu;

/**
 * Page marks repeated through a converted document (form feeds, footers,
 * running heads with their page number): they interrupt turns but are nobody's
 * words. A mark is a line that comes back at least three times, either in a
 * page-mark shape (`Page 3 of 20`, `© 2024 Acme`) or with a number that
 * changes (`Thursday, 7 March 2024 DEBATES 12`, then `… 13`). `shortLine`
 * gives a line's text, or undefined for a blank or long line; where `visit`
 * is given, only its lines (in order) are asked for, the others being known
 * blank or long. Returns the indices of the lines to leave out.
 */
export function repeatedPageMarks(count: number, shortLine: (i: number) => string | undefined, visit?: readonly number[]): number[] {
  // A first pass counts the lines of each shape in buckets, keeping no line: a court transcript numbers every line, and a record of each would take hundreds of bytes a line.
  // About two buckets a line, so that lines of different shapes seldom share one.
  let size = 1024;
  while (size < count * 2 && size < MAX_MARK_BUCKETS) size *= 2;
  const buckets = new Uint8Array(size);
  const candidate = (i: number): string | undefined => {
    const line = shortLine(i)?.trim();
    // A running head carries a number; a clock or a colon belongs to a label.
    // A sentence is no running head, though a speaker says it again and again with another number (`Mr. SMITH. I yield 2 minutes to the gentleman from`).
    return !line || !/\d/.test(line) || CLOCK_IN_LINE.test(line) || line.includes(':') || isProseLike(line) ? undefined : line;
  };
  // The candidates' line numbers, for the second pass to visit them alone (four bytes a candidate).
  let candidates = new Int32Array(64);
  let found = 0;
  for (let k = 0; k < (visit ? visit.length : count); k++) {
    const i = visit ? visit[k]! : k;
    const line = candidate(i);
    if (line === undefined) continue;
    const b = shapeHash(line, size);
    if (buckets[b]! < 3) buckets[b]!++;
    if (found === candidates.length) {
      const more = new Int32Array(found * 2);
      more.set(candidates);
      candidates = more;
    }
    candidates[found++] = i;
  }
  // Only lines whose bucket holds three or more can come back three times: they alone are kept and compared by shape.
  const seen = new Map<string, { at: number[]; first: string; changes: boolean; shaped: boolean }>();
  for (let k = 0; k < found; k++) {
    const i = candidates[k]!;
    const line = candidate(i)!;
    if (buckets[shapeHash(line, size)]! < 3) continue;
    const key = line.replace(/\d+/g, '#');
    const mark = seen.get(key);
    if (mark) {
      mark.at.push(i);
      mark.changes ||= mark.first !== line;
    } else seen.set(key, { at: [i], first: line, changes: false, shaped: PAGE_MARK.test(line) });
  }
  return [...seen.values()].filter((m) => m.at.length >= 3 && (m.shaped || m.changes)).flatMap((m) => m.at);
}

const CLOCK_IN_LINE = /\d[:.]\d\d\b/;

/** Six lower-case words or more: a line of prose, which page marks and running heads never are. */
function isProseLike(line: string): boolean {
  // Six words of two letters and the spaces between them take 17 characters at least.
  if (line.length < 17) return false;
  const words = /(?:^|\s)\p{Ll}{2,}(?=[\s,.;]|$)/gu;
  let n = 0;
  while (words.exec(line) !== null) if (++n >= 6) return true;
  return false;
}

/** The most buckets the first pass of `repeatedPageMarks` counts shapes in (a power of two). */
const MAX_MARK_BUCKETS = 1 << 21;

/** A bucket (of `buckets`, a power of two) for a line's shape (`line.replace(/\d+/g, '#')`), computed without making the shape: each run of digits counts as one `#`. */
function shapeHash(line: string, buckets: number): number {
  let h = 0x811c9dc5;
  let inDigits = false;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    const digit = c >= 48 && c <= 57;
    if (digit && inDigits) continue;
    inDigits = digit;
    h = Math.imul(h ^ (digit ? 35 : c), 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}
