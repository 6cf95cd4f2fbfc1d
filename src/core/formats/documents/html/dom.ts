/**
 * The few things the web-page reader asks of htmlparser2's DOM, typed here
 * so the reader needs no other package: a node's kind, name, attributes,
 * children and text.
 */

/** A node of the parsed page. */
export interface HtmlNode {
  /** `tag`, `script`, `style`, `text`, `comment`, `directive`, `cdata`, `root`. */
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  data?: string;
  parent?: HtmlNode | null;
  /** Offset of the node in the page's source (parsed with `withStartIndices`). */
  startIndex?: number | null;
}

/** The element's lower-case tag name, or '' for a node that is not an element. */
export function tagOf(node: HtmlNode): string {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style' ? (node.name ?? '').toLowerCase() : '';
}

/** An attribute's value, or ''. */
export function attr(node: HtmlNode, name: string): string {
  return node.attribs?.[name] ?? '';
}

/** Every element below a node (depth first, in document order) that passes the test. */
export function findAll(node: HtmlNode, test: (n: HtmlNode) => boolean, out: HtmlNode[] = []): HtmlNode[] {
  for (const child of node.children ?? []) {
    if (tagOf(child) && test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** A node's text, all descendants joined. */
export function textOf(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('');
}
