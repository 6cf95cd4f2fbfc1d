/**
 * The reader registry: the one place that decides how a file's text becomes
 * a `Transcript` (as pandoc's `getReader` does). Every caller — the editor,
 * the Transcripts view, exports, the command line — reads through here.
 */
import { readCaptions, sniffCaptions, type CaptionFormat } from './captions';
import type { ParseOptions } from './options';
import { looksLikePlainTranscript, readPlain, readPlainCompact, readPlainMetadata } from './plain';
import { readWhisperJson, sniffWhisperJson } from './whisper';
import { refuseRttm, sniffRttm } from './rttm';
import type { Metadata, Transcript } from '../transcript/model';
import { compactOf, type CompactTranscript } from '../transcript/compact';
import { bytesSource, decodeSource, decodeText, NotTextError, type ByteSource } from '../text';
import type { DocumentRead } from './documents/writer';
import { chunkReader } from './documents/chunks';
import { sniffPdf } from './documents/pdf/sniff';
import { sniffDoc, sniffDocx } from './documents/word/sniff';
import { sniffTtml, sniffXml } from './documents/xml/sniff';
import { readSpeechJson, sniffSpeechJson } from './documents/speech';
import { sniffHtml } from './documents/html/sniff';

/** Options for reading: label settings, the file's name, a format to force. */
export interface ReadOptions extends ParseOptions {
  /** A reader's name to use instead of recognising the format (a text reader's, or a document reader's for `readDocument`). */
  format?: string;
}

/** The formats there are text readers for. */
export type FormatName = 'plain' | 'webvtt' | 'srt' | 'sbv' | 'rollup' | 'whisper-json' | 'rttm';

/** A reader: how sure it is that a text is its format, and how to read it. */
interface Reader {
  name: FormatName;
  /** Words for people: `WebVTT captions`. */
  description: string;
  /**
   * True when the text (its head) and the file's name say this format;
   * `captions` is the caption sniffer's answer, asked once for the four
   * caption formats (it splits the head into lines).
   */
  sniff(head: string, fileName: string | undefined, captions: () => CaptionFormat | undefined, text: string): boolean;
  read(text: string, options: ParseOptions): Transcript;
}

const READERS: Reader[] = [
  { name: 'webvtt', description: 'WebVTT captions', sniff: (_h, _f, captions) => captions() === 'webvtt', read: (t, o) => readCaptions(t, 'webvtt', o) },
  { name: 'srt', description: 'SubRip (SRT) captions', sniff: (_h, _f, captions) => captions() === 'srt', read: (t, o) => readCaptions(t, 'srt', o) },
  { name: 'sbv', description: 'SubViewer (SBV) captions', sniff: (_h, _f, captions) => captions() === 'sbv', read: (t, o) => readCaptions(t, 'sbv', o) },
  { name: 'rollup', description: 'roll-up caption text (>> at each new speaker)', sniff: (_h, _f, captions) => captions() === 'rollup', read: (t, o) => readCaptions(t, 'rollup', o) },
  { name: 'whisper-json', description: 'Whisper / WhisperX JSON', sniff: (h, f, _c, text) => sniffWhisperJson(h, f, text), read: readWhisperJson },
  // Recognised only to be refused with a message: it holds no words.
  { name: 'rttm', description: 'RTTM diarisation (who spoke when, no words)', sniff: (h, f) => sniffRttm(h, f), read: (t) => refuseRttm(t) },
  { name: 'plain', description: 'a plain-text transcript', sniff: () => true, read: readPlain },
];

/** How much of the start of a text the readers look at to recognise it. */
const SNIFF_CHARS = 4096;

/** The format of a text: the first reader that recognises it; plain text when none does. */
export function detectFormat(text: string, fileName?: string): FormatName {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let caption: { format: CaptionFormat | undefined } | undefined;
  const captions = () => (caption ??= { format: sniffCaptions(head, fileName) }).format;
  for (const r of READERS) if (r.sniff(head, fileName, captions, text)) return r.name;
  return 'plain';
}

/** Words for people naming a format. */
export function describeFormat(name: string): string {
  return READERS.find((r) => r.name === name)?.description ?? DOCUMENT_READERS.find((r) => r.name === name)?.description ?? name;
}

/**
 * Reads a transcript in any known format. Offsets in the result point into
 * `text` as given. Throws NotTextError for binary text and FormatError for a
 * file that says it is a format but is broken beyond reading.
 */
export function readTranscript(text: string, options: ReadOptions = {}): Transcript {
  const named = options.format ? READERS.find((r) => r.name === options.format) : undefined;
  const reader = named ?? READERS.find((r) => r.name === detectFormat(text, options.fileName))!;
  return reader.read(text, options);
}

/**
 * `readTranscript(...).metadata`, with less work where the reader allows it:
 * the plain reader stops before the turns (so no `speaker` from a byline).
 * What the document list reads from each file's head.
 */
export function readMetadata(text: string, options: ReadOptions = {}): Metadata {
  const named = options.format ? READERS.find((r) => r.name === options.format) : undefined;
  const reader = named ?? READERS.find((r) => r.name === detectFormat(text, options.fileName))!;
  return reader.name === 'plain' ? readPlainMetadata(text, options) : reader.read(text, options).metadata;
}

/**
 * `readTranscript` with the turns and sections as columns: the plain reader
 * makes them so, and another reader's objects are seen as columns. What the
 * outline of a long transcript is written from.
 */
export function readCompactTranscript(text: string, options: ReadOptions = {}): CompactTranscript {
  const named = options.format ? READERS.find((r) => r.name === options.format) : undefined;
  const reader = named ?? READERS.find((r) => r.name === detectFormat(text, options.fileName))!;
  return reader.name === 'plain' ? readPlainCompact(text, options) : compactOf(reader.read(text, options));
}

/** True when a text (its head) reads like a transcript: captions with speakers, Whisper JSON, or labelled text. */
export function looksLikeTranscript(text: string, options: ReadOptions = {}): boolean {
  const format = detectFormat(text, options.fileName);
  if (format === 'plain') return looksLikePlainTranscript(text, options);
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  try {
    const t = readTranscript(head, { ...options, format, skipNotes: true });
    return format === 'whisper-json' ? t.turns.length > 0 : t.speakers.length >= 1;
  } catch {
    // A head cut in the middle of a JSON file does not parse: the sniff alone decides.
    return format === 'whisper-json';
  }
}

/**
 * A reader of documents: files whose text must be extracted first (PDF, Word),
 * or whose structure names the speakers (parliamentary XML, a web page, a
 * speech service's JSON). It returns the text it extracted, written as a
 * transcript, with the transcript read from it and `origin.places` mapping
 * that text back to the original. Heavy libraries are loaded inside `read`,
 * only when such a file is read.
 */
export interface DocumentReader {
  name: string;
  /** Words for people: `a PDF document`. */
  description: string;
  /** File-name endings it reads, lower case, with the dot: `.pdf`. */
  extensions: readonly string[];
  /**
   * True when the file is this format: its first bytes, its name, and, for a
   * text format, its decoded head (undefined for bytes that are not text).
   */
  sniff(head: Uint8Array, fileName: string | undefined, textHead: string | undefined): boolean;
  /** Reads the whole file. Throws FormatError with what is wrong and where. */
  read(bytes: Uint8Array, options: ParseOptions): DocumentRead | Promise<DocumentRead>;
}

/** Document readers, tried in order before the text readers. */
const DOCUMENT_READERS: DocumentReader[] = [
  { name: 'pdf', description: 'a PDF document', extensions: ['.pdf'], sniff: (head) => sniffPdf(head), read: chunkReader('pdf') },
  { name: 'docx', description: 'a Word document', extensions: ['.docx'], sniff: sniffDocx, read: chunkReader('docx') },
  { name: 'doc', description: 'a Word 97–2003 document', extensions: ['.doc'], sniff: sniffDoc, read: chunkReader('doc') },
  { name: 'ttml', description: 'TTML/DFXP captions', extensions: ['.ttml', '.dfxp', '.xml'], sniff: (_h, f, t) => sniffTtml(t, f), read: chunkReader('ttml') },
  { name: 'xml', description: 'an XML record', extensions: ['.xml'], sniff: (_h, f, t) => sniffXml(t, f), read: chunkReader('xml') },
  { name: 'html', description: 'a web page', extensions: ['.html', '.htm', '.xhtml'], sniff: (_h, f, t) => sniffHtml(f, t), read: chunkReader('html') },
  { name: 'speech-json', description: "a speech-recognition service's JSON", extensions: ['.json'], sniff: (_h, f, t) => sniffSpeechJson(t, f), read: readSpeechJson },
];

/** How many bytes of a file the document readers look at to recognise it. */
const SNIFF_BYTES = 8192;

/** The document reader for a file, or undefined when it is a text format the text readers read in place. */
export function documentReaderFor(bytes: Uint8Array, fileName?: string): DocumentReader | undefined {
  const head = bytes.length > SNIFF_BYTES ? bytes.subarray(0, SNIFF_BYTES) : bytes;
  let textHead: string | undefined;
  try {
    textHead = decodeText(head).text;
  } catch (e) {
    if (!(e instanceof NotTextError)) throw e;
  }
  return DOCUMENT_READERS.find((r) => r.sniff(head, fileName, textHead));
}

/** True when a file's name says a document format (`.pdf`, `.docx`...) that only a document reader reads. */
export function isDocumentFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return DOCUMENT_READERS.some((r) => r.extensions.some((e) => lower.endsWith(e) && !TEXT_EXTENSIONS.has(e)));
}

/** Endings the text readers also read: a `.json` or `.xml` is a document only when its content says so. */
const TEXT_EXTENSIONS = new Set(['.json', '.xml', '.html', '.htm']);

/** Every ending a document reader reads, for listing files. */
export function documentExtensions(): string[] {
  return [...new Set(DOCUMENT_READERS.flatMap((r) => r.extensions))];
}

/**
 * Reads a file's bytes in any known format: a document reader's extraction
 * where one recognises the file, otherwise the decoded text read in place
 * (offsets point into `text` either way). Throws NotTextError for bytes that
 * are no text and no known document, FormatError for a broken document.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<DocumentRead> {
  return readDocumentFrom(bytesSource(bytes), options);
}

/**
 * `readDocument` for bytes read a piece at a time: a text file is decoded
 * piece by piece, so its whole bytes are never in memory beside its text;
 * only a document reader, which needs the whole file, gets it whole.
 */
export async function readDocumentFrom(source: ByteSource, options: ReadOptions = {}): Promise<DocumentRead> {
  const reader = options.format ? DOCUMENT_READERS.find((r) => r.name === options.format) : documentReaderFor(source.read(0, Math.min(source.size, SNIFF_BYTES)), options.fileName);
  if (reader) return reader.read(source.read(0, source.size), options);
  const text = decodeSource(source).text;
  return { text, transcript: readTranscript(text, options) };
}

/** `readDocumentFrom` with the transcript's turns and sections as columns (`readCompactTranscript`). */
export async function readCompactDocumentFrom(source: ByteSource, options: ReadOptions = {}): Promise<{ text: string; transcript: CompactTranscript }> {
  const reader = options.format ? DOCUMENT_READERS.find((r) => r.name === options.format) : documentReaderFor(source.read(0, Math.min(source.size, SNIFF_BYTES)), options.fileName);
  if (reader) {
    const read = await reader.read(source.read(0, source.size), options);
    return { text: read.text, transcript: compactOf(read.transcript) };
  }
  const text = decodeSource(source).text;
  return { text, transcript: readCompactTranscript(text, options) };
}

export { FormatError } from './errors';
export { parseRttm, diarisationFileFor, type DiarisedStretch } from './rttm';
export type { DocumentRead } from './documents/writer';
export { titleFromFileName, type ParseOptions } from './options';
