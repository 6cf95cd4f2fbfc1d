/**
 * Names from untrusted files (a file name, a speaker, a note) shown in
 * messages, views and headers: characters that reorder or hide text are made
 * visible, so `evil\u202Etxt.exe` cannot pose as `evilexe.txt`.
 */

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks), zero-width
 * and other invisible format characters, and C0/C1 controls except tab.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- control and combining characters are what is made visible
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/g;

/** True when `text` holds a character that `showInvisible` would escape. */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** `text` with each invisible or reordering character written as `<U+202E>`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
