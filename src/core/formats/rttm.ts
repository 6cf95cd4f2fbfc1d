/**
 * RTTM, the diarisation format of NIST's evaluations that pyannote and
 * WhisperX pipelines write: one `SPEAKER <file> <channel> <start> <duration>
 * <NA> <NA> <speaker> <NA> <NA>` line per stretch of speech. It says who
 * spoke when and holds no words, so it is recognised and refused with a
 * message that says so, never read as an empty transcript.
 */
import { FormatError } from './errors';

/** `SPEAKER file 1 12.34 5.6 <NA> <NA> spk_0 <NA> <NA>`: a type, a file, a channel, two numbers, then the rest. */
const RTTM_LINE = /^(?:SPEAKER|SPKR-INFO|LEXEME|NON-SPEECH|NON-LEX|SEGMENT|NOSCORE|NO_RT_METADATA)[ \t]+\S+[ \t]+\S+[ \t]+(?:\d+(?:\.\d+)?|<NA>)[ \t]+(?:\d+(?:\.\d+)?|<NA>)(?:[ \t]+\S+){3,5}[ \t]*$/;

/** True when the first lines that are not blank (up to five) are all RTTM records and one is a `SPEAKER` record. */
export function sniffRttm(head: string, fileName?: string): boolean {
  if (fileName !== undefined && /\.rttm$/i.test(fileName)) return true;
  let seen = 0;
  let speaker = false;
  // Line by line from the start, never splitting the whole head: every reader's sniff runs on every file.
  for (let start = 0, lines = 0; start < head.length && lines < 40; lines++) {
    const end = lineEnd(head, start);
    const line = head.slice(start, end);
    start = end + (head.charCodeAt(end) === 13 && head.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (line.trim() === '') continue;
    if (!RTTM_LINE.test(line)) return false;
    if (line.startsWith('SPEAKER')) speaker = true;
    if (++seen === 5) break;
  }
  return seen > 0 && speaker;
}

/** Where the line starting at `start` ends: its `\n`, `\r` or the text's end. */
function lineEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Refuses an RTTM file, saying how many stretches of speech by how many speakers it holds and what to open instead. */
export function refuseRttm(text: string): never {
  const speakers = new Set<string>();
  let records = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== 'SPEAKER' || fields.length < 8) continue;
    records++;
    speakers.add(fields[7]!);
  }
  throw new FormatError(
    `this is an RTTM diarisation file (${records} stretch${records === 1 ? '' : 'es'} of speech by ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}): ` +
      'it says who spoke when but holds no words. Open the speech-recognition file made from the same recording ' +
      '(Whisper JSON, WebVTT or SRT captions) instead; kept beside this file under the same name (talk.json and talk.rttm), it takes its speakers from this file, in the editor and in the command line (outline, convert, suggest).',
  );
}

/** A stretch of speech an RTTM file gives a speaker, in seconds. */
export interface DiarisedStretch {
  /** When it starts. */
  start: number;
  /** When it ends. */
  end: number;
  /** The diariser's name for the speaker (`SPEAKER_00`). */
  speaker: string;
}

/** A line of an RTTM file that is no record: the message names it, `line` is its number (1-based) for a diagnostic. */
export class RttmLineError extends FormatError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `SPEAKER` records of an RTTM file, in order of their start. Throws
 * RttmLineError naming the first line that is not an RTTM record, with what is
 * wrong with it.
 */
export function parseRttm(text: string): DiarisedStretch[] {
  const stretches: DiarisedStretch[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith(';;')) return;
    const fields = line.trim().split(/\s+/);
    if (!RTTM_LINE.test(line.trim())) throw new RttmLineError(i + 1, `line ${i + 1} is not an RTTM record (SPEAKER <file> <channel> <start> <duration> <NA> <NA> <speaker> <NA> <NA>): ${JSON.stringify(line.slice(0, 80))}`);
    if (fields[0] !== 'SPEAKER') return;
    const start = Number(fields[3]);
    const duration = Number(fields[4]);
    if (!Number.isFinite(start) || !Number.isFinite(duration) || duration < 0) throw new RttmLineError(i + 1, `line ${i + 1}: the start (${fields[3]}) and the duration (${fields[4]}) must be numbers of seconds`);
    stretches.push({ start, end: start + duration, speaker: fields[7]! });
  });
  return stretches.sort((a, b) => a.start - b.start);
}

/**
 * The speaker whose stretches overlap [start, end) the most, as WhisperX
 * gives a segment its speaker; undefined when none overlaps it. `stretches`
 * are in order of their start.
 */
export function speakerOverlapping(stretches: readonly DiarisedStretch[], start: number, end: number): string | undefined {
  const overlap = new Map<string, number>();
  for (const s of stretches) {
    if (s.start >= end) break;
    const shared = Math.min(end, s.end) - Math.max(start, s.start);
    if (shared > 0) overlap.set(s.speaker, (overlap.get(s.speaker) ?? 0) + shared);
  }
  let best: string | undefined;
  let most = 0;
  for (const [speaker, shared] of overlap) {
    if (shared > most) {
      best = speaker;
      most = shared;
    }
  }
  return best;
}

/**
 * The RTTM file a speech-recognition file's speakers would come from: the
 * same name with `.rttm` for its extension (`talk.json`, `talk.vtt` →
 * `talk.rttm`), as WhisperX-style pipelines write them side by side;
 * undefined for a file of another kind.
 */
export function diarisationFileFor(fileName: string): string | undefined {
  const m = /^(.*)\.(?:json|vtt|srt)$/i.exec(fileName);
  return m ? `${m[1]}.rttm` : undefined;
}
