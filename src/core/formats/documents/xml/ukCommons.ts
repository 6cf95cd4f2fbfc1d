/**
 * The UK House of Commons' own Hansard XML (the publishing system's `hs_`
 * elements): a speech opens with a `<hs_Para>` holding `<Member>` (`Mr.
 * Name:`, or `<B>Name</B> (Constituency) (Party):`) and its first words;
 * later `<hs_Para>`s continue it; a `<Question>` wraps an order-paper
 * question with its number; headings (`hs_2…`, `hs_3…`, `hs_8…`) end a
 * speech; time codes and column breaks are no words.
 */
import type { Element } from '@xmldom/xmldom';
import { child, childElements, descendant, descendants, nameOf, textOf } from './dom';
import { writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { Members } from './ukHansard';

const NOT_WORDS = new Set(['number', 'uin', 'hs_timecode', 'member', 'col', 'image']);

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (NOT_WORDS.has(name)) return 'skip';
  if (name === 'b' && descendant(el, 'member')) return 'skip';
  return undefined;
};

export const ukCommons: XmlSchema = {
  name: 'uk-commons',
  recognise: (root) => descendants(root, 'hs_para').some((p) => !!descendant(p, 'member')),
  walk(root, context) {
    walk(root, context, new Members(), false);
  },
};

function walk(el: Element, context: RecordContext, members: Members, inQuestion: boolean): void {
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (name === 'hs_para') paragraph(c, context, members, inQuestion);
    else if (name === 'question') walk(c, context, members, true);
    else if (NOT_WORDS.has(name)) continue;
    else if (name.startsWith('hs_') && !childElements(c).some((k) => nameOf(k) === 'hs_para')) {
      const text = textOf(c);
      if (/^\(.*\)$/.test(text)) context.writer.stage(text, context.places.of(c));
      else if (text) context.writer.endTurn();
    } else walk(c, context, members, inQuestion);
  }
}

function paragraph(p: Element, context: RecordContext, members: Members, inQuestion: boolean): void {
  const member = descendant(p, 'member');
  if (member) {
    const bold = child(member, 'b');
    const label = textOf(member).replace(/\s*:$/, '');
    const { speaker, role } = members.resolve(bold ? `${textOf(bold)}` : label, inQuestion);
    context.writer.turn({ speaker, label, ...(role ? { role } : {}), place: context.places.of(member) });
    writeParagraph(context, p, inline, true);
    return;
  }
  const text = textOf(p, (x) => NOT_WORDS.has(nameOf(x)));
  if (!text) return;
  if (/^\(.*\)$/.test(text) || (childElements(p).length === 1 && nameOf(childElements(p)[0]!) === 'i' && textOf(childElements(p)[0]!).length >= text.length - 2)) {
    context.writer.stage(text, context.places.of(p));
  } else writeParagraph(context, p, inline);
}
