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

const MARKED = /^[ \t\u3000]*[○◯◎◆◇●][ \t\u3000]*(?:(?<office>[^\s\u3000（）()○◯◎◆◇●]{1,24}?)[（(](?<person>[^（）()\s\u3000]{1,20})[）)]|[（(](?<inner>[^（）()\s\u3000]{1,24})[）)]|(?<alone>[^\s\u3000（）()○◯◎◆◇●]{1,24}?))(?<gap>[ \t\u3000]+|$)/u;
/** What a person's name ends with in minutes: the honorific `君` (the Diet's, for everyone), or a member's or an official's title. */
const PERSON_END = /(?:君|さん|氏|様|議員|委員|委員長|副委員長|議長|副議長|市長|町長|村長|区長|知事|大臣|副大臣|参考人|理事|会長)$/u;
/** A member's name or title (who asks): the honorific alone, `議員`, `委員`. */
const MEMBER_END = /(?:君|さん|氏|様|議員|[^長]委員)$/u;
/** What an office ends with: `委員長`, `国務大臣`, `SDGs推進課長`, `政府参考人`, `事務局長`. */
const OFFICE_END = /(?:長|員|臣|官|人|事|者|監|督|理|役|補佐|主査|主任|参与|委員)$/u;
/** A heading's bracket: a number, `第`, `号`. */
const HEADING_INSIDE = /[0-9０-９第号]/u;
/** The roll of who attended, was absent or was in attendance (`出席委員`, `欠席委員`, `列席者`). */
const ROLL = /^(?:出席|欠席|缺席|列席)/u;
/** The Diet's honorific, and the like, left out of the speaker's name (`佐藤一郎君` is 佐藤一郎). */
const HONORIFIC = /(?:君|さん|氏|様)$/u;
/** Offices that chair a sitting: their holder is named by the office, as `主席` is. */
const CHAIRS = /(?:^|[^副])(?:委員長|議長|座長)$/u;

/** The speaker a line of minutes opens with, or undefined; `head` is the line's start. */
export function matchMarkedLabel(head: string): MarkedLabel | undefined {
  const m = MARKED.exec(head);
  if (!m || !m.groups) return undefined;
  const { office, person, inner, alone } = m.groups;
  let name: string;
  let raw: string;
  let role: 'questioner' | 'respondent' | undefined;
  if (office !== undefined && person !== undefined) {
    if (HEADING_INSIDE.test(person) || !OFFICE_END.test(office)) return undefined;
    raw = `${office}${m[0].slice(m[0].indexOf(office) + office.length, m[0].indexOf(person))}${person}${head.charAt(m[0].indexOf(person) + person.length)}`;
    name = CHAIRS.test(office) ? office : person.replace(HONORIFIC, '');
    if (!CHAIRS.test(office)) role = 'respondent';
  } else if (inner !== undefined) {
    if (HEADING_INSIDE.test(inner) || !PERSON_END.test(inner)) return undefined;
    raw = `${head.charAt(m[0].indexOf(inner) - 1)}${inner}${head.charAt(m[0].indexOf(inner) + inner.length)}`;
    name = inner.replace(HONORIFIC, '');
    if (!CHAIRS.test(inner)) role = MEMBER_END.test(inner) ? 'questioner' : 'respondent';
  } else {
    if (alone === undefined || HEADING_INSIDE.test(alone) || !PERSON_END.test(alone)) return undefined;
    raw = alone;
    name = CHAIRS.test(alone) ? alone.match(/(?:委員長|議長|座長)$/u)![0] : alone.replace(HONORIFIC, '');
    if (!CHAIRS.test(alone)) role = MEMBER_END.test(alone) ? 'questioner' : 'respondent';
  }
  // `○出席委員`: the roll's heading, not a member.
  if (!name || ROLL.test(raw)) return undefined;
  const start = head.indexOf(raw);
  const textStart = m[0].length;
  return { raw, name, start, end: start + raw.length, textStart, bare: head.slice(textStart).trim() === '', custom: false, convention: 'marked', ...(role ? { role } : {}) };
}
