/**
 * The document list of the Transcripts view, decided without the editor: what
 * a file's head says about it (title, date, whether it is a transcript), and
 * how the list is labelled, sorted and grouped.
 */
import { FormatError, titleFromFileName, looksLikeTranscript, readMetadata, type ParseOptions } from '../formats';
import { decodeText, NotTextError, showInvisible } from '../text';

/** How much of a file the document list reads. */
export const HEAD_BYTES = 16 * 1024;
/** How much of the head is parsed first for the header. */
const QUICK_HEAD = 4096;

/** Why a file in the list cannot be shown as a transcript. */
export type UnreadableReason = 'binary' | 'empty' | 'too-large' | 'broken';

/** What the list knows of one transcript file, from its head. */
export interface DocumentSummary {
  /** The title from the header, when there is one. */
  title?: string;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  place?: string;
  /** Where the title and the date were found (`header`, `file name`...), for the list's tooltip. */
  titleFrom?: string;
  dateFrom?: string;
  /** True when the head reads like a transcript (labels, questions and answers); undefined when not checked. */
  looksLikeTranscript?: boolean;
  /** Set when the file cannot be read as a transcript at all. */
  unreadable?: UnreadableReason;
  /** Why, in words, for a tooltip. */
  problem?: string;
}

/**
 * The first `max` bytes of a file, cut where a character ends, so that a
 * UTF-8 sequence or a UTF-16 pair is never split (a split sequence would make
 * the decoder fall back to Windows-1252).
 */
export function headBytes(bytes: Uint8Array, max = HEAD_BYTES): Uint8Array {
  if (bytes.length <= max) return bytes;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    let end = max - (max % 2);
    // Do not end between the two halves of a surrogate pair.
    const le = bytes[0] === 0xff;
    const high = (i: number) => (le ? bytes[i + 1]! : bytes[i]!);
    if (end >= 4 && high(end - 2) >= 0xd8 && high(end - 2) <= 0xdb) end -= 2;
    return bytes.subarray(0, end);
  }
  let end = max;
  // Back up over continuation bytes to the start of the character that was cut.
  let back = 0;
  while (end > 0 && back < 4 && (bytes[end - 1]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && bytes[end - 1]! >= 0xc0) {
    const lead = bytes[end - 1]!;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    // The sequence that starts here is complete only when all its bytes are in.
    if (back + 1 >= length) end += back;
    else end -= 1;
  } else {
    end += back;
  }
  return bytes.subarray(0, end);
}

/** Decodes a file's head; undefined text with a reason when it is binary or empty. */
export function decodeHead(bytes: Uint8Array, max = HEAD_BYTES): { text: string; truncated: boolean } | { unreadable: UnreadableReason; problem: string } {
  if (bytes.length === 0) return { unreadable: 'empty', problem: 'The file is empty.' };
  const head = headBytes(bytes, max);
  try {
    const { text } = decodeText(head);
    if (text.trim() === '') return { unreadable: 'empty', problem: 'The file holds only white space.' };
    return { text, truncated: head.length < bytes.length };
  } catch (error) {
    if (error instanceof NotTextError) return { unreadable: 'binary', problem: `Not text: ${error.message}.` };
    throw error;
  }
}

/**
 * What a file's head says about it. The header of a transcript is in its
 * first lines, so the head's metadata is the document's; a date found only
 * deep in the body may be missed until the document is fully parsed.
 */
export function summarizeHead(text: string, options: ParseOptions = {}, detect = true): DocumentSummary {
  let metadata;
  try {
    // The header is nearly always in the first few kilobytes; the whole head is
    // parsed only when they do not give both a title and a date.
    const cut = text.length > QUICK_HEAD ? text.lastIndexOf('\n', QUICK_HEAD) : -1;
    metadata = cut > 0 ? readMetadata(text.slice(0, cut), { ...options, skipNotes: true }) : undefined;
    if (!metadata?.title || !metadata.date) metadata = readMetadata(text, { ...options, skipNotes: true });
  } catch (error) {
    if (error instanceof NotTextError) return { looksLikeTranscript: false, unreadable: 'binary', problem: `Not text: ${error.message}.` };
    // A JSON transcript's head is cut mid-file: it is named by its file, and read whole when opened.
    if (error instanceof FormatError && options.fileName) metadata = { title: titleFromFileName(options.fileName), titleFrom: 'file name' };
    else throw error;
  }
  const { title, date, place, titleFrom, dateFrom } = metadata;
  // Set field by field, in this order (the spreads this replaces cost the list a few per cent).
  const summary: DocumentSummary = {};
  if (title) {
    summary.title = title;
    if (titleFrom) summary.titleFrom = titleFrom;
  }
  if (date) {
    summary.date = date;
    if (dateFrom) summary.dateFrom = dateFrom;
  }
  if (place) summary.place = place;
  if (detect) summary.looksLikeTranscript = looksLikeTranscript(text, options);
  return summary;
}

/**
 * Reads the summary of a file from its bytes: decode a bounded head, then
 * summarise it. `detect: false` skips the transcript test, for files already
 * named as transcripts.
 */
export function summarizeBytes(bytes: Uint8Array, options: ParseOptions = {}, max = HEAD_BYTES, detect = true): DocumentSummary {
  const head = decodeHead(bytes, max);
  if ('unreadable' in head) return { looksLikeTranscript: false, unreadable: head.unreadable, problem: head.problem };
  return summarizeHead(head.text, options, detect);
}

/** A file name that marks a transcript by itself (the language's extensions). */
export function hasTranscriptExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.transcript') || lower.endsWith('.transcript.txt') || lower.endsWith('.vtt') || lower.endsWith('.srt');
}

/** One document of the list. */
export interface DocumentEntry {
  /** The file's URI as a string: the entry's identity. */
  key: string;
  /** The path relative to the workspace (with the folder name in a multi-root workspace). */
  path: string;
  summary: DocumentSummary;
  /** The number of tags, once known. */
  tagCount?: number;
  /** Why the document's tags cannot be read (its sidecar is broken), when they cannot. */
  tagProblem?: string;
}

/** How the document list is sorted. */
export type DocumentSort = 'date' | 'title' | 'name';

/** The file name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder of a path, '' at the root. */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** What a document is called in the list: its title, else its file name. */
export function documentTitle(entry: DocumentEntry): string {
  return entry.summary.title ?? baseName(entry.path);
}

/** The label and description of a document in the list (its tooltip is `documentTooltip`, asked for on hover). */
export function documentLabel(entry: DocumentEntry): { label: string; description: string } {
  const s = entry.summary;
  const parts: string[] = [];
  if (s.date) parts.push(s.date);
  if (entry.tagCount) parts.push(`${entry.tagCount} tag${entry.tagCount === 1 ? '' : 's'}`);
  if (entry.tagProblem) parts.push('tags unreadable');
  if (s.unreadable === 'binary') parts.push('not text');
  else if (s.unreadable === 'empty') parts.push('empty');
  else if (s.unreadable === 'too-large') parts.push('too large to index');
  else if (s.unreadable === 'broken') parts.push('cannot be read');
  if (s.title && parts.length === 0) parts.push(baseName(entry.path));
  // Titles, places and paths come from others' files: characters that reorder or hide text are shown.
  return { label: showInvisible(documentTitle(entry)), description: parts.map(showInvisible).join(' · ') };
}

/** The tooltip of a document in the list: where its title and date come from, its place, tags, problems and path. */
export function documentTooltip(entry: DocumentEntry): string {
  const s = entry.summary;
  const tooltip = [
    s.title ?? baseName(entry.path),
    s.title && s.titleFrom ? `Title from the ${s.titleFrom}` : undefined,
    s.date ? `Date: ${s.date}${s.dateFrom ? ` (from the ${s.dateFrom})` : ''}` : s.unreadable ? undefined : 'Date: none found',
    s.place ? `Place: ${s.place}` : undefined,
    // None is said as nothing: the list is not redrawn when a document's sidecar turns out to hold no tags.
    entry.tagCount ? `Tags: ${entry.tagCount}` : undefined,
    s.problem,
    entry.tagProblem,
    entry.path,
  ].filter((x): x is string => !!x);
  return tooltip.map(showInvisible).join('\n');
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Sorts the list: by date (oldest first, undated last), by title, or by path.
 * Ties fall back to the title, then the path, so the order is stable.
 */
export function sortDocuments(entries: readonly DocumentEntry[], by: DocumentSort): DocumentEntry[] {
  const byPath = (a: DocumentEntry, b: DocumentEntry) => collator.compare(a.path, b.path);
  const byTitle = (a: DocumentEntry, b: DocumentEntry) => collator.compare(documentTitle(a), documentTitle(b)) || byPath(a, b);
  const byDate = (a: DocumentEntry, b: DocumentEntry) => {
    const da = a.summary.date;
    const db = b.summary.date;
    if (da !== db) {
      if (!da) return 1;
      if (!db) return -1;
      return da < db ? -1 : 1;
    }
    return byTitle(a, b);
  };
  return [...entries].sort(by === 'date' ? byDate : by === 'title' ? byTitle : byPath);
}

/** A folder of the grouped list. */
export interface FolderGroup {
  /** The folder's path relative to the workspace; '' for the root. */
  folder: string;
  entries: DocumentEntry[];
}

/** Groups sorted entries by folder, folders in path order, keeping each folder's entries in the given order. */
export function groupByFolder(entries: readonly DocumentEntry[]): FolderGroup[] {
  const groups = new Map<string, DocumentEntry[]>();
  for (const e of entries) {
    const folder = folderOf(e.path);
    let list = groups.get(folder);
    if (!list) groups.set(folder, (list = []));
    list.push(e);
  }
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([folder, list]) => ({ folder, entries: list }));
}
