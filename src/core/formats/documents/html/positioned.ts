/**
 * pdftohtml's `-c` output: every line of a PDF page an absolutely positioned
 * `<p>` or `<div>` (`style="position:absolute;top:110px;left:108px"`) inside
 * a page `<div id="page1-div">`. The lines are read in order of their place on
 * the page (top, then left; pieces at the same height make one line), each
 * with its page as its place (`p. N`).
 */
import { attr, findAll, tagOf, type HtmlNode } from './dom';
import type { ExtractedText } from '../extracted';

const TOP = /(?:^|;)\s*top\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const LEFT = /(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px/i;

/** The page containers of a pdftohtml `-c` page, or none when the page is not one. */
export function positionedPages(root: HtmlNode): HtmlNode[] {
  const pages = findAll(root, (n) => /^page\d+-div$/.test(attr(n, 'id')));
  if (pages.length) return pages;
  const placed = findAll(root, (n) => (tagOf(n) === 'p' || tagOf(n) === 'div') && /position\s*:\s*absolute/i.test(attr(n, 'style')) && TOP.test(attr(n, 'style')));
  return placed.length >= 10 ? [root] : [];
}

/** Adds the pages' lines to the extracted text in reading order. */
export function writePositioned(pages: readonly HtmlNode[], out: ExtractedText): void {
  pages.forEach((pageNode, i) => {
    const page = Number(/^page(\d+)-div$/.exec(attr(pageNode, 'id'))?.[1] ?? i + 1);
    const pieces = findAll(pageNode, (n) => (tagOf(n) === 'p' || tagOf(n) === 'div') && TOP.test(attr(n, 'style')))
      .map((n) => ({ top: Number(TOP.exec(attr(n, 'style'))![1]), left: Number(LEFT.exec(attr(n, 'style'))?.[1] ?? 0), lines: linesOf(n) }))
      .filter((p) => p.lines.length)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: Array<{ top: number; parts: typeof pieces }> = [];
    const near = sameLineTolerance(pieces.map((p) => p.top));
    for (const p of pieces) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(p.top - last.top) <= near) last.parts.push(p);
      else lines.push({ top: p.top, parts: [p] });
    }
    if (i > 0 && lines.length) out.newline();
    let first = true;
    for (const l of lines) {
      const parts = l.parts.sort((a, b) => a.left - b.left);
      // Pieces side by side on one line are one line; a piece of several lines (`-s` output joins a paragraph's lines with `<br>`) keeps them.
      const written = parts.every((p) => p.lines.length === 1) ? [parts.map((p) => p.lines[0]).join(' ')] : parts.flatMap((p) => p.lines);
      for (const text of written) {
        if (!first) out.newline();
        first = false;
        out.add(text, { ref: `p. ${page}`, page });
      }
    }
  });
}

/** A positioned element's text lines: its text with `<br>` as line breaks, spaces collapsed. */
function linesOf(node: HtmlNode): string[] {
  const lines: string[] = [''];
  const walk = (n: HtmlNode) => {
    if (n.type === 'text') lines[lines.length - 1] += n.data ?? '';
    else if (tagOf(n) === 'br') lines.push('');
    else for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return lines.map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
}

/**
 * How far apart two pieces' tops may be and still be one line: a bold label
 * and the words after it sit a few pixels apart. A fraction of the page's
 * usual line spacing, at most 6px.
 */
function sameLineTolerance(tops: readonly number[]): number {
  const gaps: number[] = [];
  for (let k = 1; k < tops.length; k++) if (tops[k]! - tops[k - 1]! > 0) gaps.push(tops[k]! - tops[k - 1]!);
  if (!gaps.length) return 3;
  gaps.sort((a, b) => a - b);
  return Math.max(2, Math.min(6, gaps[gaps.length >> 1]! * 0.4));
}
