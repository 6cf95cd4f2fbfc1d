/**
 * Words broken at a line's end: `infor-` + `mation` is `information`, but
 * `well-` + `known` stays `well-known` where the document writes that word
 * with its hyphen elsewhere, and `Jean-` + `Pierre` keeps its hyphen because a
 * capital after the break is a name's or a compound's, not a syllable's.
 *
 * A word broken at a soft hyphen (U+00AD) comes out of pdf.js with no hyphen
 * at all: pdf.js leaves out every invisible format character, and the soft
 * hyphen is one even where it is printed. `consti` + `tution` is joined where
 * the document writes `constitution` whole elsewhere and one of the two parts
 * is no word of its own in it.
 */

/** How often each word of a document occurs (lower case): broken words are looked up in it. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The words of a text, lower case, with how often each occurs. */
export function vocabulary(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  return words;
}

/** How a line ending in `head-` (or in a word whose soft hyphen was dropped) joins the next line's first word `tail`: without the hyphen, with it, or not at all. */
export function joinBroken(line: string, tail: string, words: Vocabulary): 'join' | 'keep' | undefined {
  if (line.endsWith('\u00ad')) return 'join';
  const m = /(\p{L}+)-$/u.exec(line);
  if (!m) return tail ? joinUnmarked(line, tail, words) : undefined;
  if (!tail) return undefined;
  const t = /^[\p{L}]+/u.exec(tail)?.[0];
  if (!t) return 'keep';
  const head = m[1]!.toLowerCase();
  const lower = t.toLowerCase();
  if (words.has(`${head}-${lower}`) && !words.has(head + lower)) return 'keep';
  if (words.has(head + lower)) return 'join';
  // A compound already broken once (`state-of-the-`) keeps its hyphens.
  if (/\p{L}-\p{L}+-$/u.test(line.slice(-m[0].length - 20))) return 'keep';
  return /^\p{Ll}/u.test(t) ? 'join' : 'keep';
}

/**
 * `consti` ⏎ `tution`: a word whose soft hyphen pdf.js dropped. Joined only
 * where the whole word is written elsewhere in the document and one part
 * occurs nowhere else (this break is its only place), so `some` ⏎ `times`
 * and `can` ⏎ `not`, both words of their own, stay two words.
 */
function joinUnmarked(line: string, tail: string, words: Vocabulary): 'join' | undefined {
  const h = /(?<![\p{L}\p{N}'’-])(\p{L}+)$/u.exec(line)?.[1];
  const t = /^\p{Ll}+(?![\p{N}'’-])/u.exec(tail)?.[0];
  if (!h || !t || t.length < tail.replace(/[.,;:!?)\]"”’]+$/u, '').length) return undefined;
  const head = h.toLowerCase();
  // Scripts without case (Chinese, Japanese) run words together; the lower-case first letter of the tail keeps them out.
  if (!words.has(head + t)) return undefined;
  return (words.get(head) ?? 0) < 2 || (words.get(t) ?? 0) < 2 ? 'join' : undefined;
}
