/** The `.docx` reader's chunk: Office Open XML through fflate and htmlparser2's SAX parser, then the Word paragraph logic. */
import type { ReaderChunk } from '../chunks';
import { readDocx } from '../word/docxXml';
import { readWordDocument } from '../word/read';

export const read: ReaderChunk['read'] = (bytes, options) => readWordDocument(readDocx(bytes), 'docx', options);
