/** Where the turn and question keys go, decided without the editor. */
import type { Section, Transcript, Turn } from './index';

/** Which way to move and among which turns. */
export interface Step {
  direction: 'next' | 'previous';
  /** Only turns that ask a question (`Turn.question`). */
  questionsOnly?: boolean;
}

/**
 * The turn to move to from a 0-based cursor line: the first turn whose label
 * line is below it (next), or the last one above it (previous). Undefined at the ends.
 */
export function stepTurn(transcript: Transcript, cursorLine: number, step: Step): Turn | undefined {
  const turns = step.questionsOnly ? transcript.turns.filter((t) => t.question) : transcript.turns;
  if (step.direction === 'next') return turns.find((t) => t.line > cursorLine);
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.line < cursorLine) return turns[i];
  return undefined;
}

/** The turn that holds a 0-based line, if any (blank lines after a turn belong to it). */
export function turnAt(transcript: Transcript, line: number): Turn | undefined {
  const section = sectionAt(transcript, line);
  if (!section) return undefined;
  const i = lastStartingBy(section.turns, line, (t) => transcript.turns[t]!.line);
  return i === undefined ? undefined : transcript.turns[i];
}

/** The section that holds a 0-based line (blank lines after a section belong to it). */
export function sectionAt(transcript: Transcript, line: number): Section | undefined {
  return lastStartingBy(transcript.sections, line, (s) => s.line);
}

/** The last of `items`, sorted by their start line, that starts at or before a 0-based line. */
export function lastStartingBy<T>(items: readonly T[], line: number, startLine: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startLine(items[mid]!) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}
