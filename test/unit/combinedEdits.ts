/**
 * A re-scrape as it happens: several outside edits applied together to a
 * text whose characters remember where they came from (a character-identity
 * reference model), and a judge that says, for each re-anchored tag, whether
 * it stands on its own words, was wrongly placed, or was orphaned although
 * its words (at least 80 % alike) remain. Shared by the property tests over
 * the real corpus and the re-anchoring benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges, contextAround, editDistance, normalized, reanchorTags, TextIndex, type Tag, type TagRecord } from '../../src/core/annotations';
import { decodeText } from '../../src/core/text';

/** A text whose characters remember their offset in the original (−1 for new ones). */
export interface Tracked {
  chars: string[];
  from: number[];
}

export function track(text: string): Tracked {
  const chars = text.split('');
  return { chars, from: chars.map((_, i) => i) };
}

export const textOf = (t: Tracked): string => t.chars.join('');

/** Replaces `remove` characters at `at` with `chars`, which came from `from` (−1: new). */
export function splice(t: Tracked, at: number, remove: number, chars: string[], from: number[]): void {
  t.chars.splice(at, remove, ...chars);
  t.from.splice(at, remove, ...from);
}

/** A small seeded random generator, so that a failure can be replayed from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    s ^= s >>> 12;
    return (s >>> 0) / 4294967296;
  };
}

/** One of `xs`, chosen by `rnd`. */
export const pick = <T>(xs: T[], rnd: () => number): T | undefined => (xs.length ? xs[Math.floor(rnd() * xs.length)] : undefined);

function spans(t: Tracked, re: RegExp): Array<[number, number]> {
  const text = textOf(t);
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push([m.index + lead, m.index + m[0].length]);
  }
  return out;
}

/**
 * Where each sentence of the text is, its leading white space left out: it ends at a full stop, a question or an
 * exclamation mark (and a closing quote or bracket after it) followed by white space or the end of the text, so
 * that a web address or a number (`example.com/a.b`, `3.5`) is not cut in the middle, as no re-scrape cuts it.
 */
export const sentences = (t: Tracked) => spans(t, /(?:[^.!?\n]|[.!?]+(?!["”’')\]]*(?:\s|$)))+[.!?]+["”’')\]]*(?=\s|$)/g);
/** Where each paragraph (lines without a blank one between them) of the text is. */
export const paragraphs = (t: Tracked) => spans(t, /[^\n]+(?:\r?\n[^\n]+)*/g);

/** One kind of outside change; `rnd` decides where. */
export type Edit = (t: Tracked, rnd: () => number) => void;

/** The changes a second scrape of the same page brings, each alone. */
export const EDITS: Record<string, Edit> = {
  lineEndings: (t) => {
    for (let i = t.chars.length - 1; i >= 0; i--) if (t.chars[i] === '\n' && t.chars[i - 1] !== '\r') splice(t, i, 0, ['\r'], [-1]);
  },
  quotes: (t) => {
    const map: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"', "'": '’', '"': '”', '—': '--', '–': '-' };
    for (let i = t.chars.length - 1; i >= 0; i--) {
      const to = map[t.chars[i]!];
      if (to) splice(t, i, 1, to.split(''), to.split('').map(() => t.from[i]!));
    }
  },
  nonBreakingSpaces: (t, rnd) => {
    for (let i = 0; i < t.chars.length; i++) {
      if (t.chars[i] === '\u00a0') t.chars[i] = ' ';
      else if (t.chars[i] === ' ' && rnd() < 0.04) t.chars[i] = '\u00a0';
    }
  },
  spaces: (t, rnd) => {
    for (let i = t.chars.length - 1; i >= 0; i--) if (t.chars[i] === ' ' && rnd() < 0.03) splice(t, i, 0, [' '], [-1]);
  },
  /** A letter changed here and there: a typo made or fixed. */
  typos: (t, rnd) => {
    for (let k = 0; k < 6; k++) {
      const i = Math.floor(rnd() * t.chars.length);
      const c = t.chars[i]!;
      if (/[a-z]/.test(c)) t.chars[i] = c === 'e' ? 'a' : c === 'a' ? 'e' : c === 'o' ? 'u' : 'e';
    }
  },
  /** A word spelt differently: a letter doubled or dropped. */
  spelling: (t, rnd) => {
    for (let k = 0; k < 4; k++) {
      const i = Math.floor(rnd() * t.chars.length);
      if (!/[a-z]/.test(t.chars[i]!) || !/[a-z]/.test(t.chars[i + 1] ?? '')) continue;
      if (rnd() < 0.5) splice(t, i, 0, [t.chars[i]!], [-1]);
      else splice(t, i, 1, [], []);
    }
  },
  deleteSentence: (t, rnd) => {
    const s = pick(sentences(t), rnd);
    if (s) splice(t, s[0], s[1] - s[0], [], []);
  },
  reorder: (t, rnd) => {
    const ps = paragraphs(t);
    const p = pick(ps, rnd);
    if (!p || ps.length < 3) return;
    const chars = t.chars.slice(p[0], p[1]);
    const from = t.from.slice(p[0], p[1]);
    splice(t, p[0], p[1] - p[0], [], []);
    const to = pick(paragraphs(t), rnd)!;
    splice(t, to[1], 0, ['\n', '\n', ...chars], [-1, -1, ...from]);
  },
  /** Page furniture that changed: a line of boilerplate put in between paragraphs, another one taken out. */
  boilerplate: (t, rnd) => {
    const ps = paragraphs(t);
    const to = pick(ps, rnd);
    if (!to) return;
    const line = `\n\nAdvertisement — continue reading below ${Math.floor(rnd() * 100)}`.split('');
    splice(t, to[1], 0, line, line.map(() => -1));
  },
  mergeParagraphs: (t, rnd) => {
    const text = textOf(t);
    const breaks: number[] = [];
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) breaks.push(i);
    const at = pick(breaks, rnd);
    if (at !== undefined) splice(t, at, 2, [' '], [-1]);
  },
  nfd: (t) => {
    for (let i = t.chars.length - 1; i >= 0; i--) {
      const d = t.chars[i]!.normalize('NFD');
      if (d !== t.chars[i]) splice(t, i, 1, d.split(''), d.split('').map((_, k) => (k === 0 ? t.from[i]! : -1)));
    }
  },
};

/** Replaces every match of `re` (global) in the text by `to(match)`; the match's characters, written another way, keep their identity. */
function replaceAll(t: Tracked, re: RegExp, to: (m: RegExpExecArray) => string | undefined): void {
  const found: Array<[number, number, string]> = [];
  const text = textOf(t);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const r = to(m);
    if (r !== undefined && r !== m[0]) found.push([m.index, m[0].length, r]);
    if (m[0].length === 0) re.lastIndex++;
  }
  for (const [at, length, r] of found.reverse()) {
    const chars = r.split('');
    // What the match and its replacement share at either end stays; each new character between stands for the old
    // one at the same share of what changed.
    let head = 0;
    while (head < Math.min(length, chars.length) && chars[head] === t.chars[at + head]) head++;
    let tail = 0;
    while (tail < Math.min(length, chars.length) - head && chars[chars.length - 1 - tail] === t.chars[at + length - 1 - tail]) tail++;
    const mid = chars.slice(head, chars.length - tail);
    const old = length - head - tail;
    const from = mid.map((_, k) => (old > 0 ? t.from[at + head + Math.floor((k * old) / mid.length)]! : -1));
    splice(t, at + head, old, mid, from);
  }
}

/** A speaker's label at the start of a line, as in `NAME:` or `<v Name>`. */
const LABEL = /(?<=^|\n)(?:<v ([^>\n]{1,40})>|([A-Z][\p{L}.' -]{0,30}[\p{L}.]):)/gu;

/**
 * What else a re-scrape or an adversary changes: labels and timestamps
 * written another way, paragraphs split and joined, white space collapsed,
 * HTML entities, and a paragraph copied elsewhere before its original is
 * edited (its exact words then stand where it is not).
 */
export const MORE_EDITS: Record<string, Edit> = {
  /** One speaker's label renamed everywhere (a name written out, a title added). */
  renameSpeaker: (t, rnd) => {
    const names = [...new Set([...textOf(t).matchAll(LABEL)].map((m) => m[1] ?? m[2]!))];
    const name = pick(names, rnd);
    if (name === undefined) return;
    const to = rnd() < 0.5 ? `${name.toUpperCase() === name ? 'DR.' : 'Dr.'} ${name}` : name.toUpperCase() === name ? name[0] + name.slice(1).toLowerCase() : name.toUpperCase();
    replaceAll(t, new RegExp(LABEL.source, 'gu'), (m) => ((m[1] ?? m[2]) === name ? m[0].replace(name, to) : undefined));
  },
  /** Timestamps written another way: hours of zero dropped, the decimal point for a comma (or back). */
  timestamps: (t) => {
    const found = [...textOf(t).matchAll(/\b(00:)?\d{1,2}:\d{2}(?:([.,])\d{1,3})?\b/g)];
    for (const m of found.reverse()) {
      const sep = m[2] ? m.index + m[0].indexOf(m[2]) : -1;
      if (sep >= 0) t.chars[sep] = m[2] === '.' ? ',' : '.';
      if (m[1]) splice(t, m.index, 3, [], []);
    }
  },
  /** A paragraph cut in two after one of its sentences. */
  splitParagraph: (t, rnd) => {
    const text = textOf(t);
    const at: number[] = [];
    for (let m, re = /\p{Ll}{2}[.!?] (?=\p{Lu})/gu; (m = re.exec(text)); ) at.push(m.index + 3);
    const i = pick(at, rnd);
    if (i !== undefined) splice(t, i, 1, ['\n', '\n'], [-1, -1]);
  },
  /** Every run of white space one space, every blank line one line break. */
  collapseSpaces: (t) => {
    replaceAll(t, /[ \t\u00a0]{2,}|(?:\r?\n[ \t]*){2,}/g, (m) => (m[0].includes('\n') ? '\n' : ' '));
  },
  /** HTML entities decoded, or characters written as entities where there were none. */
  entities: (t) => {
    const decoded: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' };
    if (/&(?:amp|quot|#39|apos|lt|gt|nbsp);/.test(textOf(t))) replaceAll(t, /&(?:amp|quot|#39|apos|lt|gt|nbsp);/g, (m) => decoded[m[0]]);
    else replaceAll(t, /[&"']/g, (m) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;' })[m[0]]);
  },
  /** A paragraph copied (new characters) after another one, then its original edited: a letter changed and a sentence of it deleted. */
  copyThenEdit: (t, rnd) => {
    const ps = paragraphs(t);
    const p = pick(ps, rnd);
    const to = pick(ps, rnd);
    if (!p || !to || p === to) return;
    const chars = ['\n', '\n', ...t.chars.slice(p[0], p[1])];
    const [from, end] = p;
    if (to[1] < from) {
      splice(t, to[1], 0, chars, chars.map(() => -1));
      editWithin(t, from + chars.length, end + chars.length, rnd);
    } else {
      const length = t.chars.length;
      editWithin(t, from, end, rnd);
      splice(t, to[1] + t.chars.length - length, 0, chars, chars.map(() => -1));
    }
  },
};

/** A letter changed in t[from, to), and one of its sentences deleted when it has several. */
function editWithin(t: Tracked, from: number, to: number, rnd: () => number): void {
  const letters: number[] = [];
  for (let i = from; i < to; i++) if (/[a-z]/.test(t.chars[i]!)) letters.push(i);
  const i = pick(letters, rnd);
  if (i !== undefined) t.chars[i] = t.chars[i] === 'e' ? 'a' : 'e';
  const inside = sentences(t).filter(([a, b]) => a >= from && b <= to);
  const s = inside.length > 1 ? pick(inside, rnd) : undefined;
  if (s) splice(t, s[0], s[1] - s[0], [], []);
}

/** One correction in t[from, to): a letter changed, or a word changed for another word of the same passage. */
function fixWithin(t: Tracked, from: number, to: number, rnd: () => number): void {
  const text = t.chars.slice(from, to).join('');
  const words = [...text.matchAll(/\p{L}{3,}/gu)];
  const word = pick(words, rnd);
  const other = pick(words.filter((w) => w[0] !== word?.[0]), rnd);
  if (!word) return;
  if (other && rnd() < 0.5) {
    const chars = other[0].split('');
    splice(t, from + word.index, word[0].length, chars, chars.map(() => -1));
    return;
  }
  const i = from + word.index + Math.floor(rnd() * word[0].length);
  t.chars[i] = t.chars[i] === 'e' ? 'a' : 'e';
}

/** A harder re-scrape: the changes of `combinedEdit` and those of MORE_EDITS, several at once. */
export function rescrapeEdit(t: Tracked, rnd: () => number): string[] {
  const more = Object.keys(MORE_EDITS).filter(() => rnd() < 0.4);
  const form = ['lineEndings', 'quotes', 'nonBreakingSpaces', 'spaces', 'nfd'].filter(() => rnd() < 0.3);
  const content = ['typos', 'spelling', 'deleteSentence', 'reorder', 'boilerplate', 'mergeParagraphs'].filter(() => rnd() < 0.3);
  const all = [...content, ...more, ...form];
  for (const e of all) (EDITS[e] ?? MORE_EDITS[e]!)(t, rnd);
  return all;
}

/**
 * What an adversary's edit script does that a re-scrape seldom does:
 * sentences swapped inside a paragraph, a passage quoted again later,
 * a label changed at some turns only, list marks put before paragraphs,
 * lines wrapped again at a width, page furniture every few lines,
 * characters of no width put inside words, and a paragraph copied before
 * its original is corrected.
 */
export const ADVERSARY_EDITS: Record<string, Edit> = {
  /** Two neighbouring sentences of one paragraph swapped. */
  swapSentences: (t, rnd) => {
    const ss = sentences(t);
    const pairs = ss.slice(1).map((b, k) => [ss[k]!, b] as const).filter(([a, b]) => !textOf(t).slice(a[1], b[0]).includes('\n'));
    const pair = pick(pairs, rnd);
    if (!pair) return;
    const [[a0, a1], [b0, b1]] = pair;
    const chars = [...t.chars.slice(b0, b1), ...t.chars.slice(a1, b0), ...t.chars.slice(a0, a1)];
    const from = [...t.from.slice(b0, b1), ...t.from.slice(a1, b0), ...t.from.slice(a0, a1)];
    splice(t, a0, b1 - a0, chars, from);
  },
  /** A sentence quoted again in a later paragraph (new characters: a tag placed there is on other words). */
  quoteAgain: (t, rnd) => {
    const s = pick(sentences(t), rnd);
    const after = s && pick(paragraphs(t).filter(([a]) => a > s[1]), rnd);
    if (!s || !after) return;
    const chars = ['\n', '\n', ...'As was said earlier: “'.split(''), ...t.chars.slice(s[0], s[1]), '”'];
    splice(t, after[1], 0, chars, chars.map(() => -1));
  },
  /** One speaker's label changed at every other turn only. */
  relabelSomeTurns: (t, rnd) => {
    const names = [...new Set([...textOf(t).matchAll(LABEL)].map((m) => m[1] ?? m[2]!))];
    const name = pick(names, rnd);
    if (name === undefined) return;
    let k = 0;
    replaceAll(t, new RegExp(LABEL.source, 'gu'), (m) => ((m[1] ?? m[2]) === name && k++ % 2 === 1 ? m[0].replace(name, `${name} (cont.)`) : undefined));
  },
  /** Each paragraph made an item of a list: a bullet or a number before it. */
  listMarks: (t, rnd) => {
    const numbered = rnd() < 0.5;
    const ps = paragraphs(t);
    ps.reverse().forEach(([a], k) => {
      const mark = (numbered ? `${ps.length - k}. ` : '• ').split('');
      splice(t, a, 0, mark, mark.map(() => -1));
    });
  },
  /** Lines wrapped again at 60 characters: line breaks inside paragraphs become spaces, spaces near the width line breaks. */
  rewrap: (t) => {
    for (let i = 1; i < t.chars.length - 1; i++) if (t.chars[i] === '\n' && t.chars[i - 1] !== '\n' && t.chars[i + 1] !== '\n') t.chars[i] = ' ';
    let column = 0;
    for (let i = 0; i < t.chars.length; i++) {
      if (t.chars[i] === '\n') column = 0;
      else if (t.chars[i] === ' ' && column >= 60) {
        t.chars[i] = '\n';
        column = 0;
      } else column++;
    }
  },
  /** A page's header put in every 25 lines. */
  pageHeaders: (t) => {
    let line = 0;
    let page = 1;
    for (let i = 0; i < t.chars.length; i++) {
      if (t.chars[i] !== '\n' || ++line % 25 !== 0) continue;
      const header = `Official transcript — page ${++page}\n`.split('');
      splice(t, i + 1, 0, header, header.map(() => -1));
      i += header.length;
    }
  },
  /** Characters of no width (a zero-width space, a soft hyphen) put inside a few dozen words. */
  zeroWidth: (t, rnd) => {
    for (let k = 0; k < 40; k++) {
      const i = Math.floor(rnd() * t.chars.length);
      if (/\p{L}/u.test(t.chars[i]!) && /\p{L}/u.test(t.chars[i + 1] ?? '')) splice(t, i + 1, 0, [rnd() < 0.5 ? '\u200b' : '\u00ad'], [-1]);
    }
  },
  /**
   * A paragraph copied elsewhere (new characters), then its original corrected in one place: a letter changed (a
   * typo fixed) or a word changed for another of the paragraph's. The exact words stand only in the copy.
   */
  copyThenFix: (t, rnd) => {
    const ps = paragraphs(t);
    const p = pick(ps, rnd);
    const to = pick(ps, rnd);
    if (!p || !to || p === to) return;
    const chars = ['\n', '\n', ...t.chars.slice(p[0], p[1])];
    const length = t.chars.length;
    fixWithin(t, p[0], p[1], rnd);
    const at = to[1] < p[0] ? to[1] : to[1] + t.chars.length - length;
    splice(t, at, 0, chars, chars.map(() => -1));
  },
  /** Text in NFC where it was decomposed, or the other way. */
  nfc: (t) => {
    const text = textOf(t);
    if (text.normalize('NFC') === text) return EDITS.nfd!(t, () => 0);
    replaceAll(t, /\P{M}\p{M}+/gu, (m) => m[0].normalize('NFC'));
  },
};

/** An adversary's script: two to four of its edits with a re-scrape's, several at once. */
export function adversaryEdit(t: Tracked, rnd: () => number): string[] {
  const kinds = Object.keys(ADVERSARY_EDITS).filter(() => rnd() < 0.35);
  const content = ['typos', 'deleteSentence', 'reorder', 'mergeParagraphs', 'splitParagraph'].filter(() => rnd() < 0.25);
  const form = ['lineEndings', 'quotes', 'nonBreakingSpaces'].filter(() => rnd() < 0.25);
  const all = [...content, ...kinds, ...form];
  for (const e of all) (EDITS[e] ?? MORE_EDITS[e] ?? ADVERSARY_EDITS[e]!)(t, rnd);
  return all;
}

/** A re-scrape: line ends, quote styles and spaces change everywhere, and a few changes of content happen together. */
export function combinedEdit(t: Tracked, rnd: () => number): string[] {
  const form = ['lineEndings', 'quotes', 'nonBreakingSpaces', 'spaces', 'nfd'].filter(() => rnd() < 0.5);
  const content = ['typos', 'spelling', 'deleteSentence', 'reorder', 'boilerplate', 'mergeParagraphs', 'deleteSentence'].filter(() => rnd() < 0.45);
  const all = [...content, ...form];
  for (const e of all) EDITS[e]!(t, rnd);
  return all;
}

/** Tags on whole words: short (1–3 words), a sentence or so (5–35 words), and some long passages (4,000 characters or more). */
export function tagsOn(text: string, rnd: () => number, count: number, longShare = 0.1): Tag[] {
  const tags: Tag[] = [];
  const words: Array<[number, number]> = [];
  for (let m, re = /[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu; (m = re.exec(text)); ) words.push([m.index, m.index + m[0].length]);
  for (let k = 0; k < count && words.length > 10; k++) {
    const i = Math.floor(rnd() * (words.length - 10));
    const r = rnd();
    const start = words[i]![0];
    let end: number;
    if (r < longShare) {
      let j = i;
      while (j < words.length - 1 && words[j]![1] - start < 4000) j++;
      end = words[j]![1];
    } else {
      const n = r < 0.5 ? 1 + Math.floor(rnd() * 3) : 5 + Math.floor(rnd() * 30);
      end = words[Math.min(words.length - 1, i + n - 1)]![1];
    }
    tags.push({ id: `t-${k}`, category: 'c', quote: text.slice(start, end), start, end, ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' });
  }
  return tags;
}

/** How similar two passages are once forms are folded: 1 − edit distance ÷ the longer length. */
export function alike(a: string, b: string): number {
  const x = normalized(a);
  const y = normalized(b);
  if (x === y) return 1;
  // A long passage: compared by its words, so that the check stays quick.
  if (x.length + y.length > 3000) return wordAlike(x, y);
  return 1 - editDistance(x, y) / Math.max(1, x.length, y.length);
}

function wordAlike(x: string, y: string): number {
  const a = x.split(' ');
  const b = y.split(' ');
  // Longest common subsequence of words, in two rows.
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

/** What became of one tag. */
export type Verdict = 'placed' | 'orphaned' | 'ambiguous' | 'wrong' | 'falseOrphan';

/**
 * Judges a re-anchored tag against where its characters went. Wrong: placed
 * where fewer than half the characters are its own. False orphan: orphaned
 * (not ambiguous) while a passage holding its surviving characters, in one
 * piece, is at least 80 % like its words.
 */
export function judge(t: Tracked, after: string, tag: Tag, found: Tag): Verdict {
  const own = (i: number) => t.from[i]! >= tag.start && t.from[i]! < tag.end;
  if (found.status !== 'orphaned') {
    let mine = 0;
    for (let i = found.start; i < found.end; i++) if (own(i)) mine++;
    return mine >= Math.max(1, (found.end - found.start) * 0.5) ? 'placed' : 'wrong';
  }
  if (found.candidates) return 'ambiguous';
  return remainsAlike(t, after, tag) ? 'falseOrphan' : 'orphaned';
}

/** True when the tag's own characters still stand together somewhere, at least 80 % like its words. */
export function remainsAlike(t: Tracked, after: string, tag: Tag): boolean {
  const own = (i: number) => t.from[i]! >= tag.start && t.from[i]! < tag.end;
  // Runs of its own characters, joined across gaps of a few characters (a changed letter, a space put in).
  let first = -1;
  let last = -1;
  const pieces: Array<[number, number]> = [];
  for (let i = 0; i < t.from.length; i++) {
    if (!own(i)) continue;
    // A character that comes before the last one in the original starts a new piece: a copy or a move.
    if (first >= 0 && (i - last > 12 || t.from[i]! <= t.from[last]!)) {
      pieces.push([first, last + 1]);
      first = -1;
    }
    if (first < 0) first = i;
    last = i;
  }
  if (first >= 0) pieces.push([first, last + 1]);
  return pieces.some(([a, b]) => (b - a) >= 0.8 * tag.quote.length && (alike(after.slice(a, b), tag.quote) >= 0.8 || wordsAlike(after.slice(a, b), tag.quote) >= 0.8));
}

/**
 * How many of a passage's words stand in another, in order, once forms are folded: the longest common subsequence of
 * their words over the longer count. A reader says words are 80 % alike when four words in five stand as they were,
 * however long the words that changed; `alike` counts characters, which a long word changed weighs more.
 */
export function wordsAlike(a: string, b: string): number {
  return wordAlike(normalized(a).trim(), normalized(b).trim());
}

/** True when a tag was placed on its exact words with both of its stored sides exactly around them (a copy no evidence tells from a move). */
export function contextMatchesExactly(after: string, found: Tag, tag: Tag): boolean {
  return after.slice(found.start, found.end) === tag.quote && after.slice(found.start - tag.prefix.length, found.start) === tag.prefix && after.slice(found.end, found.end + tag.suffix.length) === tag.suffix;
}

/** One tag of a seeded re-scrape, found again and judged. */
export interface Judged {
  file: string;
  seed: number;
  /** The kinds of edit the seed applied. */
  edits: string[];
  tag: Tag;
  found: Tag;
  /** The text after the edit. */
  after: string;
  verdict: Verdict;
}

/** What a driver's run came to: each verdict counted, and the tags judged wrong or falsely orphaned, as they were judged. */
export interface Tallied {
  counts: Record<Verdict, number>;
  failures: Judged[];
}

/** Reads `files` from `folder`, edits, re-anchors and judges them (`judgedEdits`), and counts the verdicts. */
export function tallyEdits(folder: string, files: readonly string[], seeds: readonly [number, number], edit: (t: Tracked, rnd: () => number) => string[], find?: Finder): Tallied {
  const counts: Record<Verdict, number> = { placed: 0, orphaned: 0, ambiguous: 0, wrong: 0, falseOrphan: 0 };
  const failures: Judged[] = [];
  const texts = files.map((name) => ({ name, text: decodeText(readFileSync(join(folder, name))).text }));
  for (const judged of judgedEdits(texts, seeds, edit, find)) {
    counts[judged.verdict]++;
    if (judged.verdict === 'wrong' || judged.verdict === 'falseOrphan') failures.push(judged);
  }
  return { counts, failures };
}

/** How a failure is listed: the file, seed, edits and tag, and the words it was put on or the note that orphaned it. */
export function describeFailure({ file, seed, edits, tag, found, after, verdict }: Judged): string {
  const where = verdict === 'wrong' ? `on “${after.slice(found.start, found.end).slice(0, 60)}”${contextMatchesExactly(after, found, tag) ? ' (an exact copy of its words and both sides)' : ''}` : found.anchorNote;
  return `${file} seed ${seed} [${edits.join(', ')}] ${tag.id} “${tag.quote.slice(0, 60)}”: ${verdict}, ${where}`;
}

/**
 * The seeds a driver runs: ANCHOR_SEEDS of them (else `count`), from
 * ANCHOR_SEED_FROM on (else 1), so that a longer search, or a fixed range kept
 * out of tuning, can be run without changing the tests.
 */
export function seedRange(count: number): [number, number] {
  const from = Number(process.env.ANCHOR_SEED_FROM ?? 1);
  return [from, from + Number(process.env.ANCHOR_SEEDS ?? count) - 1];
}

/** FNV-1a of a file's name: which half of an outside folder the file is in, fixed before any result is seen. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Which half of an outside folder a file is in: `tuning` (the hash even) or `held-out` (odd). */
export const outsideHalf = (name: string): 'tuning' | 'held-out' => (nameHash(name) % 2 === 0 ? 'tuning' : 'held-out');

/**
 * The files of a folder of real transcripts no tuning of this repository
 * used (ANCHOR_OUTSIDE), for the drivers to run over as over the corpus;
 * ANCHOR_OUTSIDE_HALF (`tuning` or `held-out`) keeps one half by the hash of
 * the file name. The names only: a driver reads them as it reads the corpus.
 */
export function outsideFiles(): { folder: string; names: string[]; half: string } | undefined {
  const folder = process.env.ANCHOR_OUTSIDE;
  if (!folder) return undefined;
  const half = process.env.ANCHOR_OUTSIDE_HALF ?? 'all';
  if (!['all', 'tuning', 'held-out'].includes(half)) throw new Error(`ANCHOR_OUTSIDE_HALF is ${half}: it takes tuning, held-out or all`);
  const names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && (half === 'all' || outsideHalf(e.name) === half)).map((e) => e.name).sort();
  return { folder, names, half };
}

/**
 * The change VS Code makes when a file that is open and unchanged is changed
 * on disk: the lines both versions share at the start and at the end are kept,
 * and everything between is replaced in one change.
 */
export function reloadChange(before: string, after: string): { start: number; end: number; text: string } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offset = (lines: string[], n: number) => lines.slice(0, n).reduce((sum, line) => sum + line.length + 1, 0);
  const start = offset(a, head);
  return { start, end: offset(a, a.length - tail), text: after.slice(offset(b, head), offset(b, b.length - tail)) };
}

/** How a driver finds the tags again: `tags` (UTF-16 offsets in `before`) or `records` (code points) in `after`. */
export type Finder = (tags: Tag[], records: TagRecord[], before: string, after: string) => Tag[];

/** Found again from the sidecar, the transcript changed while closed. */
export const fromSidecar: Finder = (_, records, __, after) => reanchorTags(records, after);

/** Found again by the editor, the transcript changed on disk while open with no unsaved changes (see reloadChange). */
export const onReload: Finder = (tags, _, before, after) => {
  const live = tags.map((t) => ({ ...t }));
  applyChanges(live, [reloadChange(before, after)], (s, e) => after.slice(Math.max(0, s), Math.max(0, e)), 'reload');
  return live;
};

/** Each file edited with each seed of `seeds` (a count from 1, or a range; 16 tags each), its tags found again in the result, and each judged. */
export function* judgedEdits(files: ReadonlyArray<{ name: string; text: string }>, seeds: number | readonly [number, number], edit: (t: Tracked, rnd: () => number) => string[], find: Finder = fromSidecar): Generator<Judged> {
  const [first, last] = typeof seeds === 'number' ? [1, seeds] : seeds;
  for (const { name, text } of files) {
    for (let seed = first; seed <= last; seed++) {
      const rnd = random(seed * 7919 + text.length);
      const tags = tagsOn(text, rnd, 16);
      const t = track(text);
      const edits = edit(t, rnd);
      const after = textOf(t);
      const index = new TextIndex(text);
      const records: TagRecord[] = tags.map((g) => ({ ...g, start: index.toCodePoint(g.start), end: index.toCodePoint(g.end) }));
      for (const found of find(tags, records, text, after)) {
        const tag = tags.find((g) => g.id === found.id)!;
        yield { file: name, seed, edits, tag, found, after, verdict: judge(t, after, tag, found) };
      }
    }
  }
}
