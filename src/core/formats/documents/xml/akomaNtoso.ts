/**
 * Akoma Ntoso debates (the New Zealand and South African Hansard, and other
 * parliaments' open data): `<debate>` with `<debateSection>`s of
 * `<speech by="#id">`, `<question by>` and `<answer by>`, each with a
 * `<from>` label and `<p>` paragraphs; `<narrative>` and `<scene>` are what
 * happened. Ids are resolved through `<TLCPerson eId showAs>` in the
 * metadata, roles through `as="#role"` and `<TLCRole>`.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { attr, child, childElements, descendant, descendants, hasOwnText, nameOf, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { roleOfTitle } from './roles';

const TALK = new Set(['speech', 'question', 'answer', 'pointoforder']);
const EVENTS = new Set(['narrative', 'scene', 'summary', 'remark', 'note']);
/** Parts that are no one's words: the metadata, votes and roll calls. */
const NOT_SPOKEN = new Set(['meta', 'coverpage', 'vote', 'rollcall', 'division', 'tblock', 'table', 'outcome', 'quantity']);

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (name === 'eol' || name === 'eop' || name === 'marker' || name === 'noteref') return 'skip';
  if (EVENTS.has(name)) return textOf(el);
  return undefined;
};

export const akomaNtoso: XmlSchema = {
  name: 'akoma-ntoso',
  recognise: (root) => nameOf(root) === 'akomantoso' || !!descendant(root, 'debatebody'),
  walk(root, context) {
    const people = new Map<string, string>();
    const roles = new Map<string, string>();
    for (const p of descendants(root, 'tlcperson')) {
      const id = attr(p, 'eId') ?? attr(p, 'id');
      const name = attr(p, 'showAs');
      if (id && name) people.set(id, name);
    }
    for (const r of descendants(root, 'tlcrole')) {
      const id = attr(r, 'eId') ?? attr(r, 'id');
      const name = attr(r, 'showAs');
      if (id && name) roles.set(id, name);
    }
    const preface = descendant(root, 'preface');
    if (preface) {
      for (const line of descendants(preface, 'p', 'doctitle', 'docdate')) headerLine(context, line, nameOf(line) === 'doctitle');
      const docDate = descendant(preface, 'docdate');
      if (docDate) setDate(context, attr(docDate, 'date'), textOf(docDate));
    }
    // The work's date, unless it is a converter's placeholder (`generation`, `markup`, the year 3000); else the date in the work's address.
    const identity = descendant(root, 'frbrwork');
    if (identity) {
      const dated = childElements(identity).find((d) => nameOf(d) === 'frbrdate' && !/^(?:generation|markup)$/i.test(attr(d, 'name') ?? '') && /^[12]\d{3}-/.test(attr(d, 'date') ?? ''));
      if (dated) setDate(context, attr(dated, 'date'));
      const address = child(identity, 'frbrthis', 'frbruri');
      const inAddress = /\/(\d{4}-\d{2}-\d{2})(?:\/|$)/.exec(address ? attr(address, 'value') ?? '' : '');
      if (inAddress) setDate(context, inAddress[1]);
    }
    // Without a docTitle, the debate's name says what the record is (`PROCEEDINGS OF THE NATIONAL ASSEMBLY`) when it is
    // words and not a converter's code (`hansard`); else the first heading does (walk takes it).
    const debate = descendant(root, 'debate', 'debatereport');
    const debateName = debate ? attr(debate, 'name')?.trim() : undefined;
    if (!context.metadata.title && debateName && /\s/.test(debateName)) {
      context.metadata.title = debateName;
      context.metadata.titleFrom = 'record';
    }
    const body = descendant(root, 'debatebody') ?? root;
    walk(body, context, people, roles);
  },
};

function walk(el: Element, context: RecordContext, people: Map<string, string>, roles: Map<string, string>): void {
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (TALK.has(name)) talk(c, context, people, roles);
    else if (EVENTS.has(name)) {
      context.writer.endTurn();
      context.writer.stage(textOf(c), context.places.of(c));
    } else if (name === 'heading') {
      context.writer.endTurn();
      headerLine(context, c, true);
    } else if (name === 'num') context.writer.endTurn();
    else if (name === 'p') {
      // A paragraph outside every speech is the record's own account (`The House met at 14:05`), not anyone's words.
      context.writer.endTurn();
      context.writer.stage(textOf(c), context.places.of(c));
    } else if (NOT_SPOKEN.has(name)) context.writer.endTurn();
    else walk(c, context, people, roles);
  }
}

function talk(el: Element, context: RecordContext, people: Map<string, string>, roles: Map<string, string>): void {
  const from = child(el, 'from');
  const by = attr(el, 'by')?.replace(/^#/, '');
  const as = attr(el, 'as')?.replace(/^#/, '');
  const label = from ? textOf(from).replace(/\s*:$/, '') : '';
  const paren = /^(.*?\S)\s*\(([^()]+)\)$/.exec(label);
  const speaker = (by && people.get(by)) ?? (paren ? paren[2]! : label) ?? by;
  if (!speaker && !by) context.writer.endTurn();
  else {
    const kind = nameOf(el);
    const office = (as && roles.get(as)) ?? as ?? (paren ? paren[1] : label);
    const role: Role | undefined = roleOfTitle(office) ?? roleOfTitle(label) ?? (kind === 'question' ? 'questioner' : kind === 'answer' ? 'respondent' : undefined);
    context.writer.turn({ speaker: speaker || by!, label: label || speaker || by!, ...(role ? { role } : {}), place: context.places.of(from ?? el) });
  }
  // Some converters write the words straight into the speech, with no <p>: read them with the label left out.
  if (hasOwnText(el)) {
    writeParagraph(context, el, (c) => (c === from || NOT_SPOKEN.has(nameOf(c)) ? 'skip' : inline(c)), true);
    return;
  }
  let first = true;
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (c === from) continue;
    if (EVENTS.has(name)) context.writer.stage(textOf(c), context.places.of(c));
    else if (TALK.has(name)) talk(c, context, people, roles);
    else if (NOT_SPOKEN.has(name)) continue;
    else {
      writeParagraph(context, c, inline, first);
      first = false;
    }
  }
}
