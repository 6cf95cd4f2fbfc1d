/** What every speech service's reader is: a JSON shape told by its keys, and the helpers the word-level ones share. */
import type { Token, Utterance } from './utterances';

/** A service's JSON shape. */
export interface SpeechShape {
  /** The service, for people: `AWS Transcribe`. */
  service: string;
  /** The keys that tell it, for the message about an unknown shape: `results.items`. */
  keys: string;
  /** The utterances, or undefined when the JSON is not this shape. */
  read(root: unknown): Utterance[] | undefined;
}

/** Runs of tokens by the same speaker as utterances; `path(i)` names the first token's place. */
export function runsBySpeaker(tokens: Array<Token & { speaker: string | null }>, path: (i: number) => string): Utterance[] {
  const out: Utterance[] = [];
  tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    // Punctuation belongs to the word before it, whoever the service says spoke it.
    if (last && (t.speaker === last.speaker || t.attachesLeft)) last.tokens!.push(t);
    else out.push({ speaker: t.speaker, tokens: [t], path: path(i) });
  });
  return out;
}

export const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
