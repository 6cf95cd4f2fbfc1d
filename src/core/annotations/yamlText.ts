/**
 * The YAML the extension writes, and a fast reader for that layout. The `yaml`
 * package reads anything else (hand edits, other tools' output) but takes
 * seconds on a sidecar of ten thousand tags; this reader takes milliseconds
 * and gives up, saying where, on anything outside the layout it knows.
 */
import { hasField, setField } from '../text/records';

/** True when every character can stand in a double-quoted YAML (and JSON) string as it is. */
export function isPlainSafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) {
      if (c === 0x22 || c === 0x5c) return false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 >= s.length || (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false;
      i++;
    } else if (c < 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfeff || c >= 0xfffe) return false;
  }
  return true;
}

/**
 * A string as a double-quoted scalar that YAML 1.1, YAML 1.2 and JSON all read
 * back as the same string. Control characters, line and paragraph separators,
 * byte-order marks and lone surrogates are escaped.
 */
export function yamlString(s: string): string {
  return `"${yamlStringBody(s)}"`;
}

/** What yamlString writes between the double quotes: the string itself when nothing in it needs escaping. */
export function yamlStringBody(s: string): string {
  if (isPlainSafe(s)) return s;
  let out = '';
  // The characters kept as they are go in runs, not one by one: only the escapes are built.
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let escape: string;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    } else if (c === 0x22) escape = '\\"';
    else if (c === 0x5c) escape = '\\\\';
    else if (c === 0x0a) escape = '\\n';
    else if (c === 0x09) escape = '\\t';
    else if (c === 0x0d) escape = '\\r';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)) {
      escape = '\\u' + c.toString(16).padStart(4, '0');
    } else continue;
    out += s.slice(run, i) + escape;
    run = i + 1;
  }
  return out + s.slice(run);
}

/** A scalar as the extension writes it: a double-quoted string, an integer, null or a boolean. */
export function yamlScalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return yamlString(value);
  if (value === null) return 'null';
  return String(value);
}

/** What the fast reader found: the data, and the 1-based line of each tag entry. */
export interface FastRead {
  data: Record<string, unknown>;
  tagLines: number[];
}

/** Where and why the fast reader gave up. */
export interface FastReadStop {
  line: number;
  reason: string;
}

const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** True when `s` holds a character a YAML stream may not hold raw (outside YAML's printable set). */
function hasNotPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c >= 0xfffe) return true;
  }
  return false;
}
/** Plain (unquoted) text that every YAML reader takes as a string: it starts with a letter and holds no `: ` or ` #`. */
const SAFE_PLAIN = /^\p{L}(?:[^:#\r\n]|:(?![ \t]|$)|#(?<![ \t]#))*$/u;
const NOT_PLAIN_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$/;

/**
 * Reads a sidecar in the layout the extension writes (top-level `key: value`
 * lines, then `tags:` with one `- key: value` block per tag, scalars only).
 * Returns where it stopped when the text is outside that layout; the caller
 * then reads it with the full YAML parser.
 */
export function readFastYaml(text: string): FastRead | FastReadStop {
  // Keys are the user's: set and looked up as data, so that `__proto__` or `constructor` is a field like any other.
  const data: Record<string, unknown> = {};
  const tagLines: number[] = [];
  let tags: Array<Record<string, unknown>> | undefined;
  let itemIndent = -1;
  let current: Record<string, unknown> | undefined;
  const n = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineNo = 0;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    lineNo++;
    const lineStart = start;
    start = end + 1;
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--;
    let at = lineStart;
    while (at < end && text.charCodeAt(at) === 32) at++;
    if (at === end || text.charCodeAt(at) === 35) continue;
    if (text.charCodeAt(at) === 9) return { line: lineNo, reason: 'a tab used for indentation' };
    if (lineNo === 1 && end - lineStart === 3 && text.startsWith('---', lineStart)) continue;
    let indent = at - lineStart;
    let isItem = false;
    if (tags && text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32)) {
      if (itemIndent < 0) itemIndent = indent;
      if (indent !== itemIndent) return { line: lineNo, reason: 'a list item at an unexpected indentation' };
      isItem = true;
      at++;
      while (at < end && text.charCodeAt(at) === 32) at++;
      indent = at - lineStart;
      current = {};
      tags.push(current);
      tagLines.push(lineNo);
      if (at === end) continue;
    }
    // The key: letters, digits, `_` and `-`, starting with a letter or `_`, then `:` and a space or the line's end.
    const k = text.charCodeAt(at);
    if (!((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95)) return { line: lineNo, reason: 'not a `key: value` line' };
    let colon = at + 1;
    for (; colon < end; colon++) {
      const c = text.charCodeAt(colon);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
    }
    if (colon === end || text.charCodeAt(colon) !== 58) return { line: lineNo, reason: 'not a `key: value` line' };
    let v = colon + 1;
    if (v < end && text.charCodeAt(v) !== 32 && text.charCodeAt(v) !== 9) return { line: lineNo, reason: 'not a `key: value` line' };
    const key = knownKey(text, at, colon) ?? text.slice(at, colon);
    while (v < end && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    let ve = end;
    while (ve > v && (text.charCodeAt(ve - 1) === 32 || text.charCodeAt(ve - 1) === 9)) ve--;
    if (indent === 0 && !isItem) {
      current = undefined;
      if (hasField(data, key)) return { line: lineNo, reason: `the key '${key}' appears twice` };
      if (key === 'tags') {
        if (ve - v === 2 && text.startsWith('[]', v)) data.tags = [];
        else if (ve === v) {
          tags = [];
          itemIndent = -1;
          data.tags = tags;
        } else return { line: lineNo, reason: "'tags' must be followed by its list" };
        continue;
      }
      tags = undefined;
      const value = scalarAt(text, v, ve);
      if (value === NOT_SCALAR) return { line: lineNo, reason: `the value of '${key}' is not a single-line scalar` };
      setField(data, key, value);
      continue;
    }
    if (!current || !tags || indent !== itemIndent + 2) return { line: lineNo, reason: 'a line at an unexpected indentation' };
    if (hasField(current, key)) return { line: lineNo, reason: `the key '${key}' appears twice in one tag` };
    const value = scalarAt(text, v, ve);
    if (value === NOT_SCALAR) return { line: lineNo, reason: `the value of '${key}' is not a single-line scalar` };
    setField(current, key, value);
  }
  return { data, tagLines };
}

/** The keys the extension writes, by length, so that the reader need not make a new string for each. */
const KEYS_BY_LENGTH = new Map<number, string[]>();
for (const key of ['version', 'transcript', 'sha256', 'tags', 'id', 'category', 'quote', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'prefix', 'suffix', 'speaker', 'section', 'note', 'author', 'created', 'modified', 'verdict', 'source', 'status', 'anchorNote']) {
  const list = KEYS_BY_LENGTH.get(key.length) ?? [];
  list.push(key);
  KEYS_BY_LENGTH.set(key.length, list);
}

function knownKey(text: string, from: number, to: number): string | undefined {
  const list = KEYS_BY_LENGTH.get(to - from);
  if (list) for (const key of list) if (text.startsWith(key, from)) return key;
  return undefined;
}

/** The scalar in text[from, to): a double-quoted string without escapes is read in place; anything else by `scalar`. */
function scalarAt(text: string, from: number, to: number): unknown {
  if (to - from >= 2 && text.charCodeAt(from) === 34 && text.charCodeAt(to - 1) === 34) {
    let plain = true;
    for (let i = from + 1; i < to - 1; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 92 || c < 32 || (c >= 0x7f && c <= 0x9f) || c >= 0xfffe) {
        plain = false;
        break;
      }
    }
    if (plain) return text.slice(from + 1, to - 1);
  } else {
    // Integers, the commonest unquoted value.
    let i = from;
    if (i < to && text.charCodeAt(i) === 45) i++;
    let digits = 0;
    while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      i++;
      digits++;
    }
    if (i === to && digits > 0 && digits <= 15 && !(digits > 1 && text.charCodeAt(to - digits) === 48)) return Number(text.slice(from, to));
  }
  return scalar(text.slice(from, to));
}

const NOT_SCALAR = Symbol('not a scalar');
const SPAN = /^\{start: (\d{1,9}(?:\.\d{1,6})?), end: (\d{1,9}(?:\.\d{1,6})?)\}$/;

function scalar(raw: string): unknown {
  if (raw === '') return NOT_SCALAR;
  const c = raw.charCodeAt(0);
  if (c === 34) {
    if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== 34 || hasNotPrintable(raw)) return NOT_SCALAR;
    // Without escapes the text is what stands between the quotes; JSON's escapes are a subset of
    // YAML's, and YAML-only ones (`\x41`, `\N`...) go to the full parser.
    if (raw.indexOf('\\') < 0) return raw.indexOf('"', 1) === raw.length - 1 ? raw.slice(1, -1) : NOT_SCALAR;
    try {
      const v: unknown = JSON.parse(raw);
      return typeof v === 'string' ? v : NOT_SCALAR;
    } catch {
      return NOT_SCALAR;
    }
  }
  if (c === 39) {
    if (raw.length < 2 || !raw.endsWith("'")) return NOT_SCALAR;
    const inner = raw.slice(1, -1);
    if (/'(?!')/.test(inner.replace(/''/g, ''))) return NOT_SCALAR;
    return inner.replace(/''/g, "'");
  }
  if (raw === 'null') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (INTEGER.test(raw)) return Number(raw);
  // A tag's time, as the extension writes it: `{start: 65.25, end: 69}`.
  const span = SPAN.exec(raw);
  if (span) return { start: Number(span[1]), end: Number(span[2]) };
  if (SAFE_PLAIN.test(raw) && !NOT_PLAIN_STRING.test(raw)) return raw;
  return NOT_SCALAR;
}

/**
 * The 1-based line of a field of the tag entry that starts on `tagLine`, in
 * text the fast reader read (one field per line); `tagLine` when it is not there.
 */
export function fieldLineIn(text: string, tagLine: number, key: string): number {
  const lines = text.split('\n', tagLine + 200);
  const first = lines[tagLine - 1];
  if (first === undefined) return tagLine;
  const indent = first.length - first.replace(/^[ -]+/, '').length;
  const pattern = new RegExp(`^ {${indent}}${key.replace(/[^\w-]/g, '')}:`);
  if (new RegExp(`^[ -]{${indent}}${key.replace(/[^\w-]/g, '')}:`).test(first)) return tagLine;
  for (let i = tagLine; i < lines.length; i++) {
    const l = lines[i]!;
    if (pattern.test(l)) return i + 1;
    if (/^\s*-( |$)/.test(l) || (l.trim() !== '' && l.length - l.trimStart().length < indent)) break;
  }
  return tagLine;
}
