/**
 * Parsing XML safely with xmldom: a DOCTYPE's entities are never expanded
 * (xmldom does not load external entities or expand declared ones, and a
 * DOCTYPE whose entities refer to other entities is refused before parsing,
 * as an expansion bomb would be), and a document that is not well-formed is
 * refused with its line and column. Two kinds of damage common in records
 * cut out of larger files are repaired, with a warning: an excerpt that
 * stops before its elements are closed, and one that holds several
 * top-level elements or starts with the closing tags of elements opened
 * before it.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { FormatError } from '../../errors';

/** A parsed document and what the parser had to repair. */
export interface ParsedXml {
  /** The document, repaired where it was an excerpt. */
  doc: Document;
  /** What was repaired or kept as written, in words for the user. */
  warnings: string[];
}

/** The synthetic root an excerpt of several top-level elements is wrapped in. */
export const FRAGMENT_ROOT = 'xml-excerpt';

/** Parses a document's text; throws FormatError for what cannot be read. */
export function parseXml(text: string): ParsedXml {
  refuseEntityBombs(text);
  const first = tryParse(text);
  if (first.doc) return { doc: first.doc, warnings: first.warnings };
  const repaired = repairExcerpt(text);
  if (repaired) {
    const second = tryParse(repaired.text);
    if (second.doc) return { doc: second.doc, warnings: [...second.warnings, ...repaired.warnings] };
  }
  throw first.error!;
}

interface Attempt {
  doc?: Document;
  error?: FormatError;
  warnings: string[];
}

function tryParse(text: string): Attempt {
  const warnings: string[] = [];
  let failure: { message: string; line?: number; column?: number } | undefined;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      const at = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      if (level === 'warning') return;
      if (/^entity not found/.test(message)) {
        // An entity the document never declares (`&nbsp;` in XML): kept as written, and said.
        const name = /&[^;]*;/.exec(message)?.[0] ?? message;
        if (!warnings.some((w) => w.includes(name))) warnings.push(`the entity ${name} is not declared: kept as written`);
        return;
      }
      failure ??= { message, line: at?.lineNumber, column: at?.columnNumber };
      throw new Error(message);
    },
  });
  try {
    const doc = parser.parseFromString(text, 'text/xml');
    if (!failure && doc.documentElement) return { doc, warnings };
  } catch (e) {
    // xmldom stops at the first fatal error; its position is kept from onError or from the error's locator.
    const loc = (e as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    failure ??= { message: (e as Error).message, line: loc?.lineNumber, column: loc?.columnNumber };
  }
  failure ??= { message: 'no root element' };
  const where = failure.line ? ` at line ${failure.line}, column ${failure.column ?? 1}` : '';
  return { error: new FormatError(`not well-formed XML${where}: ${failure.message.replace(/^\[xmldom \w+\]\s*/, '')}`), warnings };
}

/** An entity declaration in a DOCTYPE's internal subset: its name and its value (or SYSTEM/PUBLIC). */
const ENTITY_DECL = /<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)/g;

/**
 * Refuses a DOCTYPE whose entities expand into other entities (`&b;` made of
 * `&a;&a;&a;`): xmldom would leave them unexpanded, but a document built to
 * expand a billion times is no record, and the user should hear why it is
 * not read.
 */
function refuseEntityBombs(text: string): void {
  const head = text.slice(0, 200_000);
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(head);
  if (!doctype) return;
  const declared = new Map<string, string>();
  for (const m of doctype[1]!.matchAll(ENTITY_DECL)) declared.set(m[2]!, m[3] ?? m[4] ?? '');
  for (const [name, value] of declared) {
    const inner = /[&%]([\w.:-]+);/.exec(value);
    if (inner && declared.has(inner[1]!)) {
      throw new FormatError(`refused: the DOCTYPE declares entities that expand into other entities (&${name}; uses &${inner[1]};), as an entity-expansion bomb does`);
    }
  }
}

/** An excerpt's text made well-formed by closing what it leaves open and wrapping what it holds side by side. */
function repairExcerpt(text: string): { text: string; warnings: string[] } | undefined {
  const stack: string[] = [];
  const cuts: Array<[number, number]> = [];
  let roots = 0;
  let bodyStart = -1;
  const tag = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  let textOutside = false;
  let last = 0;
  for (const m of text.matchAll(tag)) {
    if (!stack.length && /\S/.test(text.slice(last, m.index))) textOutside = true;
    last = m.index + m[0].length;
    const name = m[2];
    if (!name) continue;
    if (bodyStart < 0 && !m[0].startsWith('<!') && !m[0].startsWith('<?')) bodyStart = m.index;
    if (m[1]) {
      if (stack.length && stack[stack.length - 1] === name) stack.pop();
      else if (!stack.length && roots === 0) cuts.push([m.index, m.index + m[0].length]);
      else return undefined;
    } else if (!m[3]) {
      if (!stack.length) roots++;
      stack.push(name);
    } else if (!stack.length) roots++;
  }
  if (!stack.length && roots <= 1 && !cuts.length && !textOutside) return undefined;
  const warnings: string[] = [];
  // An excerpt cut inside a tag (`<p id="x`) ends before that tag.
  let body = stack.length ? text.replace(/<[^<>]*$/, '') : text;
  for (const [from, to] of cuts.reverse()) body = body.slice(0, from) + ' '.repeat(to - from) + body.slice(to);
  if (cuts.length) warnings.push(`the XML starts inside elements it does not open (${cuts.length} closing tag${cuts.length > 1 ? 's' : ''} before the first element): read from the first element`);
  if (stack.length) warnings.push(`the XML ends before its elements are closed (${stack.slice(-3).join(', ')}): read up to its end`);
  const closing = stack.reverse().map((n) => `</${n}>`).join('');
  if (roots > 1 || textOutside || cuts.length) {
    if (roots > 1) warnings.push(`the XML holds ${roots} top-level elements: read as one excerpt`);
    const at = Math.max(0, bodyStart);
    // The prolog (declaration, DOCTYPE) stays before the wrapper; lines keep their numbers as far as the wrapper allows.
    return { text: body.slice(0, at) + `<${FRAGMENT_ROOT}>` + body.slice(at) + closing + `</${FRAGMENT_ROOT}>`, warnings };
  }
  return { text: body + closing, warnings };
}
