/** Which scored sentences the editor suggests: the best ones not yet tagged or dismissed. */
import { sentenceHash } from './dismissals';
import type { ScoredSentence, SentenceScores } from './score';

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

/**
 * The suggestions, best first. Sentences are read by their spans and scores
 * (`SentenceScores`); only those that may be chosen are made objects, in the
 * order of their scores, until enough are kept.
 */
export function chooseSuggestions(scored: SentenceScores, choice: SuggestionChoice): Suggestion[] {
  const tagged = [...choice.tagged].sort((a, b) => a.start - b.start);
  const { start, end, score } = scored;
  // The tag that ends last among those starting before a point: a sweep over sentences in text order.
  let k = 0;
  let reach = -1;
  const open: number[] = [];
  for (let i = 0; i < scored.length; i++) {
    while (k < tagged.length && tagged[k]!.start < end[i]!) reach = Math.max(reach, tagged[k++]!.end);
    if (reach > start[i]!) continue;
    if (score[i]! < choice.minScore) continue;
    open.push(i);
  }
  open.sort((a, b) => score[b]! - score[a]! || start[a]! - start[b]!);
  const out: Suggestion[] = [];
  const count = Math.max(0, choice.count);
  for (let j = 0; j < open.length && out.length < count; j++) {
    const s = scored.at(open[j]!);
    if (choice.dismissed.size && choice.dismissed.has(sentenceHash(s.text))) continue;
    out.push({ ...s, rank: out.length + 1 });
  }
  return out;
}

/** The suggestion that holds an offset, or undefined. */
export function suggestionAt<T extends { start: number; end: number }>(suggestions: readonly T[], offset: number): T | undefined {
  return suggestions.find((s) => s.start <= offset && offset <= s.end);
}
