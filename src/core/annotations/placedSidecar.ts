/**
 * The one way a transcript's shared sidecar is read and its tags placed in a
 * text, through any host's files: the editor's tag store and disk
 * synchroniser, and the command line, read sidecars alike.
 */
import { isText, readTextAt, type FileHost, type NotRead, type ReadText } from '../files/fileHost';
import { sha256Text } from '../text/sha256';
import { TextIndex } from './positions';
import { placeTags, sameButLineEndings } from './reanchor';
import { readSidecar } from './sidecar';
import { MAX_SIDECAR_BYTES, type Problem, type Tag } from './tag';

/** A sidecar read and its tags placed in a text, or why it could not be. */
export type PlacedSidecar =
  /** No sidecar (the transcript has no tags yet), or no text to place them in. */
  | { kind: 'missing' }
  /** The file could not be read at all (permissions, a folder in its place...). */
  | { kind: 'failed'; error: unknown }
  /** The file was read but is no sidecar we can use; `conflict` when it holds git's conflict markers. */
  | { kind: 'unreadable'; onDisk: string; problems: Problem[]; conflict: boolean }
  /** The tags placed in the text; `refound` when the text changed since they were written and some were found again. */
  | {
      kind: 'ok';
      onDisk: string;
      problems: Problem[];
      readOnly?: string;
      tags: Tag[];
      invalid: unknown[];
      extra: Record<string, unknown>;
      index: TextIndex;
      /** The transcript's fingerprint the sidecar was written against, and the current text's. */
      sha256: { stored?: string; current: string };
      refound: boolean;
    };

/** A sidecar's text as read from its file, with its size in bytes (no text, and a size over the limit, for a file too large or a folder). */
export interface SidecarText {
  text: string;
  size: number;
  /** The encoding found; absent when nothing was read. */
  encoding?: string;
}

/**
 * A sidecar's text through any host, decoded as transcripts are, only under
 * the size limit; undefined when there is no such file. A file over the limit,
 * or a folder in its place, is refused by its size alone, unread: its text is
 * empty and its size over the limit, so `readSidecar` says why. A file that is
 * not text throws, naming it.
 */
export async function readSidecarText<A>(host: FileHost<A>, sidecar: A): Promise<SidecarText | undefined> {
  const file: ReadText | NotRead | undefined = await readTextAt(host, sidecar, MAX_SIDECAR_BYTES);
  if (file === undefined || isText(file)) return file;
  return { text: '', size: file.notRead === 'folder' ? Number.MAX_SAFE_INTEGER : file.size };
}

/**
 * Reads a sidecar and places its tags in the transcript's current text, which
 * `textOf` gives only when there is a sidecar to place (undefined: no text, so
 * no tags to place, as with no sidecar).
 */
export async function readPlaced<A>(host: FileHost<A>, sidecar: A, textOf: () => Promise<string | undefined>): Promise<PlacedSidecar> {
  let file: SidecarText | undefined;
  try {
    file = await readSidecarText(host, sidecar);
  } catch (error) {
    return { kind: 'failed', error };
  }
  if (!file) return { kind: 'missing' };
  const read = readSidecar(file.text, file.size);
  if (read.kind === 'unreadable') return { kind: 'unreadable', onDisk: file.text, problems: read.problems, conflict: read.conflict === true };
  const text = await textOf();
  if (text === undefined) return { kind: 'missing' };
  const index = new TextIndex(text);
  const hash = sha256Text(text);
  const tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
  return {
    kind: 'ok',
    onDisk: file.text,
    problems: read.problems,
    readOnly: read.readOnly,
    tags,
    invalid: read.sidecar.invalid,
    extra: read.sidecar.extra,
    index,
    sha256: { ...(read.sidecar.sha256 !== undefined ? { stored: read.sidecar.sha256 } : {}), current: hash },
    refound: read.sidecar.sha256 !== hash && tags.length > 0 && !sameButLineEndings(read.sidecar.sha256, text),
  };
}

