/**
 * Dismissed suggestions, kept in the sidecar's top-level `dismissedSuggestions`
 * list so that a sentence once dismissed is not suggested again, even after
 * the text around it changes. Each entry holds the sentence's words (for
 * people) and a hash of them without case, punctuation or spacing.
 */

import { withFields } from '../annotations/keptSource';

/** The sidecar field that holds them. */
export const DISMISSED_FIELD = 'dismissedSuggestions';

/** One dismissed sentence as stored. */
export interface Dismissal {
  /** Hash of the sentence's normalised words: 16 hex digits. */
  hash: string;
  /** The sentence as it was, for people reading the sidecar. */
  quote: string;
}

function fnv(s: string, seed: number): string {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The words of a sentence without case, punctuation or spacing differences. */
export function normalizeSentence(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The hash a dismissal is known by. */
export function sentenceHash(text: string): string {
  const n = normalizeSentence(text);
  return fnv(n, 0x811c9dc5) + fnv(n, 0x01000193 ^ 0x5bd1e995);
}

/** The hashes of the dismissals in a sidecar's top-level fields; malformed entries are ignored (and kept as they are). */
export function dismissedHashes(extra: Readonly<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  const list = extra[DISMISSED_FIELD];
  if (!Array.isArray(list)) return out;
  for (const entry of list) {
    if (entry && typeof entry === 'object') {
      const e = entry as Record<string, unknown>;
      if (typeof e.hash === 'string' && /^[0-9a-f]{16}$/.test(e.hash)) out.add(e.hash);
      else if (typeof e.quote === 'string') out.add(sentenceHash(e.quote));
    }
  }
  return out;
}

/** The sidecar's top-level fields with one more dismissed sentence (unchanged when it is already there). */
export function withDismissal(extra: Readonly<Record<string, unknown>>, sentence: string): Record<string, unknown> {
  const hash = sentenceHash(sentence);
  if (dismissedHashes(extra).has(hash)) return withFields(extra);
  const stored = extra[DISMISSED_FIELD];
  const list = Array.isArray(stored) ? (stored as unknown[]) : [];
  const entry: Dismissal = { hash, quote: sentence.replace(/\s+/g, ' ').trim() };
  return withFields(extra, { [DISMISSED_FIELD]: [...list, entry] });
}

/** The sidecar's top-level fields without the dismissal of this sentence. */
export function withoutDismissal(extra: Readonly<Record<string, unknown>>, sentence: string): Record<string, unknown> {
  const hash = sentenceHash(sentence);
  const list = extra[DISMISSED_FIELD];
  if (!Array.isArray(list)) return withFields(extra);
  const kept = list.filter((e) => !(e && typeof e === 'object' && ((e as Dismissal).hash === hash || (typeof (e as Dismissal).quote === 'string' && sentenceHash((e as Dismissal).quote) === hash))));
  return withFields(extra, { [DISMISSED_FIELD]: kept.length ? kept : undefined });
}
