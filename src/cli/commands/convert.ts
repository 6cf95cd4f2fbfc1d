/** `convert <file>`: a document or caption file written as a transcript of another format. */
import { runConvert } from '../convert';
import { MAX_TRANSCRIPT_BYTES, readTranscriptFile } from '../io';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  out.write(await runConvert(args, (file, format) => readTranscriptFile(file, MAX_TRANSCRIPT_BYTES, format ? { format } : {})));
  return 0;
}
