/**
 * The XML parts of a `.docx` as a stream of events, read by htmlparser2's SAX
 * parser in XML mode: a Word body is one flat run of elements, read once, so
 * no DOM is built (xmldom takes seconds for a 1 MB file).
 *
 * htmlparser2 is lenient: it closes what is left open and skips a stray end
 * tag. Word never writes either, so an element closed by implication (an end
 * tag that closes an outer element, or the end of the part) is reported as
 * not well-formed, with the line and column where it was found.
 *
 * A part is first read by a scanner of its own that jumps from `<` to `<`
 * (the tokenizer goes a character at a time, and took a third of a large
 * document's reading): it reads only plain well-formed XML, the XML Word
 * writes, and gives up at anything else (a stray or mismatched end tag, a
 * DOCTYPE, an unquoted attribute, an entity other than XML's five and plain
 * character references); the part is then read again, from the start, by
 * htmlparser2, with fresh events, so that whatever it accepts, repairs or
 * refuses is read exactly as before.
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

/**
 * Reads a whole XML text into the events `make` returns (called again for a
 * second reading when the quick one gives up), and returns them. Throws
 * FormatError (`part` names it) where an element is not closed by its own end tag.
 */
export function readXmlEvents<T extends XmlEvents>(xml: string, part: string, make: () => T): T {
  const quick = make();
  if (scanPlainXml(xml, quick)) return quick;
  const events = make();
  parseLeniently(xml, part, events);
  return events;
}

/** Reads with htmlparser2, which accepts what the quick scanner does not. */
function parseLeniently(xml: string, part: string, events: XmlEvents): void {
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

/** A tag's or an attribute's name: ASCII, as Office writes them (anything else is left to htmlparser2). */
const NAME = /[A-Za-z_][\w.:-]*/y;
/** One attribute, quoted, with the white space before it (none is needed, as htmlparser2 needs none). */
const ATTRIBUTE = /[ \t\r\n]*([A-Za-z_][\w.:-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
/** What may end a start tag: `>` or `/>`, after white space. */
const TAG_END = /[ \t\r\n]*(\/?)>/y;
/** The references the scanner decodes; any other `&` is left to htmlparser2. */
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads plain well-formed XML into `events`, as htmlparser2 would; false as
 * soon as it meets anything else (the events then hold a part of the text, to
 * be thrown away).
 */
function scanPlainXml(xml: string, events: XmlEvents): boolean {
  const stack: string[] = [];
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos && stack.length) {
      const text = decodeReferences(xml.slice(pos, textEnd));
      if (text === undefined) return false;
      events.text(text);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // `</name>`, closing the innermost open element and no other.
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) return false;
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = stack[stack.length - 1];
      if (name === undefined || nameEnd - (lt + 2) !== name.length || !xml.startsWith(name, lt + 2)) return false;
      stack.pop();
      events.close(name);
      pos = gt + 1;
    } else if (next === 0x21) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return false;
        pos = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        // An empty section is left to htmlparser2, which may report it as an empty piece of text.
        if (end <= lt + 9) return false;
        if (stack.length) events.text(xml.slice(lt + 9, end));
        pos = end + 3;
      } else return false;
    } else if (next === 0x3f) {
      // `<?xml ... ?>`: nothing to read.
      const end = xml.indexOf('>', lt + 2);
      if (end < lt + 4 || xml.charCodeAt(end - 1) !== 0x3f) return false;
      pos = end + 1;
    } else {
      NAME.lastIndex = lt + 1;
      if (!NAME.exec(xml)) return false;
      const name = xml.slice(lt + 1, NAME.lastIndex);
      let at = NAME.lastIndex;
      const attrs: Record<string, string> = {};
      let selfClosing: boolean;
      for (;;) {
        TAG_END.lastIndex = at;
        const end = TAG_END.exec(xml);
        if (end) {
          selfClosing = end[1] === '/';
          at = TAG_END.lastIndex;
          break;
        }
        // An attribute must be set apart from the name.
        if (at === NAME.lastIndex && !isSpace(xml.charCodeAt(at))) return false;
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(xml);
        if (!a) return false;
        const value = decodeReferences(a[2] ?? a[3]!);
        if (value === undefined) return false;
        // The first of two attributes of one name counts, as in htmlparser2.
        if (!Object.hasOwn(attrs, a[1]!)) attrs[a[1]!] = value;
        at = ATTRIBUTE.lastIndex;
      }
      events.open(name, attrs, selfClosing);
      if (selfClosing) events.close(name);
      else stack.push(name);
      pos = at;
    }
  }
  return stack.length === 0;
}

/** Text with XML's references decoded; undefined for a `&` that is not one of them, or a character reference htmlparser2 would replace. */
function decodeReferences(s: string): string | undefined {
  if (!s.includes('&')) return s;
  let ampersands = 0;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) ampersands++;
  let decoded = 0;
  let refused = false;
  const out = s.replace(REFERENCE, (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    decoded++;
    if (named) return NAMED[named]!;
    const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
    // NUL, the C1 controls (read as Windows-1252), surrogates and what is past Unicode are replaced by htmlparser2: left to it.
    if (code === 0 || (code >= 0x80 && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) refused = true;
    return refused ? '' : String.fromCodePoint(code);
  });
  return refused || decoded !== ampersands ? undefined : out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
