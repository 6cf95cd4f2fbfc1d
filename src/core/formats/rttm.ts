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
  for (const line of head.split(/\r\n|\r|\n/, 40)) {
    if (line.trim() === '') continue;
    if (!RTTM_LINE.test(line)) return false;
    if (line.startsWith('SPEAKER')) speaker = true;
    if (++seen === 5) break;
  }
  return seen > 0 && speaker;
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
      '(Whisper JSON, WebVTT or SRT captions) instead; give speakers to it with a pipeline such as WhisperX.',
  );
}
