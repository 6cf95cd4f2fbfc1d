/**
 * `convert <file> [-o <out>] [--force] [--format <name>]`: any transcript
 * format written as a clean `.transcript` file beside it (or at `-o`). The
 * original is never touched; an existing output is replaced only with --force.
 */
import { existsSync } from 'node:fs';
import { convertedName, writeTranscriptText } from '../core/formats/convert';
import { describeFormat, type DocumentRead, type FormatName } from '../core/formats';
import { CommandError, refuseReplacingInputs, writeAtomically } from './io';

export const CONVERT_USAGE = `  convert <file> [-o <out>] [--force] [--format webvtt|srt|sbv|rollup|whisper-json|plain]
                            Write any transcript (WebVTT, SRT, Whisper JSON, Rev, Otter,
                            court, diarised text...) as a clean .transcript file:
                            "[00:01:20] Name: words", one paragraph per turn. The
                            output defaults to <file> with the extension .transcript.
`;

const FORMATS: FormatName[] = ['webvtt', 'srt', 'sbv', 'rollup', 'whisper-json', 'plain'];

/** Runs `convert`; `read` decodes a file the way every command does. Returns what to print. */
export async function runConvert(args: string[], read: (file: string, format?: string) => Promise<DocumentRead>): Promise<string> {
  let output: string | undefined;
  let force = false;
  let format: FormatName | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output') {
      output = args[++i];
      if (output === undefined) throw new CommandError(`convert: ${a} needs a file name`, 2);
    } else if (a === '--force') force = true;
    else if (a === '--format') {
      const f = args[++i];
      if (!f || !FORMATS.includes(f as FormatName)) throw new CommandError(`convert: --format takes one of ${FORMATS.join(', ')}`, 2);
      format = f as FormatName;
    } else if (a.startsWith('-')) throw new CommandError(`convert: unknown option ${a}`, 2);
    else files.push(a);
  }
  if (files.length !== 1) throw new CommandError(`convert: expected one file, got ${files.length}`, 2);
  const file = files[0]!;
  const out = output ?? convertedName(file);
  refuseReplacingInputs('convert', out, [{ path: file, transcript: true }]);
  if (existsSync(out) && !force) throw new CommandError(`${out}: already exists; add --force to replace it`);
  const { text, transcript } = await read(file, format);
  const written = writeTranscriptText(transcript, text);
  writeAtomically(out, written);
  const speakers = transcript.speakers.length;
  return `${out}: ${transcript.turns.length} turn${transcript.turns.length === 1 ? '' : 's'} by ${speakers} speaker${speakers === 1 ? '' : 's'}, from ${describeFormat(transcript.format)}\n`;
}
