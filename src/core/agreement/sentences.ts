/**
 * A plain sentence splitter for agreement by sentence: a sentence ends at `.`,
 * `!`, `?` or `…` (with any closing quotes and brackets after it) followed by
 * white space, or at the end of its piece of text. Abbreviations such as
 * "Mr." and "U.S." and numbers such as "3.5" do not end a sentence.
 */

/** A span of text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?…。！？]+["'”’)\]»]*(?=\s|$)/gu;
/** Words after which a full stop rarely ends a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'vs', 'etc', 'vol', 'fig', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.' || text[dot + 1] === '.') return false;
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  // Initials and dotted abbreviations: "J.", "U.S."
  if (word !== 'i' && /^(\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, '').length <= 3 && /^\p{Lu}/u.test(text[s]!)) return true;
  return ABBREVIATIONS.has(word);
}

/** The sentences in `text[from, to)`, each trimmed of white space. */
export function splitSentences(text: string, from = 0, to = text.length, out: Span[] = []): Span[] {
  const piece = text.slice(from, to);
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(piece[s]!)) s++;
    while (e > s && /\s/u.test(piece[e - 1]!)) e--;
    if (e > s) out.push({ start: from + s, end: from + e });
  };
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(piece); m; m = TERMINATOR.exec(piece)) {
    if (m[0] === '.' && isAbbreviation(piece, m.index)) continue;
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, piece.length);
  return out;
}
