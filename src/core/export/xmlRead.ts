/**
 * Reading XML 1.0 into a small element tree, for the exchange files users
 * import (REFI-QDA projects and codebooks). No DOM: the extension's web host
 * runs in a worker, which has none, and xmldom takes ten times as long on a
 * large project. The text is cut into tags, text, comments, CDATA sections
 * and processing instructions by htmlparser2's tokenizer in XML mode (as the
 * Word reader's parts are, src/core/formats/documents/word/xmlEvents.ts);
 * this module builds the tree from its tokens.
 *
 * The tokenizer is lenient, as an HTML tokenizer must be: it takes any run
 * of characters for a name, skips a stray end tag, leaves an unquoted value
 * or a bare `&` as it finds them and stops quietly inside a tag at the end
 * of the file. An exchange file is XML, so everything the tokenizer passes
 * over is checked here: every character of the file belongs to one token,
 * names are XML names, each end tag closes the element open, values are
 * quoted, there is one root. Character references are decoded here (the
 * tokenizer's own decoding turns an invalid reference into U+FFFD where XML
 * refuses it). Namespace prefixes are dropped (elements are known by their
 * local names); document type declarations are refused, so no entity can
 * expand or reach outside the file.
 */
import { QuoteType, Tokenizer } from 'htmlparser2';
import { countBelow } from '../annotations/positions';
import { hasField, setField } from '../text/records';

/** An element: its local name, attributes, child elements and text, and the 1-based line it starts on. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** A file that is not well-formed XML, with the 1-based line and column (in UTF-16 units) of the problem. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'XmlError';
  }
}

/** The first character of a name: [A-Za-z_:\u00c0-\uffff] (a UTF-16 unit; a character past the BMP is two such). */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

/** Any later character of a name: a first character, a digit, `.`, `-` or `·`. */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0xb7;
}

/** What the tokenizer takes for white space inside a tag (XML's four, and a form feed, which no name holds either). */
function isTagSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Elements nested deeper than this are refused (a codebook nests a few levels). */
const MAX_DEPTH = 200;
/** The slots of the names read (a power of two): a project uses a few dozen, and one that evicts another is only checked and sliced again. */
const NAME_SLOTS = 256;
const PREDEFINED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g;
// The tokenizer's quote kinds, read once: a bundle inlines them, but a module loaded through an interop getter would read it on every attribute.
const NO_VALUE = QuoteType.NoValue;
const UNQUOTED = QuoteType.Unquoted;
const SLASH = 0x2f;
const LT = 0x3c;
const GT = 0x3e;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** A name as written (`q:Code`), without its prefix (`Code`), and as an attribute's key (a namespace declaration's keeps its prefix: `xmlns:q`). */
interface Name {
  raw: string;
  local: string;
  key: string;
}

/** An element being read, with its name as written and where its children start in the shared list. */
interface Open {
  element: XmlElement;
  rawName: string;
  at: number;
  mark: number;
}

/** Parses an XML document and returns its root element. Throws XmlError. */
export function parseXml(input: string): XmlElement {
  // XML 1.0 §2.11: a parser reads every CRLF and lone CR as LF before anything else, so text and CDATA hold `\n` only (a `&#13;` still gives a CR).
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // A native search first: most project files have no CR, and the replacement would still scan them more slowly.
  const s = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  const breaks: number[] = [];
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) breaks.push(k);
  // Elements start in the order they are read: the line of each is found by stepping on from the last one's.
  let lineBreak = 0;
  const lineOfNext = (at: number): number => {
    while (lineBreak < breaks.length && breaks[lineBreak]! < at) lineBreak++;
    return lineBreak + 1;
  };
  const fail = (message: string, at: number): never => {
    const line = countBelow(breaks, at);
    throw new XmlError(message, line + 1, at - (line > 0 ? breaks[line - 1]! + 1 : 0) + 1);
  };
  const decode = (raw: string, at: number): string =>
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(REFERENCE, (m, ref: string | undefined, offset: number) => {
          if (!ref) return fail('a bare & (write &amp;)', at + offset);
          if (ref.startsWith('#')) {
            const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return fail(`the character reference ${m} is not a character`, at + offset);
            return String.fromCodePoint(code);
          }
          return PREDEFINED.get(ref) ?? fail(`the entity ${m} is not defined`, at + offset);
        });
  /** Where `<` starts something the tokenizer left unfinished at `at`, said as what was not closed. */
  const unfinished = (at: number): never => {
    if (s.startsWith('<?', at)) return fail('a processing instruction is not closed', at);
    if (s.startsWith('<!--', at)) return fail('a comment is not closed', at);
    if (s.startsWith('<![CDATA[', at)) return fail('a CDATA section is not closed', at);
    if (s.charCodeAt(at) === LT) return fail('a tag is not closed', at);
    return fail('markup was expected', at);
  };
  /** The white space of a tag from `from` up to `to`: anything else (a `/` not before `>`) is no attribute. */
  const tagSpace = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (!isTagSpace(s.charCodeAt(k))) fail('a name was expected', k);
  };
  // Names a project repeats thousands of times (PlainTextSelection, guid, startPosition) are checked and sliced out once: each is kept in a slot
  // chosen by its length and its first and last characters, and found there again by comparing it in place.
  const names: Array<Name | undefined> = new Array<Name | undefined>(NAME_SLOTS);
  const nameAt = (from: number, to: number, of: 'element' | 'attribute'): Name => {
    const slot = ((to - from) * 31 + s.charCodeAt(from) * 7 + s.charCodeAt(to - 1)) & (NAME_SLOTS - 1);
    const known = names[slot];
    if (known !== undefined && known.raw.length === to - from && s.startsWith(known.raw, from)) return known;
    const raw = s.slice(from, to);
    // The tokenizer reads a name up to white space, `=`, `/` or `>`: what it took in beyond an XML name is said as XML's grammar meets it.
    if (!isNameStart(raw.charCodeAt(0))) fail('a name was expected', from);
    for (let k = 1; k < raw.length; k++) {
      if (!isNameChar(raw.charCodeAt(k))) fail(of === 'attribute' ? `'=' expected after the attribute ${raw.slice(0, k)}` : `'>' expected after <${raw.slice(0, k)}`, from + k);
    }
    const local = localName(raw);
    const name = { raw, local, key: raw.startsWith('xmlns') ? raw : local };
    names[slot] = name;
    return name;
  };

  /** The children of every open element, in one list: each element takes its own as an array of their exact number when it closes. */
  const pending: XmlElement[] = [];
  const stack: Open[] = [];
  let rootSeen = false;
  let root: XmlElement | undefined;
  /** Everything before this index has been read as part of a token. */
  let covered = 0;
  // The start tag being read, and its attribute.
  let tag: Open | undefined;
  let attrName: Name = { raw: '', local: '', key: '' };
  let attrAt = -1;
  let valueFrom = -1;
  let valueTo = -1;

  /** Ends an element (already off the stack): it takes its children and becomes its parent's last, or the root. */
  const close = (open: Open): void => {
    if (pending.length > open.mark) open.element.children = pending.splice(open.mark);
    if (stack.length) pending.push(open.element);
    else root = open.element;
  };
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    {
      ontext(start, end) {
        if (start !== covered) unfinished(covered);
        covered = end;
        const top = stack[stack.length - 1];
        if (!top) {
          const raw = s.slice(start, end);
          const word = raw.search(/\S/);
          if (word >= 0) fail(rootSeen ? 'text after the root element' : 'an element was expected', start + word);
          return;
        }
        const raw = s.slice(start, end);
        const lt = raw.indexOf('<');
        if (lt >= 0) fail(s.startsWith('</', start + lt) ? 'a name was expected after </' : 'a name was expected after <', start + lt);
        top.element.text += decode(raw, start);
      },
      ontextentity() {
        // Not called: references are left in the text (decodeEntities: false) and decoded above.
      },
      onopentagname(start, end) {
        const at = start - 1;
        if (at !== covered) unfinished(covered);
        if (!stack.length && rootSeen) fail('text after the root element', at);
        if (stack.length > MAX_DEPTH) fail(`elements nest more than ${MAX_DEPTH} deep`, at);
        const name = nameAt(start, end, 'element');
        rootSeen = true;
        covered = end;
        tag = { element: { name: name.local, attributes: {}, children: [], text: '', line: lineOfNext(at) }, rawName: name.raw, at, mark: 0 };
      },
      onattribname(start, end) {
        tagSpace(covered, start);
        attrName = nameAt(start, end, 'attribute');
        attrAt = start;
        valueFrom = -1;
        covered = end;
      },
      onattribdata(start, end) {
        if (valueFrom < 0) valueFrom = start;
        valueTo = end;
      },
      onattribentity() {
        // Not called: references are left in the value (decodeEntities: false) and decoded below.
      },
      onattribend(quote, end) {
        const attr = attrName.raw;
        if (quote === NO_VALUE) fail(`'=' expected after the attribute ${attr}`, attrAt);
        if (quote === UNQUOTED) fail(`the value of ${attr} must be quoted`, attrAt);
        const raw = valueFrom < 0 ? '' : s.slice(valueFrom, valueTo);
        // Native searches of the value for what needs more than a slice: most values are GUIDs and numbers, which hold none of it.
        if (raw.indexOf('<') >= 0) fail(`the value of ${attr} holds a '<'`, attrAt);
        const breaks = raw.indexOf('\n') >= 0 || raw.indexOf('\t') >= 0;
        const key = attrName.key;
        const attributes = tag!.element.attributes;
        if (hasField(attributes, key)) fail(`the attribute ${attr} is given twice`, attrAt);
        // Attribute-value normalisation: written line breaks and tabs are spaces (the text holds no CR by now); character references keep theirs.
        const value = decode(breaks ? raw.replace(/[\t\n]/g, ' ') : raw, valueFrom);
        // An ordinary name is set as any field is; only `__proto__` needs setField to stay a field.
        if (key === '__proto__') setField(attributes, key, value);
        else attributes[key] = value;
        attrAt = -1;
        covered = end;
      },
      onopentagend(end) {
        tagSpace(covered, end);
        covered = end + 1;
        const open = tag!;
        tag = undefined;
        open.mark = pending.length;
        stack.push(open);
      },
      onselfclosingtag(end) {
        if (s.charCodeAt(end - 1) !== SLASH) fail('a name was expected', end - 1);
        tagSpace(covered, end - 1);
        covered = end + 1;
        const open = tag!;
        tag = undefined;
        open.mark = pending.length;
        close(open);
      },
      onclosetag(start, end) {
        const at = start - 2;
        // The tokenizer allows white space between `</` and the name; XML does not.
        if (at !== covered || s.charCodeAt(start - 1) !== SLASH) return s.startsWith('</', covered) ? fail('a name was expected after </', covered) : unfinished(covered);
        const top = stack[stack.length - 1];
        if (!top) fail(rootSeen ? 'text after the root element' : 'an element was expected', at);
        // The closing tag is nearly always the opening one's name: compared in place, sliced out only to say what is wrong.
        const closing = top!.rawName;
        if (end - start !== closing.length || !s.startsWith(closing, start)) fail(`</${s.slice(start, end)}> closes <${closing}>`, at);
        let gt = end;
        while (gt < s.length && isTagSpace(s.charCodeAt(gt))) gt++;
        if (s.charCodeAt(gt) !== GT) fail(`'>' expected after </${closing}`, gt);
        covered = gt + 1;
        stack.pop();
        close(top!);
      },
      oncomment(start, end, offset) {
        if (start - 4 !== covered) unfinished(covered);
        if (offset === 0) fail('a comment is not closed', covered);
        // htmlparser2 also ends a comment at `--!>`, which XML does not allow in one.
        if (offset !== 2) fail("a comment holds '--' (it ends at the first '-->')", end - offset);
        covered = end + 1;
      },
      oncdata(start, end, offset) {
        if (start - 9 !== covered) unfinished(covered);
        if (offset !== 2) fail('a CDATA section is not closed', covered);
        const top = stack[stack.length - 1];
        if (!top) fail('a CDATA section outside the root element', covered);
        top!.element.text += s.slice(start, end - 2);
        covered = end + 1;
      },
      ondeclaration(start) {
        if (s.startsWith('DOCTYPE', start)) fail('document type declarations are not accepted', start - 2);
        fail("'<!' starts neither a comment nor a CDATA section", start - 2);
      },
      onprocessinginstruction(start, end) {
        if (start - 2 !== covered) unfinished(covered);
        // XML's instruction starts with its target's name (`<?xml`); the tokenizer reads `<?>` as the start of one.
        if (!isNameStart(s.charCodeAt(start))) fail('a processing instruction has no target name', covered);
        covered = end + 2;
      },
      onend() {
        if (tag) {
          if (attrAt >= 0) fail(`the value of ${attrName.raw} is not closed`, attrAt);
          fail(`<${tag.rawName}> is not closed`, tag.at);
        }
        if (covered < s.length) unfinished(covered);
        const top = stack[stack.length - 1];
        if (top) fail(`<${top.rawName}> is not closed`, top.at);
        if (!rootSeen) fail('the file holds no element', s.length);
      },
    },
  );
  tokenizer.write(s);
  tokenizer.end();
  return root!;
}

/** The child elements with a local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The first child element with a local name, if any: what a lookup of one child needs, without the list of all. */
export function firstChildNamed(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}
