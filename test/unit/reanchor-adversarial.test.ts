/**
 * Random outside edits of the kinds re-scrapes and people make, with the
 * truth kept: each character remembers where it came from, so for every tag
 * we know where its words went (or that they are gone). Re-anchoring must
 * never put a tag on other words, and must find every tag whose words and
 * surroundings are still there. Runs over the project's fixtures and, when
 * present, the shared corpus.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contextAround, reanchorTags, TextIndex, type Tag, type TagRecord } from '../../src/core/annotations';
import { decodeText } from '../../src/core/text';
import { EDITS as SCRAPE_EDITS, paragraphs, pick, random, sentences, splice, textOf as str, track, type Tracked } from './combinedEdits';

type Edit = (t: Tracked, rnd: () => number) => void;

/** Sentence spans [start, end) of the current text. */
const EDITS: Record<string, Edit> = {
  // The same two changes as the combined-edit tests make.
  lineEndings: SCRAPE_EDITS.lineEndings!,
  quotes: SCRAPE_EDITS.quotes!,
  spaces: (t, rnd) => {
    for (let i = t.chars.length - 1; i >= 0; i--) {
      if (t.chars[i] === ' ' && rnd() < 0.05) splice(t, i, 0, [' '], [-1]);
      if (t.chars[i] === '\n' && rnd() < 0.5) splice(t, i, 0, [' '], [-1]);
    }
  },
  typo: (t, rnd) => {
    for (let k = 0; k < 3; k++) {
      const i = Math.floor(rnd() * t.chars.length);
      if (/[a-z]/.test(t.chars[i]!)) t.chars[i] = t.chars[i] === 'e' ? 'a' : 'e';
    }
  },
  deleteSentence: (t, rnd) => {
    const s = pick(sentences(t), rnd);
    if (s) splice(t, s[0], s[1] - s[0], [], []);
  },
  duplicateParagraph: (t, rnd) => {
    const p = pick(paragraphs(t), rnd);
    const to = pick(paragraphs(t), rnd);
    if (!p || !to) return;
    // A copy of a paragraph is the same words: a tag on either copy is on its words.
    const copy = t.chars.slice(p[0], p[1]);
    splice(t, to[1], 0, ['\n', '\n', ...copy], [-1, -1, ...t.from.slice(p[0], p[1])]);
  },
  nearIdentical: (t, rnd) => {
    const s = pick(sentences(t), rnd);
    if (!s) return;
    const copy = t.chars.slice(s[0], s[1]);
    // One word changed in the copy, put right before the original.
    const space = copy.indexOf(' ', Math.floor(copy.length / 2));
    if (space > 0) copy.splice(space, 0, ' also');
    const chars = copy.join('').split('');
    splice(t, s[0], 0, [...chars, ' '], [...chars.map(() => -1), -1]);
  },
  reorder: SCRAPE_EDITS.reorder!,
  nfd: (t) => {
    for (let i = t.chars.length - 1; i >= 0; i--) {
      const d = t.chars[i]!.normalize('NFD');
      if (d !== t.chars[i]) splice(t, i, 1, d.split(''), d.split('').map((_, k) => (k === 0 ? t.from[i]! : -1)));
    }
  },
  mergeParagraphs: (t, rnd) => {
    const text = str(t);
    const breaks: number[] = [];
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) breaks.push(i);
    const at = pick(breaks, rnd);
    if (at !== undefined) splice(t, at, 2, [' '], [-1]);
  },
  rescrape: (t) => {
    EDITS.lineEndings!(t, () => 0);
    EDITS.quotes!(t, () => 0);
  },
};

/** Tags on whole words: short (1–3 words) and long (a sentence or more). */
function tagsOn(text: string, rnd: () => number, count: number): Tag[] {
  const tags: Tag[] = [];
  const words: Array<[number, number]> = [];
  for (let m, re = /[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu; (m = re.exec(text)); ) words.push([m.index, m.index + m[0].length]);
  for (let k = 0; k < count && words.length > 10; k++) {
    const i = Math.floor(rnd() * (words.length - 10));
    const n = rnd() < 0.5 ? 1 + Math.floor(rnd() * 3) : 5 + Math.floor(rnd() * 30);
    const start = words[i]![0];
    const end = words[Math.min(words.length - 1, i + n - 1)]![1];
    tags.push({ id: `t-${k}`, category: 'c', quote: text.slice(start, end), start, end, ...contextAround(text, start, end), speaker: null, section: null, created: 'x', modified: 'x', status: 'anchored' });
  }
  return tags;
}

interface Tally {
  tags: number;
  wrong: string[];
  falseOrphans: string[];
  orphaned: number;
  ambiguous: number;
}

function check(name: string, text: string, edits: string[], seed: number, tally: Tally): void {
  const rnd = random(seed);
  const tags = tagsOn(text, rnd, 12);
  const t = track(text);
  for (const e of edits) EDITS[e]!(t, rnd);
  const after = str(t);
  const index = new TextIndex(text);
  const records: TagRecord[] = tags.map((g) => ({ ...g, start: index.toCodePoint(g.start), end: index.toCodePoint(g.end) }));
  const found = reanchorTags(records, after);
  for (const f of found) {
    const tag = tags.find((g) => g.id === f.id)!;
    tally.tags++;
    const own = (i: number) => t.from[i]! >= tag.start && t.from[i]! < tag.end;
    // Where the tag's own characters are now, and how many survive.
    let survive = 0;
    for (let i = 0; i < t.from.length; i++) if (own(i)) survive++;
    const where = `${name} seed ${seed} [${edits.join(', ')}] ${f.id} “${tag.quote.slice(0, 60)}”`;
    if (f.status === 'orphaned') {
      tally.orphaned++;
      if (f.candidates) { tally.ambiguous++; if (process.env.ANCHOR_STATS) console.log('AMB', edits.join('+'), JSON.stringify(tag.quote.slice(0, 40))); }
      // Its words all there, one piece, and the 32 characters on each side too: it must be found.
      else if (survive === tag.end - tag.start && contextIntact(t, tag, after)) tally.falseOrphans.push(`${where}: orphaned`);
      if (process.env.ANCHOR_DEBUG === String(seed) && !f.candidates) console.log(JSON.stringify({ orphan: tag.quote, prefix: tag.prefix, suffix: tag.suffix, note: f.anchorNote }));
      continue;
    }
    let mine = 0;
    for (let i = f.start; i < f.end; i++) if (own(i)) mine++;
    if (process.env.ANCHOR_DEBUG === String(seed)) console.log(JSON.stringify({ tag: { quote: tag.quote, prefix: tag.prefix, suffix: tag.suffix }, found: f, around: after.slice(f.start - 120, f.end + 60) }, null, 1));
    if (mine < Math.max(1, (f.end - f.start) * 0.5)) tally.wrong.push(`${where}: ${f.status} on “${after.slice(f.start, f.end).slice(0, 60)}”`);
  }
}

/** True when the tag's words and its stored context on both sides still stand together, unchanged but for form. */
function contextIntact(t: Tracked, tag: Tag, after: string): boolean {
  const first = t.from.indexOf(tag.start);
  const last = t.from.indexOf(tag.end - 1);
  if (first < 0 || last < first) return false;
  // Its words in one piece (nothing put in between them).
  for (let i = first; i <= last; i++) {
    const own = t.from[i]! >= tag.start && t.from[i]! < tag.end;
    if (!own && !(t.from[i] === -1 && /\s/.test(t.chars[i]!))) return false;
  }
  const clean = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s*(--|[—–])\s*/g, '-').replace(/\s+/g, ' ');
  // Its words unchanged but for their form.
  if (clean(after.slice(first, last + 1)) !== clean(tag.quote)) return false;
  const before = clean(after.slice(Math.max(0, first - 80), first));
  const behind = clean(after.slice(last + 1, last + 81));
  return before.endsWith(clean(tag.prefix)) && behind.startsWith(clean(tag.suffix));
}

function texts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'transcripts');
  for (const f of readdirSync(fixtures)) out.push([f, readFileSync(join(fixtures, f), 'utf8')]);
  const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    for (const dir of [corpus, join(corpus, 'real')]) {
      for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x) && !/^(README|SOURCES)/.test(x))) {
        out.push([f, decodeText(readFileSync(join(dir, f))).text.slice(0, 60000)]);
      }
    }
  } else console.log('reanchor-adversarial: ../shared/corpus is absent; only the project fixtures are used.');
  return out.filter(([, text]) => text.length > 400);
}

describe('re-anchoring under random outside edits', () => {
  const all = texts();
  const kinds = Object.keys(EDITS);
  it(`never puts a tag on other words and finds every tag whose words and surroundings stand (${all.length} texts)`, () => {
    const tally: Tally = { tags: 0, wrong: [], falseOrphans: [], orphaned: 0, ambiguous: 0 };
    let seed = 1;
    for (const [name, text] of all) {
      for (const kind of kinds) check(name, text, [kind], seed++, tally);
      for (let k = 0; k < 4; k++) {
        const rnd = random(seed * 7);
        const mix = [pick(kinds, rnd)!, pick(kinds, rnd)!, pick(kinds, rnd)!];
        check(name, text, mix, seed++, tally);
      }
    }
    console.log(`reanchor-adversarial: ${tally.tags} re-anchorings, ${tally.orphaned} orphaned (${tally.ambiguous} ambiguous)`);
    assert.deepEqual(tally.wrong, []);
    assert.deepEqual(tally.falseOrphans, []);
  });
});
