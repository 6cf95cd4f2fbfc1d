/** The `.doc` (Word 97–2003) reader's chunk: the compound file through cfb and the piece table, then the Word paragraph logic. */
import type { ReaderChunk } from '../chunks';
import { readDoc } from '../word/docBinary';
import { readWordDocument } from '../word/read';

export const read: ReaderChunk['read'] = (bytes, options) => readWordDocument(readDoc(bytes), 'doc', options);
