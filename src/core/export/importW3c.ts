/**
 * Reading W3C Web Annotations back into sidecars: the export of this tool
 * round-trips (ids, speakers, sections kept), and annotations from other
 * tools are read when they carry a `TextQuoteSelector` and a tagging body.
 * Tags are placed in the transcript's current text by their position when
 * the words are still there, else by their words; the sidecar's own tags are
 * never changed or lost.
 */
import { newTagId, type Tag, type TagRecord } from '../annotations/tag';
import { TextIndex } from '../annotations/positions';
import { placeTags, reanchorTags } from '../annotations/reanchor';
import { sha256Text } from '../text/sha256';
import { readSidecar, writeSidecar } from '../annotations/sidecar';
import { ISO_TIME } from '../annotations/validate';
import { stripBom } from '../text';
import type { W3cBody } from './w3c';

/** A file that holds no annotations this tool can read, and why. */
export class AnnotationImportError extends Error {}

/** One annotation read: where it points and the tag it becomes. */
export interface ImportedAnnotation {
  /** The target's `source` (a URI) and, from this tool's exports, the document's relative path. */
  source: string;
  path?: string;
  tag: {
    id?: string;
    category: string;
    quote: string;
    prefix: string;
    suffix: string;
    /** Code points, from a `TextPositionSelector`. */
    start?: number;
    end?: number;
    note?: string;
    verdict?: string;
    source?: string;
    author?: string;
    created?: string;
    modified?: string;
    speaker?: string | null;
    section?: string | null;
  };
}

const MAX_ANNOTATIONS = 1_000_000;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function hasType(o: Record<string, unknown>, type: string): boolean {
  return asArray(o.type ?? o['@type']).some((t) => t === type || t === `oa:${type}`);
}

/** The annotations in a JSON-LD text: a collection (with its pages), a page, one annotation or a list. Problems name the annotation. */
export function readW3c(text: string): { annotations: ImportedAnnotation[]; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (e) {
    throw new AnnotationImportError(`Not valid JSON: ${(e as Error).message}.`);
  }
  const items: unknown[] = [];
  const collect = (node: unknown, depth: number): void => {
    if (depth > 8 || items.length > MAX_ANNOTATIONS) return;
    if (Array.isArray(node)) {
      for (const n of node) collect(n, depth + 1);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (hasType(o, 'Annotation')) items.push(o);
    else if (hasType(o, 'AnnotationCollection')) {
      collect(o.first, depth + 1);
    } else if (hasType(o, 'AnnotationPage')) {
      collect(o.items, depth + 1);
      if (o.next && typeof o.next === 'object') collect(o.next, depth + 1);
    } else if (Array.isArray(o['@graph'])) collect(o['@graph'], depth + 1);
  };
  collect(data, 0);
  if (items.length === 0) throw new AnnotationImportError('The file holds no W3C Web Annotation (an object with "type": "Annotation").');
  const annotations: ImportedAnnotation[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = readAnnotation(item as Record<string, unknown>);
    const name = `Annotation ${i + 1}${typeof (item as Record<string, unknown>).id === 'string' ? ` (${(item as Record<string, unknown>).id})` : ''}`;
    if (typeof result === 'string') problems.push(`${name}: ${result} It is not imported.`);
    else annotations.push(result);
  });
  return { annotations, problems };
}

function readAnnotation(a: Record<string, unknown>): ImportedAnnotation | string {
  const target = asArray(a.target)[0];
  if (!target || typeof target !== 'object') return 'it has no target with a source.';
  const t = target as Record<string, unknown>;
  const source = str(t.source) ?? str(t.id);
  if (!source) return 'its target has no source.';
  let quote: Record<string, unknown> | undefined;
  let position: Record<string, unknown> | undefined;
  for (const s of asArray(t.selector)) {
    if (!s || typeof s !== 'object') continue;
    const sel = s as Record<string, unknown>;
    if (hasType(sel, 'TextQuoteSelector')) quote ??= sel;
    else if (hasType(sel, 'TextPositionSelector')) position ??= sel;
  }
  const exact = quote ? str(quote.exact) : undefined;
  if (!exact) return 'it has no TextQuoteSelector with the exact words.';
  let category: string | undefined;
  const tag: ImportedAnnotation['tag'] = { category: '', quote: exact, prefix: str(quote!.prefix) ?? '', suffix: str(quote!.suffix) ?? '' };
  for (const b of asArray(a.body)) {
    if (typeof b === 'string') {
      category ??= b;
      continue;
    }
    if (!b || typeof b !== 'object') continue;
    const body = b as W3cBody & Record<string, unknown>;
    const purpose = asArray(body.purpose)[0] ?? (asArray(a.motivation)[0] === 'tagging' ? 'tagging' : undefined);
    if (purpose === 'tagging' || purpose === 'classifying') category ??= str(body.value);
    else if (purpose === 'commenting' && body['ta:field'] === 'source') tag.source = str(body.value);
    else if (purpose === 'commenting' || purpose === 'describing') tag.note = tag.note === undefined ? str(body.value) : `${tag.note}\n${str(body.value) ?? ''}`;
    else if (purpose === 'assessing') tag.verdict = str(body.value);
    else if (purpose === 'linking') tag.source = str(body.source) ?? str(body.id);
  }
  if (!category?.trim()) return 'it has no tagging body that names a category.';
  tag.category = category.trim();
  const start = position?.start;
  const end = position?.end;
  if (typeof start === 'number' && typeof end === 'number' && Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end >= start) {
    tag.start = start;
    tag.end = end;
  }
  const creator = asArray(a.creator)[0];
  const author = typeof creator === 'string' ? creator : creator && typeof creator === 'object' ? str((creator as Record<string, unknown>).name) : undefined;
  if (author) tag.author = author;
  for (const key of ['created', 'modified'] as const) {
    const v = str(a[key]);
    if (v && ISO_TIME.test(v)) tag[key] = v;
  }
  const id = str(a['ta:tagId']);
  if (id && /^t-[0-9a-f]{8}$/.test(id)) tag.id = id;
  for (const key of ['speaker', 'section'] as const) {
    const v = a[`ta:${key}`];
    if (typeof v === 'string' || v === null) tag[key] = v;
  }
  const path = str(t['ta:path']);
  return { source, ...(path ? { path } : {}), tag };
}

/** What merging annotations into a sidecar did. */
export interface MergeResult {
  /** The sidecar's new text; undefined when nothing was added. */
  sidecar?: string;
  added: number;
  /** Annotations already in the sidecar (same id, category and words). */
  present: number;
  /** Of those added, the ones whose words are not in the text. */
  orphaned: number;
}

/** A sidecar that must not be written (unreadable, or of a newer format), with the reason. */
export class SidecarLockedError extends Error {}

/**
 * Adds imported annotations to a transcript's sidecar. `existing` is the
 * sidecar's text (undefined when there is none); `now` stamps tags that carry
 * no times. Throws SidecarLockedError when the sidecar must not be written.
 */
export function mergeIntoSidecar(
  transcriptName: string,
  transcriptText: string,
  existing: string | undefined,
  annotations: readonly ImportedAnnotation[],
  now: string,
  random: () => number = Math.random,
): MergeResult {
  const text = stripBom(transcriptText);
  const index = new TextIndex(text);
  const hash = sha256Text(text);
  let current: Tag[] = [];
  let invalid: unknown[] = [];
  let extra: Record<string, unknown> = {};
  if (existing !== undefined) {
    const read = readSidecar(existing, new TextEncoder().encode(existing).length);
    if (read.kind === 'unreadable') throw new SidecarLockedError(`its sidecar cannot be read (${read.problems[0]?.message ?? 'unknown problem'}), so it is not written over`);
    if (read.readOnly) throw new SidecarLockedError(read.readOnly);
    current = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
    invalid = read.sidecar.invalid;
    extra = read.sidecar.extra;
  }
  const ids = new Set(current.map((t) => t.id));
  const result: MergeResult = { added: 0, present: 0, orphaned: 0 };
  const added: Tag[] = [];
  for (const a of annotations) {
    const same = a.tag.id !== undefined ? current.find((t) => t.id === a.tag.id) : undefined;
    if (same && same.category === a.tag.category && same.quote === a.tag.quote) {
      result.present++;
      continue;
    }
    const id = a.tag.id && !ids.has(a.tag.id) ? a.tag.id : newTagId(ids, random);
    ids.add(id);
    const record: TagRecord = {
      id,
      category: a.tag.category,
      quote: a.tag.quote,
      prefix: a.tag.prefix,
      suffix: a.tag.suffix,
      start: a.tag.start ?? 0,
      end: a.tag.end ?? a.tag.quote.length,
      speaker: a.tag.speaker ?? null,
      section: a.tag.section ?? null,
      created: a.tag.created ?? now,
      modified: a.tag.modified ?? a.tag.created ?? now,
      status: 'anchored',
    };
    for (const key of ['note', 'verdict', 'source', 'author'] as const) if (a.tag[key] !== undefined) record[key] = a.tag[key];
    // Where the position selector points at the same words, that is the place; otherwise find the words.
    const at = a.tag.start !== undefined ? index.toUtf16(a.tag.start) : -1;
    const placed: Tag =
      at >= 0 && text.startsWith(a.tag.quote, at) && index.toCodePoint(at + a.tag.quote.length) === a.tag.end
        ? { ...record, start: at, end: at + a.tag.quote.length }
        : reanchorTags([record], text, index)[0]!;
    if (placed.status === 'orphaned') result.orphaned++;
    added.push(placed);
    result.added++;
  }
  if (added.length === 0) return result;
  result.sidecar = writeSidecar({ transcriptName, text, tags: [...current, ...added], invalid, extra, sha256: hash, index });
  return result;
}
