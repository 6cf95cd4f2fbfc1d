/** `anchors <transcript> [--sidecar <file>] [--json] [--choose …]`: every tag of a transcript with where it stands now; `--choose` places ambiguous tags. */
import { basename } from 'node:path';
import { describeAnchors, MAX_SIDECAR_BYTES, placeTags, readSidecar, sha256Text, SIDECAR_SUFFIX, TextIndex, writeSidecar } from '../../core/annotations';
import { applyChoices } from '../choose';
import { CommandError, isDocumentFile, MAX_TRANSCRIPT_BYTES, parseOptions, readTextFile, readTranscriptFile, writeAtomically } from '../io';
import type { CommandOutput } from '../command';
import { located } from '../located';

export async function run(args: string[], out: CommandOutput): Promise<number> {
  const parsed = parseOptions('anchors', args, ['--json'], ['--sidecar', '--choose']);
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
  const placed = placeTags(read.sidecar.tags, text, read.sidecar.sha256, current, index);
  const choose = parsed.values.get('--choose');
  if (choose !== undefined) {
    if (read.kind === 'ok' && read.readOnly) throw new CommandError(`${sidecarFile}: ${read.readOnly}`);
    const done = applyChoices(placed, choose, new Date().toISOString());
    if (done.placed) writeAtomically(sidecarFile, writeSidecar({ transcriptName: basename(file), text, tags: placed, invalid: read.sidecar.invalid, extra: read.sidecar.extra, sha256: current, index }));
    out.writeError(done.placed ? `Placed ${done.placed} ambiguous tag${done.placed === 1 ? '' : 's'} (${done.passages} duplicated passage${done.passages === 1 ? '' : 's'}); ${basename(sidecarFile)} was written.\n` : 'No tag is ambiguous; nothing was written.\n');
  }
  const tags = describeAnchors(placed, index);
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
