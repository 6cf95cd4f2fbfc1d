/**
 * Recognising a PDF by its first bytes, without pdf.js: the registry asks
 * every file, so this must stay cheap and free of libraries.
 */

/** How far into a file the `%PDF-` signature may start (some writers put junk bytes before it, as readers allow). */
const SIGNATURE_WITHIN = 1024;

const SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when `%PDF-` occurs within the first kilobyte of the file. */
export function sniffPdf(head: Uint8Array): boolean {
  const last = Math.min(head.length, SIGNATURE_WITHIN) - SIGNATURE.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let k = 0; k < SIGNATURE.length; k++) if (head[i + k] !== SIGNATURE[k]) continue outer;
    return true;
  }
  return false;
}
