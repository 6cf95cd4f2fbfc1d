/**
 * A PDF's document properties as hints for the transcript's metadata: the
 * header in the text says best what the event was and when; the Info
 * dictionary's Title and CreationDate fill in only what the text leaves out
 * (the day the file was made is only a hint of the day the words were said,
 * and `dateFrom` says where it came from).
 */
import type { Metadata } from '../../../transcript/model';

/** The Info dictionary fields the reader uses, as pdf.js gives them. */
export interface PdfInfo {
  Title?: unknown;
  CreationDate?: unknown;
}

/** A Title that is only the name of the file it was made from (`11-398.ptx`, `Microsoft Word - minutes.docx`): no title. */
const FILE_NAME = /^(?:microsoft \w+ - )?[^\s/\\]*\.[a-z0-9]{2,5}$|\.(?:docx?|pdf|pages|rtf|odt|txt|wpd)$/i;

/** Metadata with the document properties added where the text gave none. */
export function withDocumentProperties(metadata: Metadata, info: PdfInfo | undefined): Metadata {
  const out = { ...metadata };
  const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
  if (!out.title && title && !/^untitled\b/i.test(title) && !FILE_NAME.test(title)) {
    out.title = title;
    out.titleFrom = 'document properties';
    // The header line the text reader took for a place is the title the properties name.
    if (out.place === title) delete out.place;
  }
  // The CreationDate is the day the file was made, not the event's: never given as the event's date.
  return out;
}
