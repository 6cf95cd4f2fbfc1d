/**
 * Where a transcript's tags are kept: the one place that names sidecar files.
 *
 * - `briefing.txt.annotations.yaml`: the shared sidecar (every tag made without
 *   an annotator's own file; the only one before annotators existed).
 * - `briefing.txt.annotations.<annotator>.yaml`: one annotator's own tags, so
 *   that coders never edit the same file (no git conflicts between them).
 * - `briefing.txt.annotations.@agreed.yaml`: the adjudicated (curated) tags.
 *   `@` never occurs in an annotator's slug, so it cannot clash with one.
 *
 * Works on plain path strings (`/` separated, as URIs and POSIX paths are), so
 * the editor and the command line share it.
 */

/** The suffix every sidecar name ends with. */
export const SIDECAR_EXTENSION = '.yaml';
/** What stands between a transcript's name and a sidecar's suffix. */
export const SIDECAR_INFIX = '.annotations';
/** The shared sidecar's suffix: `briefing.txt` → `briefing.txt.annotations.yaml`. */
export const SHARED_SIDECAR_SUFFIX = SIDECAR_INFIX + SIDECAR_EXTENSION;
/** The slug of the adjudicated set. */
export const AGREED_SLUG = '@agreed';

/** Which set of tags a sidecar holds. */
export type SidecarKind =
  | { kind: 'shared' }
  | { kind: 'annotator'; slug: string }
  | { kind: 'agreed' };

/** A sidecar file name taken apart. */
export interface SidecarName {
  /** The transcript's path (the sidecar's path without the suffix). */
  transcript: string;
  set: SidecarKind;
}

/**
 * An annotator's name as it may stand in a file name: lower case, letters and
 * digits of any script, `-`, `_` and `.` kept, other runs turned into `-`.
 * Empty when the name has no letter or digit.
 */
export function annotatorSlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64);
}

/** The path of a transcript's sidecar for one set of tags. */
export function sidecarPath(transcript: string, set: SidecarKind = { kind: 'shared' }): string {
  if (set.kind === 'shared') return transcript + SHARED_SIDECAR_SUFFIX;
  const slug = set.kind === 'agreed' ? AGREED_SLUG : annotatorSlug(set.slug);
  if (!slug) throw new Error(`"${set.kind === 'annotator' ? set.slug : ''}" cannot name an annotator's sidecar: it has no letter or digit`);
  return `${transcript}${SIDECAR_INFIX}.${slug}${SIDECAR_EXTENSION}`;
}

/** The sidecar path for tags made by `author` when each annotator keeps their own file. */
export function annotatorSidecarPath(transcript: string, author: string): string {
  return sidecarPath(transcript, { kind: 'annotator', slug: author });
}

const ANNOTATOR_NAME = /^(.*)\.annotations\.([^/.][^/]*?)\.yaml$/u;

/**
 * Takes a sidecar's path apart, or undefined when the path does not name a
 * sidecar. `a.txt.annotations.yaml` is the shared sidecar of `a.txt`;
 * `a.txt.annotations.ana.yaml` is Ana's sidecar of `a.txt`.
 */
export function parseSidecarPath(path: string): SidecarName | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith(SHARED_SIDECAR_SUFFIX) && base.length > SHARED_SIDECAR_SUFFIX.length) {
    return { transcript: path.slice(0, -SHARED_SIDECAR_SUFFIX.length), set: { kind: 'shared' } };
  }
  const m = ANNOTATOR_NAME.exec(path);
  if (!m || m[1]!.endsWith('/') || m[1] === '') return undefined;
  const slug = m[2]!;
  if (slug === AGREED_SLUG) return { transcript: m[1]!, set: { kind: 'agreed' } };
  if (slug.includes('@') || annotatorSlug(slug) !== slug) return undefined;
  return { transcript: m[1]!, set: { kind: 'annotator', slug } };
}

/** True when the path names a sidecar of any kind. */
export function isSidecarPath(path: string): boolean {
  return parseSidecarPath(path) !== undefined;
}

/** A glob that finds every sidecar of every kind. */
export const SIDECAR_GLOB = '**/*.annotations*.yaml';
