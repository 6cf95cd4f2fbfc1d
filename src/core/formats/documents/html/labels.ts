/**
 * Writing a page's blocks as text the plain-text reader reads: a label the
 * page marks by styling alone (a bold run, a table's speaker column, a class
 * used only at the start of lines) is written with a colon after it when it
 * has none (`<b>Ana Ruiz</b> We start` → `Ana Ruiz: We start`). The colon is
 * the only thing written that the page does not have.
 */
import { isShortName, SPACED_GAP, type Block, type Piece } from './blocks';
import type { ExtractedText } from '../extracted';

/** Classes that mark labels: used at least twice at the start of a line with words after, never elsewhere. */
function labelClasses(blocks: readonly Block[]): Set<string> {
  const atStart = new Map<string, number>();
  const elsewhere = new Set<string>();
  for (const b of blocks) {
    for (const line of b.lines) {
      line.forEach((p, k) => {
        if (!p.cls || !p.text.trim()) return;
        const first = line.findIndex((q) => q.text.trim()) === k;
        const more = line.slice(k + 1).some((q) => q.text.trim() && q.cls !== p.cls);
        if (first && more && isShortName(p.text)) atStart.set(p.cls, (atStart.get(p.cls) ?? 0) + 1);
        else if (!first || !more) elsewhere.add(p.cls);
      });
    }
  }
  return new Set([...atStart].filter(([c, n]) => n >= 2 && !elsewhere.has(c)).map(([c]) => c));
}

/** Labels on a line of their own: the names, and the lines of headings that are labels. */
export interface Standalone {
  /** Names written alone on a bold line, each time followed by speech. */
  names: Set<string>;
  /** Heading lines that name a speaker (`<h3 class="speaker">Ana</h3>`, `<h2>Ana Ruiz <button>4:34</button></h2>`) followed by speech. */
  headings: Set<readonly Piece[]>;
}

/**
 * Lines on their own that name someone more than once, each time followed by
 * speech (a line that is neither bold, nor a heading, nor in capitals):
 * labels on a line of their own. Bold lines are such labels, and so are
 * headings: podcast and conference pages give each turn a heading with the
 * speaker's name. A converted PDF's pages (pdftohtml) have none: their bold
 * lines are headings, and the plain reader finds their labels as in a PDF.
 */
function standaloneNames(blocks: readonly Block[]): Standalone {
  const found: Standalone = { names: new Set(), headings: new Set() };
  if (blocks.some((b) => b.page !== undefined)) return found;
  const bold = new Map<string, number>();
  const headed = new Map<string, Array<readonly Piece[]>>();
  const lines = blocks.flatMap((b) => b.lines.map((line) => ({ line, heading: b.heading })));
  lines.forEach(({ line, heading }, k) => {
    const words = line.filter((p) => p.text.trim());
    if (!words.length || !(heading || words.every((p) => p.bold))) return;
    const after = lines[k + 1];
    const next = after?.line.filter((p) => p.text.trim());
    const nextText = norm((next ?? []).map((p) => p.text).join(''));
    if (!next?.length || after!.heading || next.every((p) => p.bold) || nextText === nextText.toUpperCase()) return;
    const text = norm(words.map((p) => p.text).join(''));
    if (!isShortName(text) || /:$/.test(text)) return;
    if (heading) headed.set(text, [...(headed.get(text) ?? []), line]);
    else bold.set(text, (bold.get(text) ?? 0) + 1);
  });
  for (const [name, n] of bold) if (n >= 2) found.names.add(name);
  for (const [, at] of headed) if (at.length >= 2) for (const line of at) found.headings.add(line);
  return found;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `norm`, keeping the gap after a spaced `Q`/`A` that `pageBlocks` wrote at the line's start. */
const normLine = (s: string) => {
  const t = s.replace(/^\s+/, '');
  return /^[QA]$/.test(t.charAt(0)) && t.startsWith(SPACED_GAP, 1) ? `${t.charAt(0)}${SPACED_GAP}${norm(t.slice(1))}` : norm(s);
};

/** The text of a line with a styled label at its start written as `Label: `. */
export function lineText(line: readonly Piece[], classes: Set<string>, standalone: Standalone, heading: boolean): string {
  const text = normLine(line.map((p) => p.text).join(''));
  if (heading) return standalone.headings.has(line) ? `${text}:` : text;
  const marks = (p: Piece) => p.bold || p.firstCell === true || (p.cls !== undefined && classes.has(p.cls));
  let k = 0;
  while (k < line.length && !line[k]!.text.trim()) k++;
  let end = k;
  while (end < line.length && (marks(line[end]!) || (!line[end]!.text.trim() && end + 1 < line.length && marks(line[end + 1]!)))) end++;
  if (end === k) return text;
  const label = norm(line.slice(k, end).map((p) => p.text).join(''));
  const rest = norm(line.slice(end).map((p) => p.text).join(''));
  if (!rest) return standalone.names.has(label) ? `${label}:` : text;
  if (!isShortName(label) || /:$/.test(label) || /^[:.]/.test(rest)) return text;
  return `${label}: ${rest}`;
}

/**
 * Adds the blocks to the extracted text: a line per line, a blank line
 * between blocks, each with its place (`¶ N`, or `p. N` on a converted PDF's
 * pages). Where the text has fewer lines than the page's source, blank lines
 * are added so that a line stands on the line of the source it came from:
 * line numbers in the outline are then the page's own.
 */
export function writeBlocks(blocks: readonly Block[], out: ExtractedText): void {
  const classes = labelClasses(blocks);
  const standalone = standaloneNames(blocks);
  let at = 0;
  const newline = (n = 1) => {
    for (let k = 0; k < n; k++) out.newline();
    at += n;
  };
  let paragraph = 0;
  const placeOf = (b: Block) => (b.page !== undefined ? { ref: `p. ${b.page}`, page: b.page } : { ref: `¶ ${paragraph}`, paragraph });
  blocks.forEach((b, i) => {
    if (i > 0) newline(2);
    paragraph++;
    let place = placeOf(b);
    b.lines.forEach((line, k) => {
      // A paragraph parted by an empty line (`<br><br>`) is a paragraph of its own, with a blank line before it.
      if (k > 0 && b.breaks?.has(k)) {
        paragraph++;
        place = placeOf(b);
        newline();
      }
      if (k > 0) newline();
      const source = line.find((p) => p.text.trim())?.sourceLine;
      if (source !== undefined && source > at) newline(source - at);
      out.add(b.pre ? line.map((p) => p.text).join('').trimEnd() : lineText(line, classes, standalone, b.heading), place);
    });
  });
}
