/** `agreement`: see `../agreement.ts`. */
import { runAgreement } from '../agreement';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  return runAgreement(args, out.write, out.writeError);
}
