/**
 * YAML export: one file with the codebook and every document's metadata and
 * tags, each tag in the sidecar's structure with the speaker's role added.
 * Every string is double-quoted so that readers of YAML 1.1 (PyYAML) read
 * `no`, `on` or `2021-05-12` as the text it is, not a boolean or a date.
 */
import { stringify } from 'yaml';
import type { ExportCorpus, ExportTag } from './model';

/** The version of the corpus file's layout. */
export const CORPUS_YAML_VERSION = 1;

function tagEntry(tag: ExportTag): Record<string, unknown> {
  const entry: Record<string, unknown> = {
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
  const data = {
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
  return header + stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true, nullStr: 'null', aliasDuplicateObjects: false });
}
