/**
 * Small helpers over xmldom's DOM that every schema's walker uses: elements
 * by local name (prefixes and namespaces aside, as records mix them), text
 * with white space collapsed, and an element's place in the original.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { PlaceRef } from '../writer';
import { oneLine } from '../writer';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** An element's name without its prefix, lower case: `tei:u` → `u`. */
export function nameOf(el: Element): string {
  return (el.localName ?? el.nodeName).replace(/^[\w-]+:/, '').toLowerCase();
}

/** True for an element node. */
export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True for a text or CDATA node. */
export function isText(node: Node): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** The element children of a node, in order. */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

/** The first child element with one of those local names. */
export function child(node: Node, ...names: string[]): Element | undefined {
  for (let c = node.firstChild; c; c = c.nextSibling) if (isElement(c) && names.includes(nameOf(c))) return c;
  return undefined;
}

/** Every descendant element with one of those local names, in document order. */
export function descendants(node: Node, ...names: string[]): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (names.includes(nameOf(c))) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** The first descendant element with one of those local names. */
export function descendant(node: Node, ...names: string[]): Element | undefined {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (names.includes(nameOf(c))) return c;
    const deeper = descendant(c, ...names);
    if (deeper) return deeper;
  }
  return undefined;
}

/** An attribute by local name (`xml:id` as `id` too when asked for `xml:id`), or undefined when absent or empty. */
export function attr(el: Element, name: string): string | undefined {
  const direct = el.getAttribute(name);
  if (direct) return direct;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if ((a.localName ?? a.name).toLowerCase() === name.toLowerCase() && a.value) return a.value;
  }
  return undefined;
}

/** An element's text on one line; elements `skip` says yes to are left out with their text. */
export function textOf(node: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isText(c)) parts.push(c.nodeValue ?? '');
      else if (isElement(c)) {
        if (skip?.(c)) {
          parts.push(' ');
          continue;
        }
        walk(c);
      }
    }
  };
  walk(node);
  return oneLine(parts.join(''));
}

/** Finds elements' places: an element's id where it has one, else its short path (`/TEI/text/body/div[2]/u[14]`). */
export class Places {
  private readonly indexes = new Map<Node, Map<Element, string>>();
  /** Ids used more than once (`iXY` on every element of a converter's output) say nothing: those elements get paths. */
  private readonly repeated = new Set<string>();

  constructor(root: Element) {
    const seen = new Set<string>();
    const walk = (el: Element): void => {
      const id = idOf(el);
      if (id) {
        if (seen.has(id)) this.repeated.add(id);
        seen.add(id);
      }
      for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) walk(c);
    };
    walk(root);
  }

  /** The place of an element, as the writer takes it. */
  of(el: Element): PlaceRef {
    const id = idOf(el);
    const element = id && !this.repeated.has(id) ? id : this.path(el);
    return { ref: element, element };
  }

  /**
   * The short path of an element, with a sibling index where siblings share
   * its name: from the nearest ancestor with an id (`a1/membercontribution`),
   * else from the root (`/TEI/text/body/div[2]/u[14]`).
   */
  path(el: Element): string {
    const steps: string[] = [];
    for (let n: Element | undefined = el; n; n = isElement(n.parentNode) ? n.parentNode : undefined) {
      const id = n === el ? undefined : idOf(n);
      if (id && !this.repeated.has(id)) return [id, ...steps.reverse()].join('/');
      steps.push(this.step(n));
    }
    return '/' + steps.reverse().join('/');
  }

  private step(el: Element): string {
    const parent = el.parentNode;
    if (!parent) return el.nodeName;
    let table = this.indexes.get(parent);
    if (!table) {
      table = new Map();
      const count = new Map<string, number>();
      const kids = childElements(parent);
      for (const k of kids) count.set(k.nodeName, (count.get(k.nodeName) ?? 0) + 1);
      const seen = new Map<string, number>();
      for (const k of kids) {
        const n = (seen.get(k.nodeName) ?? 0) + 1;
        seen.set(k.nodeName, n);
        table.set(k, count.get(k.nodeName)! > 1 ? `${k.nodeName}[${n}]` : k.nodeName);
      }
      this.indexes.set(parent, table);
    }
    return table.get(el) ?? el.nodeName;
  }
}

/** An element's id: `xml:id`, `id` or Akoma Ntoso's `eId`. */
function idOf(el: Element): string | undefined {
  return attr(el, 'xml:id') ?? attr(el, 'id') ?? attr(el, 'eId');
}

/** The text of an element that may be absent: empty when it is. */
export function textIn(el: Element | undefined): string {
  return el ? textOf(el) : '';
}

/** True when an element holds words of its own, not only in child elements. */
export function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isText(c) && /\S/.test(c.nodeValue ?? '')) return true;
  return false;
}
