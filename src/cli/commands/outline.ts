/** `outline <file> [--json]`: a transcript's metadata, speakers, sections and turns. */
import { outlineJson, outlineText } from '../../core/transcript/outline';
import { CommandError, MAX_TRANSCRIPT_BYTES, readTranscriptFile } from '../io';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new CommandError(`outline: unknown option ${unknown[0]}`, 2, true);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new CommandError(`outline: expected one file, got ${files.length}`, 2, true);
  const { text, transcript } = await readTranscriptFile(files[0]!, MAX_TRANSCRIPT_BYTES);
  out.write(json ? JSON.stringify(outlineJson(transcript), null, 2) + '\n' : outlineText(transcript, text));
  return 0;
}
