/** `export`: tags of transcripts written in another tool's format. */
import { runExport } from '../export';
import { VERSION } from '../version';
import type { CommandOutput } from '../command';

export function run(args: string[], out: CommandOutput): Promise<number> {
  return runExport(args, out.write, out.writeError, VERSION);
}
