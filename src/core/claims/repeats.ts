/**
 * Repeated claims: an index of the sentences of many transcripts that finds
 * where the words of a tag are said again, word for word or nearly.
 *
 * Each sentence is cut into word trigrams of its normalised words (lower
 * case, no punctuation) and only the winnowed ones are indexed (the smallest
 * hash of every window of five trigrams), so that any run of seven or more
 * words shared with a claim shares an indexed trigram with it. Candidates
 * found through the index are then measured against the whole claim.
 */
import type { Transcript } from '../transcript';
import { splitSpans, spokenSentences } from './sentences';

/** A tag as the index needs it. */
export interface RepeatTag {
  id: string;
  category: string;
  quote: string;
  verdict?: string;
  source?: string;
  /** UTF-16 offsets in the transcript's current text. */
  start: number;
  end: number;
}

/** A transcript given to the index. */
export interface IndexedTranscript {
  /** The name the caller knows it by: a URI, a path. */
  id: string;
  text: string;
  /** When it was said (`YYYY-MM-DD`), where the transcript says. */
  date?: string;
  sentences: ReadonlyArray<{ start: number; end: number; speaker: string | null }>;
  tags: readonly RepeatTag[];
}

/** A place where a claim is said again. */
export interface Repeat {
  /** The transcript's id. */
  document: string;
  date?: string;
  speaker: string | null;
  /** UTF-16 offsets of the sentences that repeat the claim. */
  start: number;
  end: number;
  /** Their words, white space made single. */
  text: string;
  /** The share of the claim's word trigrams found there, 0 to 1 (1: every word, in order). */
  similarity: number;
  /** Tags that already cover some of those words. */
  tags: RepeatTag[];
}

/** What to look for. */
export interface RepeatQuery {
  /** Leave out this span of this document: the claim's own place. */
  exclude?: { document: string; start: number; end: number };
  /** The least similarity to report; 0.5 unless given. */
  minSimilarity?: number;
  /** The most repeats to return; all unless given. */
  limit?: number;
}

const SHINGLE = 3;
const WINDOW = 5;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i) === 0x2019 ? 39 : w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The word trigram hashes of a stretch of text, in order (one hash of all words when fewer than three). */
export function shingles(text: string, from = 0, to = text.length): number[] {
  const words: number[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of slice.toLowerCase().matchAll(WORD)) words.push(hashWord(m[0]));
  if (words.length === 0) return [];
  if (words.length < SHINGLE) return [mix(words[0]!, words[1] ?? 0, 0)];
  const out = new Array<number>(words.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= words.length; i++) out[i] = mix(words[i]!, words[i + 1]!, words[i + 2]!);
  return out;
}

/** The winnowed hashes of a sequence: the rightmost smallest of every window. */
export function winnow(hashes: readonly number[]): number[] {
  if (hashes.length <= WINDOW) return hashes.length ? [Math.min(...hashes)] : [];
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i + WINDOW <= hashes.length; i++) {
    let best = i;
    for (let k = i + 1; k < i + WINDOW; k++) if (hashes[k]! <= hashes[best]!) best = k;
    if (best !== last) {
      out.push(hashes[best]!);
      last = best;
    }
  }
  return out;
}

/** The sentences and tags of a transcript, ready for the index. */
export function indexedTranscript(id: string, text: string, transcript: Transcript, tags: readonly RepeatTag[]): IndexedTranscript {
  const sentences = spokenSentences(text, transcript).map((s) => ({ start: s.start, end: s.end, speaker: s.speaker }));
  return { id, text, ...(transcript.metadata.date ? { date: transcript.metadata.date } : {}), sentences, tags };
}

interface Slot {
  doc: IndexedTranscript;
  /** Global id of its first sentence. */
  first: number;
  live: boolean;
}

/** The sentences of the workspace's transcripts, searchable for repeated claims. */
export class RepeatIndex {
  private readonly slots: Slot[] = [];
  private readonly byId = new Map<string, number>();
  /** For each global sentence id, its slot. */
  private sentenceSlot: number[] = [];
  private postings = new Map<number, number[] | number>();
  private dead = 0;

  /** The number of transcripts indexed. */
  get size(): number {
    return this.byId.size;
  }

  /** Adds a transcript, replacing one with the same id. */
  set(doc: IndexedTranscript): void {
    this.delete(doc.id);
    const slot = this.slots.length;
    const first = this.sentenceSlot.length;
    this.slots.push({ doc, first, live: true });
    this.byId.set(doc.id, slot);
    doc.sentences.forEach((s, i) => {
      const sid = first + i;
      this.sentenceSlot.push(slot);
      for (const h of winnow(shingles(doc.text, s.start, s.end))) {
        const p = this.postings.get(h);
        if (p === undefined) this.postings.set(h, sid);
        else if (typeof p === 'number') {
          if (p !== sid) this.postings.set(h, [p, sid]);
        } else if (p[p.length - 1] !== sid) p.push(sid);
      }
    });
  }

  /** Removes a transcript. */
  delete(id: string): void {
    const slot = this.byId.get(id);
    if (slot === undefined) return;
    this.byId.delete(id);
    const s = this.slots[slot]!;
    s.live = false;
    this.dead += s.doc.sentences.length;
    if (this.dead > 50_000 && this.dead > this.sentenceSlot.length / 2) this.compact();
  }

  /** The transcript indexed under an id. */
  get(id: string): IndexedTranscript | undefined {
    const slot = this.byId.get(id);
    return slot === undefined ? undefined : this.slots[slot]!.doc;
  }

  /** Every transcript indexed. */
  documents(): IndexedTranscript[] {
    return this.slots.filter((s) => s.live).map((s) => s.doc);
  }

  private compact(): void {
    const docs = this.documents();
    this.slots.length = 0;
    this.byId.clear();
    this.sentenceSlot = [];
    this.postings = new Map();
    this.dead = 0;
    for (const d of docs) this.set(d);
  }

  /** Where the words of `claim` are said again, most similar first. */
  find(claim: string, query: RepeatQuery = {}): Repeat[] {
    const min = query.minSimilarity ?? 0.5;
    // The claim's trigrams sentence by sentence, as the index cut them.
    const claimShingles: number[] = [];
    const probes = new Set<number>();
    for (const [a, b] of splitSpans(claim, 0, claim.length)) {
      const sh = shingles(claim, a, b);
      claimShingles.push(...sh);
      for (const h of winnow(sh)) probes.add(h);
    }
    if (claimShingles.length === 0) return [];
    const candidates = new Set<number>();
    for (const h of probes) {
      const p = this.postings.get(h);
      if (p === undefined) continue;
      if (typeof p === 'number') candidates.add(p);
      else for (const sid of p) candidates.add(sid);
    }
    const wanted = new Set(claimShingles);
    const seen = new Set<string>();
    const out: Repeat[] = [];
    for (const sid of [...candidates].sort((a, b) => a - b)) {
      const slot = this.slots[this.sentenceSlot[sid]!]!;
      if (!slot.live) continue;
      const doc = slot.doc;
      const i = sid - slot.first;
      // A claim of several sentences is matched by the run of sentences around the candidate that are mostly its words.
      let lo = i;
      let hi = i;
      const shares = (k: number): boolean => {
        const s = doc.sentences[k];
        if (s === undefined) return false;
        const sh = shingles(doc.text, s.start, s.end);
        return sh.filter((h) => wanted.has(h)).length * 3 >= sh.length;
      };
      while (lo > 0 && shares(lo - 1)) lo--;
      while (hi + 1 < doc.sentences.length && shares(hi + 1)) hi++;
      const key = `${doc.id}\u0000${lo}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = doc.sentences[lo]!.start;
      const end = doc.sentences[hi]!.end;
      const ex = query.exclude;
      if (ex && ex.document === doc.id && start < ex.end && ex.start < end) continue;
      const found = new Set<number>();
      for (let k = lo; k <= hi; k++) for (const h of shingles(doc.text, doc.sentences[k]!.start, doc.sentences[k]!.end)) if (wanted.has(h)) found.add(h);
      const similarity = found.size / wanted.size;
      if (similarity < min) continue;
      out.push({
        document: doc.id,
        ...(doc.date ? { date: doc.date } : {}),
        speaker: doc.sentences[lo]!.speaker,
        start,
        end,
        text: doc.text.slice(start, end).replace(/\s+/g, ' '),
        similarity,
        tags: doc.tags.filter((t) => t.start < end && start < t.end),
      });
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
    return query.limit === undefined ? out : out.slice(0, query.limit);
  }
}
