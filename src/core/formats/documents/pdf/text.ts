/**
 * The extracted text of a PDF: its body lines in reading order, a line break
 * after each, a blank line where a paragraph starts (a wider gap than the
 * page's line spacing, or a first line indented from the margin), words broken
 * at a line's end joined again, and every line's place `page:line`.
 */
import type { PlaceRef } from '../writer';
import { ExtractedText } from '../extracted';
import type { BodyLine, LaidPage } from './furniture';
import { joinBroken, vocabulary } from './hyphens';

/** A gap between lines this many times the page's usual spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** Lines whose type sizes differ by more than this share are not one paragraph. */
const SIZE_CHANGE = 0.15;

/** A body line ready to write: its text, its place, and whether a paragraph starts with it. */
interface Written {
  text: string;
  place: PlaceRef;
  paragraph: boolean;
}

/**
 * Writes the pages' lines as text. A place's ref is `page:line` for every
 * PDF: the printed page number (else the file's page index) and the court
 * reporter's line number where the page prints one, else the line's rank
 * among the page's lines of words.
 */
export function writePages(pages: readonly LaidPage[]): ExtractedText {
  const lines: Written[] = [];
  for (const p of pages) {
    const spacing = usualSpacing(p.lines);
    const margin = leftMargin(p.lines);
    p.lines.forEach((l, i) => {
      lines.push({
        text: l.text.replace(/\u00ad(?=.)/g, ''),
        place: { ref: `${p.page}:${l.line}`, page: p.page, line: l.line },
        paragraph: !p.numbered && i > 0 && startsParagraph(p.lines[i - 1]!, l, spacing, margin),
      });
    });
  }
  const words = vocabulary(lines.map((l) => l.text));
  const out = new ExtractedText();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (out.size) out.newline(l.paragraph);
    const next = lines[i + 1];
    const tail = next && !next.paragraph ? (/^\S+/.exec(next.text)?.[0] ?? '') : '';
    const join = tail ? joinBroken(l.text, tail, words) : undefined;
    if (!join) {
      out.add(l.text, l.place);
      continue;
    }
    // The broken word is written whole on this line; its tail's place is the next line's.
    out.add(join === 'join' ? l.text.replace(/[-\u00ad]$/, '') : l.text, l.place);
    out.add(tail, next!.place);
    next!.text = next!.text.slice(tail.length).trimStart();
  }
  return out;
}

/** The most common distance between baselines of consecutive lines on the page. */
function usualSpacing(lines: readonly BodyLine[]): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.round(lines[i - 1]!.y - lines[i]!.y);
    if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const g of gaps) if (!best || g[1] > best[1] || (g[1] === best[1] && g[0] < best[0])) best = g;
  return best?.[0] ?? 0;
}

/** The x where most lines of the page start. */
function leftMargin(lines: readonly BodyLine[]): number {
  const xs = new Map<number, number>();
  for (const l of lines) xs.set(Math.round(l.x), (xs.get(Math.round(l.x)) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const x of xs) if (!best || x[1] > best[1]) best = x;
  return best?.[0] ?? 0;
}

/**
 * A line starts a paragraph after a wide gap (or a jump to another column),
 * where the type size changes (a heading), or when indented from a line at
 * the margin.
 */
function startsParagraph(before: BodyLine, line: BodyLine, spacing: number, margin: number): boolean {
  const gap = before.y - line.y;
  if (gap <= 0 || (spacing > 0 && gap > spacing * PARAGRAPH_GAP)) return true;
  if (Math.abs(before.size - line.size) > Math.min(before.size, line.size) * SIZE_CHANGE) return true;
  return line.x > margin + line.size && Math.abs(before.x - margin) < line.size / 2;
}
