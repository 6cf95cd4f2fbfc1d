/**
 * TEI records of parliaments (ParlaMint) and of speech generally: each
 * utterance `<u who="#id" ana="#chair">` holds `<seg>` paragraphs; a
 * `<note type="speaker">` before it prints the label the record used
 * (`La presidenta`, `O señor PRESIDENTE:`); other notes, `<kinesic>`,
 * `<vocal>`, `<incident>` and `<gap>` are what happened, not words. Names
 * come from the `<listPerson>` where the file has one, else from the label,
 * else, for an id that is a code (`#PA606171`), from the chair's call
 * (`La parole est à M. Paul Vidal.`), else from the id (`#SurnameFirst`
 * split at its capitals). TEI drama's
 * `<sp><speaker>` is read the same way.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { oneLine } from '../writer';
import { attr, child, childElements, descendant, descendants, hasOwnText, nameOf, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { floorGivenTo, isCodeId } from './floor';
import { roleOfTitle } from './roles';
import { showInvisible } from '../../../text/visible';

/** Elements that say what happened in the room rather than what was said. */
const EVENTS = new Set(['note', 'kinesic', 'vocal', 'incident', 'gap', 'stage', 'desc', 'pause', 'shift']);

/** The words of an event: its `<desc>`, its text, or its type (`applause`). */
function eventText(el: Element): string {
  const desc = child(el, 'desc');
  return textOf(desc ?? el) || oneLine((attr(el, 'type') ?? attr(el, 'reason') ?? nameOf(el)).replace(/[_-]/g, ' '));
}

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (name === 'pb' || name === 'lb' || name === 'milestone' || name === 'anchor') return 'skip';
  if (EVENTS.has(name)) return eventText(el);
  return undefined;
};

export const tei: XmlSchema = {
  name: 'tei',
  recognise: (root) => /^tei(?:corpus)?$/.test(nameOf(root)) || descendants(root, 'u').some((u) => u.hasAttribute('who')),
  walk(root, context) {
    const header = descendant(root, 'teiheader');
    const people = new Map<string, string>();
    for (const person of descendants(root, 'person')) {
      const id = attr(person, 'xml:id') ?? attr(person, 'id');
      const name = child(person, 'persname');
      if (id && name) people.set(id, personName(name));
    }
    if (header) {
      // Corpora (ParlaMint) give the corpus's name as the main title and the sitting as the sub-title: the sitting is this record's title.
      const titles = descendants(descendant(header, 'titlestmt') ?? header, 'title');
      const subs = titles.filter((t) => attr(t, 'type') === 'sub');
      const lang = attr(root, 'xml:lang');
      const sub = subs.find((t) => attr(t, 'xml:lang') === lang) ?? subs[0];
      if (sub) headerLine(context, sub, true);
      else {
        // Without a sub-title the main title names the sitting, after the corpus's name and before its edition note (`[ParlaMint]`), which is no part of it.
        const main = titles.find((t) => attr(t, 'xml:lang') === lang) ?? titles[0];
        const line = main ? textOf(main).replace(/\s*\[[^\]]*\]$/, '') : '';
        if (main && line) {
          context.writer.header(line, context.places.of(main));
          context.metadata.title = line;
          context.metadata.titleFrom = 'record';
        }
      }
      // The sitting's date: the setting's, else the source's; never the date the corpus was published or revised, which come first in the header.
      const setting = descendant(header, 'settingdesc');
      const source = descendant(header, 'sourcedesc');
      const date = (setting && descendant(setting, 'date')) ?? (source && descendant(source, 'date')) ?? firstDateOutside(header, ['publicationstmt', 'revisiondesc', 'editionstmt']);
      if (date) {
        setDate(context, attr(date, 'when'), textOf(date));
        headerLine(context, date);
      }
    }
    const body = descendant(root, 'text') ?? root;
    new TeiWalk(context, people, calledNames(body, people)).block(body);
    // A corpus's root file (ParlaMint-XX.xml) holds no speeches: it includes the sittings' files, which are what to open.
    const included = descendants(root, 'include').map((i) => attr(i, 'href')).filter((h): h is string => !!h);
    if (included.length && !descendant(root, 'u', 'sp')) {
      const shown = included.slice(0, 2).map((h) => showInvisible(h)).join(', ');
      context.warnings.push(`this file is a corpus's table of contents, with no speeches: it includes ${included.length} file${included.length > 1 ? 's' : ''} (${shown}${included.length > 2 ? ', …' : ''}); open one of those to read a sitting`);
    }
  },
};

/** The first `<date>` of the header outside the parts named (the publication, the revisions). */
function firstDateOutside(header: Element, skip: string[]): Element | undefined {
  for (const c of childElements(header)) {
    const name = nameOf(c);
    if (skip.includes(name)) continue;
    if (name === 'date') return c;
    const inner = firstDateOutside(c, skip);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Names for speakers known only by a code (`#PA606171`) that the file's person
 * list does not name: the name the chair gave the floor to just before they
 * spoke (`La parole est à M. Paul Vidal.`), the one given most often where
 * the chair called them more than once.
 */
function calledNames(body: Element, people: ReadonlyMap<string, string>): Map<string, string> {
  const called = new Map<string, Map<string, number>>();
  const said = descendants(body, 'u');
  for (let i = 0; i + 1 < said.length; i++) {
    const chair = said[i]!;
    if (!/#chair\b/.test(attr(chair, 'ana') ?? '')) continue;
    const next = attr(said[i + 1]!, 'who')?.replace(/^#/, '').split(/\s+/)[0];
    if (!next || people.has(next) || !isCodeId(next) || next === attr(chair, 'who')?.replace(/^#/, '')) continue;
    const name = floorGivenTo(textOf(chair));
    if (!name) continue;
    const counts = called.get(next) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    called.set(next, counts);
  }
  const names = new Map<string, string>();
  for (const [id, counts] of called) names.set(id, [...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  return names;
}

/** A `<persName>` as a name: forenames then surnames, or its text. */
function personName(el: Element): string {
  const fore = descendants(el, 'forename').map((f) => textOf(f)).join(' ');
  const sur = descendants(el, 'surname').map((s) => textOf(s)).join(' ');
  return oneLine(fore || sur ? `${fore} ${sur}` : textOf(el));
}

/**
 * `#GarcíaPérezAna` → `García Pérez Ana`, `#Ayşe.Yılmaz` → `Ayşe Yılmaz`: an id made of a name, split where a capital follows a small letter or a dot.
 * A number after a final dot (`#NovákJan.1961`, the year of birth some corpora add to tell namesakes apart) is not part of the name.
 */
function nameFromId(id: string): string {
  return oneLine(
    id
      .replace(/^#/, '')
      .replace(/(?<=\p{L})\.\d+$/u, '')
      // A code before a dot (`person.`, `p12.`) is no part of the name; a name before it is (`#Ayşe.Yılmaz`, forename.surname).
      .replace(/^(?:\p{Ll}[\w-]*|[\w-]*\d[\w-]*)\.(?=\p{Lu})/u, '')
      .replace(/(\p{L})\.(?=\p{Lu})/gu, '$1 ')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/[_]+/g, ' '),
  );
}

class TeiWalk {
  /** The label a `<note type="speaker">` printed for the next utterance. */
  private label: string | undefined;

  constructor(
    private readonly context: RecordContext,
    private readonly people: Map<string, string>,
    /** Names the chair called speakers known only by a code. */
    private readonly called: Map<string, string>,
  ) {}

  block(el: Element): void {
    for (const c of childElements(el)) {
      const name = nameOf(c);
      if (name === 'teiheader') continue;
      if (name === 'note' && /^speaker$/i.test(attr(c, 'type') ?? '')) {
        // Records that number speeches by their agenda item print the number before the label (`03.02 Name (Group):`): it is no part of the name.
        this.label = textOf(c).replace(/\s*[:.]$/, '').replace(/^\d+(?:\.\d+)+\.?\s+(?=\S)/, '');
        continue;
      }
      if (name === 'u') this.utterance(c);
      else if (name === 'sp') this.drama(c);
      else if (name === 'head') {
        if (!this.context.metadata.title) headerLine(this.context, c, true);
        else this.context.writer.header(textOf(c), this.context.places.of(c));
      } else if (EVENTS.has(name)) this.context.writer.stage(eventText(c), this.context.places.of(c));
      else if (name === 'p' || name === 'seg') {
        this.context.writer.endTurn();
        writeParagraph(this.context, c, inline, true);
      } else this.block(c);
    }
  }

  private utterance(u: Element): void {
    const who = attr(u, 'who');
    const id = who?.replace(/^#/, '').split(/\s+/)[0];
    const label = this.label;
    this.label = undefined;
    const known = id ? this.people.get(id) : undefined;
    // A label with the name in parentheses (`El conseller de Justícia (Name)`) names the speaker; otherwise the label is how the record calls them.
    // A party or group in the parentheses (`Abgeordneter Name (FPÖ)`, `(Grüne)`) says where the speaker sits, not who they are.
    const paren = label ? /^(.*\S)\s*\(([^()]+)\)$/.exec(label) : null;
    const party = !!paren && isPartyName(paren[2]!);
    const speaker = (party ? undefined : paren?.[2]?.trim()) ?? known ?? (party ? paren![1] : label) ?? (id ? (this.called.get(id) ?? nameFromId(id)) : 'Unknown speaker');
    const ana = attr(u, 'ana') ?? '';
    const role: Role | undefined = /#chair\b/.test(ana) ? 'moderator' : roleOfTitle(paren?.[1] ?? label);
    this.context.writer.turn({ speaker, label: label ?? speaker, ...(role ? { role } : {}), place: this.context.places.of(u) });
    if (hasOwnText(u)) {
      writeParagraph(this.context, u, inline, true);
      return;
    }
    let first = true;
    for (const c of childElements(u)) {
      const name = nameOf(c);
      if (EVENTS.has(name)) this.context.writer.stage(eventText(c), this.context.places.of(c));
      else {
        writeParagraph(this.context, c, inline, first);
        first = false;
      }
    }
  }

  private drama(sp: Element): void {
    const who = attr(sp, 'who');
    const speakerEl = child(sp, 'speaker');
    const label = speakerEl ? textOf(speakerEl).replace(/\s*[:.]$/, '') : undefined;
    const speaker = label || (who ? this.people.get(who.replace(/^#/, '')) ?? nameFromId(who) : 'Unknown speaker');
    const role = roleOfTitle(label);
    this.context.writer.turn({ speaker, label: label || speaker, ...(role ? { role } : {}), place: this.context.places.of(sp) });
    let first = true;
    for (const c of childElements(sp)) {
      if (c === speakerEl) continue;
      if (EVENTS.has(nameOf(c))) this.context.writer.stage(eventText(c), this.context.places.of(c));
      else {
        writeParagraph(this.context, c, inline, first);
        first = false;
      }
    }
  }
}


/** True for a party's or group's short name: one word, or words without a small letter (`SPÖ`, `CDU/CSU`, `BÜNDNIS 90/DIE GRÜNEN`). */
function isPartyName(s: string): boolean {
  const t = s.trim();
  return !/\s/.test(t) || !/\p{Ll}/u.test(t);
}

