/**
 * Place markers: where a turn of a converted document stood in its original.
 * `Convert to Transcript` writes a document's turns (a PDF's, a Word file's)
 * with the original's place before each: `⟦12:3–12:9⟧ MR SMITH: words`. The
 * white square brackets are used by no transcript convention, so a marker is
 * never a speaker's words; the plain reader reads the markers back as places
 * (`Transcript.origin.places`), and tags and exports of the converted file
 * cite them as they would cite the original.
 */
import type { DocumentOrigin, Place } from '../transcript/model';
import { frontMatterEnd, readFrontMatter } from './frontMatter';
import { lineTable } from '../text';

/** What opens and closes a place marker. */
export const PLACE_OPEN = '⟦';
export const PLACE_CLOSE = '⟧';

/** A marker at the start of a line, and the spaces after it. */
const MARKER = /^⟦([^⟦⟧\r\n]{1,120})⟧[ \t]*/;

/** The marker written before a turn: `⟦12:3⟧ ` (a `⟦` or `⟧` in the citation is dropped). */
export function placeMarker(ref: string): string {
  const clean = ref.replace(/[⟦⟧\r\n]+/g, ' ').trim().slice(0, 120);
  return clean ? `${PLACE_OPEN}${clean}${PLACE_CLOSE} ` : '';
}

/** A text whose place markers are blanked out (same length, so every offset holds), and the places they name. */
export interface MarkedText {
  /** The text with each marker replaced by spaces. */
  masked: string;
  /** One place per marker: from its line to the next marker's line. */
  places: Place[];
}

/** Finds the place markers at the start of lines; undefined when the text has none (the common case, decided in one search). */
export function findPlaceMarkers(text: string): MarkedText | undefined {
  if (!text.includes(PLACE_OPEN)) return undefined;
  const found: Array<{ line: number; length: number; ref: string }> = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (text.charCodeAt(from) === 0x27e6 || (from === 0 && text.startsWith('\ufeff' + PLACE_OPEN))) {
      const at = text.charCodeAt(from) === 0xfeff ? from + 1 : from;
      const m = MARKER.exec(text.slice(at, Math.min(end, at + 200)));
      if (m) found.push({ line: at, length: m[0].length, ref: m[1]!.trim() });
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  if (found.length === 0) return undefined;
  const parts: string[] = [];
  let last = 0;
  const places: Place[] = [];
  found.forEach((f, i) => {
    parts.push(text.slice(last, f.line), ' '.repeat(f.length));
    last = f.line + f.length;
    const next = found[i + 1]?.line ?? text.length;
    places.push({ start: f.line, end: next, ref: f.ref, ...refFields(f.ref) });
  });
  parts.push(text.slice(last));
  return { masked: parts.join(''), places };
}

/** The page and line of a `12:3` citation (the start of a range), so a page can be cited on its own. */
function refFields(ref: string): Partial<Place> {
  const m = /^(\d{1,5}):(\d{1,4})\b/.exec(ref);
  return m ? { page: Number(m[1]), line: Number(m[2]) } : {};
}

/** The origin of a converted file: the places of its markers, and the original its front matter names (`source: hearing.pdf`). */
export function markedOrigin(text: string, places: Place[]): DocumentOrigin {
  const lines = lineTable(text);
  const end = frontMatterEnd(text, lines);
  const source = end > 0 ? readFrontMatter(text, lines, end).get('source') : undefined;
  const named = source && !/^https?:\/\//i.test(source) ? source : undefined;
  const kind = named ? (/\.([A-Za-z0-9]{1,8})$/.exec(named)?.[1]?.toLowerCase() ?? 'document') : 'document';
  return { kind, ...(named ? { fileName: named } : {}), places };
}
