/**
 * YAML export: one file with the codebook and every document's metadata and
 * tags, each tag in the sidecar's structure with the speaker's role added.
 * Every string is double-quoted so that readers of YAML 1.1 (PyYAML) read
 * `no`, `on` or `2021-05-12` as the text it is, not a boolean or a date, and
 * written as the sidecars write it: every character a YAML 1.1 or 1.2 reader
 * refuses or folds (C0 and C1 controls, DEL, U+0085, U+2028, U+2029, a
 * byte-order mark, U+FFFE/U+FFFF, lone surrogates) is escaped.
 */
import { yamlString } from '../annotations/yamlText';
import type { ExportCorpus, ExportTag } from './exportData';

/** The version of the corpus file's layout. */
export const CORPUS_YAML_VERSION = 1;

function tagEntry(tag: ExportTag): { [key: string]: Value } {
  const entry: { [key: string]: Value } = {
    id: tag.id,
    category: tag.category,
    quote: tag.quote,
    start: tag.start ?? null,
    end: tag.end ?? null,
    line: tag.line ?? null,
    column: tag.column ?? null,
    endLine: tag.endLine ?? null,
    endColumn: tag.endColumn ?? null,
    prefix: tag.prefix,
    suffix: tag.suffix,
    speaker: tag.speaker,
    role: tag.role,
    section: tag.section,
  };
  for (const key of ['note', 'author'] as const) if (tag[key] !== undefined) entry[key] = tag[key];
  entry.created = tag.created;
  entry.modified = tag.modified;
  for (const key of ['verdict', 'source'] as const) if (tag[key] !== undefined) entry[key] = tag[key];
  entry.status = tag.status;
  return entry;
}

/** The YAML text of a corpus. */
export function writeYaml(corpus: ExportCorpus): string {
  const data: Value = {
    version: CORPUS_YAML_VERSION,
    generator: corpus.origin,
    created: corpus.created,
    categories: corpus.categories.map((c) => ({ id: c.id, label: c.label, ...(c.color ? { color: c.color } : {}), ...(c.description ? { description: c.description } : {}), ...(c.parent ? { parent: c.parent } : {}) })),
    documents: corpus.documents.map((d) => ({
      path: d.path,
      title: d.metadata.title ?? null,
      date: d.metadata.date ?? null,
      place: d.metadata.place ?? null,
      source: d.metadata.source ?? null,
      speakers: d.speakers,
      tags: d.tags.map(tagEntry),
    })),
  };
  const header = '# Tagged claims exported by Transcript Annotator. start and end count Unicode code points; line and column are 1-based.\n';
  return header + block(data, '') + '\n';
}

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

function scalar(v: Value): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length ? undefined : '[]';
  return Object.keys(v).length ? undefined : '{}';
}

function key(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : yamlString(k);
}

/** A mapping or sequence in block style, each line starting with `indent`; no trailing line break. */
function block(v: Value, indent: string): string {
  const lines: string[] = [];
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = scalar(item);
      if (s !== undefined) lines.push(`${indent}- ${s}`);
      else lines.push(`${indent}- ${block(item, indent + '  ').slice(indent.length + 2)}`);
    }
  } else if (v && typeof v === 'object') {
    for (const [k, item] of Object.entries(v)) {
      const s = scalar(item);
      if (s !== undefined) lines.push(`${indent}${key(k)}: ${s}`);
      else lines.push(`${indent}${key(k)}:\n${block(item, indent + '  ')}`);
    }
  }
  return lines.join('\n');
}
