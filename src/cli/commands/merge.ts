/** `merge`: see `../merge.ts`. */
import { runMerge } from '../merge';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  return runMerge(args, out.write, out.writeError);
}
