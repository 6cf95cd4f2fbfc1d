/**
 * Whether a transcript is a debate or a speech, from who speaks: debates
 * (several candidates and a moderator, few sentences worth checking) rank
 * best with other settings than speeches, press conferences and interviews.
 */

/** Debates have many speakers and few check-worthy sentences; speeches (and press conferences) one main speaker. */
export type TranscriptKind = 'debate' | 'speech';

/** A debate when no speaker says 60 % of the sentences (unlabelled sentences count as one speaker). */
export function transcriptKind(sentences: ReadonlyArray<{ speaker: string | null }>): TranscriptKind {
  const counts = new Map<string | null, number>();
  let top = 0;
  for (const { speaker } of sentences) {
    const n = (counts.get(speaker) ?? 0) + 1;
    counts.set(speaker, n);
    if (n > top) top = n;
  }
  return top < 0.6 * sentences.length ? 'debate' : 'speech';
}

/** The same, from sentences as columns (their speaker numbers). */
export function kindOfColumns(speaker: Int32Array, speakers: number): TranscriptKind {
  const counts = new Int32Array(speakers);
  let top = 0;
  for (let i = 0; i < speaker.length; i++) {
    const n = ++counts[speaker[i]!]!;
    if (n > top) top = n;
  }
  return top < 0.6 * speaker.length ? 'debate' : 'speech';
}
