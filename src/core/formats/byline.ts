/**
 * A speech with no speaker labels names its speaker in its header: `Remarks by
 * Mayor Lina Ostrova on ...`, `Foreign Minister Sergey Lavrov's speech at
 * ...`, `By Dr. Amal Reyes`, or a line that is only the name. The whole
 * statement is that speaker's turn, so its tags have a claimant.
 */
import { isNameLike } from './labels';
import { collapseSpace } from '../text';

const KINDS = String.raw`(?:opening |closing |keynote |prepared |press |joint |video |televised |written )?(?:remarks|statement|speech|address|lecture|keynote|testimony|briefing|interview|message|op-ed|article|commencement address|toast|eulogy|sermon)`;
/** `Remarks by NAME at/on/to ...`, `Statement of NAME, ...`. */
const BY = new RegExp(String.raw`\b${KINDS}(?:\s+as\s+(?:prepared|delivered)(?:\s+for\s+delivery)?)?\s+(?:by|of|from)\s+(?<name>.+?)(?:\s+(?:at|on|to|in|before|during|for|after|with|about|regarding|upon|as|following|marking)\b|\s*[,:;(–—|]|\s+-\s|$)`, 'iu');
/** `NAME's speech at ...`, `NAME’s remarks ...`. */
const POSSESSIVE = new RegExp(String.raw`^(?<name>.+?)['’]s?\s+${KINDS}\b`, 'iu');
/** A place's name by its last word: `South Court Auditorium`, `James S. Brady Press Briefing Room`, `Eisenhower Executive Office Building`. */
const VENUE = /(?:^|\s)(?:room|auditorium|building|hall|center|centre|office|house|chamber|chambers|palace|library|garden|gardens|lawn|terrace|ballroom|theater|theatre|stadium|arena|airport|base|hotel|embassy|ministry|parliament|capitol|cathedral|church|college|university|school|museum|plaza|square|park|pavilion|headquarters|campus|court|courthouse|one|two)$/iu;

/** `By NAME`, `Speaker: NAME`, `Delivered by NAME`. */
const BYLINE = /^(?:by|delivered by|speaker|presented by)[\s\u00a0]*[:\-–—]?[\s\u00a0]+(?<name>.+)$/iu;

/** The speaker a header names, or undefined. `lines` are the header's lines, title first. */
export function findByline(lines: readonly string[]): string | undefined {
  for (const raw of lines) {
    const line = collapseSpace(raw.replace(/^#+\s*/, '').replace(/\*\*/g, ''));
    for (const re of [BYLINE, BY, POSSESSIVE]) {
      const m = re.exec(line);
      const name = m?.groups?.name ? cleanName(m.groups.name) : undefined;
      // `Minister's address` names an office, not a person; `By Okafor` is a byline all the same.
      if (name && (re === BYLINE || name.split(' ').length >= 2)) return name;
    }
  }
  // A line that is only a person's name (with a title), under the title; a room or a building is where, not who.
  for (const raw of lines.slice(1, 6)) {
    const line = collapseSpace(raw.replace(/\*\*/g, ''));
    const name = cleanName(line);
    if (name && name.split(' ').length >= 2 && name === line.replace(/[,.]$/, '') && !VENUE.test(name)) return name;
  }
  return undefined;
}

function cleanName(s: string): string | undefined {
  const name = collapseSpace(s.replace(/^(?:the|h\.e\.)\s+/i, (w) => (/h\.e\./i.test(w) ? w : '')).replace(/[,.;:]+$/, ''));
  const words = name.split(' ');
  if (words.length < 1 || words.length > 8 || name.length > 80) return undefined;
  if (/\d/.test(name)) return undefined;
  // `First Lady Jill Biden`: the office's first word is one that opens sentences, not names; the name after it decides.
  return isNameLike(name.replace(/^(?:first|second) (?:lady|gentleman) (?=\S)/iu, '')) ? name : undefined;
}
