/**
 * A web page's text as blocks of lines: block elements (p, div, li, h1–h6,
 * tr, blockquote...) start blocks, `br` starts a line, and what a reader does
 * not read as the page's content is left out: scripts, styles, templates,
 * SVG, comments, hidden elements, the page's navigation, its header and
 * footer (not an article's), elements whose class or id says navigation,
 * menu, cookie banner or footer, and blocks that are nothing but links. Each piece of text remembers whether it was
 * bold or in a table's first cell, and its class, so labels can be found.
 */
import { attr, findAll, tagOf, textOf, type HtmlNode } from './dom';

/** A run of text with the styling that can make it a label. */
export interface Piece {
  text: string;
  /** In `<b>`, `<strong>` or a span styled `font-weight: bold`. */
  bold: boolean;
  /** The first cell of a table row that has more cells after it (a speaker column). */
  firstCell?: boolean;
  /** The class of the innermost element with one. */
  cls?: string;
  /** 0-based line of the page's source where its text starts. */
  sourceLine?: number;
}

/** A block of the page: its lines (split at `br`), whether it is a heading, and the page it is on (pdftohtml). */
export interface Block {
  lines: Piece[][];
  heading: boolean;
  /** Preformatted text (`<pre>`): its lines are written as they are, spaces and all. */
  pre?: boolean;
  page?: number;
  /** Lines that follow an empty line (`<br><br>`): pages that write a whole transcript in one element part its paragraphs so. */
  breaks?: Set<number>;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'canvas', 'select', 'button', 'input', 'textarea', 'dialog']);
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'blockquote', 'section',
  'article', 'main', 'aside', 'header', 'footer', 'pre', 'figure', 'figcaption', 'address', 'center', 'caption', 'body', 'details', 'summary', 'form', 'fieldset',
]);
const HEADINGS = /^h[1-6]$/;
/** Elements that can hold a page's navigation as a list of links. */
const LINK_LIST_TAGS = new Set(['div', 'p', 'ul', 'ol', 'li', 'aside', 'section', 'table', 'tr', 'td', 'dl', 'center']);
/** `Q` or `A` at a line's start followed by a tab, a no-break space or two spaces or more, on the same source line. */
const SPACED_QA = /^[ \t\r\n]*([QA])(?=[ \t\u00a0]{2}|[\t\u00a0])[ \t\u00a0]+(?=\S)/;
/** How a spaced `Q`/`A` is written: the gap the plain-text reader knows as the briefing convention. */
export const SPACED_GAP = '    ';
/** Class or id words of page chrome. */
const CHROME_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'menubar', 'cookie', 'cookies', 'consent', 'footer', 'breadcrumb', 'breadcrumbs', 'skiplink']);

/** True for an element the page hides or whose class or id says it is chrome. */
function isChrome(node: HtmlNode, tag: string): boolean {
  if (attr(node, 'aria-hidden') === 'true' || node.attribs?.hidden !== undefined) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(node, 'style'))) return true;
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  const words = `${attr(node, 'class')} ${attr(node, 'id')} ${attr(node, 'role') === 'navigation' ? 'nav' : ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => CHROME_WORDS.has(w));
}

/** Letters (and digits) in a text: what link density is counted in. */
const letterCount = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

/**
 * A block that is all links but for a word or two (`Next: <a>…</a> <a>…</a>`,
 * a list of related stories, share buttons): the page's navigation, however it
 * is marked up. Two links at least, three letters in four inside them, and
 * no more than two words outside them.
 */
function isLinkList(node: HtmlNode): boolean {
  const links = findAll(node, (n) => tagOf(n) === 'a');
  if (links.length < 2) return false;
  const all = letterCount(textOf(node));
  const linked = links.reduce((sum, a) => sum + letterCount(textOf(a)), 0);
  if (!all || linked < all * 0.75) return false;
  return outsideLinks(node).split(/\s+/).filter((w) => letterCount(w)).length <= 2;
}

/** A node's text outside its links. */
function outsideLinks(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (tagOf(node) === 'a') return ' ';
  return (node.children ?? []).map(outsideLinks).join('');
}

/** The blocks of a page's body, in document order; `lineOf` gives the source line of an offset in the page. */
export function pageBlocks(root: HtmlNode, lineOf: (offset: number) => number = () => 0): Block[] {
  const blocks: Block[] = [];
  /** Lines that start after an empty line (a second `br`). */
  const afterBlank = new WeakSet<Piece[]>();
  let block: Block | undefined;
  let page: number | undefined;
  const line = (): Piece[] => {
    if (!block) blocks.push((block = { lines: [[]], heading: false, ...(page !== undefined ? { page } : {}) }));
    return block.lines[block.lines.length - 1]!;
  };
  const endBlock = () => {
    if (block) {
      // Blank lines of preformatted text are kept (they separate its paragraphs); trailing ones are not.
      if (block.pre) while (block.lines.length && !block.lines[block.lines.length - 1]!.some((p) => p.text.trim())) block.lines.pop();
      else {
        const kept: Piece[][] = [];
        let blank = false;
        for (const l of block.lines) {
          blank ||= afterBlank.has(l);
          if (!l.some((p) => p.text.trim())) continue;
          if (blank && kept.length) (block.breaks ??= new Set()).add(kept.length);
          blank = false;
          kept.push(l);
        }
        block.lines = kept;
      }
      if (!block.lines.length) blocks.pop();
    }
    block = undefined;
  };
  const newLine = () => {
    if (block && (block.pre || block.lines[block.lines.length - 1]!.some((p) => p.text.trim()))) block.lines.push([]);
    else if (block && block.lines.length > 1) afterBlank.add(block.lines[block.lines.length - 1]!);
  };
  interface Context {
    bold: boolean;
    pre: boolean;
    inArticle: boolean;
    heading: boolean;
    cls?: string;
    firstCell?: boolean;
  }
  const walk = (node: HtmlNode, ctx: Context): void => {
    if (node.type === 'text') {
      const raw = (node.data ?? '').replace(/\u00a0/g, ' ');
      const at = node.startIndex ?? 0;
      if (ctx.pre) {
        const first = lineOf(at);
        raw.split(/\r\n|\r|\n/).forEach((part, k) => {
          if (k > 0) newLine();
          if (part) line().push({ text: part, bold: ctx.bold, sourceLine: first + k, ...(ctx.cls ? { cls: ctx.cls } : {}) });
        });
        block!.pre = true;
        return;
      }
      const atLineStart = !(block && block.lines[block.lines.length - 1]!.some((p) => p.text.trim()));
      // Briefings mark a question with `Q` and a run of spaces (often no-break ones): the run is the label, so it is kept.
      const spaced = atLineStart ? SPACED_QA.exec(node.data ?? '') : null;
      const text = spaced ? `${spaced[1]}${SPACED_GAP}${raw.slice(spaced[0].length).replace(/\s+/g, ' ')}` : raw.replace(/\s+/g, ' ');
      if (!text.trim() && !(block && block.lines[block.lines.length - 1]!.length)) return;
      const sourceLine = lineOf(at + Math.max(0, raw.search(/\S/)));
      line().push({ text, bold: ctx.bold, sourceLine, ...(ctx.cls ? { cls: ctx.cls } : {}), ...(ctx.firstCell ? { firstCell: true } : {}) });
      if (ctx.heading) block!.heading = true;
      return;
    }
    const tag = tagOf(node);
    if (!tag) {
      if (node.type === 'root') for (const c of node.children ?? []) walk(c, ctx);
      return;
    }
    if (SKIPPED.has(tag) || tag === 'nav' || isChrome(node, tag)) return;
    if (LINK_LIST_TAGS.has(tag) && isLinkList(node)) return;
    // The page's own header and footer are chrome; an article's are part of it.
    if ((tag === 'header' || tag === 'footer') && !ctx.inArticle) return;
    if (tag === 'br') return newLine();
    if (tag === 'hr') return endBlock();
    // pdftohtml marks each page with `<a name=N>`.
    if (tag === 'a' && /^\d+$/.test(attr(node, 'name')) && !attr(node, 'href')) {
      endBlock();
      page = Number(attr(node, 'name'));
    }
    const style = attr(node, 'style');
    const next: Context = {
      ...ctx,
      bold: ctx.bold || tag === 'b' || tag === 'strong' || /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i.test(style),
      pre: ctx.pre || tag === 'pre',
      inArticle: ctx.inArticle || tag === 'article' || tag === 'main',
      heading: ctx.heading || HEADINGS.test(tag),
      ...(attr(node, 'class') && !BLOCKS.has(tag) ? { cls: attr(node, 'class') } : {}),
    };
    if (tag === 'tr') return tableRow(node, next);
    const isBlock = BLOCKS.has(tag);
    if (isBlock) endBlock();
    for (const c of node.children ?? []) walk(c, next);
    if (isBlock) endBlock();
  };
  /** A table row: its cells on one line; a short first cell before others is a speaker column. */
  const tableRow = (row: HtmlNode, ctx: Context) => {
    endBlock();
    const cells = (row.children ?? []).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
    const filled = cells.filter((c) => textOf(c).trim());
    const speakerColumn = filled.length >= 2 && isShortName(textOf(filled[0]!));
    for (const cell of cells) {
      if (block && line().length) line().push({ text: ' ', bold: false });
      for (const c of cell.children ?? []) walk(c, { ...ctx, firstCell: speakerColumn && cell === filled[0] });
    }
    endBlock();
  };
  walk(root, { bold: false, pre: false, inArticle: false, heading: false });
  endBlock();
  return blocks;
}

/** A few words that can be a speaker's name or label: no sentence, not too long. */
export function isShortName(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
  if (!t || t.length > 60 || !/^[\p{L}(]/u.test(t)) return false;
  if (/[.!?;,]$/.test(t) && !/\b(?:Mr|Mrs|Ms|Dr|Hon|Jr|Sr)\.$/.test(t)) return false;
  return t.split(' ').length <= 7;
}
