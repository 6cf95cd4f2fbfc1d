/**
 * TTML and DFXP captions: `<p begin end>` cues in `<body>`/`<div>`, with
 * times as clock times (`00:01:02.5`, `00:01:02:12` frames), offsets
 * (`12.5s`, `300ms`, `2m`, `90000t` ticks at `ttp:tickRate`, `30f` frames at
 * `ttp:frameRate`). The speaker is `ttm:agent` (named by the head's
 * `<ttm:agent><ttm:name>`), or a style or region named for a speaker, or a
 * `>>`/`Name:` label at the start of the cue; where none of these names
 * anyone, a change of text colour (the broadcasters' convention: EBU-TT,
 * BBC, ARD) says the speaker changed. `<br/>` and spans are joined.
 */
import type { Element } from '@xmldom/xmldom';
import { oneLine, type TranscriptWriter } from '../writer';
import { attr, child, childElements, descendant, descendants, isElement, isText, nameOf, textOf, type Places } from './dom';

/** A document's time base: the rates offsets in ticks and frames count in. */
interface TimeBase {
  tickRate: number;
  frameRate: number;
}

/** Seconds of a TTML time expression, or undefined when it is not one. */
export function ttmlSeconds(value: string | undefined, base: TimeBase): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let m = /^(\d+):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(v);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + (m[4] ? Number(`0.${m[4]}`) : 0);
  m = /^(\d+):(\d{2}):(\d{2}):(\d+(?:\.\d+)?)$/.exec(v);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / base.frameRate;
  // Short clock forms some producers write (Apple's lyric TTML): `2:24.000` minutes and seconds, `7.439` seconds.
  m = /^(\d+):(\d{2}(?:\.\d+)?)$/.exec(v);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  if (/^\d+(?:\.\d+)?$/.test(v)) return Number(v);
  m = /^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'h': return n * 3600;
    case 'm': return n * 60;
    case 's': return n;
    case 'ms': return n / 1000;
    case 'f': return n / base.frameRate;
    default: return n / base.tickRate;
  }
}

/** A style or region id that names a speaker (`speaker_Anna`, `spk-2`), as the speaker's name. */
function speakerFromId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const m = /^(?:speaker|spk|talker|voice)[_\-.:]?(.+)$/i.exec(id);
  return m ? oneLine(m[1]!.replace(/[_-]+/g, ' ')) : undefined;
}

/** A label at the start of a cue's words: `>> Name:`, `>>`, `NAME:`, `- Name:`. */
const LABEL = /^(?:>>\s*|-\s+)?([\p{Lu}][\p{L}.'’ -]{0,40}?):\s+/u;

/** Writes a TTML document's cues as turns; the document's title, when it has one, into the header. */
export function writeTtml(root: Element, writer: TranscriptWriter, places: Places): { title?: string } {
  const rate = (name: string): number | undefined => {
    const v = attr(root, name);
    return v ? Number(v) : undefined;
  };
  const frameRate = (rate('frameRate') ?? 30) * (() => {
    const mult = attr(root, 'frameRateMultiplier')?.split(/\s+/).map(Number);
    return mult && mult.length === 2 && mult[1] ? mult[0]! / mult[1] : 1;
  })();
  const base: TimeBase = { frameRate, tickRate: rate('tickRate') ?? frameRate ?? 1 };
  const agents = new Map<string, string>();
  for (const a of descendants(root, 'agent')) {
    const id = attr(a, 'xml:id') ?? attr(a, 'id');
    const name = child(a, 'name');
    if (id) agents.set(id, name ? textOf(name) : id);
  }
  const head = child(root, 'head');
  const titleEl = head ? descendant(head, 'title') : undefined;
  const title = titleEl ? textOf(titleEl) : undefined;
  if (title) writer.header(title, places.of(titleEl!));
  const colours = styleColours(root);
  /** A document in one colour says nothing by its colour; a second colour is a second voice. */
  const coloured = new Set(descendants(root, 'p').map((p) => cueColour(p, colours)).filter((c) => c !== undefined)).size > 1;
  let current: string | undefined;
  let lastColour: string | undefined;
  const body = child(root, 'body') ?? root;
  /** Times add up: a `<div begin>` offsets the cues inside it. */
  const walk = (el: Element, offset: number, inherited: { agent?: string; style?: string; region?: string }): void => {
    for (const c of childElements(el)) {
      const name = nameOf(c);
      const begin = ttmlSeconds(attr(c, 'begin'), base);
      const own = {
        agent: attr(c, 'agent') ?? inherited.agent,
        style: attr(c, 'style') ?? inherited.style,
        region: attr(c, 'region') ?? inherited.region,
      };
      if (name === 'p') {
        const start = begin !== undefined ? offset + begin : undefined;
        const endRaw = ttmlSeconds(attr(c, 'end'), base);
        const dur = ttmlSeconds(attr(c, 'dur'), base);
        const end = endRaw !== undefined ? offset + endRaw : start !== undefined && dur !== undefined ? start + dur : undefined;
        let words = cueText(c);
        if (!words) continue;
        // A cue whose agent or speaker style is on its span rather than on the `<p>` names the speaker there.
        const span = descendants(c, 'span').find((s) => attr(s, 'agent') !== undefined || speakerFromId(attr(s, 'style')) !== undefined);
        const agentId = (attr(c, 'agent') ?? (span && attr(span, 'agent')) ?? inherited.agent)?.split(/\s+/)[0];
        let speaker = (agentId && (agents.get(agentId) ?? agentId)) || speakerFromId(span && attr(span, 'style')) || speakerFromId(own.style) || speakerFromId(own.region);
        // Named by its markup (an agent, a speaker's style or region), not by a label in its words.
        const marked = speaker !== undefined && speaker !== '';
        const colour = coloured ? cueColour(c, colours) : undefined;
        if (!speaker && colour !== undefined && lastColour !== undefined && colour !== lastColour) {
          writer.endTurn();
          current = undefined;
        }
        if (colour !== undefined) lastColour = colour;
        const label = LABEL.exec(words);
        if (!speaker && label && label[1]!.split(' ').length <= 4) {
          speaker = label[1]!.trim();
          words = words.slice(label[0].length);
        } else if (/^>>/.test(words)) {
          // `>>` alone says the speaker changed without naming them: the cue opens an unlabelled turn.
          words = words.replace(/^>>\s*/, '');
          if (!speaker) {
            writer.endTurn();
            current = undefined;
          }
        }
        // Subtitlers' dialogue dashes (`- Ready?<br/>- Yes.`, `- MARA: Ready?<br/>- OLEK: Yes.`): each dashed line is
        // another voice, named by its own label where it has one.
        const dialogue = marked ? [] : dialogueLines(c);
        if (dialogue.length) {
          for (const line of dialogue) {
            const own = LABEL.exec(line);
            const who = own && own[1]!.split(' ').length <= 4 ? own[1]!.trim() : undefined;
            if (!who) writer.endTurn();
            else if (who !== current) writer.turn({ speaker: who, ...(start !== undefined ? { time: start } : {}), place: places.of(c) });
            writer.words(who ? line.slice(own![0].length) : line, { place: places.of(c), ...(start !== undefined ? { time: start } : {}), ...(end !== undefined ? { endTime: end } : {}) });
            current = who;
          }
          continue;
        }
        if (speaker && speaker !== current) {
          writer.turn({ speaker, ...(start !== undefined ? { time: start } : {}), place: places.of(c) });
          current = speaker;
        }
        writer.words(words, { place: places.of(c), ...(start !== undefined ? { time: start } : {}), ...(end !== undefined ? { endTime: end } : {}) });
      } else walk(c, begin !== undefined && cuesAreRelative(c, begin) ? offset + begin : offset, own);
    }
  };
  /**
   * TTML counts a cue's time from its timed parent, but producers that time a
   * `<div>` too mostly write its cues' times from the start of the media
   * (the first cue begins where the div begins): the div's time is added only
   * where the first cue would otherwise begin before it.
   */
  const cuesAreRelative = (div: Element, divBegin: number): boolean => {
    const first = descendants(div, 'p').find((p) => attr(p, 'begin') !== undefined);
    const b = first ? ttmlSeconds(attr(first, 'begin'), base) : undefined;
    return b === undefined || b < divBegin;
  };
  walk(body, 0, { agent: attr(body, 'agent') });
  return title ? { title } : {};
}

/** The text colour each style sets (`tts:color`), following the styles a style refers to. */
function styleColours(root: Element): Map<string, string> {
  const styles = new Map<string, Element>();
  for (const s of descendants(root, 'style')) {
    const id = attr(s, 'xml:id') ?? attr(s, 'id');
    if (id) styles.set(id, s);
  }
  const colours = new Map<string, string>();
  const colourOf = (id: string, seen: Set<string>): string | undefined => {
    const s = styles.get(id);
    if (!s || seen.has(id)) return undefined;
    seen.add(id);
    const own = attr(s, 'color');
    if (own) return own.toLowerCase();
    for (const ref of (attr(s, 'style') ?? '').split(/\s+/).filter(Boolean)) {
      const c = colourOf(ref, seen);
      if (c) return c;
    }
    return undefined;
  };
  for (const id of styles.keys()) {
    const c = colourOf(id, new Set());
    if (c) colours.set(id, c);
  }
  return colours;
}

/** The colour a cue's words are shown in: the first span with words that sets one, else the cue's own; undefined when none is set. */
function cueColour(p: Element, colours: Map<string, string>): string | undefined {
  const of = (el: Element): string | undefined =>
    attr(el, 'color')?.toLowerCase() ?? (attr(el, 'style') ?? '').split(/\s+/).map((id) => colours.get(id)).find((c) => c !== undefined);
  for (const span of descendants(p, 'span')) {
    if (!textOf(span)) continue;
    const c = of(span);
    if (c) return c;
  }
  return of(p);
}

/** The lines of a cue that opens each of two or more lines with a dash, without their dashes; none otherwise. */
function dialogueLines(p: Element): string[] {
  const lines = cueText(p, '\n').split('\n').map(oneLine).filter(Boolean);
  if (lines.length < 2 || !lines.every((l) => /^[-\u2013]\s*\S/.test(l))) return [];
  return lines.map((l) => l.replace(/^[-\u2013]\s*/, ''));
}

/** A cue's words: spans joined, a line break a space (or the separator given). */
function cueText(p: Element, lineBreak = ' '): string {
  const parts: string[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      // The source's own line breaks are layout; only `<br/>` breaks a cue's line.
      if (isText(c)) parts.push((c.nodeValue ?? '').replace(/\s+/g, ' '));
      else if (isElement(c)) {
        if (nameOf(c) === 'br') parts.push(lineBreak);
        // A translation or a romanisation riding along with the cue is not what was said.
        else if (nameOf(c) !== 'metadata' && !/^x-(?:translation|roman)/.test(attr(c, 'role') ?? '')) walk(c);
      }
    }
  };
  walk(p);
  return lineBreak === ' ' ? oneLine(parts.join('')) : parts.join('');
}
