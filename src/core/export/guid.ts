/**
 * GUIDs for the exchange formats, derived from names: the same category,
 * document or tag gets the same GUID in every export, so that a QDA tool
 * importing a newer export of the same corpus can tell what it already has.
 */
import { sha256Text } from '../text/sha256';

/**
 * A name-based GUID (RFC 9562 version 8: the first 128 bits of SHA-256 of
 * `kind` and `name`), lower-case, in the 8-4-4-4-12 form REFI-QDA requires.
 */
export function guidFor(kind: string, name: string): string {
  const hex = sha256Text(`${kind}\u0000${name}`).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The form REFI-QDA's schemas accept (with or without braces). */
export const GUID_PATTERN = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
