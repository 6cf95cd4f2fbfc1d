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

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  // A speaker's label printed again inside the words (`<a type="MemberSpeech">Mr SMITH</a>`) is the turn's label, already written.
  if (name === 'a' && /member|speech|interjecting|continue/i.test(attr(el, 'type') ?? '')) return 'skip';
  return undefined;
};

export const australia: XmlSchema = {
  name: 'au-hansard',
  recognise: (root) => nameOf(root) === 'hansard' && !!descendant(root, 'talk.start'),
  walk(root, context) {
    const info = descendant(root, 'session.header');
    if (info) {
      const chamber = textOf(child(info, 'chamber') ?? info);
      const date = child(info, 'date');
      const title = chamber ? `Hansard, ${chamber}` : 'Hansard';
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
    // The first paragraph repeats the label and the time: the words come after them.
    for (const p of start ? childElements(start) : []) {
      if (nameOf(p) === 'para' || nameOf(p) === 'p') writeParagraph(context, p, (x) => (nameOf(x) === 'a' || nameOf(x) === 'span' && /HPS-(?:Time|MemberSpeech|MemberInterjecting|MemberContinuation|OfficeSpeech|Electorate|MinisterialTitles)/.test(attr(x, 'class') ?? '') ? 'skip' : inline(x)), true);
    }
  }
  for (const c of childElements(el)) {
    const name = nameOf(c);
    if (name === 'talk.start') continue;
    if (name === 'talk.text') {
      for (const p of descendants(c, 'p', 'para')) writeParagraph(context, p, inline);
      if (!descendants(c, 'p', 'para').length) writeParagraph(context, c, inline);
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
