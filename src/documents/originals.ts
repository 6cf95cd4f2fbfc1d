/**
 * Documents shown as transcripts: a PDF, a Word file, a parliament's XML or a
 * web page is read by its document reader, and its extracted text is shown in
 * a read-only editor of its own (a virtual document, `transcript-original:`)
 * whose every feature — outline, Transcripts view, tagging — works as on a
 * transcript file. Tags are kept beside the original
 * (`hearing.pdf.annotations.yaml`), anchored to the extracted text.
 */
import * as vscode from 'vscode';
import { documentReaderFor, readDocument, type DocumentRead, type ParseOptions } from '../core/formats';
import type { EntryInfo } from '../core/files/fileHost';
import { markDocument } from './addresses';
import { hostFiles } from './hostFiles';

/** Documents larger than this are not read (a PDF of a thousand pages is a few megabytes). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The file's name at the end of its path. */
function nameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A document that cannot be read, with the reader's words for why. */
export class DocumentError extends Error {
  constructor(
    readonly file: vscode.Uri,
    readonly reason: string,
    /** True when no document reader recognises the file: it may still be a text transcript. */
    readonly notDocument = false,
  ) {
    super(`${nameOf(file)}: ${reason}`);
    this.name = 'DocumentError';
  }
}

/**
 * Documents read by their readers, each once per version of the file (its
 * modification time and size): the text the transcript view shows, and the
 * transcript with its places in the original.
 */
export class OriginalReads {
  private readonly cache = new Map<string, { version: string; read: Promise<DocumentRead> }>();
  /** How many reads are kept besides those of open views (the least recently read go first). */
  private static readonly KEEP = 32;

  constructor(private readonly options: () => ParseOptions) {}

  /**
   * The document reader's result for a file. Throws DocumentError with the
   * reader's message (`encrypted`, `no text layer: run OCR first`, `not
   * well-formed XML at line 12...`) for a file that is no readable document.
   * `known` is the file's bytes and version when the caller has just read
   * them (the workspace's listing), so the file is not read a second time.
   */
  async read(original: vscode.Uri, known?: { bytes: Uint8Array; version: string }): Promise<DocumentRead> {
    const key = original.toString();
    let version = known?.version;
    let size = known?.bytes.length ?? 0;
    if (version === undefined) {
      let stat: EntryInfo | undefined;
      try {
        stat = await hostFiles.stat(original);
      } catch (e) {
        throw new DocumentError(original, `cannot be read (${(e as Error).message})`);
      }
      if (!stat) throw new DocumentError(original, 'is not there any more');
      version = `${stat.mtime}:${stat.size}`;
      size = stat.size;
    }
    const hit = this.cache.get(key);
    if (hit && hit.version === version) {
      // Most recently used last, so the oldest are dropped first.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.read;
    }
    if (size > MAX_DOCUMENT_BYTES) throw new DocumentError(original, `it is ${Math.round(size / 1048576)} MB; documents up to ${MAX_DOCUMENT_BYTES / 1048576} MB are read`);
    const read = this.readFresh(original, known?.bytes);
    this.cache.set(key, { version, read });
    read.catch(() => {
      if (this.cache.get(key)?.read === read) this.cache.delete(key);
    });
    while (this.cache.size > OriginalReads.KEEP) this.cache.delete(this.cache.keys().next().value!);
    return read;
  }

  /** The last successful read of a file, if it is done (for code that cannot wait). */
  settled(original: vscode.Uri): DocumentRead | undefined {
    return this.done.get(original.toString());
  }

  private readonly done = new Map<string, DocumentRead>();

  private async readFresh(original: vscode.Uri, given?: Uint8Array): Promise<DocumentRead> {
    let bytes: Uint8Array;
    try {
      bytes = given ?? (await hostFiles.readBytes(original));
    } catch (e) {
      throw new DocumentError(original, `cannot be read (${(e as Error).message})`);
    }
    const reader = documentReaderFor(bytes, original.path);
    if (!reader) throw new DocumentError(original, 'it is not a document this extension reads (PDF, Word, parliamentary XML, a web page or a speech service’s JSON)', true);
    let read: DocumentRead;
    try {
      // The reader is known: the file is not recognised a second time.
      read = await readDocument(bytes, { ...this.options(), fileName: original.path, format: reader.name });
    } catch (e) {
      throw new DocumentError(original, (e as Error).message);
    }
    markDocument(original, true);
    this.done.set(original.toString(), read);
    if (this.done.size > OriginalReads.KEEP * 2) this.done.delete(this.done.keys().next().value!);
    return read;
  }

  /** Forgets every read (the label settings changed). */
  clear(): void {
    this.cache.clear();
    this.done.clear();
  }
}
