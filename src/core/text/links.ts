/**
 * Links from untrusted text (a tag's `source`, a recording's address, a
 * project's URL): only web addresses may become links; anything else stays text.
 */

/** An absolute http(s) address with a host and no white space or control character. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#\\]+[^\s\\]*$/i;

/**
 * The address when `value` is a web link (`http:` or `https:`, with a host),
 * trimmed; otherwise undefined, and the caller shows `value` as text.
 * `javascript:`, `data:`, `file:`, relative and scheme-relative addresses are
 * never links.
 */
export function webLink(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(address)) return undefined;
  if (!WEB_ADDRESS.test(address)) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? address : undefined;
  } catch {
    // Not a URL the platform can parse: not a link.
    return undefined;
  }
}
