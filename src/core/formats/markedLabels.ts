/**
 * Japanese assembly minutes mark each speaker with a circle at the start of
 * the line, the words after an ideographic space (U+3000): the Diet's
 * `○委員長（山田太郎君） ただいまから…`, `○佐藤一郎君 伺います。`,
 * `○国務大臣（鈴木花子君） お答えします。`, and local assemblies'
 * `◆佐藤議員 …`, `◎市長（…）` or `○（田中委員）` alone on its line with the
 * words indented below. The same circle also opens a heading
 * (`○議事日程（第７号）`, `○（部外局関係）`): only an office with a person in
 * brackets, or a name with `君`, `議員`, `委員` and the like, is a speaker.
 */
import { ROLL } from './cjkLabels';

/** A speaker found by its mark: the fields of a label match (`LabelMatch`), in the convention `marked`. */
export interface MarkedLabel {
  raw: string;
  name: string;
  start: number;
  end: number;
  textStart: number;
  bare: boolean;
  custom: false;
  convention: 'marked';
  /** A member asks, an office answers; the chair's is left to its name (`委員長`). */
  role?: 'questioner' | 'respondent';
}

/** The marks minutes open a speaker's line with. */
export function isSpeakerMark(c: number): boolean {
  return c === 0x25cb || c === 0x25ef || c === 0x25ce || c === 0x25c6 || c === 0x25c7 || c === 0x25cf;
}

const MARKED = /^[ \t\u3000]*[○◯◎◆◇●][ \t\u3000]*(?<label>(?<office>[^\s\u3000（）()○◯◎◆◇●]{1,24}?)[（(](?<person>[^（）()\s\u3000]{1,20})[）)]|[（(](?<inner>[^（）()\s\u3000]{1,24})[）)]|(?<alone>[^\s\u3000（）()○◯◎◆◇●]{1,24}?))(?<gap>[ \t\u3000]+|$)/u;
/** What a person's name ends with in minutes: the honorific `君` (the Diet's, for everyone), or a member's or an official's title. */
const PERSON_END = /(?:君|さん|氏|様|議員|委員|委員長|副委員長|議長|副議長|市長|町長|村長|区長|知事|大臣|副大臣|参考人|理事|会長)$/u;
/** A member's name or title (who asks): the honorific alone, `議員`, `委員`. */
const MEMBER_END = /(?:君|さん|氏|様|議員|[^長]委員)$/u;
/** What an office ends with: `委員長`, `国務大臣`, `SDGs推進課長`, `政府参考人`, `事務局長`. */
const OFFICE_END = /(?:長|員|臣|官|人|事|者|監|督|理|役|補佐|主査|主任|参与|委員)$/u;
/** A heading's bracket: a number, `第`, `号`. */
const HEADING_INSIDE = /[0-9０-９第号]/u;
/** The Diet's honorific, and the like, left out of the speaker's name (`佐藤一郎君` is 佐藤一郎). */
const HONORIFIC = /(?:君|さん|氏|様)$/u;
/** Offices that chair a sitting (not their deputies): their holder is named by the office, as `主席` is. */
const CHAIR = /(?<!副)(?:委員長|議長|座長)$/u;

/** The speaker a line of minutes opens with, or undefined; `head` is the line's start. */
export function matchMarkedLabel(head: string): MarkedLabel | undefined {
  const m = MARKED.exec(head);
  if (!m || !m.groups) return undefined;
  const { label, office, person, inner, alone, gap } = m.groups as Record<string, string | undefined>;
  // `○委員長（山田太郎君）`: an office and who holds it; `○（木村委員）` and `○佐藤一郎君`: a person with a title or the honorific.
  const who = person ?? inner ?? alone!;
  if (HEADING_INSIDE.test(who) || (office !== undefined ? !OFFICE_END.test(office) : !PERSON_END.test(who))) return undefined;
  const held = office ?? who;
  const chair = CHAIR.exec(held)?.[0];
  // `○出席委員`: the roll's heading, not a member.
  if (ROLL.test(label!)) return undefined;
  const name = chair ?? who.replace(HONORIFIC, '');
  if (!name) return undefined;
  // A member asks, an office answers; the chair's role is left to its name.
  const role = chair ? undefined : office !== undefined || !MEMBER_END.test(who) ? 'respondent' : 'questioner';
  const textStart = m[0].length;
  const end = textStart - gap!.length;
  const start = end - label!.length;
  return { raw: label!, name, start, end, textStart, bare: head.slice(textStart).trim() === '', custom: false, convention: 'marked', ...(role ? { role } : {}) };
}
