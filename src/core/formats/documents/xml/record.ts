/**
 * What a schema's walker works with: the writer of the transcript, the
 * places of elements, the record's metadata and warnings; and the steps
 * every walker shares (a paragraph of mixed words and stage directions, a
 * heading into the header, a date from an attribute or the words).
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { Metadata } from '../../../transcript/model';
import { findDate } from '../../dates';
import { oneLine, type TranscriptWriter } from '../writer';
import { isElement, isText, nameOf, textOf, type Places } from './dom';
import { splitNarration } from './narration';

/** The state a walker writes into. */
export interface RecordContext {
  /** Where the turns, words and stage directions go. */
  writer: TranscriptWriter;
  /** The places of elements in the original. */
  places: Places;
  /** The record's title and date, filled in as the walker finds them. */
  metadata: Metadata;
  /** What the user should know about the reading (repairs, things left out). */
  warnings: string[];
}

/** A schema family: how to recognise its records and how to walk one. */
export interface XmlSchema {
  /** `uk-hansard`, `bundestag`, `parlamint`... */
  name: string;
  /** True when the root element (and what is under it) is this schema's. */
  recognise(root: Element): boolean;
  /** Writes the record's header, turns and stage directions. */
  walk(root: Element, context: RecordContext): void;
}

/** What a paragraph walker is told about its inline elements: the text of a stage direction, `skip` to drop it, undefined to read into it. */
export type InlineRule = (el: Element) => string | 'skip' | undefined;

/**
 * Writes a paragraph of spoken words into the current turn: text as words
 * (one segment per run, placed at the paragraph), the inline elements the
 * rule calls stage directions as stage directions, the ones it skips left out;
 * with `breakLines`, each line of the text a paragraph of its own.
 */
export function writeParagraph(context: RecordContext, para: Element, rule: InlineRule, first = false, breakLines = false): void {
  const place = context.places.of(para);
  let run: string[] = [];
  let newParagraph = !first;
  let wrote = false;
  const flush = (): void => {
    let words = oneLine(run.join(''));
    // The colon a record writes between a label and the words (`<member>X</member>: words`) is the writer's to write.
    // What is left of a printed label whose parts were skipped (`( — ) ( ):`) goes with it.
    // A time split across the parts (`(10<span>:01</span>)`) leaves its hour: `(10 )`.
    if (first && newParagraph === false && !wrote) words = words.replace(/^(?:\s*\([\s,\u2013\u2014\d.:-]*\))+\s*:?\s*/, '').replace(/^(?:[.:](?!\.))?\s*[:\u2013\u2014-]?\s*/, '');
    run = [];
    if (!words) return;
    // `Leave granted.`, `Question agreed to.`: the record's account of what the House did, written among the member's words.
    const { said, narration } = splitNarration(words);
    if (said) {
      context.writer.words(said, { place, paragraph: newParagraph });
      newParagraph = false;
      wrote = true;
    }
    for (const n of narration) {
      context.writer.stage(n, place);
      newParagraph = true;
    }
  };
  // Tokenised records (TEI `<w>`/`<pc>`, ParlaMint's .ana.xml) put every token on a line of its own and mark
  // the ones written together (`you` `,`) with `join`: the white space between them is layout, not a space.
  let glued = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isText(c)) {
        const value = c.nodeValue ?? '';
        if (glued && !/\S/.test(value)) continue;
        glued = false;
        if (!breakLines) run.push(value);
        else {
          // A record that writes one paragraph per line of a text element: each line its own paragraph.
          const lines = (c.nodeValue ?? '').split(/\r?\n/);
          lines.forEach((line, i) => {
            if (i > 0) {
              flush();
              if (wrote) newParagraph = true;
            }
            run.push(line);
          });
        }
      } else if (isElement(c)) {
        const join = c.getAttribute('join');
        if (join === 'left' || join === 'both') {
          if (run.length && !/\S/.test(run[run.length - 1]!)) run.pop();
          glued = false;
        }
        const said = rule(c);
        if (said === 'skip') run.push(' ');
        else if (said !== undefined) {
          flush();
          context.writer.stage(said, context.places.of(c));
          newParagraph = true;
        } else walk(c);
        if (join === 'right' || join === 'both') glued = true;
      }
    }
  };
  walk(para);
  flush();
}

/** A heading or title line into the header (before the first turn), and the title where there is none yet. */
export function headerLine(context: RecordContext, el: Element | undefined, title = false): void {
  if (!el) return;
  const line = textOf(el);
  if (!line) return;
  context.writer.header(line, context.places.of(el));
  if (title && !context.metadata.title) {
    context.metadata.title = line;
    context.metadata.titleFrom = 'record';
  }
}

/** Sets the date from a machine form (`2018-03-14`, `14.03.2018`, `20180314`) or the words, when there is none yet. */
export function setDate(context: RecordContext, machine: string | undefined, words?: string): void {
  if (context.metadata.date) return;
  const iso = isoDate(machine) ?? isoDate(words);
  if (!iso) return;
  context.metadata.date = iso;
  context.metadata.dateText = oneLine(words || machine || iso);
  context.metadata.dateFrom = 'record';
}

/** Months in the languages of the records read here, where the shared date finder does not know them. */
const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gener: 1, febrer: 2, març: 3, maig: 5, juny: 6, juliol: 7, agost: 8, setembre: 9, novembre: 11, desembre: 12,
  xaneiro: 1, febreiro: 2, maio: 5, xuño: 6, xullo: 7, setembro: 9, outubro: 10, novembro: 11, decembro: 12,
};

/** An ISO date from a machine form or words; undefined when none is there. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const found = findDate(t);
  if (found) return found.iso;
  // `13 de enero de 2016`, `14. März 2018`
  m = /\b(\d{1,2})\.?\s+(?:de\s+|d')?([\p{L}]+)\s+(?:de\s+)?(\d{4})\b/u.exec(t);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month) return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return undefined;
}

/** True for an element by one of those local names. */
export function is(el: Element, ...names: string[]): boolean {
  return names.includes(nameOf(el));
}
