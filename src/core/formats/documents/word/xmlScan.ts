/**
 * A small pull scanner for the XML parts of a `.docx`: start tags, end tags and
 * text, in order, with a check that tags nest. A Word body is one flat run of
 * elements, read once; building a DOM for it (xmldom takes seconds for a 1 MB
 * file) costs ten times what scanning does.
 */
import { FormatError } from '../../errors';

/** What the scanner reports. Names are as written (`w:p`); `attrs` is the raw attribute text of the start tag. */
export interface XmlEvents {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data as written (entities not decoded: see `decodeXml`). */
  text(raw: string, cdata: boolean): void;
  /** False when the reader has no use for the text here (the scanner then does not cut it out). */
  wantsText?(): boolean;
}

/** Scans a whole XML text. Throws FormatError (`part` names it) where tags do not nest or a tag is not closed. */
export function scanXml(xml: string, part: string, events: XmlEvents): void {
  const stack: string[] = [];
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      if (stack.length && (!events.wantsText || events.wantsText())) events.text(xml.slice(at), false);
      break;
    }
    if (lt > at && stack.length && (!events.wantsText || events.wantsText())) events.text(xml.slice(at, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      at = endOf(xml, '?>', lt, part);
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) at = endOf(xml, '-->', lt, part);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = endOf(xml, ']]>', lt, part);
        events.text(xml.slice(lt + 9, end - 3), true);
        at = end;
      } else at = endOf(xml, '>', lt, part);
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt < 0) fail(xml, lt, part, 'a tag is not closed');
    if (next === 0x2f /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (open !== name) fail(xml, lt, part, open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`);
      events.close(name);
    } else {
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let k = 0;
      while (k < inner.length && !isSpace(inner.charCodeAt(k))) k++;
      const name = inner.slice(0, k);
      if (!name) fail(xml, lt, part, 'a tag has no name');
      if (!selfClosing) stack.push(name);
      events.open(name, inner.slice(k), selfClosing);
      if (selfClosing) events.close(name);
    }
    at = gt + 1;
  }
  if (stack.length) fail(xml, n, part, `<${stack[stack.length - 1]}> is not closed`);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** The `>` that ends the tag at `lt`, quotes in attribute values skipped. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) return -1;
  }
  return -1;
}

function endOf(xml: string, token: string, from: number, part: string): number {
  const end = xml.indexOf(token, from + 2);
  if (end < 0) fail(xml, from, part, 'a declaration, comment or CDATA section is not closed');
  return end + token.length;
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

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data or an attribute value with its entities decoded. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? all;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

const attrPatterns = new Map<string, RegExp>();

/** An attribute's decoded value from a start tag's attribute text, or null. */
export function attr(attrs: string, name: string): string | null {
  if (!attrs.includes(name)) return null;
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : null;
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
