/** `anchors <transcript> [--sidecar <file>] [--json]`: every tag of a transcript with where it stands now. */
import { basename } from 'node:path';
import { describeAnchors, MAX_SIDECAR_BYTES, placeTags, readSidecar, sha256Text, SIDECAR_SUFFIX, TextIndex } from '../../core/annotations';
import { CommandError, isDocumentFile, MAX_TRANSCRIPT_BYTES, parseOptions, readTextFile, readTranscriptFile } from '../io';
import type { CommandOutput } from '../command';
import { located } from '../located';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  const parsed = parseOptions('anchors', args, ['--json'], ['--sidecar']);
  if (parsed.files.length !== 1) throw new CommandError(`anchors: expected one transcript, got ${parsed.files.length}`, 2, true);
  const file = parsed.files[0]!;
  const sidecarFile = parsed.values.get('--sidecar') ?? file + SIDECAR_SUFFIX;
  // A document (PDF, Word...) through its reader: its tags are anchored to the text it extracts.
  const text = isDocumentFile(file) ? (await readTranscriptFile(file, MAX_TRANSCRIPT_BYTES)).text : readTextFile(file, 'transcript file', MAX_TRANSCRIPT_BYTES)!;
  const read = readSidecar(readTextFile(sidecarFile, 'sidecar', MAX_SIDECAR_BYTES)!);
  if (read.kind === 'unreadable') throw new CommandError(`${sidecarFile}: cannot be read\n${located(sidecarFile, read.problems)}`.trimEnd());
  const warnings = read.problems;
  if (warnings.length) out.writeError(located(sidecarFile, warnings));
  // Entries that did not validate are errors, as `validate` says: the exit code tells scripts.
  const code = warnings.some((p) => p.severity === 'error') ? 1 : 0;
  const index = new TextIndex(text);
  const current = sha256Text(text);
  const tags = describeAnchors(placeTags(read.sidecar.tags, text, read.sidecar.sha256, current, index), index);
  if (parsed.flags.has('--json')) {
    const json = { transcript: file, sidecar: sidecarFile, sha256: { stored: read.sidecar.sha256 ?? null, current, same: read.sidecar.sha256 === current }, tags };
    out.write(JSON.stringify(json, null, 2) + '\n');
    return code;
  }
  const lines = tags.map((t) => {
    const at = `${t.range.start.line}:${t.range.start.column}-${t.range.end.line}:${t.range.end.column}`;
    return `${(t.candidates ? 'ambiguous' : t.status).padEnd(8)} ${at.padEnd(15)} ${t.category.padEnd(16)} “${t.quote.replace(/\s+/g, ' ')}”${t.anchorNote ? `\n${' '.repeat(9)}${t.anchorNote}` : ''}`;
  });
  out.write(`${basename(file)}: ${tags.length} tag${tags.length === 1 ? '' : 's'}${read.sidecar.sha256 === current ? '' : ' (the transcript changed since the sidecar was written)'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  return code;
}
