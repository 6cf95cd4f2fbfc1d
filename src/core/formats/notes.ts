/** Inline notes: `[inaudible]`, `[In Russian, on UN reform]`, `(Laughter.)`, `(via interpreter)`. */
import type { InlineNote } from '../transcript/model';

const MAX_NOTE = 300;
const CUES = /\b(?:laugh(?:ter|s|ing)?|applause|inaudible|unintelligible|crosstalk|cross-talk|pause[sd]?|silence|interrupt(?:s|ion|ed)?|off[- ]mic(?:rophone)?|via interpreter|through (?:an )?interpret(?:er|ation)|as translated|in (?:english|russian|french|spanish|arabic|chinese|german|ukrainian)|speaks|speaking|sic|recess|break|music|video|audio|coughs?|sighs?|chuckles?|end|concluded|adjourned|begins|ends|smiles?|nods?|gestures?)\b/iu;

/** True when a parenthesised text is a stage direction rather than part of a sentence. */
export function isStageDirection(inner: string, wholeLine: boolean): boolean {
  const t = inner.trim();
  if (t.length === 0) return false;
  if (wholeLine) return true;
  if (CUES.test(t)) return true;
  return /^[\p{Lu}]/u.test(t) && /[.!]$/.test(t) && t.split(/\s+/).length <= 15;
}

/** True for a line that is only a stage direction or a bracketed note: `(Applause.)`, `[END]`. */
export function isStageLine(line: string): boolean {
  // An end mark: `###`, `-end-`, a press office's `ENDS`, `- ENDS -`, `-30-`, `***`.
  return /^(?:\([^()]{1,300}\)|\[[^[\]]{1,300}\]|#\s*#\s*#|[-–—]?\s*ends?\s*[-–—]?|[-–—]\s*30\s*[-–—]|\*\s*\*\s*\*)$/iu.test(line) || isRecordNote(line);
}

/** True for a record's note of the sitting itself, without brackets (RECORD_NOTE): the head's or the close's, no words said. */
export function isRecordNote(line: string): boolean {
  return line.length <= 120 && (line.charCodeAt(0) | 32) === 116 && RECORD_NOTE.test(line);
}

/**
 * A record's note of the sitting itself, without brackets: `The meeting was called to order at 10.05 a.m.`, `The
 * meeting rose at 11.20 a.m.`, `The sitting was suspended at 4 p.m.`, `The briefing concluded at 2:41 p.m.`, `The House met
 * at 2.30 p.m.`, `The agenda was adopted.`
 */
const RECORD_NOTE = /^the (?:(?:meeting|sitting|session|hearing|briefing|conference|house|senate|committee|council) (?:was |is )?(?:called to order|rose|suspended|resumed|adjourned|closed|opened|concluded|ended|met)(?: at .{1,40})?|agenda (?:was|is) adopted\.?)$/iu;

/** Every note in text[from, to): linear in the length, bracket pairs on one line only. */
export function findNotes(text: string, from: number, to: number, offset = 0): InlineNote[] {
  const notes: InlineNote[] = [];
  let i = from;
  // The next `[` and `(` are remembered: searching afresh each time would be quadratic.
  let b = -2;
  let p = -2;
  while (i < to) {
    if (b !== -1 && b < i) b = text.indexOf('[', i);
    if (p !== -1 && p < i) p = text.indexOf('(', i);
    const open = b < 0 ? p : p < 0 ? b : Math.min(b, p);
    if (open < 0 || open >= to) break;
    const isBracket = text.charCodeAt(open) === 91;
    // Compared as character codes: no one-character string per character looked at.
    const closeChar = isBracket ? 93 : 41;
    const openChar = isBracket ? 91 : 40;
    let close = -1;
    const limit = Math.min(to, open + MAX_NOTE);
    for (let k = open + 1; k < limit; k++) {
      const ch = text.charCodeAt(k);
      if (ch === closeChar) {
        close = k;
        break;
      }
      if (ch === openChar || ch === 10 || ch === 13) break;
    }
    if (close < 0) {
      i = open + 1;
      continue;
    }
    const inner = text.slice(open + 1, close);
    if (isBracket) {
      if (inner.trim().length > 0 && !/^\d{1,2}:\d{2}/.test(inner)) notes.push({ kind: 'bracket', text: inner.trim(), start: open + offset, end: close + 1 + offset });
    } else {
      const wholeLine = onlySpaceBefore(text, open) && onlySpaceAfter(text, close + 1);
      if (isStageDirection(inner, wholeLine) && !/^\d{1,2}:\d{2}/.test(inner)) notes.push({ kind: 'stage', text: inner.trim(), start: open + offset, end: close + 1 + offset });
    }
    i = close + 1;
  }
  return notes;
}

/** True when only spaces stand between the line start and `at`; stops at the first other character. */
function onlySpaceBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** True when only spaces stand between `at` and the line end. */
function onlySpaceAfter(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
