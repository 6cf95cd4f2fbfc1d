/** `tag`: see `../tag.ts`. */
import { runTag } from '../tag';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  return runTag(args, out.write, out.writeError);
}
