/** `import`: see `../import.ts`. */
import { runImport } from '../import';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  return runImport(args, out.write, out.writeError);
}
