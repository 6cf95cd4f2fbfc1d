/**
 * Writing XML 1.0: escaping, characters XML cannot carry, and a small builder
 * that indents elements and keeps attribute order as given.
 */

/**
 * Characters XML 1.0 cannot hold in any form (C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE and U+FFFF), replaced by U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as element content. */
export function escapeText(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/\r/g, '&#13;');
}

/** Text as an attribute value in double quotes; line breaks and tabs are kept as character references. */
export function escapeAttribute(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

/** Attributes in order; undefined values are left out. */
export type Attributes = Array<[name: string, value: string | number | boolean | undefined]>;

/** An XML document built element by element. */
export class XmlWriter {
  private readonly out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private readonly open: string[] = [];

  private attrs(attributes: Attributes): string {
    let s = '';
    for (const [name, value] of attributes) if (value !== undefined) s += ` ${name}="${escapeAttribute(String(value))}"`;
    return s;
  }

  private get indent(): string {
    return '  '.repeat(this.open.length);
  }

  /** Opens an element that will hold others. */
  start(name: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent}<${name}${this.attrs(attributes)}>`);
    this.open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without an open element');
    this.out.push(`${this.indent}</${name}>`);
    return this;
  }

  /** An element with no children. */
  empty(name: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent}<${name}${this.attrs(attributes)}/>`);
    return this;
  }

  /** An element holding text only. */
  text(name: string, text: string, attributes: Attributes = []): this {
    this.out.push(`${this.indent}<${name}${this.attrs(attributes)}>${escapeText(text)}</${name}>`);
    return this;
  }

  /** The document; every element must be closed. */
  toString(): string {
    if (this.open.length) throw new Error(`XmlWriter: <${this.open[this.open.length - 1]}> is not closed`);
    return this.out.join('\n') + '\n';
  }
}
