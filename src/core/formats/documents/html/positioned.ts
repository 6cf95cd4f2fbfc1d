/**
 * pdftohtml's `-c` output: every line of a PDF page an absolutely positioned
 * `<p>` or `<div>` (`style="position:absolute;top:110px;left:108px"`) inside
 * a page `<div id="page1-div">`. The lines are read in order of their place on
 * the page (top, then left; pieces at the same height make one line), each
 * with its page as its place (`p. N`).
 */
import { attr, findAll, tagOf, textOf, type HtmlNode } from './dom';
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
      .map((n) => ({ top: Number(TOP.exec(attr(n, 'style'))![1]), left: Number(LEFT.exec(attr(n, 'style'))?.[1] ?? 0), text: textOf(n).replace(/[\s\u00a0]+/g, ' ').trim() }))
      .filter((p) => p.text)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: Array<{ top: number; parts: typeof pieces }> = [];
    for (const p of pieces) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(p.top - last.top) <= 3) last.parts.push(p);
      else lines.push({ top: p.top, parts: [p] });
    }
    if (i > 0 && lines.length) out.newline();
    lines.forEach((l, k) => {
      if (k > 0) out.newline();
      out.add(l.parts.sort((a, b) => a.left - b.left).map((p) => p.text).join(' '), { ref: `p. ${page}`, page });
    });
  });
}
