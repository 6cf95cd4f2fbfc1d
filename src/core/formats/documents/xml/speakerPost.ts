/**
 * Research corpora that keep the speaker beside the speech, not in it
 * (the Spanish Congress corpus ECPC and others like it): an
 * `<intervention>` holds `<speaker><name>Surname, First</name><post>…</post>
 * </speaker>` and then `<speech>`, whose text has no label. The name is
 * turned to `First Surname`; a name the corpus could not fill in
 * (`UNKNOWN`) gives way to the post (`PRESIDENTE`), and the post states the
 * role.
 */
import type { Element } from '@xmldom/xmldom';
import { oneLine } from '../writer';
import { child, childElements, descendant, descendants, nameOf, textIn, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type XmlSchema } from './record';
import { roleOfTitle } from './roles';

/** What corpora write where they do not know. */
const UNKNOWN = /^(?:unknown|desconocido|n\/?a|none|-+)?$/i;

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (name === 'page_number' || name === 'pb' || name === 'page') return 'skip';
  if (name === 'omit' || name === 'comment' || name === 'note' || name === 'stage') return textOf(el);
  return undefined;
};

/** `De Lara Carbó, María Teresa` → `María Teresa De Lara Carbó`. */
function firstNameFirst(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return oneLine(m ? `${m[2]} ${m[1]}` : name);
}

export const speakerPost: XmlSchema = {
  name: 'speaker-post',
  recognise: (root) => descendants(root, 'speaker').some((s) => !!child(s, 'name') && !!s.nextSibling && !!nextElement(s)),
  walk(root, context) {
    const header = child(root, 'header') ?? descendant(root, 'teiheader');
    if (header) {
      headerLine(context, child(header, 'title'), true);
      const date = child(header, 'date');
      if (date) {
        headerLine(context, date);
        setDate(context, date.getAttribute('when') || undefined, textOf(date));
      }
    }
    for (const speakerEl of descendants(child(root, 'body') ?? root, 'speaker')) {
      const nameEl = child(speakerEl, 'name');
      const speech = nextElement(speakerEl);
      if (!nameEl || !speech) continue;
      const written = textOf(nameEl);
      const post = textIn(child(speakerEl, 'post'));
      const speaker = UNKNOWN.test(written) ? post || 'Unknown speaker' : firstNameFirst(written);
      const role = roleOfTitle(post);
      const label = post && !UNKNOWN.test(written) ? `${speaker} (${post})` : speaker;
      context.writer.turn({ speaker, label, ...(role ? { role } : {}), place: context.places.of(nameEl) });
      writeLines(speech);
    }
    function writeLines(speech: Element): void {
      const paras = childElements(speech).filter((c) => /^(?:p|para|paragraph|seg)$/.test(nameOf(c)));
      if (paras.length) paras.forEach((p, i) => writeParagraph(context, p, inline, i === 0));
      else writeParagraph(context, speech, inline, true, true);
    }
  },
};

function nextElement(el: Element): Element | undefined {
  for (let n = el.nextSibling; n; n = n.nextSibling) if (n.nodeType === 1) return n as Element;
  return undefined;
}
