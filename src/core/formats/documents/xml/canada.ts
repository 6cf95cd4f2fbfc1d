/**
 * The Canadian House of Commons' Hansard XML: an `<Intervention>` names its
 * speaker in `<PersonSpeaking><Affiliation>Hon. Name (Minister of X,
 * Party)</Affiliation>` and holds its words as `<ParaText>` in `<Content>`;
 * procedural text and timestamps stand between. In Oral Questions members
 * who are not ministers ask.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { attr, child, childElements, descendant, descendants, nameOf, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { roleOfTitle } from './roles';

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (name === 'timestamp' || name === 'floorlanguage' || name === 'a' || name === 'page') return 'skip';
  if (name === 'proceduraltext') return textOf(el);
  return undefined;
};

const QUESTION_TIME = /\b(?:oral questions|question period|questions orales)\b/i;

export const canada: XmlSchema = {
  name: 'ca-hansard',
  recognise: (root) => !!descendant(root, 'intervention') && !!descendant(root, 'personspeaking'),
  walk(root, context) {
    for (const item of descendants(root, 'extracteditem')) {
      const key = attr(item, 'Name') ?? '';
      if (/^(?:Title|HeaderTitle|MetaTitle)$/i.test(key) && !context.metadata.title) headerLine(context, item, true);
      if (/^Date$/i.test(key)) {
        headerLine(context, item);
        setDate(context, textOf(item), textOf(item));
      }
    }
    walk(root, context, false);
  },
};

function walk(el: Element, context: RecordContext, questionTime: boolean): void {
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (name === 'intervention') intervention(c, context, questionTime);
    else if (name === 'proceduraltext' || name === 'divisions' || name === 'division') {
      context.writer.endTurn();
      if (name === 'proceduraltext') context.writer.stage(textOf(c), context.places.of(c));
    } else if (name !== 'extractedinformation' && name !== 'extracteditem' && name !== 'hansardbodyheader') {
      // The business under way names question time: a title element, or (in the publication feed) a plain `<OrderOfBusiness>` line.
      const title = childElements(c).find((t) => /^(?:orderofbusinesstitle|subjectofbusinesstitle|orderofbusiness)$/.test(nameOf(t)) && !childElements(t).length);
      walk(c, context, questionTime || (!!title && QUESTION_TIME.test(textOf(title))));
    }
  }
}

function intervention(el: Element, context: RecordContext, questionTime: boolean): void {
  const person = child(el, 'personspeaking');
  const affiliation = person ? child(person, 'affiliation') : undefined;
  const label = affiliation ? textOf(affiliation).replace(/\s*:$/, '') : '';
  if (label) {
    const paren = /^(.*?\S)\s*\(([^()]+)\)$/.exec(label);
    const speaker = paren ? paren[1]! : label;
    const office = paren ? paren[2]! : label;
    const role: Role | undefined = roleOfTitle(office) ?? roleOfTitle(speaker) ?? (questionTime ? 'questioner' : undefined);
    context.writer.turn({ speaker, label, ...(role ? { role } : {}), place: context.places.of(affiliation!) });
  } else context.writer.endTurn();
  const content = child(el, 'content') ?? el;
  for (const c of childElements(content)) {
    const name = nameOf(c);
    if (name === 'paratext') writeParagraph(context, c, inline);
    else if (name === 'proceduraltext') context.writer.stage(textOf(c), context.places.of(c));
    // What the member reads out (`<Quote><QuotePara>`, a poem, a list) is theirs to say too; times and languages are not words.
    else if (c !== person && inline(c) === undefined && textOf(c)) writeParagraph(context, c, inline);
  }
}
