/**
 * The reader registry: the one place that decides how a file's text becomes
 * a `Transcript` (as pandoc's `getReader` does). Every caller — the editor,
 * the Transcripts view, exports, the command line — reads through here.
 */
import { readCaptions, sniffCaptions } from './captions';
import { looksLikePlainTranscript, readPlain, type ParseOptions } from './plain';
import { readWhisperJson, sniffWhisperJson } from './whisper';
import type { Transcript } from '../transcript/model';

/** Options for reading: label settings, the file's name, a format to force. */
export interface ReadOptions extends ParseOptions {
  /** A reader's name to use instead of recognising the format. */
  format?: FormatName;
}

/** The formats there are readers for. */
export type FormatName = 'plain' | 'webvtt' | 'srt' | 'whisper-json';

/** A reader: how sure it is that a text is its format, and how to read it. */
interface Reader {
  name: FormatName;
  /** Words for people: `WebVTT captions`. */
  description: string;
  /** True when the text (its head) and the file's name say this format. */
  sniff(head: string, fileName: string | undefined): boolean;
  read(text: string, options: ParseOptions): Transcript;
}

const READERS: Reader[] = [
  { name: 'webvtt', description: 'WebVTT captions', sniff: (h, f) => sniffCaptions(h, f) === 'webvtt', read: (t, o) => readCaptions(t, 'webvtt', o) },
  { name: 'srt', description: 'SubRip (SRT) captions', sniff: (h, f) => sniffCaptions(h, f) === 'srt', read: (t, o) => readCaptions(t, 'srt', o) },
  { name: 'whisper-json', description: 'Whisper / WhisperX JSON', sniff: sniffWhisperJson, read: readWhisperJson },
  { name: 'plain', description: 'a plain-text transcript', sniff: () => true, read: readPlain },
];

/** How much of the start of a text the readers look at to recognise it. */
const SNIFF_CHARS = 4096;

/** The format of a text: the first reader that recognises it; plain text when none does. */
export function detectFormat(text: string, fileName?: string): FormatName {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  for (const r of READERS) if (r.sniff(head, fileName)) return r.name;
  return 'plain';
}

/** Words for people naming a format. */
export function describeFormat(name: FormatName): string {
  return READERS.find((r) => r.name === name)?.description ?? name;
}

/**
 * Reads a transcript in any known format. Offsets in the result point into
 * `text` as given. Throws NotTextError for binary text and FormatError for a
 * file that says it is a format but is broken beyond reading.
 */
export function readTranscript(text: string, options: ReadOptions = {}): Transcript {
  const name = options.format ?? detectFormat(text, options.fileName);
  const reader = READERS.find((r) => r.name === name)!;
  return reader.read(text, options);
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

export { FormatError } from './errors';
export { titleFromFileName } from './plain';
export type { ParseOptions } from './plain';
