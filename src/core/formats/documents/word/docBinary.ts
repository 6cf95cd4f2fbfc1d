/**
 * Reads an old binary `.doc` (Word 97–2003) into paragraphs, as MS-DOC lays
 * it out: the compound file (cfb) holds the `WordDocument` stream, whose FIB
 * says where the piece table (`Clx`) lies in the `0Table` or `1Table` stream;
 * each piece is a run of the main text stored as cp1252 bytes or UTF-16.
 * Paragraphs end at `\r`, table cells at `\x07`; a field `\x13 code \x14
 * result \x15` keeps its result. Only the chunk imports this module.
 */
import * as CFB from 'cfb';
import { FormatError } from '../../errors';
import type { CellRef, WordDocument, WordParagraph } from './paragraphs';

/** The FIB's magic number (`wIdent`) of a Word 97 and later document. */
const WORD_IDENT = 0xa5ec;
/** Index of `fcClx` among the FIB's offset/length pairs (`FibRgFcLcb97`). */
const CLX_PAIR = 33;
/** Index of `ccpText` (characters of the main text) among the FIB's 32-bit values (`FibRgLw97`). */
const CCP_TEXT = 3;

/** Opens a `.doc` and reads its main text's paragraphs. Throws FormatError for an encrypted, damaged or foreign file. */
export function readDoc(bytes: Uint8Array): WordDocument {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch (e) {
    throw new FormatError(`not a readable Word file: the compound file is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
  const stream = (name: string): Uint8Array | undefined => {
    const entry = CFB.find(container, name);
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : undefined;
  };
  // A password-protected .docx is a compound file holding the encrypted package.
  if (stream('EncryptionInfo')) throw new FormatError('encrypted: it needs a password');
  const word = stream('WordDocument');
  if (!word) throw new FormatError('not a Word document: the compound file has no WordDocument stream');
  return { paragraphs: splitParagraphs(mainText(word, stream)) };
}

/** The main text (without footnotes, headers and comments) put together from the piece table. */
function mainText(word: Uint8Array, stream: (name: string) => Uint8Array | undefined): string {
  if (word.length < 0x20) throw new FormatError('not a readable Word file: the WordDocument stream is too short for its header (FIB)');
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== WORD_IDENT) {
    throw new FormatError('not a readable Word file: the WordDocument stream does not start with a Word 97 header (FIB); Word 6 and older files are not read');
  }
  const flags = view.getUint16(0x0a, true);
  if (flags & 0x0100) throw new FormatError('encrypted: it needs a password');
  const tableName = flags & 0x0200 ? '1Table' : '0Table';
  const table = stream(tableName);
  if (!table) throw new FormatError(`not a readable Word file: the ${tableName} stream is missing`);
  // FibBase (32 bytes), then counted arrays: FibRgW (csw 16-bit words), FibRgLw (cslw 32-bit), FibRgFcLcb (pairs).
  let at = 32;
  const csw = view.getUint16(at, true);
  at += 2 + csw * 2;
  const cslw = view.getUint16(at, true);
  const lw = at + 2;
  at = lw + cslw * 4;
  const pairs = view.getUint16(at, true);
  const rg = at + 2;
  if (cslw <= CCP_TEXT || pairs <= CLX_PAIR || rg + (CLX_PAIR + 1) * 8 > word.length) throw new FormatError('not a readable Word file: its header (FIB) is truncated');
  const ccpText = view.getInt32(lw + CCP_TEXT * 4, true);
  const fcClx = view.getUint32(rg + CLX_PAIR * 8, true);
  const lcbClx = view.getUint32(rg + CLX_PAIR * 8 + 4, true);
  if (!lcbClx || fcClx + lcbClx > table.length) throw new FormatError(`not a readable Word file: the piece table lies outside the ${tableName} stream`);
  return piecesText(word, table.subarray(fcClx, fcClx + lcbClx), ccpText);
}

/** Decodes the pieces (`PlcPcd` in the `Clx`) up to `ccpText` characters. */
function piecesText(word: Uint8Array, clx: Uint8Array, ccpText: number): string {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  // Prc entries (formatting) come first; the Pcdt (0x02) holds the pieces.
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getInt16(at + 1, true);
  if (clx[at] !== 0x02 || at + 5 > clx.length) throw new FormatError('not a readable Word file: no piece table in the Clx');
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  const n = Math.floor((lcb - 4) / 12);
  if (n <= 0 || plc + lcb > clx.length) throw new FormatError('not a readable Word file: the piece table is damaged');
  const parts: string[] = [];
  const cp1252 = new TextDecoder('windows-1252');
  const utf16 = new TextDecoder('utf-16le');
  for (let i = 0; i < n; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    if (cpStart >= ccpText) break;
    const cpEnd = Math.min(view.getUint32(plc + (i + 1) * 4, true), ccpText);
    const pcd = plc + (n + 1) * 4 + i * 8;
    const fc = view.getUint32(pcd + 2, true);
    const count = cpEnd - cpStart;
    if (count <= 0) continue;
    if (fc & 0x40000000) {
      const from = (fc & 0x3fffffff) >>> 1;
      parts.push(cp1252.decode(word.subarray(from, Math.min(word.length, from + count))));
    } else {
      parts.push(utf16.decode(word.subarray(fc, Math.min(word.length, fc + count * 2))));
    }
  }
  return parts.join('');
}

/** The main text with fields reduced to their results and special characters gone: only text, `\r`, `\x07`, `\n` and tabs left. */
function cleanText(text: string): string {
  let out = '';
  /** Open fields: true while in a field's code, false in its result. */
  const fields: boolean[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 || code === 0x09 || code === 0x0d || code === 0x07) continue;
    if (!fields.includes(true)) out += text.slice(from, i);
    from = i + 1;
    if (code === 0x13) fields.push(true);
    else if (code === 0x14 && fields.length) fields[fields.length - 1] = false;
    else if (code === 0x15) fields.pop();
    else if (fields.includes(true)) continue;
    else if (code === 0x0b) out += '\n';
    else if (code === 0x0c) out += '\r';
    else if (code === 0x1e) out += '-';
    // Pictures (\x01), footnote marks (\x02), objects (\x08) and optional hyphens (\x1f) are not text.
  }
  if (!fields.includes(true)) out += text.slice(from);
  return out;
}

/**
 * Splits the main text into paragraphs: `\r` ends one, `\x07` ends a table
 * cell, and a `\x07` after a row's last cell ends the row. The number of
 * columns is learnt from the first row (its end is the first empty mark), so
 * an empty cell later is not taken for a row's end.
 */
function splitParagraphs(raw: string): WordParagraph[] {
  const text = cleanText(raw);
  const paragraphs: WordParagraph[] = [];
  let table = 0;
  let row = 0;
  let column = 0;
  let columns: number | undefined;
  let inTable = false;
  const push = (segment: string, cell?: CellRef): void => {
    paragraphs.push({ index: paragraphs.length + 1, text: segment, bold: [], ...(cell ? { cell } : {}) });
  };
  let at = 0;
  while (at < text.length) {
    let end = at;
    while (end < text.length && text[end] !== '\r' && text[end] !== '\x07') end++;
    const segment = text.slice(at, end);
    const mark = text[end];
    at = end + 1;
    if (mark === '\x07') {
      const rowEnd = column > 0 && !segment && (columns === undefined || column >= columns);
      if (rowEnd) {
        columns ??= column;
        column = 0;
        continue;
      }
      if (!inTable) {
        inTable = true;
        table++;
        row = 0;
        columns = undefined;
      }
      if (column === 0) row++;
      push(segment, { table, row, column: ++column });
      continue;
    }
    if (inTable && column > 0) {
      // A paragraph of a cell that has more than one: it belongs to the cell its mark closes.
      push(segment, { table, row, column: column + 1 });
      continue;
    }
    if (inTable && nextMarkIsCell(text, at)) {
      push(segment, { table, row: row + 1, column: 1 });
      continue;
    }
    inTable = false;
    push(segment);
  }
  return paragraphs;
}

/** True when the next paragraph or cell mark from `at` is a cell's (`\x07`). */
function nextMarkIsCell(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\x07') return true;
    if (text[i] === '\r') return false;
  }
  return false;
}
