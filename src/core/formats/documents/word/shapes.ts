/**
 * The shapes of a Word paragraph that say who speaks: a timestamp at its
 * start, a bold label at its start (`**Name:** words`), a label alone in its
 * own paragraph (a speaker style, or a short bold or capitalised name), and a
 * stage direction. Each test looks at one paragraph; the reader decides by how
 * many paragraphs of the document have the shape.
 */
import { isNameLike } from '../../labels';
import { isRoleWord } from '../../../transcript/roleWords';
import { parseTimestamp } from '../../../transcript/time';
import { boldRunAt, isAllBold, type WordParagraph } from './paragraphs';

/** A time written at a paragraph's start: `[00:01:02]`, `00:01:02`, `(01:02)`, followed by white space or a dash. */
const LEADING_TIME = /^\s*([[(]?\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?[\])]?)(?:\s*[-–]\s*|\s+|$)/;
/** A name followed by a time, alone in a paragraph: `Speaker 1  00:03`, `Jane Roe (01:02:03)`. */
const NAME_THEN_TIME = /^(.*?\S)[\s\u00a0]+[-–]?\s*([[(]?\d{1,3}:\d{1,2}(?::\d{1,2})?[\])]?)\s*$/;
/** Style names that say a paragraph holds a speaker's name, in the languages of the records we read. */
const LABEL_STYLE = /speaker|orador|intervinent|interviniente|intervenant|orateur|redner|sprecher|locutor|interlocutor|ponente|oratore|relatore|spreker|talare|taler|puhuja|mówca|vystupuj/i;
/** Style names that say a paragraph is a stage direction or an aside. */
const STAGE_STYLE = /acotaci|stage|direction|kommentar|regie|didasc|anotaci|annotation|aside/i;
/** The longest label we believe, in characters. */
const MAX_LABEL = 90;

/** A time at the start of a paragraph: its value in seconds and where the text after it starts. */
export function leadingTime(text: string): { time: number; end: number } | undefined {
  const m = LEADING_TIME.exec(text);
  if (!m) return undefined;
  const time = parseTimestamp(m[1]!);
  return time === undefined ? undefined : { time, end: m[0].length };
}

/** A label found in a paragraph: the name, a time written with it, and where the words after it start (the text's length for a label alone). */
export interface FoundLabel {
  name: string;
  time?: number;
  textStart: number;
  /** True for a bold name set apart by nothing but a space (`**Girl** words`): a label only where the document repeats it. */
  loose?: boolean;
}

/** True when the style's name says the paragraph holds a speaker's name. */
export function isLabelStyle(style: string | undefined): boolean {
  return !!style && LABEL_STYLE.test(style);
}

/** True when the paragraph is a stage direction: its style says so, or it is wholly in parentheses. */
export function isStage(p: WordParagraph): boolean {
  const t = p.text.trim();
  if (!t) return false;
  if (p.style && STAGE_STYLE.test(p.style)) return true;
  return t.length <= 300 && /^\([^()]*\)\.?$/.test(t);
}

/** A label written in a speaker style: any short text, a time beside it aside. */
export function styledLabel(p: WordParagraph): FoundLabel | undefined {
  if (!isLabelStyle(p.style)) return undefined;
  return aloneLabel(p.text, false);
}

/**
 * A label alone in its paragraph without a speaker style: a short name in bold
 * or capitals, or a name with a time beside it. Whether such paragraphs are
 * labels is decided over the document (they must repeat).
 */
export function plainLabel(p: WordParagraph): FoundLabel | undefined {
  if (p.cell) return undefined;
  const found = aloneLabel(p.text, true);
  if (!found) return undefined;
  if (found.time !== undefined) return found;
  return isCaps(found.name) || isAllBold(p) ? found : undefined;
}

/** True when the letters of a text are all capitals (two at least). */
function isCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function aloneLabel(raw: string, strict: boolean): FoundLabel | undefined {
  let text = raw.trim();
  if (!text || text.length > MAX_LABEL || text.includes('\n')) return undefined;
  let time: number | undefined;
  const lead = leadingTime(text);
  if (lead) {
    time = lead.time;
    text = text.slice(lead.end).trim();
  }
  // `Speaker 1 (00:00):` — the colon after the time is the label's.
  text = text.replace(/\s*:$/, '');
  const tail = NAME_THEN_TIME.exec(text);
  if (tail && time === undefined) {
    const t = parseTimestamp(tail[2]!);
    if (t !== undefined) {
      time = t;
      text = tail[1]!;
    }
  }
  const name = text.replace(/\s*:$/, '').trim();
  if (!name || /[.?!;,]$/.test(name) && !/\b\p{Lu}\p{L}{0,3}\.$/u.test(name)) return undefined;
  if (name.split(/\s+/).length > 10) return undefined;
  if (strict && !isNameLike(name) && !isRoleWord(name)) return undefined;
  return { name, ...(time !== undefined ? { time } : {}), textStart: raw.length };
}

/**
 * A bold label at the start of a paragraph (after a timestamp, if any), with
 * the words after it: `**Jane Roe:** words`, `**JANE ROE** words`,
 * `**Jane Roe**<tab>words`. The name must read as a name or a role.
 */
export function boldLabel(p: WordParagraph): FoundLabel | undefined {
  if (!p.bold.length) return undefined;
  const text = p.text;
  const lead = leadingTime(text);
  const from = lead ? lead.end : 0;
  const boldEnd = boldRunAt(p, from);
  if (boldEnd <= from) return undefined;
  let label = text.slice(from, boldEnd);
  let after = boldEnd;
  // The colon may be in regular type just after the bold name.
  const colon = /^\s*:/.exec(text.slice(after));
  if (colon) after += colon[0].length;
  const hadColon = !!colon || /:\s*$/.test(label);
  label = label.replace(/\s*:\s*$/, '').trim();
  // A bold label that takes its whole paragraph is a label alone, decided elsewhere.
  const rest = text.slice(after);
  if (!rest.trim()) return undefined;
  // Without a colon, the label must be set apart by a tab, or be in capitals, or be followed by more white space.
  if (!label || label.length > 60 || label.includes('\n')) return undefined;
  // A bold lead-in phrase (`**Summary** The council...`) is no label unless the document repeats it: without a colon,
  // a tab, two spaces or capitals set a label apart, and `loose` says the reader must see the name again.
  const loose = !hadColon && !/^(?:\t|[ \u00a0]{2})/.test(rest) && !isCaps(label);
  if (!isNameLike(label) && !isRoleWord(label)) return undefined;
  const skip = /^\s*/.exec(rest)![0].length;
  return { name: label, ...(lead ? { time: lead.time } : {}), textStart: after + skip, ...(loose ? { loose } : {}) };
}
