/**
 * Repeated claims: an index of many transcripts that finds where the words of
 * a tag are said again, word for word or nearly.
 *
 * Each transcript is kept as its fingerprint (`fingerprint.ts`: the winnowed
 * hashes of its word trigrams): any run of six or more words shared with a
 * claim shares a hash with the claim's. A search looks up the claim's
 * fingerprint in every transcript, then measures the transcripts that hold
 * enough of them sentence by sentence against the whole claim.
 */
import type { Transcript } from '../transcript';
import { claimFingerprint, textFingerprint } from './fingerprint';
import { spokenSentences } from './sentences';
import * as words from './words';

// Local copies: read once per word, they must not go through a module binding (which loaders may turn into getters).
const { mix, scanWords, W_SIGN } = words;

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

/** A sentence's span and speaker. */
export interface SentenceSpan {
  start: number;
  end: number;
  speaker: string | null;
}

/** A transcript given to the index. */
export interface IndexedTranscript {
  /** The name the caller knows it by: a URI, a path. */
  id: string;
  text: string;
  /** When it was said (`YYYY-MM-DD`), where the transcript says. */
  date?: string;
  /** Its spoken sentences, computed when a search first reaches it. */
  sentences: () => readonly SentenceSpan[];
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

const WINDOW = 5;

/** The word trigram hashes of text[from, to), in order (one hash of all the words when fewer than three). */
export function shingles(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  let a = 0;
  let b = 0;
  let n = 0;
  scanWords(
    text,
    from,
    to,
    (h, flags) => {
      if (flags & W_SIGN) return;
      if (n >= 2) out.push(mix(mix(a, b), h));
      a = b;
      b = h;
      n++;
    },
    true,
  );
  if (n === 1) out.push(mix(mix(0, 0), b));
  else if (n === 2) out.push(mix(mix(a, b), 0));
  return out;
}

/** The winnowed hashes of a sequence: the rightmost smallest of every window of five. */
export function winnow(hashes: readonly number[]): number[] {
  if (hashes.length <= WINDOW) return hashes.length ? [Math.min(...hashes)] : [];
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i + WINDOW <= hashes.length; i++) {
    let best = i;
    if (last >= i) {
      // The previous pick is still in the window: only the new last hash can beat it.
      best = hashes[i + WINDOW - 1]! <= hashes[last]! ? i + WINDOW - 1 : last;
    } else {
      for (let k = i + 1; k < i + WINDOW; k++) if (hashes[k]! <= hashes[best]!) best = k;
    }
    if (best !== last) {
      out.push(hashes[best]!);
      last = best;
    }
  }
  return out;
}

/** The sentences and tags of a transcript, ready for the index; `transcript` may be parsed only when a search reaches it. */
export function indexedTranscript(id: string, text: string, transcript: Transcript | (() => Transcript), tags: readonly RepeatTag[], date?: string): IndexedTranscript {
  let spans: SentenceSpan[] | undefined;
  const parsed = typeof transcript === 'function' ? undefined : transcript;
  const when = date ?? parsed?.metadata.date;
  return {
    id,
    text,
    ...(when ? { date: when } : {}),
    sentences: () => (spans ??= spokenSentences(text, parsed ?? (transcript as () => Transcript)()).map((s) => ({ start: s.start, end: s.end, speaker: s.speaker }))),
    tags,
  };
}

interface Slot {
  doc: IndexedTranscript;
  /** The winnowed trigrams of the whole text, sorted, each once. */
  prints: Uint32Array;
  /** Each sentence's trigrams, made when a search first reaches the transcript. */
  sentenceShingles?: Uint32Array[];
}

function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === h;
}

/** The transcripts of a workspace, searchable for repeated claims. */
export class RepeatIndex {
  private readonly slots = new Map<string, Slot>();

  /** The number of transcripts indexed. */
  get size(): number {
    return this.slots.size;
  }

  /** Adds a transcript, replacing one with the same id; `prints` is its `textFingerprint` when the caller already made it. */
  set(doc: IndexedTranscript, prints: Uint32Array = textFingerprint(doc.text)): void {
    this.slots.set(doc.id, { doc, prints });
  }

  /** Removes a transcript. */
  delete(id: string): void {
    this.slots.delete(id);
  }

  /** The transcript indexed under an id. */
  get(id: string): IndexedTranscript | undefined {
    return this.slots.get(id)?.doc;
  }

  /** Every transcript indexed. */
  documents(): IndexedTranscript[] {
    return [...this.slots.values()].map((s) => s.doc);
  }

  /** Where the words of `claim` are said again, most similar first. */
  find(claim: string, query: RepeatQuery = {}): Repeat[] {
    const min = query.minSimilarity ?? 0.5;
    const claimShingles = shingles(claim);
    if (claimShingles.length === 0) return [];
    const probes = claimFingerprint(claim);
    const wanted = new Set(claimShingles);
    // A transcript is measured when it holds enough of the claim's kept trigrams to reach the similarity asked for.
    const needed = Math.max(1, Math.ceil(probes.length * min * 0.6));
    const out: Repeat[] = [];
    for (const slot of this.slots.values()) {
      let hits = 0;
      for (const h of probes) if (has(slot.prints, h) && ++hits >= needed) break;
      if (hits < needed) continue;
      this.measure(slot, wanted, min, query.exclude, out);
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
    return query.limit === undefined ? out : out.slice(0, query.limit);
  }

  /** The runs of sentences of one transcript that repeat the claim. */
  private measure(slot: Slot, wanted: ReadonlySet<number>, min: number, exclude: RepeatQuery['exclude'], out: Repeat[]): void {
    const doc = slot.doc;
    const sentences = doc.sentences();
    slot.sentenceShingles ??= sentences.map((s) => Uint32Array.from(shingles(doc.text, s.start, s.end)));
    const per = slot.sentenceShingles;
    // A sentence belongs to a repeat when it is mostly the claim's words, or holds most of the claim.
    const part = per.map((sh) => {
      let found = 0;
      for (const h of sh) if (wanted.has(h)) found++;
      return found > 0 && (found * 3 >= sh.length || found * 2 >= wanted.size);
    });
    for (let i = 0; i < sentences.length; i++) {
      if (!part[i]) continue;
      const first = i;
      let j = i;
      while (j + 1 < sentences.length && part[j + 1]) j++;
      const start = sentences[i]!.start;
      const end = sentences[j]!.end;
      i = j;
      if (exclude && exclude.document === doc.id && start < exclude.end && exclude.start < end) continue;
      const found = new Set<number>();
      for (const h of shingles(doc.text, start, end)) if (wanted.has(h)) found.add(h);
      const similarity = found.size / wanted.size;
      if (similarity < min) continue;
      out.push({
        document: doc.id,
        ...(doc.date ? { date: doc.date } : {}),
        speaker: sentences[first]!.speaker,
        start,
        end,
        text: doc.text.slice(start, end).replace(/\s+/g, ' '),
        similarity,
        tags: doc.tags.filter((t) => t.start < end && start < t.end),
      });
    }
  }
}
