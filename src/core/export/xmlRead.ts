/**
 * Reading XML 1.0 into a small element tree, for the exchange files users
 * import (REFI-QDA codebooks). No DOM: the extension's web host runs in a
 * worker, which has none. Namespace prefixes are dropped (elements are known
 * by their local names); document type declarations are refused, so no
 * entity can expand or reach outside the file.
 */
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

/** A file that is not well-formed XML, with the 1-based line of the problem. */
export class XmlError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
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
/** Elements nested deeper than this are refused (a codebook nests a few levels). */
const MAX_DEPTH = 200;
/** Distinct names kept once per document at most: a file of endless distinct names gets each sliced out, as any name. */
const MAX_NAMES = 4096;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMP = 0x26;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
/** What an attribute value holds that a slice alone does not read: a `<` (refused), a reference, a line break or tab (a space). */
const HOLDS_LT = 1;
const HOLDS_REFERENCE = 2;
const HOLDS_BREAK = 4;
const PREDEFINED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** Parses an XML document and returns its root element. Throws XmlError. */
export function parseXml(input: string): XmlElement {
  // XML 1.0 §2.11: a parser reads every CRLF and lone CR as LF before anything else, so text and CDATA hold `\n` only (a `&#13;` still gives a CR).
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // A native search first: most project files have no CR, and the replacement would still scan them more slowly.
  const s = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  let i = 0;
  const breaks: number[] = [];
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) breaks.push(k);
  const lineAt = (at: number): number => countBelow(breaks, at) + 1;
  // Elements start in the order they are read: the line of each is found by stepping on from the last one's.
  let lineBreak = 0;
  const lineOfNext = (at: number): number => {
    while (lineBreak < breaks.length && breaks[lineBreak]! < at) lineBreak++;
    return lineBreak + 1;
  };
  const fail = (message: string, at = i): never => {
    throw new XmlError(message, lineAt(at));
  };
  const decode = (raw: string, at: number): string =>
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (m, ref: string | undefined) => {
      if (!ref) return fail('a bare & (write &amp;)', at);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return fail(`the character reference ${m} is not a character`, at);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED.get(ref);
      return value ?? fail(`the entity ${m} is not defined`, at);
    });
  // Names a project repeats thousands of times (PlainTextSelection, guid, startPosition) are kept once: found again by a hash taken while scanning them, not sliced out anew.
  const names = new Map<number, string>();
  const readName = (): string => {
    // By character code: a regular expression here would be run on each of a project's tens of thousands of names.
    const from = i;
    let hash = 0;
    if (i < s.length && isNameStart(s.charCodeAt(i))) {
      hash = s.charCodeAt(i);
      for (i++; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!isNameChar(c)) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
    }
    if (i === from) fail('a name was expected');
    const known = names.get(hash);
    if (known !== undefined && known.length === i - from && s.startsWith(known, from)) return known;
    const name = s.slice(from, i);
    if (known === undefined && names.size < MAX_NAMES) names.set(hash, name);
    return name;
  };
  const skipSpace = () => {
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // ASCII white space by its code; anything else as \s has it.
      if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !/\s/.test(s[i]!)) return;
    }
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (s.startsWith('<?', i)) {
        const end = s.indexOf('?>', i);
        if (end < 0) fail('a processing instruction is not closed');
        i = end + 2;
      } else if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) fail('a comment is not closed');
        i = end + 3;
      } else if (s.startsWith('<!DOCTYPE', i)) {
        fail('document type declarations are not accepted');
      } else return;
    }
  };

  // The children of every open element, in one list: each element takes its own as an array of their exact number when it closes.
  const open: XmlElement[] = [];
  const element = (depth: number): XmlElement => {
    const startAt = i;
    if (depth > MAX_DEPTH) fail(`elements nest more than ${MAX_DEPTH} deep`);
    if (s.charCodeAt(i) !== LT) fail('an element was expected');
    i++;
    const rawName = readName();
    const name = localName(rawName);
    const attributes: Record<string, string> = {};
    const line = lineOfNext(startAt);
    for (;;) {
      skipSpace();
      const c = s.charCodeAt(i);
      if (c === SLASH && s.charCodeAt(i + 1) === GT) {
        i += 2;
        return { name, attributes, children: [], text: '', line };
      }
      if (c === GT) {
        i++;
        break;
      }
      const attrAt = i;
      const attr = readName();
      skipSpace();
      if (s.charCodeAt(i) !== EQUALS) fail(`'=' expected after the attribute ${attr}`);
      i++;
      skipSpace();
      const quote = s.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) fail(`the value of ${attr} must be quoted`);
      // One pass to the closing quote, noting what the value holds that needs more than a slice: most values are GUIDs and numbers.
      let end = i + 1;
      let holds = 0;
      for (; end < s.length; end++) {
        const v = s.charCodeAt(end);
        // Letters, digits, `-`, `.`, `/`, `:` and `;` first: none is a quote or needs more than a slice.
        if (v > LT || (v >= 0x2d && v < LT)) continue;
        if (v === quote) break;
        if (v === LT) holds |= HOLDS_LT;
        else if (v === AMP) holds |= HOLDS_REFERENCE;
        else if (v === TAB || v === LF || v === CR) holds |= HOLDS_BREAK;
      }
      if (end >= s.length) fail(`the value of ${attr} is not closed`);
      if (holds & HOLDS_LT) fail(`the value of ${attr} holds a '<'`, attrAt);
      const raw = s.slice(i + 1, end);
      const key = attr.startsWith('xmlns') ? attr : localName(attr);
      if (hasField(attributes, key)) fail(`the attribute ${attr} is given twice`, attrAt);
      // Attribute-value normalisation: written line breaks and tabs are spaces; character references keep theirs.
      const value = holds === 0 ? raw : decode(holds & HOLDS_BREAK ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw, attrAt);
      // An ordinary name is set as any field is; only `__proto__` needs setField to stay a field.
      if (key === '__proto__') setField(attributes, key, value);
      else attributes[key] = value;
      i = end + 1;
    }
    const mark = open.length;
    let text = '';
    for (;;) {
      if (i >= s.length) fail(`<${rawName}> is not closed`, startAt);
      const lt = s.indexOf('<', i);
      if (lt < 0) fail(`<${rawName}> is not closed`, startAt);
      if (lt > i) text += decode(s.slice(i, lt), i);
      i = lt;
      const next = s.charCodeAt(i + 1);
      if (next === SLASH) {
        i += 2;
        // The closing tag is nearly always the opening one's name: compared in place, read as a name only to say what is wrong.
        const end = i + rawName.length;
        const same = s.startsWith(rawName, i) && (end >= s.length || !isNameChar(s.charCodeAt(end)));
        const closing = same ? rawName : readName();
        if (same) i = end;
        else if (closing !== rawName) fail(`</${closing}> closes <${rawName}>`);
        skipSpace();
        if (s.charCodeAt(i) !== GT) fail(`'>' expected after </${closing}`);
        i++;
        return { name, attributes, children: open.length > mark ? open.splice(mark) : [], text, line };
      }
      if (next === BANG && s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) fail('a comment is not closed');
        i = end + 3;
      } else if (next === BANG && s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i + 9);
        if (end < 0) fail('a CDATA section is not closed');
        text += s.slice(i + 9, end);
        i = end + 3;
      } else if (next === QUESTION) {
        const end = s.indexOf('?>', i);
        if (end < 0) fail('a processing instruction is not closed');
        i = end + 2;
      } else {
        open.push(element(depth + 1));
      }
    }
  };

  skipMisc();
  if (i >= s.length) fail('the file holds no element');
  const root = element(0);
  skipMisc();
  if (i < s.length) fail('text after the root element');
  return root;
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
