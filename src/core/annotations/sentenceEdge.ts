/**
 * Where sentences begin and end, as evidence for a tag's place.
 *
 * Short words that open (or close) a sentence, said again at the start (or end) of another: `Let it be…` opening
 * two sentences in a row. When the sentence that held a tag's words was deleted, the next one's first words stand
 * right after the tag's whole side before, as its own words did, but what follows them is not the tag's side after;
 * the tag's own words, kept with the rest of their sentence deleted, would look the same. A re-scrape deletes whole
 * sentences, so the place is as likely the next sentence's words as the tag's: nothing tells which. Works on
 * normalised text (see normalize.ts).
 */

/** A sentence's end, with a closing quote or bracket, and the space after it. */
const SENTENCE_END = /[.!?…]["”’')\]]*\s*$/;
/** A sentence's start after white space: the side before begins with what ended the last sentence. */
const SENTENCE_START = /^\s*["“‘'([]*\s*\p{Lu}/u;

/** How much of the other side must agree beside the place for the words there to be taken as the tag's, at least. */
const OTHER_SIDE = 0.5;

/**
 * Which of the tag's sides stands whole beside a place while the other agrees less than half (`before`, `after`),
 * where the words open a sentence after that side (close one before it) without being the whole sentence: the place
 * may be the start (end) of the sentence after (before) the words' own, deleted. Undefined otherwise.
 */
export function sentenceEdgeInDoubt(p: string, q: string, s: string, before: number, after: number): 'before' | 'after' | undefined {
  const sentenceEnd = SENTENCE_END.test(q);
  if (before === 1 && after < OTHER_SIDE && SENTENCE_END.test(p) && !sentenceEnd && s.trim() !== '') return 'before';
  if (after === 1 && before < OTHER_SIDE && sentenceEnd && SENTENCE_START.test(s) && !SENTENCE_END.test(p) && p.trim() !== '') return 'after';
  return undefined;
}

/** Where a side's agreeing part stops at a sentence's edge: a sentence's end, its closing quote and the space after. */
const ENDS_SENTENCE = /[.!?…]["”’')\]]*\s*$/;
const OPENS_WITH_END = /^[.!?…]["”’')\]]*\s/;

/**
 * True when the agreeing parts of both sides beside exact words reach just to a sentence's edge: the side before
 * agrees back to where a sentence began (its part that disagrees ends a sentence, or the part that agrees begins with
 * the last one's end), and the side after up to where the sentence ends. The words' sentence stands whole, moved
 * among the others (two sentences swapped): what disagrees is only the other sentences around it. `agreeBefore`,
 * `agreeAfter`: how many characters of `p` (its last ones) and of `s` (its first) agree beside the place.
 */
export function sentenceStandsWhole(p: string, s: string, agreeBefore: number, agreeAfter: number): boolean {
  if (agreeBefore === 0 || agreeAfter === 0) return false;
  const before = agreeBefore >= p.length || ENDS_SENTENCE.test(p.slice(0, p.length - agreeBefore)) || OPENS_WITH_END.test(p.slice(p.length - agreeBefore));
  const after = agreeAfter >= s.length || ENDS_SENTENCE.test(s.slice(0, agreeAfter)) || OPENS_WITH_END.test(s.slice(agreeAfter));
  return before && after;
}
