/**
 * UK Hansard: the digitised historic record (`<housecommons>`, a `<p>` with
 * `<member>` and `<membercontribution>`), and TheyWorkForYou's ParlParse
 * output (`<publicwhip>`, `<speech speakername="...">` with `<p>`). A member
 * called by a title with the name in parentheses (`The Secretary of State
 * for Energy (Mr. Peter Walker)`) is named by the name, and keeps the
 * title's role under the short name the record uses afterwards (`Mr.
 * Walker`). At question time members who are not ministers ask.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { attr, child, childElements, descendants, nameOf, textOf } from './dom';
import { headerLine, is, setDate, writeParagraph, type InlineRule, type XmlSchema } from './record';
import { isNarration } from './narration';
import { roleOfTitle } from './roles';

/** Page and column markers inside a contribution: where the print broke, not words. */
const MARKERS = new Set(['col', 'image', 'page', 'pagebreak']);
/** An empty `<a name>` marks a place; a link with words (`<a href>…Bill 2007</a>`, a bill's name in a ParlParse speech) is part of the sentence. */
const inline: InlineRule = (el) => (MARKERS.has(nameOf(el)) || (nameOf(el) === 'a' && !textOf(el)) ? 'skip' : undefined);

/** Who speaks: the name the record uses, its title's role, and their surname for the short names later. */
export class Members {
  private readonly bySurname = new Map<string, Role>();

  /**
   * The speaker's name and role from a label: `The Minister for X (Mr. A.
   * Name)` is named in its parentheses; `Name (Constituency) (Party)` is the
   * name before them.
   */
  resolve(label: string, questionTime: boolean): { speaker: string; role?: Role } {
    const clean = label.replace(/[:\s]+$/, '').trim();
    const office = /^(.*\S)\s*\(([^()]+)\)$/.exec(clean);
    const paren = office && (/^the\b/i.test(office[1]!) || roleOfTitle(office[1])) ? office : null;
    const speaker = paren ? paren[2]!.trim() : clean.replace(/(?:\s*\([^()]*\))+$/, '').trim() || clean;
    const role = roleOfTitle(paren ? paren[1] : clean) ?? this.bySurname.get(surname(speaker));
    if (role && paren) this.bySurname.set(surname(speaker), role);
    if (role) return { speaker, role };
    return questionTime ? { speaker, role: 'questioner' } : { speaker };
  }
}

function surname(name: string): string {
  return (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/[^\p{L}'-]/gu, '');
}

/** Historic Hansard: `<housecommons>`/`<houselords>` records of `<member>` + `<membercontribution>`. */
export const historicHansard: XmlSchema = {
  name: 'uk-hansard',
  recognise: (root) => /^(?:housecommons|houselords|hansard|westminsterhall|writtenanswers|writtenstatements)$/.test(nameOf(root)) || descendants(root, 'membercontribution').length > 0,
  walk(root, context) {
    headerLine(context, child(root, 'title'), true);
    const date = child(root, 'date');
    if (date) {
      setDate(context, attr(date, 'format'), textOf(date));
      headerLine(context, date);
    }
    const members = new Members();
    const walk = (el: Element, questionTime: boolean): void => {
      for (const c of childElements(el)) {
        const name = nameOf(c);
        if (name === 'p') paragraph(c, questionTime);
        else if (name === 'title' || name === 'date' || name === 'col' || name === 'image') continue;
        else if (name === 'division' || name === 'divisionlist' || name === 'tabledivision' || name === 'table' || name === 'ol' || name === 'ul') context.writer.endTurn();
        else walk(c, questionTime || name === 'oralquestions');
      }
    };
    const paragraph = (p: Element, questionTime: boolean): void => {
      const member = child(p, 'member');
      const said = child(p, 'membercontribution');
      if (member && said) {
        const { speaker, role } = members.resolve(textOf(member), questionTime);
        context.writer.turn({ speaker, label: textOf(member).replace(/[:\s]+$/, ''), ...(role ? { role } : {}), place: context.places.of(member) });
        writeParagraph(context, said, (el) => (is(el, 'member') ? 'skip' : inline(el)), true);
        return;
      }
      // A paragraph of its own after a contribution continues it; one in italics alone is the record's note (`Later—`).
      const text = textOf(p, (el) => MARKERS.has(nameOf(el)));
      if (!text) return;
      const italic = childElements(p).length === 1 && is(childElements(p)[0]!, 'i') && textOf(childElements(p)[0]!).length >= text.length - 2;
      if (italic || /^\[.*\]$/.test(text) || p.getAttribute('align') === 'center') context.writer.stage(text, context.places.of(p));
      else writeParagraph(context, p, inline);
    };
    walk(root, false);
  },
};

/** ParlParse (TheyWorkForYou): `<publicwhip>` with `<speech speakername>` and headings. */
export const parlParse: XmlSchema = {
  name: 'parlparse',
  recognise: (root) => nameOf(root) === 'publicwhip' || (descendants(root, 'speech').some((s) => s.hasAttribute('speakername'))),
  walk(root, context) {
    const members = new Members();
    let questionTime = false;
    for (const c of childElements(root)) {
      const name = nameOf(c);
      if (name === 'major-heading' || name === 'minor-heading' || name === 'oral-heading') {
        const heading = textOf(c);
        if (/\b(?:oral answers|questions?)\b/i.test(heading)) questionTime = true;
        else if (name === 'major-heading') questionTime = false;
        headerLine(context, c, !context.metadata.title);
        context.writer.endTurn();
      } else if (name === 'speech') {
        // A speech that is nothing but the record's narration (`Question agreed to.` under the last member's name) is said by no one.
        const paragraphs = childElements(c);
        const narrated = paragraphs.length > 0 && paragraphs.every((p) => isNarration(textOf(p)));
        const label = narrated ? undefined : attr(c, 'speakername');
        if (label && attr(c, 'nospeaker') === 'true') {
          // A voice that is no one member (`Hon. Members:` calling `Hear, hear!`): a turn of its own, never a member asking at question time.
          const speaker = label.replace(/[:\s]+$/, '').trim() || label;
          context.writer.turn({ speaker, label: speaker, place: context.places.of(c) });
        } else if (label) {
          const { speaker, role } = members.resolve(label, questionTime);
          context.writer.turn({ speaker, label, ...(role ? { role } : {}), place: context.places.of(c) });
        } else context.writer.endTurn();
        let first = true;
        for (const p of childElements(c)) {
          // A speech with no speaker is the record's own text (`Ordered,` and the motion, `Question put and agreed to.`), not words anyone said.
          if (!label) context.writer.stage(textOf(p), context.places.of(p));
          else {
            writeParagraph(context, p, inline, first);
            first = false;
          }
        }
      } else if (name === 'division') context.writer.endTurn();
    }
    const date = /(\d{4}-\d{2}-\d{2})/.exec(attr(childElements(root).find((c) => attr(c, 'id')) ?? root, 'id') ?? '');
    if (date) setDate(context, date[1]);
  },
};
