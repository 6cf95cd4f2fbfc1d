/**
 * A tag whose words were cut in two where a paragraph moved: the words before
 * the line break went with the paragraph, the words after it stayed with the
 * side after them (or the other way round). Where the words after the cut are
 * repeated text (a speaker's label, a line break and a name), the moved part
 * is followed by the same words again, and the place looks whole with one side
 * agreeing; but half of its words are not the tag's. Works on normalised text
 * (see normalize.ts).
 */
import { commonAfter, commonBefore } from './evidence';
import { normalizeText } from './normalize';

/** Places of the other side looked at, at most: a side repeated more often is page furniture, no evidence. */
const MAX_SIDE_PLACES = 16;

/** Where the normalised words hold a line break of the original words: the places a paragraph move cuts. */
export function lineBreaksOf(quote: string): Set<number> {
  const norm = normalizeText(quote);
  const out = new Set<number>();
  for (let k = 0; k < norm.text.length; k++) {
    if (norm.text.charCodeAt(k) !== 32) continue;
    for (let i = norm.starts[k]!; i < norm.ends[k]!; i++) {
      const c = quote.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) out.add(k);
    }
  }
  return out;
}

/**
 * True when the words `q` at [from, to), standing beside the side on one
 * end (`byBefore`: the side before them), have the side of their other end
 * standing elsewhere, whole, with a piece of the words beside it that ends or
 * begins at one of the words' line breaks (`breaks`, normalised offsets),
 * in that one place only: the words were cut there, and the place holds only
 * part of them.
 */
export function cutByMove(T: string, from: number, to: number, q: string, breaks: ReadonlySet<number>, other: string, byBefore: boolean): boolean {
  if (other.trim() === '' || breaks.size === 0) return false;
  let seen = 0;
  // A move leaves the other side, with the piece beside it, in one place; standing so in several, they are a formula
  // said before many turns (a label and the words after it), and say nothing of where the words were cut.
  let cuts = 0;
  for (let at = T.indexOf(other); at >= 0 && seen < MAX_SIDE_PLACES; at = T.indexOf(other, at + 1), seen++) {
    if (byBefore ? at === to : at + other.length === from) continue;
    // The piece of the words standing beside the other side there: their end before the side after them, or
    // their beginning after the side before them.
    const piece = byBefore ? commonBefore(T, at, q) : commonAfter(T, at + other.length, q);
    if (piece === 0 || piece >= q.length) continue;
    // White space alone beside the side (the line break itself, a timestamp's hours of zero that compare as
    // nothing after it) is no part of the words standing there: text was put in at the break, not a paragraph moved.
    if (!/[\p{L}\p{N}]/u.test(byBefore ? T.slice(at - piece, at) : T.slice(at + other.length, at + other.length + piece))) continue;
    // A move cuts at a line break: the piece begins (or ends) at one.
    const edge = byBefore ? q.length - piece : piece;
    if ((breaks.has(edge) || breaks.has(edge - 1)) && ++cuts > 1) return false;
  }
  return cuts === 1;
}
