/** `validate <sidecar>`: each problem of a sidecar as file:line:column; exit code 1 when there are errors. */
import { statSync } from 'node:fs';
import { MAX_SIDECAR_BYTES, readSidecar, SIDECAR_SUFFIX } from '../../core/annotations';
import { CommandError, parseOptions, readTextFile } from '../io';
import type { CommandOutput } from '../command';
import { located } from '../located';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  const parsed = parseOptions('validate', args, [], []);
  if (parsed.files.length !== 1) throw new CommandError(`validate: expected one sidecar, got ${parsed.files.length}`, 2, true);
  const file = parsed.files[0]!;
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // readTextFile reports a missing file.
  }
  // A sidecar over the limit is refused by its size alone, without reading it.
  const read = readSidecar(size > MAX_SIDECAR_BYTES ? '' : readTextFile(file, 'sidecar', MAX_SIDECAR_BYTES)!, size);
  const errors = read.problems.filter((p) => p.severity === 'error').length;
  const hint = file.endsWith(SIDECAR_SUFFIX) ? '' : ` (sidecars are named <transcript>${SIDECAR_SUFFIX}: did you mean ${file}${SIDECAR_SUFFIX}?)`;
  const summary = read.kind === 'unreadable'
    ? `${file}: not readable as a sidecar${hint}\n`
    : `${file}: ${read.sidecar.tags.length} valid tag${read.sidecar.tags.length === 1 ? '' : 's'}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}${read.kind === 'ok' && read.readOnly ? ' (newer format: read-only)' : ''}\n`;
  out.write(located(file, read.problems) + summary);
  return read.kind === 'unreadable' || errors > 0 ? 1 : 0;
}
