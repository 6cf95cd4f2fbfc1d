/**
 * An output never replaces an input: a command that writes (export, convert,
 * import, merge, Set Aside) compares where it writes with what it read, the
 * transcripts' sidecars included, before it writes anything. The callers make
 * the paths absolute and resolve links where their host can; this module
 * compares them, folding case where the file system does.
 */
import { parseSidecarPath } from '../annotations/sidecarPaths';

/** A file a command reads. */
export interface ReadInput {
  /** Its absolute path, `/`-separated, links resolved where the host can. */
  path: string;
  /** True for a transcript: its sidecars (shared, agreed, each annotator's) are inputs too. */
  transcript?: boolean;
}

/** The input an output would replace, and how. */
export interface ReplacedInput {
  /** The input's path, as given. */
  input: string;
  /** `file` when the output is the input itself; `sidecar` when it is one of the input transcript's sidecars. */
  as: 'file' | 'sidecar';
}

/** What to fold when comparing paths. */
export interface PathComparison {
  /** True on a case-insensitive file system (Windows, macOS by default): `Talk.TXT` is `talk.txt`. */
  caseInsensitive: boolean;
}

/**
 * The input that writing `output` would replace: the input itself, or (for a
 * transcript) one of its sidecars; undefined when the output replaces none.
 * `.` and `..` are resolved here; links must be resolved by the caller.
 */
export function replacedInput(output: string, inputs: readonly ReadInput[], compare: PathComparison): ReplacedInput | undefined {
  const key = (path: string) => comparable(path, compare);
  const out = key(output);
  const sidecarOf = parseSidecarPath(normalPath(output))?.transcript;
  const owner = sidecarOf === undefined ? undefined : key(sidecarOf);
  for (const input of inputs) {
    const at = key(input.path);
    if (at === out) return { input: input.path, as: 'file' };
    if (input.transcript && owner === at) return { input: input.path, as: 'sidecar' };
  }
  return undefined;
}

/** The sentence that refuses an output, naming it and the input it would replace; `force` says that --force does not change it. */
export function replacedInputMessage(output: string, replaced: ReplacedInput, force = false): string {
  const never = `it is never written over${force ? ' (not even with --force)' : ''}. Choose another output.`;
  return replaced.as === 'file' ? `${output} is ${replaced.input}, one of the files read; ${never}` : `${output} is a sidecar of ${replaced.input}, one of the transcripts read; ${never}`;
}

/** A path with `\` as `/`, and `.`, `..` and doubled separators resolved; a leading `/` or drive is kept. */
export function normalPath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const root = /^(?:[A-Za-z]:)?\//.exec(slashed)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of slashed.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!root) parts.push('..');
    } else parts.push(part);
  }
  return root + parts.join('/');
}

function comparable(path: string, compare: PathComparison): string {
  const normal = normalPath(path);
  // A case-insensitive file system (NTFS, APFS) also takes composed and decomposed accents as one name.
  return compare.caseInsensitive ? normal.normalize('NFC').toLowerCase() : normal;
}
