/**
 * Recognising XML records and TTML captions from a file's first characters,
 * without a parser: the registry runs these on every file it is given, so
 * they stay cheap and import nothing.
 */

/** Root elements of the records the XML reader knows, lower case, without a prefix. */
const KNOWN_ROOTS = new Set([
  'housecommons', 'houselords', 'hansard', 'publicwhip', 'debates', 'dbtplenarprotokoll', 'tei', 'teicorpus',
  'akomantoso', 'ecpc_cd', 'ecpc_ep', 'rede', 'sitzungsverlauf', 'tagesordnungspunkt', 'intervention',
]);

/** The start of the first element of a text head, after a BOM, white space, the XML declaration, comments, processing instructions and a DOCTYPE; undefined when the head does not start like XML. */
function firstElement(textHead: string): { name: string; tag: string; declared: boolean } | undefined {
  let i = textHead.charCodeAt(0) === 0xfeff ? 1 : 0;
  let declared = false;
  for (;;) {
    while (i < textHead.length && /\s/.test(textHead[i]!)) i++;
    if (textHead.startsWith('<?', i)) {
      if (textHead.startsWith('<?xml', i)) declared = true;
      const end = textHead.indexOf('?>', i);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (textHead.startsWith('<!--', i)) {
      const end = textHead.indexOf('-->', i);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (textHead.startsWith('<!DOCTYPE', i) || textHead.startsWith('<!doctype', i)) {
      declared = true;
      const subset = textHead.indexOf('[', i);
      const close = textHead.indexOf('>', i);
      if (close < 0) return undefined;
      if (subset >= 0 && subset < close) {
        const end = textHead.indexOf(']', subset);
        const after = end < 0 ? -1 : textHead.indexOf('>', end);
        if (after < 0) return undefined;
        i = after + 1;
      } else i = close + 1;
    } else break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)([^>]*)>?/.exec(textHead.slice(i, i + 2000));
  if (!m) return undefined;
  return { name: m[1]!, tag: m[0], declared };
}

/** True for a TTML or DFXP document: a `<tt>` root in the TTML namespace, or any `<tt>` root in a `.ttml`/`.dfxp` file. */
export function sniffTtml(textHead: string | undefined, fileName?: string): boolean {
  if (!textHead) return false;
  const first = firstElement(textHead);
  if (!first || first.name.replace(/^[\w-]+:/, '') !== 'tt') return false;
  if (fileName && /\.(?:ttml|dfxp)$/i.test(fileName)) return true;
  return /xmlns(?::[\w-]+)?\s*=\s*["']http:\/\/www\.w3\.org\/(?:ns\/ttml|2006\/(?:04|10)\/ttaf1)/.test(first.tag);
}

/** True for an XML record: an XML declaration, or a known root element, or a `.xml` name on text that starts with an element. */
export function sniffXml(textHead: string | undefined, fileName: string | undefined): boolean {
  if (!textHead) return false;
  const first = firstElement(textHead);
  if (!first) return false;
  if (first.declared) return !/^html$/i.test(first.name);
  if (KNOWN_ROOTS.has(first.name.replace(/^[\w-]+:/, '').toLowerCase())) return true;
  return !!fileName && /\.xml$/i.test(fileName);
}
