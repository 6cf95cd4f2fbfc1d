/** `outline <file> [--json]`: a transcript's metadata, speakers, sections and turns; `prefetched`, the file as the dispatcher read it ahead. */
import { outlineJsonChunks, outlineJsonPieces, outlineText } from '../../core/transcript/outline';
import { CommandError, MAX_TRANSCRIPT_BYTES, readCompactTranscriptFile, readTranscriptFile } from '../io';
import type { CommandOutput } from '../command';
import type { PrefetchedFile } from '../prefetch';

export async function run(args: string[], out: CommandOutput, prefetched?: PrefetchedFile): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length) throw new CommandError(`outline: unknown option ${unknown[0]}`, 2, true);
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length !== 1) throw new CommandError(`outline: expected one file, got ${files.length}`, 2, true);
  if (!json) {
    const { text, transcript } = await readTranscriptFile(files[0]!, MAX_TRANSCRIPT_BYTES, {}, prefetched);
    out.write(outlineText(transcript, text));
    return 0;
  }
  // The JSON is written from the turns as columns: no object per turn, however many turns there are. It holds no inline notes: they are not looked for.
  const { transcript } = await readCompactTranscriptFile(files[0]!, MAX_TRANSCRIPT_BYTES, { skipNotes: true }, prefetched);
  const writeBytes = out.writeBytes?.bind(out);
  if (writeBytes) {
    // Standard output takes the turns' bytes as they are made: no text made of them to be encoded again.
    for (const piece of outlineJsonPieces(transcript)) {
      if (typeof piece === 'string') {
        out.write(piece);
        continue;
      }
      writeBytes(piece);
      await out.drained?.();
    }
    out.write('\n');
    return 0;
  }
  // Written a batch at a time: the JSON of a long transcript is never one string.
  let batch = '';
  for (const chunk of outlineJsonChunks(transcript)) {
    batch += chunk;
    if (batch.length >= BATCH) {
      out.write(batch);
      batch = '';
      await out.drained?.();
    }
  }
  out.write(batch + '\n');
  return 0;
}

/** How much JSON is gathered before it is written. */
const BATCH = 1 << 16;
