/**
 * The Australian Parliament's Hansard XML: each `<speech>`, `<question>`,
 * `<answer>`, `<interjection>` and `<continue>` opens with `<talk.start>`,
 * whose `<talker>` names the speaker (`<name role="metadata">Smith, John,
 * MP</name>`, `<name role="display">Mr SMITH</name>`) and may state an
 * office (`<in.gov>`); the words follow in `<talk.text>` (older files) or
 * as `<para>` (older still). Questions without notice ask and answers
 * answer; the Speaker or a chair's occupant moderates.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { attr, child, childElements, descendant, descendants, nameOf, textIn, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { roleOfTitle } from './roles';

const TALK = new Set(['speech', 'question', 'answer', 'interjection', 'continue', 'motionnospeech']);

/** Marks of the printed label inside the words (schema 2.2): the member's anchor and the spans for electorate, office and time. */
const LABEL_PARTS = /^HPS-(?:Time|MemberSpeech|MemberQuestion|MemberAnswer|MemberInterjecting|MemberContinuation|OfficeSpeech|OfficeInterjecting|OfficeContinuation|Electorate|MinisterialTitles)$/;

/** The codes the session header gives for a chamber, in words. */
const CHAMBERS: Record<string, string> = { REPS: 'House of Representatives', 'HOUSE OF REPS': 'House of Representatives', SENATE: 'Senate', FEDERATION_CHAMBER: 'Federation Chamber', MAIN_COMMITTEE: 'Main Committee' };

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  // The speaker's label printed again inside the words (`<a type="MemberSpeech">Mr SMITH</a> (Electorate) (14:02):`) is the turn's label, already written.
  if (name === 'a' && /member|office|speech|interjecting|continue|continuation/i.test(attr(el, 'type') ?? '')) return 'skip';
  if (name === 'span' && LABEL_PARTS.test(attr(el, 'class') ?? '')) return 'skip';
  return undefined;
};

/** An interjection or a continuation printed inside a speech's words (schema 2.2): the name it gives, or undefined. */
function inlineTalker(p: Element): string | undefined {
  const anchor = descendants(p, 'a').find((a) => /interjecting|continuation/i.test(attr(a, 'type') ?? ''));
  if (!anchor) return undefined;
  return textOf(anchor).replace(/\s*:$/, '') || undefined;
}

export const australia: XmlSchema = {
  name: 'au-hansard',
  recognise: (root) => nameOf(root) === 'hansard' && !!descendant(root, 'talk.start'),
  walk(root, context) {
    const info = descendant(root, 'session.header');
    if (info) {
      const chamber = textOf(child(info, 'chamber') ?? info);
      const date = child(info, 'date');
      const title = chamber ? `Hansard, ${CHAMBERS[chamber.toUpperCase()] ?? chamber}` : 'Hansard';
      context.metadata.title = title;
      context.metadata.titleFrom = 'record';
      context.writer.header(title, context.places.of(info));
      if (date) {
        setDate(context, textOf(date));
        headerLine(context, date);
      }
    }
    walk(root, context);
  },
};

function walk(el: Element, context: RecordContext, questionTime = false): void {
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (name === 'session.header' || name === 'debateinfo' || name === 'subdebateinfo') continue;
    if (TALK.has(name)) talk(c, context, questionTime);
    else if (name === 'division' || name === 'division.header') context.writer.endTurn();
    else if (name === 'para' || name === 'p') {
      // Words outside any speech are the record's: who took the chair, what was presented.
      context.writer.endTurn();
      context.writer.stage(textOf(c), context.places.of(c));
    } else {
      const info = child(c, 'debateinfo', 'subdebateinfo');
      const type = info ? textIn(child(info, 'type')) : '';
      walk(c, context, questionTime || /^questions?\b/i.test(type) || (!!info && /^questions? without notice$/i.test(textIn(child(info, 'title')))));
    }
  }
}

function talk(el: Element, context: RecordContext, questionTime: boolean): void {
  const start = child(el, 'talk.start');
  const talker = start ? child(start, 'talker') : undefined;
  let owner: string | undefined;
  let ownerRole: Role | undefined;
  // A continuation with no words (schema 2.2 prints them inside the speech, then closes with empty `<continue>`s) opens no turn.
  if (talker && !saysAnything(el, start!)) return;
  if (talker) {
    const names = descendants(talker, 'name');
    const metadata = names.find((n) => attr(n, 'role') === 'metadata');
    const display = names.find((n) => attr(n, 'role') === 'display') ?? names[0];
    const speaker = tidyName(textOf(metadata ?? display ?? talker));
    const label = display ? textOf(display) : speaker;
    const kind = nameOf(el);
    const inGovernment = textIn(child(talker, 'in.gov')) === '1';
    const office = textIn(child(talker, 'role'));
    const role: Role | undefined =
      roleOfTitle(label) ?? roleOfTitle(office) ??
      (kind === 'question' ? 'questioner' : kind === 'answer' ? 'respondent' : inGovernment ? 'respondent' : questionTime && kind !== 'interjection' ? 'questioner' : undefined);
    context.writer.turn({ speaker, label, ...(role ? { role } : {}), place: context.places.of(talker) });
    owner = speaker;
    ownerRole = role;
    // The first paragraph repeats the label and the time: the words come after them.
    for (const p of start ? childElements(start) : []) {
      if (nameOf(p) === 'para' || nameOf(p) === 'p') writeParagraph(context, p, inline, true);
    }
  }
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (name === 'talk.start') continue;
    if (name === 'talk.text') {
      const paras = descendants(c, 'p', 'para');
      paras.forEach((p, i) => {
        const printed = i > 0 ? inlineTalker(p) : undefined;
        // A continuation names the speech's own speaker by their display name (`Ms LAKE` for `Jo Lake`): the same person.
        const other = printed && owner && lastWord(printed) === lastWord(owner) ? owner : printed;
        if (other) context.writer.turn({ speaker: other, ...(other === owner && ownerRole ? { role: ownerRole } : roleOfTitle(other) ? { role: roleOfTitle(other)! } : {}), label: printed, place: context.places.of(p) });
        writeParagraph(context, p, inline, i === 0 || !!other);
      });
      if (!paras.length) writeParagraph(context, c, inline, true);
    } else if (TALK.has(name)) talk(c, context, questionTime);
    else if (name === 'para' || name === 'p') writeParagraph(context, c, inline);
  }
}

/** `SMITH, John, MP` → `John Smith`; a display name as it is. */
function tidyName(name: string): string {
  const m = /^([^,]+),\s*([^,]+?)(?:,\s*(?:MP|Senator|Sen\.?))?$/i.exec(name);
  if (!m) return name;
  const surname = m[1]!.trim();
  const cased = surname === surname.toUpperCase() ? surname.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_all, sep: string, ch: string) => sep + ch.toUpperCase()) : surname;
  return `${m[2]} ${cased}`;
}

/** A name's last word, lower case: `Ms LAKE` and `Jo Lake` share `lake`. */
function lastWord(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
}

/** True when a talk element has words of its own outside its talker, or holds another talk. */
function saysAnything(el: Element, start: Element): boolean {
  for (const c of childElements(el)) {
    if (c === start) {
      if (childElements(start).some((p) => (nameOf(p) === 'para' || nameOf(p) === 'p') && textOf(p))) return true;
    } else if (TALK.has(nameOf(c)) || textOf(c)) return true;
  }
  return false;
}
