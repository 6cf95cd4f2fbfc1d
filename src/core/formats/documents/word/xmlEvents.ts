/**
 * The XML parts of a `.docx` as a stream of events, read by htmlparser2's SAX
 * parser in XML mode: a Word body is one flat run of elements, read once, so
 * no DOM is built (xmldom takes seconds for a 1 MB file).
 *
 * htmlparser2 is lenient: it closes what is left open and skips a stray end
 * tag. Word never writes either, so an element closed by implication (an end
 * tag that closes an outer element, or the end of the part) is reported as
 * not well-formed, with the line and column where it was found.
 */
import { Parser } from 'htmlparser2';
import { FormatError } from '../../errors';

/** What the parser reports. Names are as written (`w:p`); every open is followed by its close, a self-closing element's at once. */
export interface XmlEvents {
  /** An element's start; `attrs` holds its attributes' decoded values by name as written (`w:val`). */
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data with its entities decoded; one run of text may come in several pieces. */
  text(text: string): void;
}

/** Reads a whole XML text. Throws FormatError (`part` names it) where an element is not closed by its own end tag. */
export function readXmlEvents(xml: string, part: string, events: XmlEvents): void {
  /** Per open element: whether it closed itself (`<w:b/>`), so its implied close is no fault. */
  const selfClosing: boolean[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        // The parser's end index is the start tag's `>`: a `/` before it makes the tag self-closing.
        const closed = xml.charCodeAt(parser.endIndex - 1) === 0x2f;
        selfClosing.push(closed);
        events.open(name, attrs, closed);
      },
      onclosetag(name, implied) {
        const closed = selfClosing.pop();
        if (implied && !closed) notClosed(xml, parser.startIndex, part, name);
        events.close(name);
      },
      ontext(text) {
        if (selfClosing.length) events.text(text);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(xml);
}

/** Throws for `name`, left open where the token at `at` (an end tag, or the end of the part) closes it. */
function notClosed(xml: string, at: number, part: string, name: string): never {
  const endTag = xml.startsWith('</', at) ? /^<\/([^\s>]+)/.exec(xml.slice(at, at + 200))?.[1] : undefined;
  fail(xml, Math.min(at, xml.length), part, endTag ? `</${endTag}> closes <${name}>` : `<${name}> is not closed`);
}

function fail(xml: string, at: number, part: string, what: string): never {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  throw new FormatError(`not a readable Word file: ${part} is not well-formed XML at line ${line}, column ${at - lineStart + 1}: ${what}`);
}

const locals = new Map<string, string>();

/** `w:p` → `p`: the name without its prefix. */
export function localName(name: string): string {
  let local = locals.get(name);
  if (local === undefined) {
    const colon = name.indexOf(':');
    local = colon < 0 ? name : name.slice(colon + 1);
    if (locals.size < 4096) locals.set(name, local);
  }
  return local;
}
