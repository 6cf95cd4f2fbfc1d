/** Which scored sentences the editor suggests: the best ones not yet tagged or dismissed. */
import { sentenceHash } from './dismissals';
import type { ScoredSentence } from './score';

/** A suggested sentence with its rank among the suggestions (1 is the best). */
export interface Suggestion extends ScoredSentence {
  rank: number;
}

/** What to leave out and how many to keep. */
export interface SuggestionChoice {
  /** How many to suggest at most. */
  count: number;
  /** The least score to suggest. */
  minScore: number;
  /** Spans already tagged (UTF-16 offsets): a sentence that overlaps one is not suggested. */
  tagged: ReadonlyArray<{ start: number; end: number }>;
  /** Hashes of dismissed sentences (`sentenceHash`). */
  dismissed: ReadonlySet<string>;
}

/** The suggestions, best first. */
export function chooseSuggestions(scored: readonly ScoredSentence[], choice: SuggestionChoice): Suggestion[] {
  const tagged = [...choice.tagged].sort((a, b) => a.start - b.start);
  // The tag that ends last among those starting before a point: a sweep over sentences in text order.
  let k = 0;
  let reach = -1;
  const open: ScoredSentence[] = [];
  for (const s of scored) {
    while (k < tagged.length && tagged[k]!.start < s.end) reach = Math.max(reach, tagged[k++]!.end);
    if (reach > s.start) continue;
    if (s.score < choice.minScore) continue;
    if (choice.dismissed.size && choice.dismissed.has(sentenceHash(s.text))) continue;
    open.push(s);
  }
  open.sort((a, b) => b.score - a.score || a.start - b.start);
  return open.slice(0, Math.max(0, choice.count)).map((s, i) => ({ ...s, rank: i + 1 }));
}

/** The suggestion that holds an offset, or undefined. */
export function suggestionAt<T extends { start: number; end: number }>(suggestions: readonly T[], offset: number): T | undefined {
  return suggestions.find((s) => s.start <= offset && offset <= s.end);
}
