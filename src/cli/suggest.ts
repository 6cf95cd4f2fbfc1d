/**
 * `transcript-annotator suggest <file> [--top N] [--json]`: every spoken
 * sentence of a transcript with its check-worthiness score.
 */
import { TextIndex } from '../core/annotations/positions';
import { scoreTranscript } from '../core/claims/score';
import { readTranscript } from '../core/formats';
import type { Transcript } from '../core/transcript';

export const SUGGEST_USAGE = `  suggest <file> [--top N] [--json]
                            Score every spoken sentence for how worth checking it is
                            (0 to 1). The text lists them best first; --json prints
                            {"sentences": [{line, endLine, start, end, text, speaker,
                            score}]} in text order (lines 1-based, offsets in code
                            points). --top N keeps the N best (still in text order
                            in JSON).
`;

/** A sentence as the command line prints it. */
export interface SuggestedSentence {
  line: number;
  endLine: number;
  /** Code-point offsets in the transcript, as sidecars count them. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  score: number;
}

/** Why the arguments cannot be used; the caller prints it with the usage. */
export class SuggestUsageError extends Error {}

/** The options of `suggest`. */
export interface SuggestOptions {
  file: string;
  top?: number;
  json: boolean;
}

export function parseSuggestArgs(args: string[]): SuggestOptions {
  const files: string[] = [];
  let top: number | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--top') {
      const v = args[++i];
      if (v === undefined || !/^\d+$/.test(v)) throw new SuggestUsageError(`suggest: --top needs a whole number, got ${v === undefined ? 'nothing' : `'${v}'`}`);
      top = Number(v);
    } else if (a.startsWith('-')) throw new SuggestUsageError(`suggest: unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new SuggestUsageError(`suggest: expected one transcript, got ${files.length}`);
  return { file: files[0]!, ...(top === undefined ? {} : { top }), json };
}

/** The sentences of a transcript's text, scored and placed as the command prints them. */
export function suggestSentences(text: string, top?: number, transcript: Transcript = readTranscript(text)): SuggestedSentence[] {
  const index = new TextIndex(text);
  const scored = scoreTranscript(text, transcript);
  // With --top, only the best sentences are made objects.
  const kept = top === undefined ? scored.toArray() : scored.top(top);
  return kept.map((s) => ({
    line: index.lineOf(s.start) + 1,
    endLine: index.lineOf(Math.max(s.start, s.end - 1)) + 1,
    start: index.toCodePoint(s.start),
    end: index.toCodePoint(s.end),
    text: s.text,
    speaker: s.speaker,
    score: Math.round(s.score * 10000) / 10000,
  }));
}

/** What `suggest` prints for a transcript's text. */
export function suggestOutput(text: string, o: SuggestOptions, transcript?: Transcript): string {
  const sentences = suggestSentences(text, o.top, transcript);
  if (o.json) return JSON.stringify({ sentences }, null, 2) + '\n';
  const ranked = [...sentences].sort((a, b) => b.score - a.score || a.start - b.start);
  return ranked.map((s) => `${s.score.toFixed(3)}  ${String(s.line).padStart(5)}  ${s.speaker ? s.speaker + ': ' : ''}${s.text}\n`).join('');
}
