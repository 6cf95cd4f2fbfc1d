/**
 * Any other well-formed XML: its text read as text. Each element that holds
 * words of its own becomes a paragraph (its whole text on one line, placed at
 * the element), so the plain reader finds `Name: words` labels in it as in
 * any transcript.
 */
import type { Element } from '@xmldom/xmldom';
import { ExtractedText } from '../extracted';
import { oneLine } from '../writer';
import { childElements, isText, textOf, type Places } from './dom';

/** Elements whose text is never the record's words. */
const NOT_TEXT = /^(?:script|style|head|meta|metadata|teiheader)$/i;

/** The text of an element tree, a paragraph per element that holds words of its own. */
export function extractText(root: Element, places: Places): ExtractedText {
  const out = new ExtractedText();
  const walk = (el: Element): void => {
    if (NOT_TEXT.test(el.localName ?? el.nodeName)) return;
    let own = false;
    for (let c = el.firstChild; c; c = c.nextSibling) if (isText(c) && /\S/.test(c.nodeValue ?? '')) own = true;
    if (own) {
      const text = oneLine(textOf(el));
      if (!text) return;
      if (out.size) out.newline(true);
      out.add(text, places.of(el));
      return;
    }
    for (const c of childElements(el)) walk(c);
  };
  walk(root);
  return out;
}
