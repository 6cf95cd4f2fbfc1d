/** Recognising Word files by their first bytes and name, without opening them (the registry's sniff). */

/** `PK\x03\x04`: a zip archive's local file header. */
function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The compound file (OLE) signature `D0 CF 11 E0 A1 B1 1A E1` of Word 97–2003 files and of password-protected `.docx`. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle(head: Uint8Array): boolean {
  return head.length >= 8 && OLE.every((b, i) => head[i] === b);
}

/** True when the bytes mention `word/` (the first zip entries' names are in the head of a `.docx`). */
function mentionsWord(head: Uint8Array): boolean {
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x77 && head[i + 1] === 0x6f && head[i + 2] === 0x72 && head[i + 3] === 0x64 && head[i + 4] === 0x2f) return true;
  }
  return false;
}

/**
 * A `.docx`: a zip whose head names `word/` parts, or any file named `.docx`
 * that is no compound file (so a damaged one is reported as such, not read as text).
 */
export function sniffDocx(head: Uint8Array, fileName: string | undefined): boolean {
  if (fileName && /\.doc[xm]$/i.test(fileName)) return !isOle(head);
  return isZip(head) && mentionsWord(head);
}

/** A `.doc` (or an encrypted `.docx`): a compound file whose name, if any, says Word. */
export function sniffDoc(head: Uint8Array, fileName: string | undefined): boolean {
  return isOle(head) && (!fileName || /\.(?:doc|dot|docx|docm)$/i.test(fileName));
}
