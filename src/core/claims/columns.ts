/**
 * The sentences the check-worthiness model reads, as columns: spans of one
 * text, a speaker number and a turn number per sentence. Scoring a
 * transcript reads its sentences where they stand in its text, so none needs
 * an object or a string of its own until the scores are known; labelled
 * sentences (each with a string of its own) are laid end to end in one text.
 */

/** A sentence with what the model may know of where it stands. */
export interface SentenceInput {
  /** The sentence's words, as said. */
  text: string;
  /** The speaker, or null where the transcript has no labels. */
  speaker: string | null;
  /**
   * Its span in the source text, when the scorer is given that text: the
   * words are read there (the same words as `text`'s, which may differ in
   * white space), so no sentence needs a string of its own while scoring.
   */
  start?: number;
  end?: number;
}

/** The text that sentences' spans point into, where scoring reads their words. */
export interface SentenceSource {
  text: string;
  /** When given, set to 1 for each sentence whose span holds white space other than single plain spaces (what `oneSpace` in sentences.ts mends). */
  oddSpace?: Uint8Array;
}

/** A transcript's sentences as the model reads them: row i of each column is sentence i's. */
export interface SentenceColumns {
  /** The text the spans point into. */
  text: string;
  /** How many sentences. */
  length: number;
  /** Sentence i is text[start[i], end[i]). */
  start: Int32Array;
  end: Int32Array;
  /** Its speaker as a number: `NO_SPEAKER` for unlabelled text, one number per name. */
  speaker: Int32Array;
  /** How many speaker numbers there are (`NO_SPEAKER` among them). */
  speakers: number;
  /** Its turn: consecutive sentences of one turn share a number. */
  turnOf: ArrayLike<number>;
}

/** The speaker number of unlabelled text: unlabelled sentences count as one speaker's, as a speech without labels is. */
export const NO_SPEAKER = 0;

/** Numbers speakers' names in the order they come: `NO_SPEAKER` for null, then 1, 2... */
export class SpeakerNumbers {
  private readonly ids = new Map<string, number>();
  /** The last name numbered and its number: consecutive sentences mostly share a speaker. */
  private last: string | null = null;
  private lastId = NO_SPEAKER;

  /** How many numbers are in use, `NO_SPEAKER` included. */
  get count(): number {
    return this.ids.size + 1;
  }

  /** The number of a speaker's name. */
  of(name: string | null): number {
    if (name === this.last) return this.lastId;
    let id = NO_SPEAKER;
    if (name !== null) {
      id = this.ids.get(name) ?? 0;
      if (id === 0) {
        id = this.ids.size + 1;
        this.ids.set(name, id);
      }
    }
    this.last = name;
    this.lastId = id;
    return id;
  }
}

/**
 * Sentences given one by one, as columns: read in `source` where they have
 * spans in it, else their own strings laid end to end (each scanned within
 * its span, so as if alone).
 */
export function columnsOf(sentences: readonly SentenceInput[], turnOf: ArrayLike<number>, source?: SentenceSource): SentenceColumns {
  const n = sentences.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const speaker = new Int32Array(n);
  const numbers = new SpeakerNumbers();
  let text: string;
  if (source) {
    text = source.text;
    for (let i = 0; i < n; i++) {
      start[i] = sentences[i]!.start!;
      end[i] = sentences[i]!.end!;
    }
  } else {
    const parts: string[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const said = sentences[i]!.text;
      parts.push(said);
      start[i] = at;
      end[i] = at + said.length;
      at += said.length + 1;
    }
    text = parts.join('\n');
  }
  for (let i = 0; i < n; i++) speaker[i] = numbers.of(sentences[i]!.speaker);
  return { text, length: n, start, end, speaker, speakers: numbers.count, turnOf };
}
