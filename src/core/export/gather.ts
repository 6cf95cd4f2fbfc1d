/**
 * Gathering a corpus for export: each transcript's text and sidecar become an
 * `ExportDocument` whose tags are placed in the current text and carry the
 * speaker, role and section they stand in. Problems are collected, named by
 * file, and never stop the other documents.
 */
import type { Category } from '../annotations/codebook';
import type { Tag, TagRecord } from '../annotations/tag';
import { TextIndex } from '../annotations/positions';
import { placeTags } from '../annotations/reanchor';
import { sha256Text } from '../text/sha256';
import { readSidecar } from '../annotations/sidecar';
import { stripBom } from '../text';
import { readTranscript, type ParseOptions } from '../formats';
import { citeSpan, placeAt } from '../formats/documents/extracted';
import type { Role, Transcript } from '../transcript';
import { exportRecording, frontMatterMedia, spanTime, syncPoints, timeAnchors } from '../media';
import type { ExportCategory, ExportCorpus, ExportDocument, ExportProblem, ExportTag, OrphanPolicy } from './exportData';

/** One transcript to gather, read by the caller (the editor or the command line). */
export interface SourceDocument {
  /** Path relative to the export's root, with `/`. */
  path: string;
  /** The document's URI as a string. */
  uri: string;
  /** The transcript's text as decoded. */
  text: string;
  /** Its sidecar, when it has one. */
  sidecar?: {
    /** How the user knows the sidecar file (a path or URI), for messages. */
    name: string;
    text: string;
    /** The file's size in bytes. */
    byteLength?: number;
  };
  /** A recording beside the transcript with the same base name, relative to its folder, when the caller found one. */
  media?: string;
  /**
   * The transcript already read from `text`, when the caller read it (a
   * document: a PDF's or a Word file's, whose `origin.places` let each tag
   * cite its place in the original); otherwise `text` is read here.
   */
  transcript?: Transcript;
}

export interface GatherOptions {
  orphans: OrphanPolicy;
  /** The user's speaker-label settings. */
  parseOptions?: ParseOptions;
}

/** Gathers one document; `document` is undefined when its sidecar cannot be read (the problem says why). */
export function gatherDocument(source: SourceDocument, categories: ReadonlyMap<string, ExportCategory>, options: GatherOptions): { document?: ExportDocument; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const text = stripBom(source.text);
  let transcript: Transcript;
  try {
    transcript = source.transcript ?? readTranscript(text, { ...options.parseOptions, skipNotes: true, fileName: source.path });
  } catch (e) {
    return { problems: [{ file: source.path, severity: 'error', keptOut: true, message: `${(e as Error).message}; the document is left out.` }] };
  }
  let records: TagRecord[] = [];
  let storedHash: string | undefined;
  let linked: unknown;
  if (source.sidecar) {
    const read = readSidecar(source.sidecar.text, source.sidecar.byteLength ?? source.sidecar.text.length);
    for (const p of read.problems) {
      // A tag entry in error is not read, so it is not exported.
      problems.push({ file: source.sidecar.name, line: p.line, severity: p.severity, message: p.message, ...(p.severity === 'error' ? { keptOut: true } : {}) });
    }
    if (read.kind === 'unreadable') {
      problems.push({ file: source.sidecar.name, severity: 'error', keptOut: true, message: `The sidecar cannot be read, so ${source.path} is left out of the export.` });
      return { problems };
    }
    records = read.sidecar.tags;
    linked = read.sidecar.extra.media;
    storedHash = read.sidecar.sha256;
  }
  const index = new TextIndex(text);
  // The same placing as the editor's: by position when the text is the one tagged, else by the words.
  const placed = records.length ? placeTags(records, text, storedHash, sha256Text(text), index) : [];
  placed.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tags: ExportTag[] = [];
  let skippedOrphans = 0;
  const anchors = timeAnchors(transcript, text);
  for (const record of placed) {
    const tag = exportTag(record, index, transcript, categories);
    const time = (record.status !== 'orphaned' && spanTime(anchors, record.start, record.end)) || record.time;
    if (time) tag.time = time;
    if (tag.status === 'orphaned' && options.orphans === 'skip') skippedOrphans++;
    else tags.push(tag);
  }
  const speakers = transcript.speakers.map((s) => ({ name: s.name, role: s.role }));
  const turns: ExportDocument['turns'] = [];
  for (const turn of transcript.turns) {
    if (!turn.speaker) continue;
    let end = turn.end;
    while (end > turn.textStart && /\s/.test(text[end - 1]!)) end--;
    if (end > turn.textStart) turns.push({ speaker: turn.speaker, start: index.toCodePoint(turn.textStart), end: index.toCodePoint(end) });
  }
  const recording = exportRecording(source.uri, typeof linked === 'string' ? linked : (frontMatterMedia(text) ?? source.media));
  const timing = { ...(recording ? { recording } : {}), ...(anchors.length ? { syncPoints: syncPoints(anchors, index) } : {}) };
  const origin = transcript.origin ? { origin: { kind: transcript.origin.kind, ...(transcript.origin.fileName ? { fileName: transcript.origin.fileName } : {}) } } : {};
  return { document: { path: source.path, uri: source.uri, text, metadata: transcript.metadata, speakers, turns, tags, skippedOrphans, ...timing, ...origin }, problems };
}

function exportTag(placed: Tag, index: TextIndex, transcript: Transcript, categories: ReadonlyMap<string, ExportCategory>): ExportTag {
  const found = placed.status === 'orphaned' ? undefined : { start: placed.start, end: placed.end };
  const tag: ExportTag = {
    id: placed.id,
    category: placed.category,
    categoryLabel: categories.get(placed.category)?.label ?? placed.category,
    quote: placed.quote,
    prefix: placed.prefix,
    suffix: placed.suffix,
    speaker: placed.speaker,
    role: null,
    section: placed.section,
    created: placed.created,
    modified: placed.modified,
    status: placed.status,
  };
  for (const key of ['note', 'verdict', 'source', 'author'] as const) if (placed[key] !== undefined) tag[key] = placed[key];
  if (found) {
    const text = index.text;
    tag.quote = text.slice(found.start, found.end);
    tag.start = index.toCodePoint(found.start);
    tag.end = index.toCodePoint(found.end);
    const from = index.lineColumn(found.start);
    const to = index.lineColumn(found.end);
    tag.line = from.line;
    tag.column = from.column;
    tag.endLine = to.line;
    tag.endColumn = to.column;
    const turn = transcript.turns.find((t) => t.start <= found.start && found.start < Math.max(t.end, t.start + 1));
    const section = transcript.sections.find((s) => s.start <= found.start && found.start < Math.max(s.end, s.start + 1));
    // The current text decides who speaks where; the stored names are for tags that cannot be placed.
    if (turn) {
      tag.speaker = turn.speaker;
      tag.role = turn.speaker ? turn.role : null;
    }
    if (section) tag.section = section.title;
    const places = transcript.origin?.places;
    if (places?.length) {
      tag.place = citeSpan(places, found.start, found.end);
      const page = placeAt(places, found.start)?.page;
      if (page !== undefined) tag.page = page;
    }
  }
  if (tag.speaker && tag.role === null) tag.role = roleOf(transcript, tag.speaker);
  return tag;
}

function roleOf(transcript: Transcript, speaker: string): Role | null {
  return transcript.speakers.find((s) => s.name === speaker)?.role ?? null;
}

/** The categories of an export: the codebook's in its order, then those only tags use, by id. */
export function exportCategories(codebook: readonly ExportCategory[], documents: readonly ExportDocument[]): ExportCategory[] {
  const out = [...codebook];
  const known = new Set(codebook.map((c) => c.id));
  const extra = new Set<string>();
  for (const d of documents) for (const t of d.tags) if (!known.has(t.category)) extra.add(t.category);
  for (const id of [...extra].sort()) out.push({ id, label: id });
  return out;
}

/** Gathers documents into a corpus; the documents keep the order given. */
export function gatherCorpus(
  sources: Iterable<SourceDocument>,
  codebook: readonly ExportCategory[],
  options: GatherOptions & { created: string; origin: string },
): { corpus: ExportCorpus; problems: ExportProblem[] } {
  const byId = new Map(codebook.map((c) => [c.id, c]));
  const documents: ExportDocument[] = [];
  const problems: ExportProblem[] = [];
  for (const source of sources) {
    const result = gatherDocument(source, byId, options);
    for (const item of result.problems) problems.push(item);
    if (result.document) documents.push(result.document);
  }
  return { corpus: { documents, categories: exportCategories(codebook, documents), created: options.created, origin: options.origin }, problems };
}

/** Codebook categories as exports carry them: only `#rrggbb` colours mean anything outside the editor. */
export function exportCategoriesOf(categories: readonly Category[]): ExportCategory[] {
  return categories.map((c) => ({
    id: c.id,
    label: c.label,
    ...(c.color?.startsWith('#') ? { color: c.color.slice(0, 7) } : {}),
    ...(c.description ? { description: c.description } : {}),
    ...(c.parent ? { parent: c.parent } : {}),
  }));
}
