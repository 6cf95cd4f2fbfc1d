/**
 * The German Bundestag's plenary record (`dbtplenarprotokoll`): speeches in
 * `<rede>` open with `<p klasse="redner">` naming the speaker in `<redner>`
 * (title, first name, surname, party or office); the chair's words inside a
 * speech follow a bare `<name>Präsident Dr. X:</name>`; `<kommentar>` holds
 * applause and heckling. Only the sitting's course (`<sitzungsverlauf>`) is
 * read: the table of contents in `<vorspann>` and the annexes name speakers
 * too, but nobody speaks there. Words between speeches are the chair's.
 */
import type { Element } from '@xmldom/xmldom';
import type { Role } from '../../../transcript/model';
import { oneLine } from '../writer';
import { attr, child, childElements, descendant, nameOf, textIn, textOf } from './dom';
import { headerLine, setDate, writeParagraph, type InlineRule, type RecordContext, type XmlSchema } from './record';
import { roleOfTitle } from './roles';

/** `Präsident Dr. X:`, `Vizepräsidentin Y:`: the chair's label, its office first. */
const CHAIR_LABEL = /^((?:Alters|Vize)?[Pp]räsident(?:in)?)\s+(.+?)\s*:?\s*$/u;
/** Parts of a record that are not the sitting: tables of contents, lists of speakers, annexes. */
const NOT_SPOKEN = new Set(['vorspann', 'anlagen', 'rednerliste', 'inhaltsverzeichnis', 'ivz-block', 'ivz-eintrag', 'kopfdaten']);
/** A question-time item, by its title: the government questioned, or questions for the record. */
const QUESTION_TIME = /\b(?:Befragung der Bundesregierung|Regierungsbefragung|Fragestunde|Aktuelle Stunde)\b/i;

const inline: InlineRule = (el) => {
  const name = nameOf(el);
  if (name === 'a' || name === 'fussnote' || name === 'sup') return 'skip';
  if (name === 'kommentar') return textOf(el);
  return undefined;
};

export const bundestag: XmlSchema = {
  name: 'bundestag',
  recognise: (root) => nameOf(root) === 'dbtplenarprotokoll' || !!descendant(root, 'rede', 'sitzungsverlauf'),
  walk(root, context) {
    const head = descendant(root, 'kopfdaten');
    if (head) {
      const number = textOf(child(head, 'plenarprotokoll-nummer') ?? head);
      const sitting = descendant(head, 'sitzungstitel');
      const title = [number, sitting ? textOf(sitting) : ''].filter(Boolean).join(', ');
      if (title) {
        context.metadata.title = title;
        context.metadata.titleFrom = 'record';
        context.writer.header(title, context.places.of(head));
      }
      const when = descendant(head, 'veranstaltungsdaten');
      if (when) headerLine(context, when);
      const datum = descendant(head, 'datum');
      if (datum) setDate(context, attr(datum, 'date'), textOf(datum));
    }
    setDate(context, attr(root, 'sitzung-datum'));
    const course = descendant(root, 'sitzungsverlauf') ?? root;
    new Walk(context).block(course, false);
  },
};

class Walk {
  /** The chair who spoke last: the words between speeches are theirs. */
  private chair: { speaker: string; label: string } | undefined;
  /** Who speaks now, for knowing whether the chair must be named again. */
  private speaking: string | undefined;

  constructor(private readonly context: RecordContext) {}

  block(el: Element, questionTime: boolean): void {
    for (const c of childElements(el)) {
      const name = nameOf(c);
      if (NOT_SPOKEN.has(name)) continue;
      if (name === 'tagesordnungspunkt') {
        const title = attr(c, 'top-id') ?? '';
        const heading = childElements(c).find((p) => nameOf(p) === 'p' && /^T_fett/.test(attr(p, 'klasse') ?? ''));
        this.block(c, questionTime || QUESTION_TIME.test(title) || (!!heading && QUESTION_TIME.test(textOf(heading))));
      } else if (name === 'rede') this.speech(c, questionTime);
      else this.item(c, questionTime, false);
    }
  }

  private speech(rede: Element, questionTime: boolean): void {
    for (const c of childElements(rede)) this.item(c, questionTime, true);
    // After a speech the chair has the floor again: their words continue the chair's turn, or open one.
    if (this.speaking !== this.chair?.speaker) this.speaking = undefined;
  }

  private item(c: Element, questionTime: boolean, inSpeech: boolean): void {
    const name = nameOf(c);
    const klasse = attr(c, 'klasse') ?? '';
    if (name === 'p' && klasse === 'redner') {
      this.speaker(c, questionTime);
      return;
    }
    if (name === 'name' || (name === 'p' && klasse === 'N' && CHAIR_LABEL.test(textOf(c)))) {
      this.chairLabel(c);
      return;
    }
    if (name === 'kommentar') {
      this.context.writer.stage(textOf(c), this.context.places.of(c));
      return;
    }
    if (name === 'p') {
      const text = textOf(c, (el) => nameOf(el) === 'a');
      if (!text) return;
      // A bold agenda title (`T_fett`) and a bracketed line are the record's, not the speaker's words.
      if (/^\(.*\)$/.test(text) || /^T_fett/.test(klasse)) {
        this.context.writer.stage(text, this.context.places.of(c));
        return;
      }
      if (!inSpeech && this.speaking === undefined && this.chair) this.openChair(c);
      writeParagraph(this.context, c, inline);
      return;
    }
    if (NOT_SPOKEN.has(name)) return;
    // Sections the course is divided into (`sitzungsbeginn`, `sitzungsende`, `tagesordnungspunkt` within an excerpt).
    this.block(c, questionTime);
  }

  private speaker(p: Element, questionTime: boolean): void {
    const redner = descendant(p, 'redner');
    const name = redner ? descendant(redner, 'name') : undefined;
    const part = (n: string): string => (name ? textIn(child(name, n)) : '');
    const full = name ? oneLine([part('titel'), part('vorname'), part('namenszusatz'), part('nachname')].filter(Boolean).join(' ')) : '';
    const label = oneLine(textOf(p, (el) => nameOf(el) === 'redner' || nameOf(el) === 'a')).replace(/\s*:$/, '');
    const office = name ? textIn(descendant(name, 'rolle_lang') ?? descendant(name, 'rolle')) : '';
    const speaker = full || label.replace(CHAIR_LABEL, '$2') || label;
    if (!speaker) return;
    const stated: Role | undefined = roleOfTitle(office) ?? roleOfTitle(label) ?? (questionTime && name && child(name, 'fraktion') ? 'questioner' : undefined);
    if (stated === 'moderator') this.chair = { speaker, label: label || speaker };
    this.context.writer.turn({ speaker, label: label || speaker, ...(stated ? { role: stated } : {}), place: this.context.places.of(p) });
    this.speaking = speaker;
  }

  private chairLabel(el: Element): void {
    const text = textOf(el).replace(/\s*:$/, '');
    const m = CHAIR_LABEL.exec(text);
    const speaker = m ? m[2]! : text;
    if (!speaker) return;
    this.chair = { speaker, label: text };
    this.context.writer.turn({ speaker, label: text, role: 'moderator', place: this.context.places.of(el) });
    this.speaking = speaker;
  }

  private openChair(at: Element): void {
    const chair = this.chair!;
    this.context.writer.turn({ speaker: chair.speaker, label: chair.label, role: 'moderator', place: this.context.places.of(at) });
    this.speaking = chair.speaker;
  }
}
