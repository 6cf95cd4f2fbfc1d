/** `report`: see `../report.ts`. */
import { runReport } from '../report';
import type { CommandOutput } from '../command';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  return runReport(args, out.write, out.writeError);
}
