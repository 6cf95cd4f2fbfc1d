/**
 * The record's own narration inside a speech of a Westminster Hansard
 * (Australia, South Africa, the United Kingdom, New Zealand): what the House
 * did, written by the reporters as a sentence of its own among the member's
 * paragraphs (`Leave granted.`, `Question agreed to.`, `Bill read a second
 * time.`, `Debate adjourned.`). Nobody says it, so it is a stage direction.
 */

/** What the House acts on: the subject of an outcome. */
const SUBJECT = String.raw`(?:(?:(?:original|main|further|proposed|the|that)\s+)?(?:question|questions|motion|motions|amendment|amendments|bill|bills|clause|clauses|schedule|schedules|report|reports|resolution|resolutions|leave|debate|order|orders|sitting|consideration|division|petition|papers?|message|title|preamble|remaining stages?|(?:[\p{L}]+\s+)?amendments?)` +
  // A bill by its title: `Judges’ Pensions Amendment Bill 2007 and Federal Magistrates Amendment Bill 2007 reported…`.
  String.raw`|\p{Lu}[^.;:!?]{0,200}?\bBills?\s+\d{4}(?:\s+and\s+\p{Lu}[^.;:!?]{0,200}?\bBills?\s+\d{4})*)`;
/** The outcome, in the reporters' participles. */
const OUTCOME = String.raw`(?:agreed to|announced|negatived|granted|not granted|refused|withdrawn|read (?:a|the) (?:first|second|third) time|adjourned|concluded|resumed|interrupted|postponed|suspended|put|carried|lost|passed|adopted|disposed of|resolved in the (?:affirmative|negative)|reported|noted|accordingly adopted)`;
/** What may follow an outcome: `without debate`, `with amendments`, `forthwith`, `by leave`. */
const AFTER = String.raw`(?:,?\s+(?:without (?:debate|amendment|division)|with(?:out)? (?:an )?amendments?|accordingly|forthwith|by leave|on division|and passed(?: through its remaining stages)?|in committee|and adopted|and bill passed|(?:from|until|till|at|to) [\p{N}.:]+(?:\s*(?:am|pm|a\.m\.|p\.m\.|noon))?))*`;
/** Between the subject and its outcome: a number or a name of the thing (`Clauses 1 to 5`, `Bill, as amended,`), never a verb. */
const BETWEEN = String.raw`(?:[\s,]+(?!(?:is|be|been|was|were|will|shall|should|would|has|have|had|I|we|you)\b)[\p{L}\p{N}()'’–-]+){0,14}?`;

const NARRATION = new RegExp(String.raw`^${SUBJECT}${BETWEEN},?\s+(?:(?:be|been|being)\s+)?${OUTCOME}${AFTER}\s*[.;]?$`, 'iu');

/** The longest sentence taken for narration. */
const MAX_NARRATION = 300;

/** True when a sentence is the record's narration of what the House did, not words a member said. */
export function isNarration(sentence: string): boolean {
  const t = sentence.trim();
  if (t.length === 0 || t.length > MAX_NARRATION || !/^\p{Lu}/u.test(t)) return false;
  // `That the report be adopted.` is the motion the member reads out, not what the House did.
  if (/^that\b/i.test(t)) return false;
  // `Bill reported without amendment; report adopted.`: two outcomes in one sentence.
  if (t.includes(';')) return t.split(';').every((part) => NARRATION.test(part.trim()) && !/^that\b/i.test(part.trim()));
  return NARRATION.test(t);
}

/**
 * Splits a paragraph's words where the record's narration closes it: `That the
 * Report be adopted. Motion agreed to.` gives the words and `Motion agreed
 * to.`; a paragraph that is narration alone gives no words.
 */
export function splitNarration(words: string): { said: string; narration: string[] } {
  const narration: string[] = [];
  let said = words.trim();
  while (said) {
    if (isNarration(said)) {
      narration.unshift(said);
      return { said: '', narration };
    }
    // The last sentence: after the last stop followed by a space, looked for only near the end (narration is short).
    let cut = -1;
    for (let k = said.length - 2; k > 0 && k >= said.length - MAX_NARRATION - 2; k--) {
      const c = said.charCodeAt(k);
      if ((c === 46 || c === 33 || c === 63 || c === 58 || c === 59) && /\s/.test(said.charAt(k + 1))) {
        cut = k + 1;
        break;
      }
    }
    if (cut < 0 || !isNarration(said.slice(cut))) break;
    narration.unshift(said.slice(cut).trim());
    said = said.slice(0, cut).trim();
  }
  return { said, narration };
}
