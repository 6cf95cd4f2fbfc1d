/**
 * Documents whose speakers are found in their words, not their structure (a
 * PDF's lines, a Word file's paragraphs, a web page's blocks): the reader
 * extracts the text with the place of every piece, and the plain-text reader
 * finds the labels in it, as in any text transcript.
 */
import type { DocumentOrigin, Place } from '../../transcript/model';
import { FormatError } from '../errors';
import type { ParseOptions } from '../options';
import { readCaptions, sniffCaptions } from '../captions';
import { readPlain } from '../plain';
import type { PlaceRef } from './writer';
import type { DocumentRead } from './writer';

/** Text being extracted, piece by piece, each piece with its place in the original. */
export class ExtractedText {
  private parts: string[] = [];
  private length = 0;
  readonly places: Place[] = [];

  /** Appends text; with a place, that span is mapped to it (touching spans of the same place merge). */
  add(text: string, place?: PlaceRef): void {
    if (!text) return;
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (!place) return;
    const last = this.places[this.places.length - 1];
    if (last && last.ref === place.ref && last.end === start) last.end = this.length;
    else this.places.push({ start, end: this.length, ...place });
  }

  /** Ends a line (`\n`), or a paragraph with a blank line after it. */
  newline(paragraph = false): void {
    this.add(paragraph ? '\n\n' : '\n');
  }

  /** The text so far. */
  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  get size(): number {
    return this.length;
  }
}

/**
 * Reads extracted text with the plain-text reader and keeps where each piece
 * came from. `format` names the document's reader (`pdf`, `docx`, `html`).
 */
export function readExtracted(extracted: ExtractedText, format: string, options: ParseOptions, warnings?: string[]): DocumentRead {
  const text = extracted.text;
  if (!text.trim()) throw new FormatError('no text found in it');
  // Teams' transcript as Word gives it: cues (`0:0:3.450 --> 0:0:8.120`, the name, the words), read as captions are.
  const transcript = sniffCaptions(text.slice(0, 4096), undefined) === 'webvtt' ? readCaptions(text, 'webvtt', options) : readPlain(text, options);
  const origin: DocumentOrigin = { kind: format, ...(options.fileName ? { fileName: options.fileName } : {}), places: extracted.places, ...(warnings?.length ? { warnings } : {}) };
  return { text, transcript: { ...transcript, format, origin } };
}

export { citeSpan, placeAt } from '../../transcript/places';
