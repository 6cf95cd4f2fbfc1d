/**
 * Japanese assembly minutes mark each speaker with a circle at the start of
 * the line, the words after an ideographic space (U+3000): the Diet's
 * `○委員長（山田太郎君） ただいまから…`, `○佐藤一郎君 伺います。`,
 * `○国務大臣（鈴木花子君） お答えします。`, and local assemblies'
 * `◆佐藤議員 …`, `◎市長（…）` or `○（田中委員）` alone on its line with the
 * words indented below. The same circle also opens a heading
 * (`○議事日程（第７号）`, `○（部外局関係）`): only an office with a person in
 * brackets, or a name with `君`, `議員`, `委員` and the like, is a speaker.
 *
 * Korean assembly minutes mark their speakers with the same circle, the
 * label in Hangul and spaced: an office and who holds it
 * (`◯위원장 홍길동  회의를 시작합니다.`, `◯환경부장관 오세린  …`,
 * `◯외교부 장관 …`), or a member's name and title (`◯박보람 위원  …`,
 * `◯이도윤위원 …`, `◯이수진(비) 위원 …`, the bracket telling two members
 * of one name apart). The words follow two spaces as printed, one space in
 * text taken from a PDF, or a colon on web pages.
 */
import { ROLL } from './cjkLabels';
import { roleOfName } from '../transcript/roleWords';

/** A speaker found by its mark: the fields of a label match (`LabelMatch`), in the convention `marked`. */
export interface MarkedLabel {
  raw: string;
  name: string;
  start: number;
  end: number;
  textStart: number;
  bare: boolean;
  custom: false;
  /** `marked` for the minutes' circle; `record-mixed` for the lenticular brackets, counted only where repeated. */
  convention: 'marked' | 'record-mixed';
  /** A member asks, an office answers; the chair's is left to its name (`委員長`), a deputy in the chair moderates. */
  role?: 'questioner' | 'respondent' | 'moderator';
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

/** A Korean name (two to four syllables; a foreign one up to six), with the bracket that tells members of one name apart: `이수진(비)`. */
const HANGUL_NAME = String.raw`[가-힣]{2,6}(?:\([가-힣]{1,4}\))?`;
/**
 * What a Korean office ends with: the heads (`위원장`, `의장`, `장관`,
 * `청장`, `국장`, `시장`: 장), ministers and their deputies, members, and
 * the officials, witnesses and experts a committee hears.
 */
const HANGUL_OFFICE_END = String.raw`(?:장|장관|차관|총리|위원|의원|간사|조사관|비서관|정책관|심의관|담당관|기획관|관리관|서기관|사무관|감사관|보좌관|재판관|참고인|증인|진술인|교육감|지사|군수|대변인|대표|검사|판사|이사|대리)`;
const KO_MARK = String.raw`^[ \t\u3000]*[○◯][ \t\u3000]*`;
const KO_GAP = String.raw`(?<gap>[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|$)`;
/** `◯박보람 위원`, `◯이도윤위원`: a member by name and title. */
const MEMBER_KO = new RegExp(String.raw`${KO_MARK}(?<label>(?<name>${HANGUL_NAME}) ?(?:위원|의원))${KO_GAP}`, 'u');
/** `◯위원장 홍길동`, `◯외교부 장관 오세린`: an office and who holds it. */
const OFFICE_KO = new RegExp(String.raw`${KO_MARK}(?<label>(?<office>(?:[가-힣·ㆍ]{2,24} )??[가-힣·ㆍ]{0,22}?${HANGUL_OFFICE_END}) (?<name>${HANGUL_NAME}))${KO_GAP}`, 'u');
/**
 * Words before `위원` that make an office, not a member's name: a minister
 * (`국무위원`), the committee's experts (`전문위원`, `수석전문위원`), and the
 * roll (`출석위원`, `출석 위원`), which is no speaker at all.
 */
const NOT_MEMBER_KO = /^(?:국무|전문|수석전문|정부|상임|비상임)$/u;
const ROLL_KO = /^(?:출석|결석|불출석|참석|청가|위원[ ]?아닌)/u;
/** Members' titles, who ask: `위원`, `의원`, and the committee's whip, `간사`. */
const MEMBER_OFFICE_KO = /^(?:위원|의원|간사)$/u;
/** Offices that chair a Korean sitting (not the deputy speaker, `부의장`): named by the office, as `委員長` is. */
const CHAIR_KO = /^(?:소?위원장|의장)$/u;
/** Who chairs in the chair's stead (`부의장`, `위원장대리`): named by the person, moderating all the same. */
const DEPUTY_CHAIR_KO = /^(?:부의장|(?:소?위원장|의장)(?:직무)?대리)$/u;

/** The speaker a line of Korean minutes opens with, or undefined. */
function matchKoreanLabel(head: string): MarkedLabel | undefined {
  let m = MEMBER_KO.exec(head);
  const member = m !== null && !NOT_MEMBER_KO.test(m.groups!.name!);
  if (!member) m = OFFICE_KO.exec(head);
  if (!m || !m.groups) return undefined;
  const { label, office, name: holder, gap } = m.groups as Record<string, string | undefined>;
  if (ROLL_KO.test(label!)) return undefined;
  const chair = !member && CHAIR_KO.test(office!);
  const name = chair ? office! : holder!;
  const textStart = m[0].length;
  const end = textStart - gap!.length;
  const start = end - label!.length;
  // A member asks, an office answers; the chair's role is left to its name.
  const role = chair ? undefined : member || MEMBER_OFFICE_KO.test(office!) ? 'questioner' : DEPUTY_CHAIR_KO.test(office!) ? 'moderator' : 'respondent';
  return { raw: label!, name, start, end, textStart, bare: head.slice(textStart).trim() === '', custom: false, convention: 'marked', ...(role ? { role } : {}) };
}

/** True when the first letter after a line's mark is Hangul. */
function hangulAfterMark(head: string): boolean {
  for (let i = 0; i < head.length && i < 8; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && !isSpeakerMark(c)) return false;
  }
  return false;
}

/** The speaker a line of minutes opens with, or undefined; `head` is the line's start. */
export function matchMarkedLabel(head: string): MarkedLabel | undefined {
  if (hangulAfterMark(head)) return matchKoreanLabel(head);
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

/** `【官房長官】`, `【記者】`, `【総理】`: the speaker in lenticular brackets, alone on its line or before the words. */
const LENTICULAR = /^[ \t\u3000]*【(?<name>[^【】\s\u3000]{1,20})】[ \t\u3000]*/u;

/**
 * Japan's government press conferences (the Chief Cabinet Secretary's, a
 * minister's) put who speaks in lenticular brackets, the words below it or
 * after it: `【官房長官】`, `【記者】`. A heading in the same brackets
 * (`【質疑応答】`, `【冒頭発言】`, `【動画】`) names no office or person, and is
 * no speaker. Counted, as the French record's labels are, only where the
 * document does it again and again.
 */
export function matchLenticularLabel(head: string): MarkedLabel | undefined {
  const m = LENTICULAR.exec(head);
  if (!m || !m.groups) return undefined;
  const name = m.groups.name!;
  if (HEADING_INSIDE.test(name) || ROLL.test(name) || !(OFFICE_END.test(name) || PERSON_END.test(name) || roleOfName(name) !== undefined || name === '司会')) return undefined;
  const start = m[0].indexOf('【') + 1;
  return { raw: name, name: name.replace(HONORIFIC, ''), start, end: start + name.length + 1, textStart: m[0].length, bare: head.slice(m[0].length).trim() === '', custom: false, convention: 'record-mixed' };
}
