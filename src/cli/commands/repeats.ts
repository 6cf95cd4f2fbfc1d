/** `repeats <transcript> --tag <id> [<files or folders>]`: where a tagged claim was said again. */
import { runRepeats } from '../repeats';
import { CommandError } from '../io';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  try {
    return runRepeats(args, out.write, out.writeError);
  } catch (e) {
    if (e instanceof CommandError) throw new CommandError(e.message, e.code, e.code === 2);
    throw e;
  }
}
