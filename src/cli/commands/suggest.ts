/** `suggest <file>`: the sentences most worth checking. */
import { parseSuggestArgs, suggestOutput, SuggestUsageError } from '../suggest';
import { CommandError, MAX_TRANSCRIPT_BYTES, readTranscriptFile } from '../io';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  let o;
  try {
    o = parseSuggestArgs(args);
  } catch (e) {
    if (e instanceof SuggestUsageError) throw new CommandError(`${e.message}`, 2, true);
    throw e;
  }
  const { text, transcript } = await readTranscriptFile(o.file, MAX_TRANSCRIPT_BYTES);
  out.write(suggestOutput(text, o, transcript));
  return 0;
}
