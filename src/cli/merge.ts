/**
 * `merge`: the three-way merge of sidecars, as git's merge driver
 * (`merge %O %A %B %P`: the result is written over %A, exit 0 when clean, 1
 * with conflicts) or on a sidecar left with conflict markers (`--resolve`).
 */
import { existsSync } from 'node:fs';
import { MAX_SIDECAR_BYTES, MergeError, conflictVersions, mergeSidecars, TextIndex, readSidecar } from '../core/annotations';
import { parseSidecarPath } from '../core/annotations/sidecarPaths';
import { CommandError, parseOptions, readTextFile, refuseReplacingInputs, writeAtomically } from './io';

export const MERGE_USAGE = `  merge <base> <ours> <theirs> [<path>]
                            Merge three versions of a sidecar by tag id (git's merge
                            driver: %O %A %B %P). Writes the result over <ours>; exits
                            0 when clean, 1 when tags were changed differently on both
                            sides (both versions are kept and listed).
  merge --resolve <sidecar> Resolve a sidecar left with git's conflict markers the same way.
`;

/** Runs `merge`; returns the exit code. */
export function runMerge(args: string[], write: (s: string) => void, writeError: (s: string) => void): number {
  try {
    const parsed = parseOptions('merge', args, ['--resolve'], [], MERGE_USAGE);
    if (parsed.flags.has('--resolve')) {
      if (parsed.files.length !== 1) throw new CommandError(`merge --resolve: expected one sidecar, got ${parsed.files.length}\n${MERGE_USAGE}`, 2);
      return resolve(parsed.files[0]!, write, writeError);
    }
    if (parsed.files.length < 3 || parsed.files.length > 4) throw new CommandError(`merge: expected <base> <ours> <theirs> [<path>], got ${parsed.files.length} arguments\n${MERGE_USAGE}`, 2);
    const [baseFile, oursFile, theirsFile, path] = parsed.files as [string, string, string, string?];
    const base = readTextFile(baseFile, 'sidecar', MAX_SIDECAR_BYTES, true) ?? '';
    const ours = readTextFile(oursFile, 'sidecar', MAX_SIDECAR_BYTES, true) ?? '';
    const theirs = readTextFile(theirsFile, 'sidecar', MAX_SIDECAR_BYTES, true) ?? '';
    const shown = path ?? oursFile;
    return mergeInto(oursFile, shown, base, ours, theirs, path, writeError);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n`);
    return e.code;
  }
}

function mergeInto(target: string, shown: string, base: string, ours: string, theirs: string, path: string | undefined, writeError: (s: string) => void): number {
  const transcriptPath = path ? parseSidecarPath(path.split('\\').join('/'))?.transcript : undefined;
  let merged;
  try {
    merged = mergeSidecars(base, ours, theirs, transcriptPath?.slice(transcriptPath.lastIndexOf('/') + 1) ?? '', indexFor(transcriptPath));
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    // Not a sidecar on one side: both versions are kept with git's markers, for a person to settle.
    writeAtomically(target, `<<<<<<< ours\n${withNewline(ours)}=======\n${withNewline(theirs)}>>>>>>> theirs\n`);
    writeError(`${shown}: cannot merge the tags: ${e.message}. Both versions are kept with conflict markers.\n`);
    return 1;
  }
  writeAtomically(target, merged.text);
  const summary = `${shown}: merged tags (${merged.added.ours} added here, ${merged.added.theirs} added there, ${merged.removed} removed)`;
  if (merged.conflicts.length === 0) {
    writeError(`${summary}.\n`);
    return 0;
  }
  writeError(`${summary}; ${merged.conflicts.length} conflict${merged.conflicts.length === 1 ? '' : 's'}:\n${merged.conflicts.map((c) => `  ${c}\n`).join('')}`);
  return 1;
}

/** The merged transcript's index, when it is at hand and is the text the sidecars refer to; for lines and columns. */
function indexFor(transcript: string | undefined): TextIndex | undefined {
  if (!transcript || !existsSync(transcript)) return undefined;
  try {
    const text = readTextFile(transcript, 'transcript', 256 * 1024 * 1024);
    return text === undefined ? undefined : new TextIndex(text);
  } catch (e) {
    if (e instanceof CommandError) return undefined;
    throw e;
  }
}

function resolve(file: string, write: (s: string) => void, writeError: (s: string) => void): number {
  const text = readTextFile(file, 'sidecar', MAX_SIDECAR_BYTES)!;
  const versions = conflictVersions(text);
  if (!versions) {
    const read = readSidecar(text);
    write(`${file}: no conflict markers${read.kind === 'ok' ? '' : ' (but it cannot be read as a sidecar: run `validate`)'}; nothing to do.\n`);
    return read.kind === 'ok' ? 0 : 1;
  }
  const transcript = parseSidecarPath(file.split('\\').join('/'))?.transcript;
  // Resolving writes the sidecar over itself: only a file named as a sidecar, and never its transcript under another name.
  if (transcript === undefined) throw new CommandError(`merge --resolve: ${file} is not named as a sidecar (<transcript>.annotations.yaml); it is left as it is.`, 2);
  refuseReplacingInputs('merge --resolve', file, [{ path: transcript }]);
  const index = indexFor(transcript);
  try {
    const merged = mergeSidecars(versions.base, versions.ours, versions.theirs, transcript?.slice(transcript.lastIndexOf('/') + 1) ?? '', index);
    writeAtomically(file, merged.text);
    write(`${file}: resolved (${merged.added.ours} added on our side, ${merged.added.theirs} on theirs${merged.conflicts.length ? `; ${merged.conflicts.length} tag${merged.conflicts.length === 1 ? '' : 's'} kept in both versions` : ''}).\n`);
    for (const c of merged.conflicts) writeError(`  ${c}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof MergeError)) throw e;
    throw new CommandError(`${file}: cannot resolve it: ${e.message}. The file is left as it is.`);
  }
}

function withNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : s + '\n';
}

