/**
 * Words broken at a line's end: `infor-` + `mation` is `information`, but
 * `well-` + `known` stays `well-known` where the document writes that word
 * with its hyphen elsewhere, and `Jean-` + `Pierre` keeps its hyphen because a
 * capital after the break is a name's or a compound's, not a syllable's.
 */

/** The words of a text, lower case, as a set to look broken words up in. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) words.add(w);
  return words;
}

/** How a line ending in `head-` joins the next line's first word `tail`: without the hyphen, with it, or not at all (the dash is no hyphen). */
export function joinBroken(line: string, tail: string, words: ReadonlySet<string>): 'join' | 'keep' | undefined {
  if (line.endsWith('\u00ad')) return 'join';
  const m = /(\p{L}+)-$/u.exec(line);
  if (!m || !tail) return undefined;
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
