/**
 * What every webview page of the extension shares, whatever it shows: user
 * text escaped so that it is text and never markup, a fresh nonce, and a
 * Content-Security-Policy that allows nothing by default. Pure, so that the
 * pages are tested in Node.
 */

/** Text as HTML text or attribute content: `& < > " ' \`` written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** A fresh random value for a page's Content-Security-Policy: only the scripts and styles that carry it apply. */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The `<meta>` element of a Content-Security-Policy that allows nothing but
 * what is named: `{ 'script-src': ["'nonce-…'"] }`. The sources are the
 * extension's own (nonces, the webview's `cspSource`), never user text.
 */
export function cspMeta(allowed: Readonly<Record<string, readonly string[]>>): string {
  const policy = [['default-src', ["'none'"]] as const, ...Object.entries(allowed)].map(([directive, sources]) => `${directive} ${sources.join(' ')};`).join(' ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
