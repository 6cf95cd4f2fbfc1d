/** `anchors <transcript> [--sidecar <file>] [--json] [--choose …]`: every tag of a transcript with where it stands now; `--choose` places ambiguous tags. */
import { basename } from 'node:path';
import { describeAnchors, SIDECAR_SUFFIX, writeSidecar } from '../../core/annotations';
import { readPlaced } from '../../core/annotations/placedSidecar';
import { nodeFiles } from '../nodeFiles';
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
  // The sidecar is read and its tags placed as the editor does it, through the file seam.
  const read = await readPlaced(nodeFiles, sidecarFile, async () => text);
  if (read.kind === 'missing') throw new CommandError(`${sidecarFile}: no such file`);
  if (read.kind === 'failed') throw new CommandError(`${sidecarFile}: cannot read it (${(read.error as Error).message})`);
  if (read.kind === 'unreadable') throw new CommandError(`${sidecarFile}: cannot be read\n${located(sidecarFile, read.problems)}`.trimEnd());
  const warnings = read.problems;
  if (warnings.length) out.writeError(located(sidecarFile, warnings));
  // Entries that did not validate are errors, as `validate` says: the exit code tells scripts.
  const code = warnings.some((p) => p.severity === 'error') ? 1 : 0;
  const { index, tags: placed } = read;
  const current = read.sha256.current;
  const stored = read.sha256.stored;
  const choose = parsed.values.get('--choose');
  if (choose !== undefined) {
    if (read.readOnly) throw new CommandError(`${sidecarFile}: ${read.readOnly}`);
    const done = applyChoices(placed, choose, new Date().toISOString());
    if (done.placed) writeAtomically(sidecarFile, writeSidecar({ transcriptName: basename(file), text, tags: placed, invalid: read.invalid, extra: read.extra, sha256: current, index }));
    out.writeError(done.placed ? `Placed ${done.placed} ambiguous tag${done.placed === 1 ? '' : 's'} (${done.passages} duplicated passage${done.passages === 1 ? '' : 's'}); ${basename(sidecarFile)} was written.\n` : 'No tag is ambiguous; nothing was written.\n');
  }
  const tags = describeAnchors(placed, index);
  if (parsed.flags.has('--json')) {
    const json = { transcript: file, sidecar: sidecarFile, sha256: { stored: stored ?? null, current, same: stored === current }, tags };
    out.write(JSON.stringify(json, null, 2) + '\n');
    return code;
  }
  const lines = tags.map((t) => {
    const at = `${t.range.start.line}:${t.range.start.column}-${t.range.end.line}:${t.range.end.column}`;
    return `${(t.candidates ? 'ambiguous' : t.status).padEnd(8)} ${at.padEnd(15)} ${t.category.padEnd(16)} “${t.quote.replace(/\s+/g, ' ')}”${t.anchorNote ? `\n${' '.repeat(9)}${t.anchorNote}` : ''}`;
  });
  out.write(`${basename(file)}: ${tags.length} tag${tags.length === 1 ? '' : 's'}${stored === current ? '' : ' (the transcript changed since the sidecar was written)'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  return code;
}
