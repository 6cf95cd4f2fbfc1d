/**
 * What every service's JSON comes down to: utterances (a speaker, words, a
 * time, a path in the JSON), written as turns, one per run of the same
 * speaker, with the house's `TranscriptWriter`.
 */
import type { Metadata } from '../../../transcript/model';
import type { ParseOptions } from '../../options';
import { TranscriptWriter, type DocumentRead } from '../writer';

/** A recognised word or punctuation mark. */
export interface Token {
  text: string;
  /** True for punctuation written against the word before it (`,` `.` `?`): no space before it. */
  attachesLeft?: boolean;
  /** True for punctuation written against the word after it (an opening quote): no space after it. */
  attachesRight?: boolean;
  /** Seconds from the start of the recording. */
  time?: number;
  endTime?: number;
}

/** A piece of speech by one speaker, as a service gives it. */
export interface Utterance {
  /** The speaker as the service names them (`spk_0`, `Speaker 1`, `A`), or null where the service did not say. */
  speaker: string | null;
  /** The words as one text, or as tokens to join. */
  text?: string;
  tokens?: Token[];
  time?: number;
  endTime?: number;
  /** Where it is in the JSON: `results.items[42]`. */
  path: string;
  /** A new turn starts here even for the same speaker (a `>>` in captions). */
  newTurn?: boolean;
}

/** Tokens joined as written: a space between words, none before punctuation that attaches to the word before. */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  let glue = false;
  for (const t of tokens) {
    const text = t.text.trim();
    if (!text) continue;
    if (out && !t.attachesLeft && !glue) out += ' ';
    out += text;
    glue = t.attachesRight === true;
  }
  return out;
}

/** Writes utterances as turns: a turn per run of the same speaker; unnamed speech is a turn without a label. */
export function writeUtterances(utterances: readonly Utterance[], format: string, metadata: Metadata, options: ParseOptions, warnings: string[] = []): DocumentRead {
  const writer = new TranscriptWriter(format);
  let current: string | null | undefined;
  for (const u of utterances) {
    const words = u.text ?? joinTokens(u.tokens ?? []);
    if (!words.trim()) continue;
    const time = u.time ?? u.tokens?.find((t) => t.time !== undefined)?.time;
    const endTime = u.endTime ?? [...(u.tokens ?? [])].reverse().find((t) => t.endTime !== undefined)?.endTime;
    const place = { ref: u.path, element: u.path };
    if (u.speaker !== current || u.newTurn) {
      if (u.speaker !== null) writer.turn({ speaker: u.speaker, ...(time !== undefined ? { time } : {}), place });
      else writer.endTurn();
      current = u.speaker;
    }
    writer.words(words, { place, ...(time !== undefined ? { time } : {}), ...(endTime !== undefined ? { endTime } : {}) });
  }
  return writer.finish(metadata, { ...options, origin: { kind: 'json', ...(options.fileName ? { fileName: options.fileName } : {}), ...(warnings.length ? { warnings } : {}) } });
}
