/**
 * Whose tags are whose: a transcript's sidecars read and their tags grouped by
 * annotator. A tag's annotator is its `author`; in an annotator's own sidecar
 * (`<file>.annotations.<slug>.yaml`) a tag without `author` is that
 * annotator's. Tags of the shared sidecar without `author` belong to nobody
 * and are counted apart. The agreed sidecar (`@agreed`) is kept apart too.
 */
import type { Problem, Tag } from '../annotations/tag';
import { TextIndex } from '../annotations/positions';
import { placeTags } from '../annotations/reanchor';
import { readSidecar } from '../annotations/sidecar';
import { annotatorSlug, parseSidecarPath } from '../annotations/sidecarPaths';
import { sha256Text } from '../text/sha256';
import { settledFrom, type AgreedSet } from './agreed';

/** A tag as agreement sees it: where it stands in the current text and its category. */
export interface AnnotatorTag {
  id: string;
  /** UTF-16 offsets in the transcript's current text. */
  start: number;
  end: number;
  category: string;
  quote: string;
  /** The tag as read, with every field, for copying it into the agreed set. */
  record?: Tag;
}

/** One annotator's tags of one transcript. */
export interface AnnotatorSet {
  /** The annotator's slug: what identifies them across files. */
  key: string;
  /** The name as written in the tags' `author` (or the slug). */
  name: string;
  tags: AnnotatorTag[];
}

/** A sidecar's text as read by the caller. */
export interface SidecarSource {
  /** Its path or URI path (`/` separated); its name says which set of tags it holds. */
  path: string;
  text: string;
  byteLength?: number;
}

/** A problem with one sidecar. */
export interface SidecarProblem extends Problem {
  file: string;
}

/** Why a tag was not compared. */
export type LeftOutReason = 'no author' | 'words gone' | 'no verdict' | 'verdict off the scale';

/** A tag agreement did not compare, and why: the report lists them so that nothing is left out without a word. */
export interface LeftOutTag {
  /** The sidecar the tag was read from. */
  file: string;
  id: string;
  quote: string;
  category: string;
  reason: LeftOutReason;
  /** The annotator's name, when the tag has one. */
  annotator?: string;
  /** The verdict, for the verdict reasons. */
  verdict?: string;
}

/** Why a tag was left out, in words for the report. */
export function leftOutWhy(tag: Pick<LeftOutTag, 'reason' | 'verdict'>): string {
  switch (tag.reason) {
    case 'no author':
      return 'no author: the tag was made before transcript.tagging.author was set, so it belongs to no annotator';
    case 'words gone':
      return 'its words are no longer in the transcript';
    case 'no verdict':
      return 'no verdict';
    case 'verdict off the scale':
      return `its verdict "${tag.verdict ?? ''}" has no place on the scale false … true`;
  }
}

/** The annotators' tags of one transcript. */
export interface AnnotatedTranscript {
  sets: AnnotatorSet[];
  /** The adjudicated tags and settled spans, when the transcript has an agreed sidecar, with what a rewrite must keep. */
  agreed?: AgreedSet & { extra: Record<string, unknown>; invalid: unknown[] };
  /** Tags that belong to no annotator (the shared sidecar's tags without `author`). */
  unattributed: number;
  /** Tags left out because their words are no longer in the text. */
  orphaned: number;
  problems: SidecarProblem[];
  /** Sidecars that could not be read at all. */
  unreadable: string[];
  /** Every tag counted in `unattributed` or `orphaned`, with its reason. */
  leftOut: LeftOutTag[];
}

/** Reads a transcript's sidecars and groups their tags by annotator, in order of the annotators' slugs. */
export function annotatorSets(text: string, sidecars: readonly SidecarSource[], index: TextIndex = new TextIndex(text)): AnnotatedTranscript {
  const byKey = new Map<string, AnnotatorSet>();
  const out: AnnotatedTranscript = { sets: [], unattributed: 0, orphaned: 0, problems: [], unreadable: [], leftOut: [] };
  let hash: string | undefined;
  const setOf = (name: string): AnnotatorSet | undefined => {
    const key = annotatorSlug(name);
    if (!key) return undefined;
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = { key, name, tags: [] }));
    // A file's slug names the annotator until a tag gives the name as written.
    else if (set.name === key && name !== key) set.name = name;
    return set;
  };
  for (const sidecar of sidecars) {
    const kind = parseSidecarPath(sidecar.path)?.set ?? { kind: 'shared' as const };
    const read = readSidecar(sidecar.text, sidecar.byteLength ?? sidecar.text.length);
    for (const p of read.problems) out.problems.push({ ...p, file: sidecar.path });
    if (read.kind === 'unreadable') {
      out.unreadable.push(sidecar.path);
      continue;
    }
    hash ??= sha256Text(text);
    const placed = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
    if (kind.kind === 'agreed') {
      out.agreed = { tags: placed, settled: settledFrom(read.sidecar.extra, index), extra: read.sidecar.extra, invalid: read.sidecar.invalid };
      continue;
    }
    // An annotator's own file counts as coded even when it holds no tag yet.
    if (kind.kind === 'annotator') setOf(kind.slug);
    for (const tag of placed) {
      const name = tag.author ?? (kind.kind === 'annotator' ? kind.slug : undefined);
      const set = name === undefined ? undefined : setOf(name);
      if (!set) {
        out.unattributed++;
        out.leftOut.push({ file: sidecar.path, id: tag.id, quote: tag.quote, category: tag.category, reason: 'no author' });
        continue;
      }
      if (tag.status === 'orphaned' || tag.end <= tag.start) {
        out.orphaned++;
        out.leftOut.push({ file: sidecar.path, id: tag.id, quote: tag.quote, category: tag.category, reason: 'words gone', annotator: set.name });
        continue;
      }
      set.tags.push({ id: tag.id, start: tag.start, end: tag.end, category: tag.category, quote: tag.quote, record: tag });
    }
  }
  out.sets = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const set of out.sets) set.tags.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return out;
}
