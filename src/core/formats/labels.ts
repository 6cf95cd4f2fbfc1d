/**
 * Speaker labels: the `Name:` at the start of a line that says who speaks, in
 * every form transcripts use, and the lines that only look like labels.
 */
import { cjkNotSpeaker } from './cjkLabels';
import { isSpeakerMark, matchLenticularLabel, matchMarkedLabel } from './markedLabels';
import { collapseSpace, hasClockDigits, isSpaceCode, isUpperCode } from '../text';
import { lazyRegExp } from '../text/lazyRegExp';
import { asciiOrUnicode } from '../text/asciiRegExp';
import { iberianName, isLowerTitleWord, isOfficeLabel, titleCaseName } from './parliament';
import { isChairName, isRoleWord, roleOfName, type RoleOptions } from '../transcript/roleWords';
import { endsWithSayingVerb } from './sayingVerbs';
import type { Role } from '../transcript/model';

/** A label found at the start of a line. Offsets are relative to the line start. */
export interface LabelMatch {
  /** The label as written, without surrounding markup: `MR PRICE`, `Question`, `Q`. */
  raw: string;
  /** The normalised speaker name: `Mr Price`, `Question`, `SG`. */
  name: string;
  /** Offset where the label starts (after any leading space and timestamp). */
  start: number;
  /** Offset just after the label and its colon (and closing markup). */
  end: number;
  /** Offset where the spoken text starts (after the label and a parenthetical). */
  textStart: number;
  /** A timestamp written before the label, as written. */
  timestamp?: string;
  /** Offset of the timestamp, relative to the line start. */
  timestampStart?: number;
  /** A parenthetical such as `(via interpreter)` written with the label, without its parentheses. */
  parenthetical?: string;
  /** True when nothing follows the label on its line. */
  bare: boolean;
  /** The role the label's form itself says, where it says one: in minutes, a member (`○佐藤一郎君`) asks and an office (`○国務大臣（…君）`) answers. */
  role?: Role;
  /** True when a user-supplied pattern matched. */
  custom: boolean;
  /**
   * The convention the label is written in, for the document-level checks:
   * `colon` (`Name: text`), `dotted` (`Q.`/`A.`), `header` (a name and a time
   * alone on a line, the words below: Otter, Rev), `spaced` (`Q` and spaces or
   * a tab: briefings, court), `plain` (`Q text`/`A text`: depositions),
   * `record` (`Mr. SMITH. text`: the Congressional Record), `bracketed`
   * (`[Speaker 1] [00:17] text`), `numbered` (after a court reporter's line number),
   * `listed` (after a question's number: `1. 問：`, `2. Q:`),
   * `honorific` (`A señora PRESIDENTA: text`: Iberian parliaments), `caps-alone`
   * (`PREGUNTA` alone on its line, the words below; counted only where repeated),
   * `bold-name` (`**Name** text`, no colon) and `heading-name` (`### Name` alone, the
   * words below): markdown transcripts, counted only where repeated; `name-alone`
   * (`Ann Lee` alone on its line, the words below: Otter's export without times),
   * counted only where several names come back again and again; `marked`
   * (`○委員長（山田太郎君） text`: Japanese assembly minutes).
   */
  convention?: LabelConvention;
  /** A `header` label whose time comes first (`00:00:03 Ann Lee`, `0:03 - Ann Lee (Acme)`): it holds only where a name comes back. */
  timeFirst?: true;
}

/** How a label is written; see `LabelMatch.convention`. */
export type LabelConvention =
  | 'colon'
  | 'dotted'
  | 'header'
  | 'spaced'
  | 'plain'
  | 'record'
  | 'record-mixed'
  | 'bracketed'
  | 'timed-name'
  | 'bold-name'
  | 'heading-name'
  | 'name-alone'
  | 'hansard'
  | 'hansard-office'
  | 'hansard-alone'
  | 'numbered'
  | 'listed'
  | 'committee'
  | 'honorific'
  | 'caps-alone'
  | 'lower-role'
  | 'marked';

/** Options that change how labels and roles are recognised. */
export interface LabelOptions extends RoleOptions {
  /** Extra patterns matched at the start of a line; the group `name` (or group 1) is the speaker. */
  labelPatterns?: readonly RegExp[];
}

/** How far into a line a label may reach; lines can be hundreds of thousands of characters long. */
const LABEL_WINDOW = 240;

const SP = String.raw`[ \t\f\u00a0\u2000-\u200a\u202f\u3000]`;
/** The end of a time range after its start: `[00:00:15 → 00:01:02]`, `[0:15 - 1:02]`, `00:00:15 --> 00:01:02`. */
const TS_TO = String.raw`(?:${SP}*(?:-->|[-–—→~])${SP}*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)?`;
const TS = String.raw`(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?${TS_TO}\]|\(\d{1,2}:\d{2}(?::\d{2})?${TS_TO}\)|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?${TS_TO})`;
/** Names diarisers give: `SPEAKER_03`, `Speaker 1`, `spk_0`, `Speaker A`, `Unknown Speaker`. */
/**
 * Research interviews number the people they keep anonymous: a role and a number (`Interviewer 1`,
 * `Respondent2`, `P 3`, `INT1`) or a letter or two and a number (`P1`, `A1`, `FG2`), as QDA tools and
 * Otter's exports write them.
 */
const NUMBERED = String.raw`(?:(?:Interviewer|Interviewee|Respondent|Participant|Moderator|Facilitator|Researcher|Narrator|Informant|Student|Teacher|Person|Subject|Patient|Guest|Caller|Panell?ist|Speaker|INTERVIEWER|INTERVIEWEE|RESPONDENT|PARTICIPANT|MODERATOR|INT|RESP)[ _-]?\d{1,3}|[A-Z]{1,2}\d{1,3})(?![\p{L}\d])`;
const DIARISED = String.raw`(?:(?:SPEAKER|Speaker|speaker|SPK|Spk|spk)[ _-]?(?:\d{1,3}|[A-Z])(?![\p{L}\d])|(?:Unknown|Unidentified|UNKNOWN|UNIDENTIFIED)[ _](?:Speaker|SPEAKER)(?:[ _]\d{1,3})?|(?:Unknown|Unidentified|UNKNOWN|UNIDENTIFIED) \p{L}+(?: \p{L}+)? ?#\d{1,3}(?![\p{L}\d])|${NUMBERED})`;
const DIARISED_RE = lazyRegExp(() => new RegExp(`^${DIARISED}$`, 'u'));

/**
 * Whether a name is one a diariser gives (DIARISED, whole). Every such name
 * holds a digit or `peaker`, `PEAKER`, `pk`, `PK` (`Speaker A`, `SPK_B`,
 * `Unknown Speaker`): other names, nearly all, are told without compiling the
 * expression.
 */
function isDiarised(name: string): boolean {
  if (!/\d/.test(name) && !name.includes('peaker') && !name.includes('PEAKER') && !name.includes('pk') && !name.includes('PK')) return false;
  return DIARISED_RE().test(name);
}
const NAME_CHARS = String.raw`[^:*()\[\]\n\r"“”«»?!;,0-9_<>]`;
const TS_CORE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** `Hon. (Dr) Ann Lee`, `Sen. (Prof.) Ben Ali`: a title in brackets inside a name, as parliaments in the Westminster tradition write it. */
const BRACKETED_TITLE = String.raw`\(\p{Lu}[\p{Ll}.]{0,6}\)(?=${SP}+\p{Lu})`;
const BRACKETED_TITLE_RE = asciiOrUnicode(`${BRACKETED_TITLE}${SP}*`, 'gu');
/** A degree or a post-nominal after the name and a comma: `Ann Lee, PhD:`, `Mireille Reece, Psy.D:`, `Tom Hale, Esq.:`. */
const CREDENTIAL = String.raw`(?:Ph\.?${SP}?D|PHD|Psy\.?${SP}?D|PSYD|M\.?${SP}?D|D\.?${SP}?O|Ed\.?${SP}?D|EDD|J\.?${SP}?D|DDS|DVM|MPH|MBA|MSW|LCSW|LMFT|RN|NP|CPA|Esq|ESQ|OBE|MBE|CBE|KC|QC)\.?`;
const LABEL_RE = asciiOrUnicode(
  String.raw`^${SP}*(?<b0>\*\*|__)?(?:(?<ts>${TS})${SP}*(?:[-–—|]${SP}*)?)?` +
    String.raw`(?<b1>\*\*|__)?\[?(?<name>${DIARISED}|(?:${NAME_CHARS}|${BRACKETED_TITLE}){1,80}?)\]?${SP}*(?:,${SP}*(?<cred>${CREDENTIAL})${SP}*)?` +
    String.raw`(?:\((?<p1>[^()\n\r]{1,60})\)${SP}*|\[(?<=\S${SP}\[)(?<p2>[^\[\]\n\r]{1,60})\]${SP}*)?(?<b2>\*\*|__)?[:：](?<b3>\*\*|__)?(?=${SP}|$)`,
  'u',
);
const QA_RE = new RegExp(String.raw`^${SP}*(?:(?<ts>${TS})${SP}*)?(?<b1>\*\*)?(?<name>[QA])\.(?<b2>\*\*)?${SP}+(?=\S)`, 'u');
const LATE_TIME_RE = new RegExp(String.raw`^${SP}*(?:\((?<paren>${TS_CORE})\)|\[(?<bracket>${TS_CORE})\]|(?<plain>${TS_CORE}))${SP}*$`, 'u');
const CLOCK_ONLY_RE = new RegExp(`^${TS_CORE}$`);
/** `Name: [00:00:12] words`, `**Name:** \[04:05\] words` as Markdown exports escape it: the time after the colon. */
const AFTER_TIME_RE = new RegExp(String.raw`^${SP}*(?<t>\\?\[${TS_CORE}\\?\])${SP}*(?=\S)`, 'u');
const AFTER_PAREN_RE = new RegExp(String.raw`^${SP}*\((?<p>[^()\n\r]{1,60})\)`, 'u');
const CLOCK_RE = /^\s*\d{1,2}[:.]\d{2}\b/;
const CONTACT_RE = /^\s*(?:https?:\/\/|www\.|\S+@\S+\.\S|\+?\(?\d[\d ()\-\u00a0]{5,})/i;

const CAPITALISED = asciiOrUnicode(String.raw`^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$`, 'u');
// Asked only of a word CAPITALISED does not take: made the first time one comes.
const UNCASED = lazyRegExp(() => /^\p{Lo}[\p{L}\p{M}'’.-]*$/u);
const PREFIXED = lazyRegExp(() => /^(?:al|el|bin|ibn|ben|abu|da|de|di|du|d|l)[-'’][\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u);
const PARTICLES = new Set([
  'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter',
  'la', 'le', 'les', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'e', 'i', 'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to',
]);

/** Words that start lines with a colon but never name a speaker. */
const NOT_NAMES = new Set([
  'released', 'recorded', 'aired', 'broadcast', 'filmed', 'issued', 'last updated', 'last modified',
  'note', 'notes', 'nb', 'n.b', 'source', 'sources', 'update', 'updated', 'updates', 'correction', 'corrections',
  "editor's note", 'editor’s note', 'editors note', 'disclaimer', 'warning', 'caution', 'phone', 'tel', 'telephone',
  'fax', 'mobile', 'email', 'e-mail', 'mail', 'address', 'website', 'web', 'url', 'link', 'links', 'tags', 'tag',
  'share', 'posted', 'published', 'date', 'dates', 'time', 'location', 'place', 'venue', 'subject', 're', 'title',
  'summary', 'keywords', 'category', 'categories', 'topic', 'topics', 'subjects', 'related', 'photo', 'photos', 'video',
  'caption', 'credit', 'credits', 'copyright', 'attendees', 'participants', 'present', 'agenda', 'transcript',
  'speakers', 'panelists', 'panellists', 'also present', 'in attendance', 'themen', 'thema', 'teilnehmer', 'teilnehmende',
  'watch', 'listen', 'read', 'see', 'also', 'more', 'contact', 'contacts', 'follow', 'download', 'print', 'ps',
  'p.s', 'episode', 'chapter', 'part', 'section', 'article', 'paragraph', 'step', 'example', 'examples', 'first',
  'second', 'third', 'fourth', 'fifth', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'however',
  'moreover', 'yes', 'no', 'ok', 'okay', 'well', 'so', 'now', 'here', 'there', 'this', 'that', 'these', 'today',
  'tomorrow', 'yesterday', 'breaking', 'exclusive', 'live', 'figure', 'table', 'chart', 'look', 'remember',
  'imagine', 'consider', 'result', 'results', 'conclusion', 'background', 'context', 'reminder', 'tip', 'hint',
  'fact', 'facts', 'quote', 'translation', 'original', 'language', 'duration', 'length', 'format', 'author',
  'authors', 'by', 'from', 'to', 'cc', 'bcc', 'sent', 'attachment', 'attachments', 'status', 'version',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'read more',
  'see also', 'latest news', 'latest events', 'more news', 'related articles', 'consular queries',
  // Sounds and stage directions written like labels: `[Music] 00:05`, `[Applause]:`.
  'music', 'applause', 'laughter', 'laughs', 'inaudible', 'crosstalk', 'silence', 'noise', 'cheers', 'cheering', 'pause',
  'intro', 'outro', 'break', 'recess', 'end', 'beginning', 'start', 'unintelligible', 'overlapping', 'background',
  // A podcast's breaks: `**Jingle:**`, `**Sponsor:**`.
  'jingle', 'sponsor', 'sponsors', 'advertisement', 'commercial', 'promo',
  // Korean minutes' cover: the date and time, the place, the agenda (`일 시: 2024년 4월 2일`).
  '일시', '일 시', '일자', '장소', '장 소', '시간', '의사일정', '안건', '회의록',
  // Notes and sources under a table or a passage of a Chinese or Japanese record: `註：`, `資料來源：`, `出典：`.
  '註', '注', '附註', '附注', '備註', '备注', '注釋', '注释', '說明', '说明', '資料來源', '资料来源', '來源', '来源', '出典', '備考', '注記',
]);

/** How a sentence of a Chinese or Japanese record ends when it introduces a list (`答覆如下：`, `措施包括：`): no name ends so. */
const CJK_LIST_INTRO = /(?:如下|以下|下列|包括|如次|とおり|通り)$/u;

/** Lower-case words that never start a name. */
const LEADING_LOWER = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'y', 'e', 'or', 'with', 'from', 'by', 'as', 'is', 'a', 'an']);

/**
 * English words that open a topic, not a name, even capitalised at a paragraph's start: `On Russia: ...`,
 * `As for the Vice President: ...`, `Regarding the budget: ...`. (`By` is left out: `BY MR. SMITH:` heads a
 * deposition's examination.)
 */
const LEADING_TOPIC = new Set(['on', 'as', 'regarding', 'concerning', 'about', 'and', 'but', 'or', 'for', 'in', 'at', 'to', 'with', 'from', 'of', 'plus', 'then', 'if', 'when', 'while', 'because', 'although', 'after', 'before', 'since', 'without']);

/** Last words that make a phrase a title (`Press Conference:`, `Opening Remarks:`), not a speaker. */
const TITLE_WORDS = new Set([
  'conference', 'briefing', 'briefings', 'interview', 'remarks', 'statement', 'statements', 'speech', 'transcript',
  'hearing', 'meeting', 'session', 'episode', 'podcast', 'keynote', 'panel', 'debate', 'summit', 'event', 'news',
  'update', 'report', 'highlights', 'agenda', 'minutes', 'q&a', 'program', 'programme', 'schedule', 'overview',
]);

/** Words before `News` that make a heading (`Breaking News:`, `World News:`), not a news outlet asking (`Kyodo News:`, `Fox News:`). */
const NEWS_HEADING_LEAD = new Set([
  'breaking', 'latest', 'more', 'other', 'related', 'recent', 'top', 'good', 'bad', 'big', 'fake', 'world', 'local', 'national',
  'international', 'foreign', 'domestic', 'business', 'financial', 'sports', 'sport', 'tech', 'technology', 'science', 'health',
  'political', 'election', 'company', 'product', 'industry', 'community', 'daily', 'weekly', 'monthly', 'morning', 'evening',
  'nightly', 'today’s', "today's", 'the', 'our', 'your', 'in', 'and',
]);

/** `Kyodo News`, `Fox News`, `NBC News`: a news outlet's name, two or three capitalised words ending in `News`. */
function isOutletNews(words: readonly string[]): boolean {
  if (words.length > 3 || words[words.length - 1]!.toLowerCase() !== 'news') return false;
  for (let i = 0; i < words.length - 1; i++) if (!/^\p{Lu}/u.test(words[i]!) || NEWS_HEADING_LEAD.has(words[i]!.toLowerCase())) return false;
  return true;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'st', 'st.', 'sr', 'jr', 'sr.', 'jr.']);
const LOWER_IN_NAMES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el']);

/** A title's abbreviation run into the name after it, without the space. */
const JOINED_HONORIFIC = asciiOrUnicode(String.raw`(?<![\p{L}.])((?:Hon|Mr|Mrs|Ms|Dr|Prof|Sen|Eng|Rev)\.)(?=\p{Lu}\p{Ll})`, 'gu');

/** Short acronyms with a vowel that labels hold in capitals (`UN`, `FBI`, `ABC`); a short word in capitals not here and with a vowel is a name (`JOE`, `ANA`). */
const ACRONYMS = new Set([
  'UN', 'US', 'USA', 'UK', 'EU', 'AU', 'UAE', 'FBI', 'CIA', 'NSA', 'DOD', 'DOJ', 'IRS', 'EPA', 'FDA', 'NIH', 'WHO', 'IMF', 'IOC', 'OAS',
  'ABC', 'AP', 'AFP', 'ITV', 'RAI', 'EFE', 'NHK', 'TV', 'CEO', 'CFO', 'COO', 'GOP', 'MEP', 'VP', 'II', 'III', 'IV', 'VI', 'VII', 'IX',
]);

/** Results of the name rules by label text: a transcript repeats its few labels thousands of times. */
const nameCache = new Map<string, { nameLike: boolean; name: string; iberian?: boolean; raw: string }>();
const NAME_CACHE_LIMIT = 10_000;

function cachedName(raw: string): { nameLike: boolean; name: string; iberian?: boolean; raw: string } {
  let hit = nameCache.get(raw);
  if (!hit) {
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    // `O señor MÉNDEZ ROMEU`: the speaker is the name in capitals, without the article and honorific.
    const collapsed = collapseSpace(raw);
    const iberian = iberianName(collapsed);
    hit = iberian ? { nameLike: true, name: titleCaseName(collapseSpace(iberian)), iberian: true, raw: collapsed } : { nameLike: isNameLike(raw.replace(BRACKETED_TITLE_RE(raw), '')), name: normaliseSpeaker(raw), raw: collapsed };
    nameCache.set(raw, hit);
  }
  return hit;
}

/** CJK compatibility ideographs (U+F900–U+FAFF, which PDF fonts often print) as the ideographs they stand for, so that one speaker is one name. */
function unifiedIdeographs(name: string): string {
  return /[\uf900-\ufaff]/u.test(name) ? name.normalize('NFC') : name;
}

/** Every character that is no letter, every run of letters, a word of initials (`J.R.`): what the names' rules read. */
const NOT_LETTER = asciiOrUnicode(String.raw`[^\p{L}]`, 'gu');
const LETTERS = asciiOrUnicode(String.raw`[\p{L}]+`, 'gu');
const INITIALS_ONLY = asciiOrUnicode(String.raw`^(?:\p{Lu}\.)+$`, 'u');

/** A German office's abbreviation with the feminine ending after an apostrophe: `SRS'IN`, `BK'IN`, `BM’IN`. */
const FEMININE_OFFICE = /^[A-ZÄÖÜ]{2,4}['’]IN$/u;

/** Normalises a label as written into a speaker name: spaces collapsed, ALL CAPS turned to Title Case. */
/** Honorifics written in small letters before a name in capitals (`Rt Hon`, `Hon`, `Dr`, `Sir`), and `The` before an office in capitals. */
const MIXED_HONORIFIC_LEAD = /^(?:(?:Rt\.? Hon\.?|Right Hon(?:ourable)?\.?|Hon\.?|Dr\.?|Sir|Dame|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|The)(?: |$))+(?=\p{Lu}(?:\p{Lu}|\.? \p{Lu}))/u;

export function normaliseSpeaker(raw: string): string {
  // `Hon.Otieno` is the typist's `Hon. Otieno`: one speaker, whichever way the label was keyed.
  const spaced = unifiedIdeographs(collapseSpace(raw));
  const name = spaced.replace(JOINED_HONORIFIC(spaced), '$1 ');
  const words = name.split(' ');
  const letters = name.replace(NOT_LETTER(name), '');
  const allCaps = letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // `Rt Hon TOM WALKER`, `Hon ANA REID`, `Dr SHAN RETI`, `Mr J J NKOSI`, `The DEPUTY PRESIDENT`: New Zealand's, Australia's and South Africa's
  // records give the honorific in small letters and the name or the office in capitals.
  if (!allCaps) {
    const titled = MIXED_HONORIFIC_LEAD.exec(name);
    if (titled) {
      const rest = name.slice(titled[0].length).trim();
      if (rest.length > 3 && isAllCaps(rest)) return `${titled[0].trimEnd()} ${normaliseSpeaker(rest)}`;
    }
  }
  // A word in capitals without a vowel is an acronym at any length (`CCTV:`, `MSNBC:`); a short one alone is kept too.
  if (!allCaps || (words.length === 1 && (letters.length <= 3 || !/[AEIOUY]/.test(letters)))) return name;
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (HONORIFICS.has(lower)) return word.charAt(0) + lower.slice(1);
      if (LOWER_IN_NAMES.has(lower)) return i > 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
      if (INITIALS_ONLY(word).test(word)) return word;
      // `SRS'IN`, `BM'IN`: a German office's abbreviation in capitals with the feminine ending (`SRS'in`, `BM'in`).
      if (FEMININE_OFFICE.test(word)) return `${word.slice(0, -2)}in`;
      const bare = word.replace(NOT_LETTER(word), '');
      // A word in capitals is kept as an acronym (`UN SPOKESPERSON`, `CCTV REPORTER`, `JOHN ADAMS III`) when it is a short known one or has no vowel; a short first name (`JOE`, `ANA`, `XI`) is a name's.
      if (words.length > 1 && !/[-'’]/.test(word) && ((bare.length <= 3 && ACRONYMS.has(bare)) || (bare.length > 0 && !/[AEIOUY]/.test(bare)))) return word;
      // `MCCARTHY` is `McCarthy`: a name that starts with Mc capitalises the letter after it.
      return word.replace(LETTERS(word), (part) => (part.length > 3 && (part.charCodeAt(0) | 0x20) === 109 && (part.charCodeAt(1) | 0x20) === 99 ? `Mc${part.charAt(2)}${part.slice(3).toLowerCase()}` : part.charAt(0) + part.slice(1).toLowerCase()));
    })
    .join(' ');
}

/**
 * The German government's press conference names each question by who asks it (`FRAGE JESSEN:`, a follow-up
 * `ZUSATZFRAGE JESSEN:`, `NACHFRAGE DR. RINKE:`), and its chair by an abbreviation (`VORS. BRANDES:`). The asker
 * is the speaker, and asks; the chair moderates.
 */
const QUESTION_BY = asciiOrUnicode(String.raw`^(?:frage|zusatzfrage|nachfrage) (?=\p{Lu})`, 'iu');
const CHAIR_ABBREVIATION = asciiOrUnicode(String.raw`^vors\. (?=\p{Lu})`, 'iu');

/** Gives a label found by `matchLabel` the asker's name and role, or the chair's role, where its first word says so (see QUESTION_BY). */
function askerOrChairByWord(found: LabelMatch): void {
  const c = found.name.charCodeAt(0) | 0x20;
  // Most labels start with another letter: the expressions are tried only after an F, a Z, an N or a V.
  if (c !== 102 && c !== 122 && c !== 110 && c !== 118) return;
  const by = QUESTION_BY(found.name).exec(found.name);
  if (by) {
    const asker = found.name.slice(by[0].length);
    if (!isNameLike(asker)) return;
    found.name = asker;
    found.role = 'questioner';
  } else if (CHAIR_ABBREVIATION(found.name).test(found.name)) found.role = 'moderator';
}

/** `A señora SECRETARIA (Soneira Tajes):`, `The Speaker (Hon. Ann Lee):`: the person holding the office the label names, or undefined. */
function officeHolder(rawName: string, name: string, parenthetical: string): string | undefined {
  if (!isHolderName(parenthetical) || !(isOfficeLabel(name) || isOfficeLabel(collapseSpace(rawName)))) return undefined;
  // `THE MINISTER OF RAILWAYS (SHRI ANIL MEHTA):`: a holder in capitals is named as the same person's later `SHRI ANIL MEHTA:` is.
  return isAllCaps(parenthetical) ? normaliseSpeaker(parenthetical) : parenthetical;
}

/** A person's name in brackets after an office: two words or more, not a party (`CDU/CSU`) or a district (`D-CA`, `Kikuyu, UDA`). */
function isHolderName(s: string): boolean {
  return /\S[\s\u00a0]+\S/u.test(s) && !/[,/]/.test(s) && isNameLike(s);
}

/** The first word of a German office that names its portfolio (`Bundesministerin für …`, `Parl. Staatssekretär beim …`). */
const GERMAN_OFFICE_START = /^(?:Parl\.|(?:Bundes|Staats|Landes)?[Mm]inister(?:in)?|(?:Parl\.)?Staatssekretär(?:in)?|Bundeskanzler(?:in)?|(?:Vize)?[Pp]räsident(?:in)?|Beauftragter?)$/u;
/** The small words such an office is joined with. */
const GERMAN_OFFICE_JOINS = new Set(['für', 'und', 'beim', 'bei', 'im', 'des', 'der', 'die', 'zur', 'zum', 'am']);

/** True when a label-shaped name passes the word rules: one to eight name-like words. */
export function isNameLike(name: string): boolean {
  const collapsed = collapseSpace(name);
  if (collapsed.length === 0) return false;
  // PDF fonts often print CJK compatibility ideographs (U+F900…): `資料來源` may arrive as look-alikes of its characters.
  const key = collapsed.toLowerCase().replace(/\.$/, '').normalize('NFKC');
  if (NOT_NAMES.has(key)) return false;
  if (CJK_LIST_INTRO.test(collapsed)) return false;
  // `他說：`, `第一項議員議案：`, `出席議員：`: a sentence, a heading or the roll in a Chinese or Japanese record (kana and ideographs start at U+3040).
  if (collapsed.charCodeAt(0) >= 0x3040 && cjkNotSpeaker(collapsed)) return false;
  const words = collapsed.split(' ');
  if (words.length > 8) return false;
  const first = words[0]!.toLowerCase().replace(/[.'’]$/, '');
  if (NOT_NAMES.has(first) && !isRoleWord(collapsed)) return false;
  // `on Reporters' Privilege Legislation:` is the end of a sentence; `de Gaulle:` and `van Dijk:` are names.
  if (words.length > 1 && LEADING_LOWER.has(words[0]!)) return false;
  if (words.length > 1 && LEADING_TOPIC.has(first)) return false;
  const last = words[words.length - 1]!;
  if (words.length > 1 && TITLE_WORDS.has(last.toLowerCase()) && !isOutletNews(words)) return false;
  // `Digo: "…"`, `The Minister said:`: reported speech, not a speaker.
  if (endsWithSayingVerb(collapsed)) return false;
  if (PARTICLES.has(last.toLowerCase()) && words.length > 1) return false;
  let strong = 0;
  // `Bundesministerin für Klimaschutz Dr. Anna Gruber`, `Parl. Staatssekretärin beim Bundesminister der Finanzen …`: a German office names its portfolio with small words.
  const germanOffice = words.length > 2 && GERMAN_OFFICE_START.test(words[0]!);
  for (const word of words) {
    if (CAPITALISED(word).test(word) || UNCASED().test(word) || PREFIXED().test(word)) strong++;
    else if (!PARTICLES.has(word.toLowerCase()) && !isLowerTitleWord(word) && !(germanOffice && GERMAN_OFFICE_JOINS.has(word))) return false;
  }
  return strong > 0;
}

/**
 * Finds a speaker label at the start of a line, or undefined. Only the first
 * few hundred characters of the line are looked at.
 */
export function matchLabel(line: string, options: LabelOptions = {}): LabelMatch | undefined {
  const head = line.length > LABEL_WINDOW ? line.slice(0, LABEL_WINDOW) : line;
  if (options.labelPatterns) {
    for (const pattern of options.labelPatterns) {
      const custom = matchCustom(head, pattern);
      if (custom) return custom;
    }
  }
  // `○佐藤一郎君 伺います。`: Japanese minutes mark their speakers with a circle.
  const first = leadCode(head);
  if (isSpeakerMark(first) || (first === 0x3000 && isSpeakerMark(head.charCodeAt(head.indexOf('\u3000') + 1)))) return matchMarkedLabel(head);
  // `【官房長官】`, `【記者】`: Japan's government press conferences.
  if (first === 0x3010 || (first === 0x3000 && head.charCodeAt(head.search(/[^\s\u3000]/u)) === 0x3010)) return matchLenticularLabel(head);
  // `Q    On Taiwan: In different respects...`: the briefing's `Q` and its run of spaces is the label, whatever colon follows.
  const spaced = startsSpacedQa(head) ? matchQa(head, SPACED_QA_RE) : undefined;
  if (spaced) return spaced;
  const m = LABEL_RE(head).exec(head);
  if (m && m.groups) {
    const g = m.groups;
    const rawName = g.name!;
    const diarised = isDiarised(rawName);
    // `UNIDENTIFIED PERSON #1`: a news programme numbers the voices it cannot name, in capitals as its names are.
    const named = diarised ? { nameLike: true, name: rawName.includes('#') ? normaliseSpeaker(rawName) : rawName, raw: collapseSpace(rawName) } : cachedName(rawName);
    const bracketed = head.charAt(labelStart(head, g.ts, g.b1 ?? g.b0)) === '[';
    const opened = g.b0 ?? g.b1;
    // A bracket closes only what one opened: `CSU]: Jetzt …` is the end of an interjection a page broke (`[CDU/` above).
    if (named.nameLike && (!opened || g.b2 || g.b3) && bracketed === (head.charAt(m[0].indexOf(rawName) + rawName.length) === ']')) {
      let end = m[0].length;
      const after = head.slice(end);
      // The first character after the colon decides which of the rules below can match at all (most labels are followed by words).
      const lead = leadCode(after);
      const unsure = lead < 32 || lead >= 128;
      const digit = lead >= 48 && lead <= 57;
      // `Speaker 0: 00:00:16` and `Chris Wallace: (01:20)`: the time the turn starts, the words below.
      const lateTime = unsure || digit || lead === 40 || lead === 91 ? LATE_TIME_RE.exec(after) : null;
      const lateStamp = lateTime ? (lateTime.groups!.paren ?? lateTime.groups!.bracket ?? lateTime.groups!.plain!) : undefined;
      const timeOnly = lateTime && (diarised || lateTime.groups!.plain === undefined || /\d:\d\d:\d\d/.test(lateStamp!));
      const mayBeContact = unsure || digit || lead === 43 || lead === 40 || (lead | 0x20) === 104 || (lead | 0x20) === 119 || after.includes('@');
      if (timeOnly || (!((unsure || digit) && CLOCK_RE.test(after)) && !(mayBeContact && CONTACT_RE.test(after)))) {
        // `Ann Lee, PhD:`: the degree goes with the label as a parenthetical does, not into the speaker's name.
        // `Oana Lind [NATO Spokesperson]:`, `Question [Reuters]:`: a note in square brackets after the name, as one in round ones.
        let parenthetical = g.p1 ? collapseSpace(g.p1) : g.p2 ? collapseSpace(g.p2) : g.cred ? collapseSpace(g.cred) : undefined;
        let timestamp = g.ts;
        let timestampStart = g.ts ? head.indexOf(g.ts) : undefined;
        let textStart = end;
        if (timeOnly) {
          timestamp = lateStamp!;
          timestampStart = end + after.indexOf(timestamp);
          textStart = line.length;
        } else {
          const ap = unsure || lead === 40 ? AFTER_PAREN_RE.exec(after) : null;
          const at = unsure || lead === 91 || lead === 92 ? AFTER_TIME_RE.exec(after) : null;
          if (at && !timestamp) {
            timestamp = at.groups!.t!;
            timestampStart = end + after.indexOf(timestamp);
            textStart = end + at[0].length;
          } else if (ap && !parenthetical) {
            parenthetical = collapseSpace(ap.groups!.p!);
            textStart = end + ap[0].length;
          }
        }
        // `Adam Fishman (00:00:00):`: the parenthetical is the time.
        if (parenthetical && CLOCK_ONLY_RE.test(parenthetical) && !timestamp) {
          timestamp = parenthetical;
          timestampStart = head.indexOf(parenthetical);
          parenthetical = undefined;
        } else if (parenthetical && CLOCK_ONLY_RE.test(parenthetical)) parenthetical = undefined;
        while (textStart < head.length && isBlankCode(head.charCodeAt(textStart))) textStart++;
        // `O Sr. Presidente (Carlos Lima): — Srs. Deputados, …`: Portugal's record puts a dash between the label and the words.
        const dash = head.charCodeAt(textStart);
        if ((dash === 0x2014 || dash === 0x2013) && isBlankCode(head.charCodeAt(textStart + 1))) {
          textStart++;
          while (textStart < head.length && isBlankCode(head.charCodeAt(textStart))) textStart++;
        }
        let start = labelStart(head, g.ts, g.b1 ?? (g.ts ? undefined : g.b0));
        if (bracketed) start++;
        end = Math.max(end, start);
        // Most labels have words after them: the first character tells, without trimming a copy of the line.
        const bare = textStart >= line.length || (isSpaceCode(line.charCodeAt(textStart)) && line.slice(textStart).trim().length === 0);
        const holder = parenthetical ? officeHolder(rawName, named.name, parenthetical) : undefined;
        // The convention in the literal: a field every match has, added later, would give each of hundreds of thousands of matches a second block.
        const found: LabelMatch = {
          raw: named.raw,
          name: holder ?? named.name,
          start,
          end,
          textStart: Math.min(textStart, line.length),
          bare,
          custom: false,
          convention: timeOnly || (bare && timestamp) ? 'header' : bracketed ? 'bracketed' : (named as { iberian?: boolean }).iberian ? 'honorific' : 'colon',
        };
        // Set only when present, without temporary objects.
        if (timestamp) {
          found.timestamp = timestamp;
          found.timestampStart = timestampStart!;
        }
        if (parenthetical) found.parenthetical = parenthetical;
        // `The Temporary Speaker (Hon. Ann Lee):`: the holder is named, and chairs in that turn.
        if (holder && (isChairName(named.name) || isChairName(collapseSpace(rawName)))) found.role = 'moderator';
        // `The First Minister:`, `The Cabinet Secretary for Transport (Ian Dow):`: an office of the government answers.
        else if (isGovernmentOffice(named.name) || (parenthetical !== undefined && holdsGovernmentOffice(parenthetical))) found.role = 'respondent';
        else askerOrChairByWord(found);
        return found;
      }
    }
  }
  const qa = QA_RE.exec(head);
  if (qa && qa.groups) {
    const g = qa.groups;
    const start = labelStart(head, g.ts, g.b1);
    const dot = head.indexOf('.', start);
    return {
      raw: g.name!,
      name: g.name!,
      start,
      end: dot + 1 + (g.b2 ? 2 : 0),
      textStart: qa[0].length,
      ...(g.ts ? { timestamp: g.ts, timestampStart: head.indexOf(g.ts) } : {}),
      bare: false,
      custom: false,
      convention: 'dotted',
    };
  }
  return matchOtherConventions(head, line.length);
}

/** `Emma  0:00`, `Stephan Livera 00:02:14`, `**Emma**  0:00`: a name and a time alone on a line, the words below (Otter). */
const HEADER_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?:(?<junk>${TS_CORE})${SP}+)?(?:(?<b1>\*\*|__)|(?<open>\[))?(?<name>${DIARISED}|${NAME_CHARS}{1,60}?)(?:(?<b2>\*\*|__)|(?<close>\]))?${SP}+` +
    String.raw`(?:\((?<p>${TS_CORE})\)|\[(?<b>${TS_CORE})\]|(?<t>${TS_CORE}))${SP}*$`,
  'u',
));
/**
 * `00:00:03 Ann Lee`, `[00:00:03] Ann Lee`, `0:03 - Ann Lee (Acme Water)`: a time, then a name (and a note in brackets)
 * alone on a line, the words below, as some meeting recorders and Word's transcription write them; never a clock's
 * `1:05 P.M. EDT`, `14:00 Uhr`.
 */
const TIME_NAME_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?:\[(?<b>${TS_CORE})\]|\((?<p>${TS_CORE})\)|(?<t>${TS_CORE}))${SP}+(?:[-–—|]${SP}+)?(?![AaPp]\.?${SP}?[Mm]\b|(?:[ECMPA][SD]?T|[A-Z]{2,4}[SD]T|GMT|UTC|CET|BST|IST|JST|MSK|[Hh]rs?|Uhr|[Hh]eures?|horas?|ore)\b)(?<b1>\*\*|__)?(?<name>${DIARISED}|${NAME_CHARS}{1,60}?)(?<b2>\*\*|__)?` +
    String.raw`(?:${SP}*\((?<role>[^()\n\r]{1,40})\))?${SP}*$`,
  'u',
));
/** `**Ali** [00:00:00] text`, `[Speaker 1] [00:17] text`, `Ali [00:00:00] text`: a name, a time, the words on the same line. */
const NAME_TIME_TEXT_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?:(?<b1>\*\*|__)|(?<open>\[))?(?<name>${DIARISED}|${NAME_CHARS}{1,60}?)(?:(?<b2>\*\*|__)|(?<close>\]))?${SP}*` +
    String.raw`(?:\[(?<b>${TS_CORE})\]|\((?<p>${TS_CORE})\))${SP}*:?${SP}*(?=\S)`,
  'u',
));
/** `[SPEAKER_03] text`: a diariser's name in brackets. */
const BRACKET_DIARISED_RE = lazyRegExp(() => new RegExp(String.raw`^${SP}*\[(?<name>${DIARISED})\]${SP}*:?${SP}*(?=\S)`, 'u'));
/** `Q    Welcome back` or `Q<tab>...`: the briefing and court `Q`/`A` followed by a run of spaces, a tab or a no-break space. */
const SPACED_QA_RE = new RegExp(String.raw`^${SP}*(?<name>[QA])(?:\t|\u00a0|${SP}{2,})${SP}*(?=\S)`, 'u');
/** `Q Great.`, `A That is correct.`: depositions with no punctuation after the letter. */
const PLAIN_QA_RE = new RegExp(String.raw`^${SP}*(?<name>[QA]) (?=[\p{Lu}\d"“'‘(-])`, 'u');

/**
 * True when the head opens with a `Q` or an `A` and a tab, a no-break space or two spaces of any kind: where
 * SPACED_QA_RE can match, told without an expression.
 */
function startsSpacedQa(head: string): boolean {
  let i = 0;
  while (i < head.length && isNameSpaceCode(head.charCodeAt(i))) i++;
  const c = head.charCodeAt(i);
  if (c !== 81 && c !== 65) return false;
  const next = head.charCodeAt(i + 1);
  return next === 9 || next === 0xa0 || (isNameSpaceCode(next) && isNameSpaceCode(head.charCodeAt(i + 2)));
}

/** `Q    Welcome back`, `A<tab>Yes` (`spaced`), or `Q Great.` (`plain`): a bare `Q` or `A` and the words after it. */
function matchQa(head: string, re: RegExp): LabelMatch | undefined {
  const q = re.exec(head);
  if (!q || !q.groups) return undefined;
  const start = head.indexOf(q.groups.name!);
  return {
    raw: q.groups.name!,
    name: q.groups.name!,
    start,
    end: start + 1,
    textStart: q[0].length,
    bare: false,
    custom: false,
    convention: q[0].length - start > 2 || head.charCodeAt(start + 1) !== 32 ? 'spaced' : 'plain',
  };
}
/**
 * The offices printed hearings put before a name (`Senator GRASSLEY.`, `Director QUINN.`, `Attorney General GARLAND.`),
 * and the ranks that may come before them (`Deputy Secretary OKAFOR.`, `Ranking Member LEE.`). The line classifier's
 * cheap test reads their first words from here too.
 */
export const HEARING_OFFICES = [
  'Senator', 'Chairman', 'Chairwoman', 'Chair', 'Representative', 'Secretary', 'General', 'Admiral', 'Ambassador', 'Governor', 'Judge', 'Commissioner',
  'Delegate', 'Speaker', 'Director', 'Administrator', 'Attorney General', 'Inspector General', 'Member', 'Chief', 'Captain', 'Colonel', 'Lieutenant',
  'Sheriff', 'Mayor', 'President', 'Professor', 'Justice', 'Superintendent', 'Dean', 'Reverend',
];
export const HEARING_RANKS = ['Acting', 'Deputy', 'Assistant', 'Associate', 'Under', 'Vice', 'Ranking'];
const HEARING_TITLE = `(?:(?:${HEARING_RANKS.join('|')}) )?(?:${HEARING_OFFICES.join('|')})`;
/**
 * `Mrs. HUTCHISON. Mr. President,`, `The PRESIDING OFFICER. Without objection`: the Congressional Record. A
 * committee's verbatim minutes print the title in capitals too (`MR. LINDQVIST. Thank you.`): that form is counted
 * only where the document does it again and again.
 */
/** The capitals' form of a title before a name (`MR. BRANDT.`), not an office's in capitals (`THE PRESIDING OFFICER.`). */
const CAPS_TITLE = /^(?:MR|MRS|MS|MISS|DR|SEN|REP)\./u;
/** The president of a senate, who presides over it, as its record names the office. */
const SENATE_PRESIDENT = /^the (?:acting |vice )?president(?: pro tempore)?$/iu;
const RECORD_RE = new RegExp(
  String.raw`^${SP}{0,8}(?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR|SEN|REP)\.|${HEARING_TITLE}) (?:Mc|Mac|Le|La|De|Di|Du|Van|O'|O’)?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?` +
    String.raw`|(?:The|THE)(?: [A-Z][A-Z-]+)+(?: (?:pro tempore|PRO TEMPORE))?)(?: \((?<p>[^()\n\r]{1,60})\))?\.${SP}+(?=\S)`,
  'u',
);
/** `Mr. Jordan. Thank you.`, `Chairman Nadler. The committee will come to order.`: hearings printed with mixed-case names (counted only where the document does it again and again). */
const RECORD_MIXED_RE = asciiOrUnicode(
  String.raw`^${SP}{0,8}(?<name>(?:(?:Mr|Mrs|Ms|Dr)\.|Senator|Chairman|Chairwoman|Chair|Representative|Secretary|Ambassador|Governor|Judge|Director|Administrator|Commissioner|Admiral|Mayor|Professor) [\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)?)\.${SP}+(?=[\p{Lu}"“])`,
  'u',
);
/**
 * What French parliaments print after `M. le` or `Mme la`: the chair, a
 * minister, the rapporteur (`M. le président.`, `Mme la ministre déléguée
 * chargée du numérique.`, `M. le rapporteur général.`).
 */
const FRENCH_OFFICE = String.raw`(?:vice-présidente?|présidente?(?: de séance)?|ministre(?: déléguée?)?|(?:Premier|Première|premier|première) ministre|secrétaire d['’][ÉéE]tat|rapporteure?(?: générale?)?|garde des [Ss]ceaux|haute?-commissaire|doyenne? d['’]âge|questeure?)`;
/**
 * `M. le président. La séance est ouverte.`, `Mme Claire Dubois. Monsieur le
 * ministre, …`, `M. Jean Roux, Premier ministre. Nous avons…`: the French
 * National Assembly's and Senate's record, the speaker before a full stop (the
 * Senate's with a dash after it). Counted only where the document does it
 * again and again, as `Mr. Jordan.` is.
 */
const FRENCH_RECORD_RE = asciiOrUnicode(
  String.raw`^${SP}{0,8}(?<name>(?:M\.|Mme|Mlle) (?:(?:le|la|l['’]) ?(?<office>${FRENCH_OFFICE})(?:(?:,? (?:de|du|des|auprès|et|pour|chargée?|déléguée?)(?= )| d['’])[^.\n\r]{0,160}?)?|[\p{Lu}][\p{L}'’-]+(?: (?:(?:de|du|des|de la|van|von|d['’]) ?)?[\p{Lu}][\p{L}'’-]+){0,4}))(?:, (?<title>[^.\n\r]{1,100}?))?\.(?:${SP}[-–—])?(?:${SP}+(?=[\p{Lu}«"“(…])|${SP}*$)`,
  'u',
);
/**
 * `PRESIDENTE. La seduta è aperta.`, `MARIO ROSSI. Grazie, Presidente.`,
 * `GIULIA BIANCHI, Ministra delle infrastrutture. Le linee…`, `ROSSI (FdI).
 * Domando di parlare.`: the Italian Chamber's and Senate's record, a name in
 * capitals and a full stop. One word is a name only as the chair's office or
 * with a group in brackets or a government office after a comma (`VERDI, ministro
 * dei trasporti.`). Counted only where the document does it again and again, as
 * `Mr. Jordan.` is.
 */
const ITALIAN_RECORD_RE = asciiOrUnicode(
  String.raw`^${SP}{0,8}(?<name>(?:VICE)?PRESIDENTE|PRESIDENTA|[\p{Lu}][\p{Lu}\p{M}'’\-]+(?: (?:Mc|Mac|De|Di|Du|La|Le)?[\p{Lu}][\p{Lu}\p{M}'’\-]+){1,3}|[\p{Lu}][\p{Lu}\p{M}'’\-]+(?= \(|, (?:[Mm]inistr|[Ss]ottosegretari|[Vv]iceministr|[Pp]resident[ea] del [Cc]onsiglio)))(?: \((?<p>[^()\n\r]{1,40})\))?(?:, (?<title>[^.\n\r]{1,120}?))?\.${SP}+(?=[\p{Lu}«"“(])`,
  'u',
);
/**
 * `President. – The next item is …`, `Anna Lind, Member of the Commission. – Madam President, …`, `Lars Holm, on
 * behalf of the PPE Group. – …`, `Eva Roos (Renew), blue-card question. – …`, `Die Präsidentin. – …`: the European
 * Parliament's verbatim report, the speaker and what they speak as, then a full stop and a dash. Counted only where
 * the document does it again and again, as `Mr. Jordan.` is.
 */
const DASHED_RECORD_RE = asciiOrUnicode(
  String.raw`^${SP}{0,8}(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?:${SP}(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|von|van|der|den|de|des|du|da|di|del|della|dos|la|le|in|zu|af|y|['’]t)){0,5})(?:${SP}\((?<p>[^()\n\r]{1,40})\))?(?:,${SP}(?<title>[^\n\r]{1,150}?))?\.${SP}–${SP}+(?=\S)`,
  'u',
);
/** `(DE) `, `(FR) `: the language a speech in the European Parliament was given in, before its words. */
const SPOKEN_IN_RE = /^\(([A-Z]{2})\)[ \u00a0]+(?=\S)/u;
/** Who answers for the Union's executive in the European Parliament: a member of the Commission, the Council's presidency, a minister (the institutions with their capitals: a committee is `commission` in French). */
const EU_EXECUTIVE = /\b(?:Commission|Commissioner|Council|Conseil|Kommission|Rat(?:es)?|Commissione|Consiglio|Comisión|Consejo|High Representative|[Mm]inist(?:er|re|ro|ra))\b/u;
/**
 * `Председательствующий. Уважаемые коллеги…`, `Иванов П. С., фракция «Новые люди». Уважаемый министр…`, `Смирнов А. В.,
 * министр транспорта. Дорога…`, `Иванов П. С. А почему…`: the Russian State Duma's and Federation Council's
 * verbatim record, the chair by the office, everyone else by surname and initials, what they speak as after a comma,
 * then a full stop. Counted only where the document does it again and again, as `Mr. Jordan.` is.
 */
const RUSSIAN_RECORD_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}{0,8}(?:(?<chair>Председательствующ(?:ий|ая)|Председатель)\.|(?<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?${SP}[А-ЯЁ]\.${SP}?[А-ЯЁ]\.)(?:,${SP}(?<title>[^\n\r]{1,200}?)\.)?)${SP}+(?=[А-ЯЁA-Z«"„(])`,
  'u',
));
/**
 * `O SR. PRESIDENTE (Paulo Ramos. PSD - MG) - Havendo número…`, `A SRA. LÚCIA FARIAS (PL - SP. Sem revisão da oradora.)
 * - Os portos…`: Brazil's Chamber and Senate, the title, the name in capitals, the party and state in brackets (the
 * chair's bracket names its holder first), then a dash. Counted only where the document does it again and again.
 */
const BRAZIL_RECORD_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?<name>(?:O|A)${SP}(?:SR|SRA|SRTA)\.${SP}[\p{Lu}][\p{Lu}\p{M}'’.\- ]{1,80}?)${SP}*(?:\((?<p>[^()\n\r]{1,160})\))?${SP}+[-–—]${SP}+(?=\S)`,
  'u',
));
/** Who answers for the government in Brazil's record: a minister, and the government's leader. */
const BRAZIL_GOVERNMENT = /^(?:MINISTR[OA]|LÍDER DO GOVERNO)/u;
/** Who answers for the government in Russia's record: a minister, a deputy prime minister, the government's representative. */
const RUSSIAN_GOVERNMENT = /министр|правительств/iu;
/** Who answers for the government in Italy's record: `Ministro`, `Sottosegretaria di Stato`, `Viceministro`. */
const ITALIAN_GOVERNMENT = /ministr[oa]|sottosegretari[oa]|viceministr[oa]|president[ea] del consiglio/iu;

/** Who presides a French sitting (`M. le président.`, `Mme la vice-présidente.`), and who answers for the government or a committee. */
const FRENCH_CHAIR = /^(?:vice-)?présidente?(?: de séance)?$/u;
const FRENCH_ANSWERS = /ministre|secrétaire d['’][ÉéE]tat|garde des [Ss]ceaux|commissaire|rapporteur/iu;

/**
 * The UK Parliament's Hansard as its web pages give it: who speaks alone on a
 * line, the words below. A member by name, seat and party (`Jane Doe
 * (Northtown) (Lab)`; a peer by name and party, `Lord Ames (Con)`), an office
 * with its holder (`The Prime Minister (John Smith)`, `Mr Deputy Speaker
 * (Ann Lee)`); later the name or the office alone (`Jane Doe`, `The Prime
 * Minister`), which the reader takes where the document has the form.
 */
const HANSARD_MAX = 160;
const HANSARD_MEMBER_RE = asciiOrUnicode(
  String.raw`^${SP}*(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?:${SP}(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|of|de|van|von|la|le)){0,6})(?:${SP}\((?<seat>[^()\n\r]{2,80})\))?${SP}\((?<party>[\p{Lu}][\p{L}&/\- ]{0,24})\)${SP}*$`,
  'u',
);
const HANSARD_OFFICE_RE = asciiOrUnicode(String.raw`^${SP}*(?<office>(?:The|Mr|Madam)${SP}[\p{L}\p{M}'’,\- ]{2,140}?)${SP}\((?<holder>[\p{Lu}][^()\n\r]{1,60})\)${SP}*$`, 'u');
const HANSARD_OFFICE_ALONE_RE = asciiOrUnicode(String.raw`^${SP}*(?<office>(?:The|Mr|Madam)${SP}[\p{Lu}][\p{L}\p{M}'’\-]*(?:,?${SP}[\p{L}\p{M}'’\-]+){0,16})${SP}*$`, 'u');
/** Offices that answer for the government in the House: ministers, secretaries of state, the law officers, the Leader of the House; Ireland's Taoiseach and Tánaiste. */
const HANSARD_GOVERNMENT = /minister|secretary|solicitor general|attorney general|advocate general|leader of the house|chancellor|paymaster|taoiseach|tánaiste/iu;

/**
 * `Prime Minister, Lib.`, `Minister of Transport, Lib.`, `Parliamentary Secretary to the Minister of Health`: the
 * office a member holds, in brackets after the name (Canada's record), when it is the government's; not an
 * opposition's shadow or critic.
 */
function holdsGovernmentOffice(parenthetical: string): boolean {
  return parenthetical.length <= 160 && HANSARD_GOVERNMENT.test(parenthetical) && !/shadow|opposition|critic|former/iu.test(parenthetical);
}

/** `The First Minister`, `The Minister for Housing`, `The Cabinet Secretary for Justice`: a government office, named with `The`; the Dutch record's `Minister De Vries`. */
function isGovernmentOffice(name: string): boolean {
  if (name.length > 120) return false;
  if (name.startsWith('The ')) return HANSARD_GOVERNMENT.test(name);
  // Most labels start otherwise: the expressions run only for the words the Dutch and German offices start with.
  if ((name.startsWith('inister', 1) || name.startsWith('taatssecretaris', 1)) && DUTCH_GOVERNMENT.test(name)) return true;
  const c = name.charCodeAt(0);
  return (c === 66 || c === 83 || c === 76 || c === 77 || c === 80 || c === 86) && GERMAN_GOVERNMENT.test(name);
}

/**
 * `Bundesministerin für Arbeit Dr. Lea Berger`, `Bundeskanzler Max Roth`, `Parl. Staatssekretärin beim …`,
 * `Landesrätin …`, `Bundesrätin …` (Switzerland's government): a German-speaking government's office before its
 * holder's name, who answers for the government.
 */
const GERMAN_GOVERNMENT = /^(?:Bundes(?:minister|kanzler)(?:in)?|Bundesrat|Bundesrätin|Vizekanzler(?:in)?|(?:Parl\. )?Staats(?:sekretär|minister)(?:in)?|Landes(?:rat|rätin|minister|ministerin|hauptmann|hauptfrau)|Ministerin|Ministerpräsident(?:in)?)[ \u00a0]/u;

/** `Minister De Vries`, `Staatssecretaris Koç`, `Minister-president Rutte`: the Dutch record names a member of the government by the office. */
const DUTCH_GOVERNMENT = /^(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris) \p{Lu}/u;

/**
 * `1. Callum Reid (Argyll and Bute) (Con): To ask the First Minister …`, `Elena Shaw (Glasgow) (Lab): …`: the
 * Scottish and Welsh parliaments' record, a member by name, seat and party before a colon, after the number of their
 * question on the order paper; the United Nations' verbatim record, a delegate by name and country and the language
 * spoken (`Mr. Dupont (France) (spoke in French):`); Australia's, a member by name, seat (and office) and the time
 * (`Mr HALL (Riverton—Prime Minister) (14:02):`).
 */
const MEMBER_SEAT_PARTY_RE = asciiOrUnicode(
  String.raw`^${SP}*(?:\d{1,3}\.${SP}+)?(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?:${SP}(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|de|van|von|la|le)){0,5})${SP}\((?<seat>[^()\n\r]{2,80})\)${SP}\((?<party>[\p{Lu}][\p{L}&/\- ]{0,24}|(?:spoke|speaking) in [\p{L} ]{2,30}|interpretation from [\p{L} ]{2,30}|(?:via|through) (?:an )?interpreter|(?<time>\d{1,2}:\d{2}))\)${SP}*:(?:${SP}+(?=\S)|${SP}*$)`,
  'u',
);

/**
 * `1. ANNA REID (Leader—Green) to the Prime Minister: Does he stand by …`, `Dr LENA FOX (NZ First) to the Minister of
 * Health: What …`: New Zealand's record of oral questions, the member who asks (numbered, in capitals, their party in
 * brackets) and the minister asked.
 */
const ASKS_MINISTER_RE = asciiOrUnicode(
  String.raw`^${SP}*(?:\d{1,3}\.${SP}+)?(?<name>(?:(?:Rt Hon|Hon|Dr|Sir|Dame|Mr|Mrs|Ms)${SP})*[\p{Lu}][\p{Lu}\p{M}'’.\-]+(?:${SP}(?:Mc|Mac|De|Di|Du|La|Le|O['’])?[\p{Lu}][\p{Lu}\p{M}'’.\-]+){1,4})(?:${SP}\((?<party>[^()\n\r]{1,60})\))?${SP}+to the (?<office>[\p{Lu}][\p{L}\p{M}'’,\- ]{2,100}?)${SP}*:${SP}+(?=\S)`,
  'u',
);

/** A line of Hansard's form alone (see HANSARD_MEMBER_RE), or undefined. */
function matchHansard(head: string): LabelMatch | undefined {
  const office = HANSARD_OFFICE_RE(head).exec(head);
  if (office && office.groups) {
    const raw = collapseSpace(office.groups.office!);
    const start = head.indexOf(office.groups.office!);
    const role: Role | undefined = isChairName(raw) ? 'moderator' : HANSARD_GOVERNMENT.test(raw) ? 'respondent' : undefined;
    return { raw, name: raw, start, end: start + office.groups.office!.length, textStart: head.length, parenthetical: collapseSpace(office.groups.holder!), bare: true, custom: false, convention: 'hansard-office', ...(role ? { role } : {}) };
  }
  const member = HANSARD_MEMBER_RE(head).exec(head);
  if (member && member.groups && cachedName(member.groups.name!).nameLike) {
    const raw = collapseSpace(member.groups.name!);
    const start = head.indexOf(member.groups.name!);
    return { raw, name: raw, start, end: start + member.groups.name!.length, textStart: head.length, parenthetical: collapseSpace([member.groups.seat, member.groups.party].filter(Boolean).join(', ')), bare: true, custom: false, convention: 'hansard' };
  }
  return undefined;
}

/** `主席：`, `記者：`, `司会：`: a short name before a full-width colon, the words straight after it. */
const CJK_LABEL_RE = lazyRegExp(() => new RegExp(String.raw`^${SP}*(?<name>[^：:\s，。、！？；（）()\[\]「」『』"“”]{1,12})：${SP}*`, 'u'));

/** `PREGUNTA`, `INTERLOCUTORA`, `SR. GÓMEZ`: a label in capitals alone on its line, the words below (kept only where the document repeats it). */
const CAPS_ALONE_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?<name>[\p{Lu}][\p{Lu}\p{M}'’.\-]*(?:${SP}(?:[\p{Lu}][\p{Lu}\p{M}'’.\-]*|DE|DEL|LA|DA|DO|VON|VAN|DER)){0,4})${SP}*$`,
  'u',
));
/** `**Interviewer** Thank you.`: a name in bold and the words after it, no colon (markdown transcripts). */
const BOLD_NAME_RE = lazyRegExp(() => new RegExp(String.raw`^${SP}*(?:(?<ts>${TS_CORE}|\[${TS_CORE}\])${SP}+)?(?<b1>\*\*|__)(?<name>${DIARISED}|${NAME_CHARS}{1,60}?)(?<b2>\*\*|__)${SP}+(?=[^\s:：])`, 'u'));
/** `### Interviewer`: a markdown heading that is only a speaker's name, the words below. */
const HEADING_NAME_RE = lazyRegExp(() => new RegExp(String.raw`^${SP}*#{1,6}${SP}+(?<name>${DIARISED}|${NAME_CHARS}{1,60}?)${SP}*#*${SP}*$`, 'u'));
/** `Ann Lee` or `Speaker 2` alone on its line, the words below: Otter's export without times. */
const NAME_ALONE_RE = asciiOrUnicode(String.raw`^${SP}*(?<name>${DIARISED}|\p{Lu}[\p{L}\p{M}'’.\-]*(?:${SP}\p{Lu}[\p{L}\p{M}'’.\-]*){1,3})${SP}*$`, 'u');
/** Whether the text holds an ASCII small letter: a label in capitals alone (`CAPS_ALONE_RE`) holds none. */
function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * False where `NAME_ALONE_RE` cannot match, told from the characters alone:
 * its names hold letters, marks, digits (`Speaker 2`), white space and
 * `'’.-_`, so any other ASCII character rules a line out, and each word of a
 * name starts with a capital, so a word starting with a small ASCII letter
 * leaves only `speaker 1` or `spk 2`; its digits are a diariser's number of
 * one to three, so four in a row (a year) rule it out. A header's lines
 * (`Geneva, Switzerland`, `Press conference on the treaty`, `12 May 2021`, and
 * `May 2021` after that line's number) are passed by without compiling it.
 */
function mayBeNameAlone(s: string): boolean {
  let lowerWord = false;
  let started = false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    digits = c >= 48 && c <= 57 ? digits + 1 : 0;
    if (digits > 3) return false;
    // Both kinds of name start with a letter: a date (`12 May 2021`) is none.
    if (!started && !isNameSpaceCode(c)) {
      started = true;
      if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
    }
    if (c >= 128) continue;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && !(c >= 48 && c <= 57) && c !== 32 && c !== 9 && c !== 12 && c !== 39 && c !== 46 && c !== 45 && c !== 95) return false;
    if (c >= 97 && c <= 122 && (i === 0 || isNameSpaceCode(s.charCodeAt(i - 1)))) lowerWord = true;
  }
  return !lowerWord || s.includes('speaker') || s.includes('spk');
}

/** Whether `s` at `at` starts with the French record's title: `M.`, `Mme` or `Mlle`. */
function startsFrenchTitle(s: string, at: number): boolean {
  return s.startsWith('M.', at) || s.startsWith('Mme', at) || s.startsWith('Mlle', at);
}

/** The white space `SP` stands for between a name's words. */
function isNameSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** The longest line that can be a label alone in capitals. */
export const CAPS_ALONE_MAX = 48;
/** A label found after `k` characters of the line (a line's number, a question's), its offsets moved to the whole line's. */
function shifted(inner: LabelMatch, k: number, convention: LabelConvention): LabelMatch {
  return {
    ...inner,
    start: inner.start + k,
    end: inner.end + k,
    textStart: inner.textStart + k,
    ...(inner.timestampStart !== undefined ? { timestampStart: inner.timestampStart + k } : {}),
    convention,
  };
}

/** The number of a committee's question before the member's label: `Q12 `, `Q134 `. */
const COMMITTEE_QUESTION_RE = new RegExp(String.raw`^${SP}*Q\d{1,4}${SP}+(?=\S)`, 'u');
/** A court reporter's line number before a label: `[15]Q.`, `3      CHIEF JUSTICE ROBERTS:`, `18 MR. SMITH:`. */
const LINE_NUMBER_RE = new RegExp(String.raw`^${SP}*(?:(?:\[\*?\d{1,4}\]${SP}*)+|\d{1,2}(?=${SP}))${SP}*`, 'u');
/** A question's or answer's number before its label: `1. 問：`, `2、答：`, `3) Q:`. */
const LIST_NUMBER_RE = new RegExp(String.raw`^${SP}*\d{1,3}[.．、)）]${SP}*`, 'u');

/** `[00:01:20] 68f0e9b4-…@72f988bf-…: words`: after a bracketed time, any name before a colon (the converted format). */
const TIMED_ANY_NAME_RE = lazyRegExp(() => new RegExp(String.raw`^${SP}*\[(?<ts>${TS_CORE})\]${SP}+(?<name>[^:\n\r"“”?!;,\s][^:\n\r"“”?!;,]{0,99}?(?:, [^:\n\r"“”?!;, ]+(?: [^:\n\r"“”?!;, ]+)?)?)${SP}*:${SP}+(?=\S)`, 'u'));

/** One capitalised name of a group label: `Ana`, `Ben Ortiz`. */
const GROUP_NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}'’.\-]*){0,2}`;
/** `[00:00 – 02:51] Ana, Ben and Carl: words`: a time or a time range in brackets, then names joined by commas and a conjunction. */
const TIMED_GROUP_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*\[(?<ts>${TS_CORE})(?:${SP}*[-–—]${SP}*${TS_CORE})?\]${SP}+(?<name>${GROUP_NAME}(?:, ${GROUP_NAME})*,? (?:and|&|y|e|et|und|en|i|og|och) ${GROUP_NAME})${SP}*:${SP}+(?=\S)`,
  'u',
));
/** `El señor MINISTRO DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (Borrell Fontelles): text`: an office with commas. */
const IBERIAN_OFFICE_RE = lazyRegExp(() => new RegExp(
  String.raw`^${SP}*(?<name>(?:(?:A|O|El|La|Los|Las)${SP})?(?:señora|señor|Señora|Señor|senyora|senyor|senhora|senhor)${SP}+[\p{Lu}][\p{Lu}\p{M}'’.\- ]*,[\p{Lu}\p{M}'’.\-, ]{1,140}?)${SP}*(?:\((?<p>[^()\n\r]{1,60})\)${SP}*)?:${SP}+(?=\S)`,
  'u',
));

/** `Eva Brandt, Bundesministerin der Finanzen:`, `Ann Lee, Secretary of State:`, the Swiss `Keller Anna, Bundesrätin:`: a name, a comma and the office, the words after it or on the lines below. */
const NAME_OFFICE_RE = asciiOrUnicode(
  String.raw`^${SP}*(?<name>[\p{Lu}][\p{L}\p{M}.'’ -]{1,50}?),${SP}+(?<office>(?:Bundesminister|Bundesministerin|Bundeskanzler|Bundeskanzlerin|Parl\. Staatssekretär|Parl\. Staatssekretärin|Staatsminister|Staatsministerin|Staatssekretär|Staatssekretärin|Minister|Ministerin|Ministre|Ministro|Ministra|Secretary|Senator|Präsident|Präsidentin|Président|Présidente|Presidente|Presidenta|Chair|Chairman|Chairwoman|Commissioner|Wehrbeauftragte|Wehrbeauftragter|Bundesrat|Bundesrätin|Bundespräsident|Bundespräsidentin|Conseiller fédéral|Conseillère fédérale|Consigliere federale|Consigliera federale|Official Spokesperson|Spokesperson|Spokesman|Spokeswoman|Press Secretary|Foreign Secretary|Prime Minister|Deputy|Ambassador|Permanent Representative|Special Envoy)(?![\p{L}])[^:()\n\r]{0,80}?)${SP}*(?:\((?<p>[^()\n\r]{1,40})\)${SP}*)?:(?:${SP}+(?=\S)|${SP}*$)`,
  'u',
);

/**
 * `Official Spokesperson, Shri Arun Mehta:`, `Foreign Secretary, Shri Vikram Rao:`, `Secretary (East), Ms Lata Iyer:`:
 * the office first, a comma and the person holding it, as a ministry's briefing prints its officials.
 */
const OFFICE_NAME_RE = asciiOrUnicode(
  String.raw`^${SP}*(?<office>(?:[\p{Lu}][\p{L}.-]*${SP}+){0,3}(?:Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|Ambassador|Adviser|Advisor|Director|Commissioner|Envoy|Representative)(?:${SP}*\([^()\n\r]{1,24}\))?),${SP}+(?<name>[\p{Lu}][\p{L}\p{M}.'’ -]{1,50}?)${SP}*:(?:${SP}+(?=\S)|${SP}*$)`,
  'u',
);

/**
 * `DANA ROWE, CNN HOST:`, `GOV. MARIA ELKIN (D), NORTH PORT:`, `JOE BIDEN, PRESIDENT OF THE UNITED STATES:`: a news
 * programme's transcript names a speaker in full the first time, in capitals, with a party in brackets and what they
 * are after a comma; two words of a name at least, everything in capitals (a name's `Mc` aside).
 */
const CAPS_DESCRIBED_RE = asciiOrUnicode(
  String.raw`^${SP}*(?<name>(?:[\p{Lu}][\p{Lu}\p{M}'’.\-]*|Mc[\p{Lu}][\p{Lu}'’\-]*)(?: (?:[\p{Lu}][\p{Lu}\p{M}'’.\-]*|Mc[\p{Lu}][\p{Lu}'’\-]*)){1,4})(?:${SP}\((?<party>[\p{Lu}\d][\p{Lu}\d\- ,.]{0,14})\))?,${SP}+(?<office>[\p{Lu}\d][\p{Lu}\p{M}\d'’.&/\- ,]{1,90}?)${SP}*:(?:${SP}+(?=\S)|${SP}*$)`,
  'u',
);

/**
 * The label of a person and the office they hold, written either way round (`NAME_OFFICE_RE`, `OFFICE_NAME_RE`): the
 * person is the speaker, the office goes with the label. A parliament's record prints such a label alone on its line,
 * the words below (`Name, Bundesminister der Finanzen:`). `from` is where the person's name may start.
 */
function holderOfOffice(head: string, m: RegExpExecArray, from: number): LabelMatch {
  const raw = collapseSpace(m.groups!.name!);
  const office = collapseSpace(m.groups!.office!);
  const found: LabelMatch = {
    raw,
    name: normaliseSpeaker(raw),
    start: head.indexOf(m.groups!.name!, from),
    end: m[0].trimEnd().length,
    textStart: m[0].length,
    parenthetical: office,
    bare: m[0].length >= head.length,
    custom: false,
    convention: 'colon',
  };
  // `Jonas Keller, Bundesminister für Verkehr:`, `Petra Baumann, Bundesrätin:`: a member of the government answers.
  if (holdsGovernmentOffice(office) || GERMAN_GOVERNMENT.test(`${office} `)) found.role = 'respondent';
  return found;
}

function matchOtherConventions(head: string, lineLength: number): LabelMatch | undefined {
  // `主席：各位好`: the full-width colon needs no space after it.
  const cjk = head.includes('：') ? CJK_LABEL_RE().exec(head) : null;
  if (cjk && cjk.groups && cachedName(cjk.groups.name!).nameLike) {
    const raw = cjk.groups.name!;
    const start = head.indexOf(raw);
    return { raw, name: unifiedIdeographs(raw), start, end: start + raw.length + 1, textStart: cjk[0].length, bare: cjk[0].length >= lineLength, custom: false, convention: 'colon' };
  }
  const comma = head.indexOf(',');
  // Both forms end with a colon after the comma: a place or a date with a comma (`Geneva, Switzerland`) compiles neither.
  const holder = comma > 0 && head.indexOf(':', comma) > comma;
  const withOffice = holder && comma < 52 ? NAME_OFFICE_RE(head).exec(head) : null;
  if (withOffice && withOffice.groups && isNameLike(withOffice.groups.name!)) return holderOfOffice(head, withOffice, 0);
  const officeFirst = holder && comma < 60 ? OFFICE_NAME_RE(head).exec(head) : null;
  if (officeFirst && officeFirst.groups && isHolderName(officeFirst.groups.name!)) return holderOfOffice(head, officeFirst, comma);
  const member = head.includes(') (') ? MEMBER_SEAT_PARTY_RE(head).exec(head) : null;
  if (member && member.groups && isNameLike(member.groups.name!)) {
    const raw = collapseSpace(member.groups.name!);
    const start = head.indexOf(member.groups.name!);
    const seat = collapseSpace(member.groups.seat!);
    const time = member.groups.time;
    if (time) {
      // `Mr HALL (Riverton—Prime Minister) (14:02):`: Australia's record, the seat and any office, then the time the member rose.
      const office = seat.split(/[—–]/u).slice(1).join(' ');
      return {
        raw,
        name: normaliseSpeaker(raw),
        start,
        end: member[0].trimEnd().length,
        textStart: member[0].length,
        parenthetical: seat,
        timestamp: time,
        timestampStart: head.indexOf(time, start + member.groups.name!.length + seat.length),
        ...(office && holdsGovernmentOffice(office) ? { role: 'respondent' as const } : {}),
        bare: member[0].length >= head.length,
        custom: false,
        convention: 'colon',
      };
    }
    return { raw, name: raw, start, end: member[0].trimEnd().length, textStart: member[0].length, parenthetical: `${seat}, ${collapseSpace(member.groups.party!)}`, bare: member[0].length >= head.length, custom: false, convention: 'colon' };
  }
  const asks = head.includes(' to the ') && head.includes(':') ? ASKS_MINISTER_RE(head).exec(head) : null;
  if (asks && asks.groups && isNameLike(asks.groups.name!)) {
    const raw = collapseSpace(asks.groups.name!);
    const start = head.indexOf(asks.groups.name!);
    const party = asks.groups.party ? collapseSpace(asks.groups.party) : undefined;
    const to = `to the ${collapseSpace(asks.groups.office!)}`;
    return { raw, name: normaliseSpeaker(raw), start, end: asks[0].trimEnd().length, textStart: asks[0].length, parenthetical: party ? `${party}, ${to}` : to, role: 'questioner', bare: false, custom: false, convention: 'colon' };
  }
  const described = holder && comma < 60 && isUpperCode(head.charCodeAt(head.search(/\S/) + 1)) ? CAPS_DESCRIBED_RE(head).exec(head) : null;
  if (described && described.groups && isNameLike(normaliseSpeaker(described.groups.name!))) {
    const found = holderOfOffice(head, described, 0);
    if (described.groups.party) found.parenthetical = `${collapseSpace(described.groups.party)}, ${found.parenthetical}`;
    return found;
  }
  const office = head.length > 20 && (head.includes('eñor') || head.includes('enyor') || head.includes('enhor')) && head.includes(',') ? IBERIAN_OFFICE_RE().exec(head) : null;
  if (office && office.groups) {
    const raw = collapseSpace(office.groups.name!);
    const iberian = iberianName(raw);
    if (iberian) {
      const holder = office.groups.p && isHolderName(office.groups.p) ? collapseSpace(office.groups.p) : undefined;
      const start = head.indexOf(office.groups.name!);
      return {
        raw,
        name: holder ?? titleCaseName(iberian),
        start,
        end: office[0].trimEnd().length,
        textStart: office[0].length,
        ...(holder ? { parenthetical: holder } : {}),
        bare: false,
        custom: false,
        convention: 'honorific',
      };
    }
  }
  const group = head.charCodeAt(head.search(/\S/)) === 91 ? TIMED_GROUP_RE().exec(head) : null;
  if (group && group.groups) {
    const raw = group.groups.name!;
    const start = head.indexOf(raw, head.indexOf(']'));
    return {
      raw,
      name: raw,
      start,
      end: start + raw.length + 1,
      textStart: group[0].length,
      timestamp: `[${group.groups.ts}]`,
      timestampStart: head.indexOf('['),
      bare: false,
      custom: false,
      convention: 'colon',
    };
  }
  // The conventions with a time need a clock's digits: a head without them is passed by before their expressions, which cost more to compile than to run.
  const clock = hasClockDigits(head);
  const timed = clock ? TIMED_ANY_NAME_RE().exec(head) : null;
  if (timed && timed.groups && timed.groups.name!.split(' ').length <= 8 && /[\p{L}\p{N}]/u.test(timed.groups.name!)) {
    const raw = timed.groups.name!;
    const start = head.indexOf(raw, timed.groups.ts!.length + 2);
    return {
      raw,
      name: raw,
      start,
      end: start + raw.length + 1,
      textStart: timed[0].length,
      timestamp: `[${timed.groups.ts}]`,
      timestampStart: head.indexOf('['),
      bare: false,
      custom: false,
      convention: 'colon',
    };
  }
  const timeFirst = clock ? TIME_NAME_RE().exec(head) : null;
  // (`0:37:27.8 **Jen Luker** (laughs)`: a bold name's words in brackets, read with the bold names below.)
  if (timeFirst && timeFirst.groups && !timeFirst.groups.b1 === !timeFirst.groups.b2 && !(timeFirst.groups.b1 && timeFirst.groups.role)) {
    const g = timeFirst.groups;
    const raw = g.name!.trim();
    if (isDiarised(raw) || cachedName(raw).nameLike) {
      const ts = g.b ?? g.p ?? g.t!;
      const start = head.indexOf(raw, head.indexOf(ts) + ts.length);
      const found: LabelMatch = {
        raw: collapseSpace(raw),
        name: isDiarised(raw) ? raw : cachedName(raw).name,
        start,
        end: start + raw.length + (g.b2?.length ?? 0),
        textStart: lineLength,
        timestamp: ts,
        timestampStart: head.indexOf(ts),
        bare: true,
        custom: false,
        convention: 'header',
        timeFirst: true,
      };
      if (g.role) found.parenthetical = collapseSpace(g.role);
      return found;
    }
  }
  const h = clock ? HEADER_RE().exec(head) : null;
  if (h && h.groups && !h.groups.b1 === !h.groups.b2 && !h.groups.open === !h.groups.close) {
    const g = h.groups;
    const raw = g.name!.trim();
    if (isDiarised(raw) || cachedName(raw).nameLike) {
      const ts = g.p ?? g.b ?? g.t!;
      const start = head.indexOf(raw, g.junk ? head.indexOf(g.junk) + g.junk.length : 0);
      return {
        raw: collapseSpace(raw),
        name: isDiarised(raw) ? raw : cachedName(raw).name,
        start,
        end: start + raw.length + (g.b2?.length ?? g.close?.length ?? 0),
        textStart: lineLength,
        timestamp: ts,
        timestampStart: head.lastIndexOf(ts),
        bare: true,
        custom: false,
        convention: 'header',
      };
    }
  }
  const n = clock ? NAME_TIME_TEXT_RE().exec(head) : null;
  if (n && n.groups && !n.groups.b1 === !n.groups.b2 && !n.groups.open === !n.groups.close) {
    const g = n.groups;
    const raw = g.name!.trim();
    const diarised = isDiarised(raw);
    if (diarised || cachedName(raw).nameLike) {
      const ts = g.b ?? g.p!;
      const start = head.indexOf(raw);
      return {
        raw: collapseSpace(raw),
        name: diarised ? raw : cachedName(raw).name,
        start,
        end: start + raw.length + (g.b2?.length ?? g.close?.length ?? 0),
        textStart: n[0].length,
        timestamp: ts,
        timestampStart: head.indexOf(ts, start + raw.length),
        bare: false,
        custom: false,
        // `Ali [00:00:12] text` without bold or brackets is counted only where the document does it again and again.
        convention: diarised || g.b1 || g.open ? 'bracketed' : 'timed-name',
      };
    }
  }
  const d = head.includes('[') ? BRACKET_DIARISED_RE().exec(head) : null;
  if (d && d.groups) {
    const raw = d.groups.name!;
    const start = head.indexOf(raw);
    return { raw, name: raw, start, end: start + raw.length + 1, textStart: d[0].length, bare: false, custom: false, convention: 'bracketed' };
  }
  const r = RECORD_RE.exec(head);
  if (r && r.groups) {
    const raw = r.groups.name!;
    const start = head.indexOf(raw);
    const dot = r[0].trimEnd().length;
    return {
      raw,
      name: normaliseRecordName(raw),
      start,
      end: dot,
      textStart: r[0].length,
      ...(r.groups.p ? { parenthetical: collapseSpace(r.groups.p) } : {}),
      // `The PRESIDENT.`, `The VICE PRESIDENT.`, `THE PRESIDENT pro tempore.`: in a senate's record, who presides.
      ...(SENATE_PRESIDENT.test(raw) ? { role: 'moderator' as const } : {}),
      bare: false,
      custom: false,
      convention: CAPS_TITLE.test(raw) ? 'record-mixed' : 'record',
    };
  }
  const mixed = RECORD_MIXED_RE(head).exec(head);
  if (mixed && mixed.groups) {
    const raw = mixed.groups.name!;
    const start = head.indexOf(raw);
    return { raw, name: raw, start, end: start + raw.length + 1, textStart: mixed[0].length, bare: false, custom: false, convention: 'record-mixed' };
  }
  const lead = head.charCodeAt(head.search(/\S/));
  // `M. le président.`, `Mme Lise Garnier.`: only a line that starts with `M.`, `Mme` or `Mlle` can be the French record's (not `May 2021`).
  const french = lead === 77 && startsFrenchTitle(head, head.search(/\S/)) ? FRENCH_RECORD_RE(head).exec(head) : null;
  if (french && french.groups) {
    const raw = collapseSpace(french.groups.name!);
    const start = head.indexOf(french.groups.name!);
    const office = french.groups.office;
    const title = french.groups.title;
    // The chair presides (`M. le président.`); the chair of a committee (`M. le président de la commission des lois.`) speaks for it.
    const role: Role | undefined = office && raw.endsWith(office) && FRENCH_CHAIR.test(office) ? 'moderator' : FRENCH_ANSWERS.test(office ?? title ?? '') ? 'respondent' : undefined;
    const dot = head.indexOf('.', start + french.groups.name!.length);
    return {
      raw,
      name: raw,
      start,
      end: dot + 1,
      textStart: french[0].length,
      ...(title ? { parenthetical: collapseSpace(title) } : {}),
      ...(role ? { role } : {}),
      bare: head.slice(french[0].length).trim() === '',
      custom: false,
      convention: 'record-mixed',
    };
  }
  // `PRESIDENTE.`, `LUCA NERI.`: the Italian record's names are in capitals from their first two letters.
  const first = head.search(/\S/);
  const italian = isUpperCode(lead) && isUpperCode(head.charCodeAt(first + 1)) ? ITALIAN_RECORD_RE(head).exec(head) : null;
  if (italian && italian.groups && !NOT_NAMES.has(italian.groups.name!.toLowerCase())) {
    const raw = collapseSpace(italian.groups.name!);
    const start = head.indexOf(italian.groups.name!);
    const title = italian.groups.title;
    const dot = italian[0].trimEnd().length;
    return {
      raw,
      name: normaliseRecordName(raw),
      start,
      end: dot,
      textStart: italian[0].length,
      ...(title || italian.groups.p ? { parenthetical: collapseSpace(title ?? italian.groups.p!) } : {}),
      ...(title && ITALIAN_GOVERNMENT.test(title) ? { role: 'respondent' as const } : {}),
      bare: false,
      custom: false,
      convention: 'record-mixed',
    };
  }
  // `President. – `, `Anna Lind, Member of the Commission. – `: only a line with a full stop and a dash can be the European Parliament's record.
  const dashed = head.includes('. \u2013') && (isUpperCode(lead) || lead > 127) ? DASHED_RECORD_RE(head).exec(head) : null;
  if (dashed && dashed.groups && (isChairName(dashed.groups.name!) || cachedName(dashed.groups.name!).nameLike)) {
    const raw = collapseSpace(dashed.groups.name!);
    const start = head.indexOf(dashed.groups.name!);
    const title = dashed.groups.title ? collapseSpace(dashed.groups.title) : undefined;
    const party = dashed.groups.p ? collapseSpace(dashed.groups.p) : undefined;
    const parenthetical = party && title ? `${party}, ${title}` : (party ?? title);
    // The office alone (`President.`, `Die Präsidentin.`) is the sitting's chair.
    const role: Role | undefined = !title && !party && (isChairName(raw) || /^(?:the )?president$/iu.test(raw)) ? 'moderator' : title && EU_EXECUTIVE.test(title) && !/\b(?:[Gg]roup|[Gg]roupe|[Gg]rupp?o|Fraktion)\b/u.test(title) ? 'respondent' : undefined;
    // The full stop before the dash: the last in the match (a title may hold others, `Vice-President of the Commission/H.R.`).
    const dot = dashed[0].lastIndexOf('.');
    // `– (DE) Frau Präsidentin!`: the language the words were said in, as the report marks it, goes with the label.
    const language = SPOKEN_IN_RE.exec(head.slice(dashed[0].length));
    const beside = language ? (parenthetical ? `${parenthetical}, ${language[1]}` : language[1]) : parenthetical;
    return {
      raw,
      name: raw,
      start,
      end: dot + 1,
      textStart: dashed[0].length + (language ? language[0].length : 0),
      ...(beside ? { parenthetical: beside } : {}),
      ...(role ? { role } : {}),
      bare: false,
      custom: false,
      convention: 'record-mixed',
    };
  }
  // `O SR. PRESIDENTE (…) - `, `A SRA. LÚCIA FARIAS (PL - SP) - `: only a line that starts with the title can be Brazil's record.
  const brazil = (lead === 79 || lead === 65) && head.includes(' - ') && /^\s*(?:O|A) SR/u.test(head) ? BRAZIL_RECORD_RE().exec(head) : null;
  if (brazil && brazil.groups) {
    const rawName = brazil.groups.name!.trim();
    const person = rawName.replace(/^(?:O|A) (?:SR|SRA|SRTA)\. /u, '');
    const bracket = brazil.groups.p ? collapseSpace(brazil.groups.p) : undefined;
    const chair = isChairName(person);
    // The chair's bracket: `Paulo Ramos. PSD - MG`, who holds the chair, then the party; a member's: `PT - BA. Pela ordem.`, the party and state first.
    const holder = chair && bracket ? bracket.split('. ')[0] : undefined;
    const party = bracket ? (chair ? bracket.split('. ').slice(1).join('. ') : bracket.split('. ')[0]) : undefined;
    const start = head.indexOf(rawName);
    const role: Role | undefined = chair ? 'moderator' : BRAZIL_GOVERNMENT.test(person) ? 'respondent' : undefined;
    return {
      raw: rawName,
      name: holder && isHolderName(holder) ? holder : titleCaseName(person),
      start,
      // The label runs to its bracket's end, or to the name's where it has none.
      end: brazil.groups.p ? head.indexOf(')', start + rawName.length) + 1 : start + rawName.length,
      textStart: brazil[0].length,
      ...(party ? { parenthetical: party } : {}),
      ...(role ? { role } : {}),
      bare: false,
      custom: false,
      convention: 'record-mixed',
    };
  }
  // `Председательствующий.`, `Иванов П. С.`: only a line that starts with a Cyrillic capital can be the Russian record's.
  const russian = lead >= 0x401 && lead <= 0x42f ? RUSSIAN_RECORD_RE().exec(head) : null;
  if (russian && russian.groups) {
    const rawName = russian.groups.chair ?? russian.groups.name!;
    const raw = collapseSpace(rawName);
    const start = head.indexOf(rawName);
    const title = russian.groups.title ? collapseSpace(russian.groups.title) : undefined;
    const end = russian[0].trimEnd().length;
    return {
      raw,
      name: raw,
      start,
      end,
      textStart: russian[0].length,
      ...(title ? { parenthetical: title } : {}),
      ...(russian.groups.chair ? { role: 'moderator' as const } : title && RUSSIAN_GOVERNMENT.test(title) ? { role: 'respondent' as const } : {}),
      bare: false,
      custom: false,
      convention: 'record-mixed',
    };
  }
  // The spaced `Q` was tried before every other convention: here only `Q Great.` is left.
  const q = matchQa(head, PLAIN_QA_RE);
  if (q) return q;
  // `**Name** text`, and with the time first (`0:35:22.1 **Name** text`, as a podcast's transcript gives it).
  const bold = lead === 42 || lead === 95 || (((lead >= 48 && lead <= 57) || lead === 91) && head.includes('**')) ? BOLD_NAME_RE().exec(head) : null;
  if (bold && bold.groups && bold.groups.b1 === bold.groups.b2) {
    const raw = bold.groups.name!.trim();
    const diarised = isDiarised(raw);
    if (diarised || cachedName(raw).nameLike) {
      const ts = bold.groups.ts;
      const start = head.indexOf(raw, ts ? head.indexOf(ts) + ts.length : 0);
      const found: LabelMatch = { raw: collapseSpace(raw), name: diarised ? raw : cachedName(raw).name, start, end: start + raw.length + 2, textStart: bold[0].length, bare: false, custom: false, convention: 'bold-name' };
      if (ts) {
        found.timestamp = ts;
        found.timestampStart = head.indexOf(ts);
      }
      return found;
    }
  }
  const heading = lead === 35 && lineLength <= 80 ? HEADING_NAME_RE().exec(head) : null;
  if (heading && heading.groups) {
    const raw = heading.groups.name!.trim();
    const diarised = isDiarised(raw);
    if (diarised || cachedName(raw).nameLike) {
      const start = head.indexOf(raw);
      return { raw: collapseSpace(raw), name: diarised ? raw : cachedName(raw).name, start, end: start + raw.length, textStart: lineLength, bare: true, custom: false, convention: 'heading-name' };
    }
  }
  const caps = lineLength <= CAPS_ALONE_MAX && !hasAsciiLower(head) ? CAPS_ALONE_RE().exec(head) : null;
  if (caps && caps.groups) {
    const raw = caps.groups.name!;
    const named = cachedName(raw);
    if (named.nameLike) {
      const start = head.indexOf(raw);
      return { raw: collapseSpace(raw), name: named.name, start, end: start + raw.length, textStart: lineLength, bare: true, custom: false, convention: 'caps-alone' };
    }
  }
  const hansard = lineLength <= HANSARD_MAX && head.charCodeAt(head.trimEnd().length - 1) === 41 ? matchHansard(head) : undefined;
  if (hansard) return hansard;
  const alone = lineLength <= CAPS_ALONE_MAX && mayBeNameAlone(head) ? NAME_ALONE_RE(head).exec(head) : null;
  if (alone && alone.groups) {
    const raw = alone.groups.name!;
    const diarised = isDiarised(raw);
    if (diarised || cachedName(raw).nameLike) {
      const start = head.indexOf(raw);
      return { raw: collapseSpace(raw), name: diarised ? raw : cachedName(raw).name, start, end: start + raw.length, textStart: lineLength, bare: true, custom: false, convention: 'name-alone' };
    }
  }
  // `The Secretary of State for Transport` alone: Hansard's office named again with its small words, which a name alone has none of (kept only where the document has Hansard's form).
  const named = lineLength <= HANSARD_MAX && (lead === 84 || lead === 77) ? HANSARD_OFFICE_ALONE_RE(head).exec(head) : null;
  if (named && named.groups) {
    const raw = collapseSpace(named.groups.office!);
    const start = head.indexOf(named.groups.office!);
    return { raw, name: raw, start, end: start + named.groups.office!.length, textStart: lineLength, bare: true, custom: false, convention: 'hansard-alone' };
  }
  // `Q12 Chair: …`, `Q13 Daniel Frey: …`: a parliamentary committee's oral evidence numbers each of its members' questions.
  const numbered = lead === 81 ? COMMITTEE_QUESTION_RE.exec(head) : null;
  if (numbered && numbered[0].length < head.length) {
    const inner = matchLabel(head.slice(numbered[0].length));
    if (inner && !inner.bare && inner.convention === 'colon') return { ...shifted(inner, numbered[0].length, 'committee'), role: 'questioner' };
  }
  const ln = LINE_NUMBER_RE.exec(head);
  if (ln && ln[0].length < head.length) {
    const inner = matchLabel(head.slice(ln[0].length));
    if (inner && (inner.convention === 'dotted' || inner.convention === 'spaced' || inner.convention === 'plain' || isAllCaps(inner.raw) || head.charCodeAt(ln.index) === 91)) {
      return shifted(inner, ln[0].length, 'numbered');
    }
  }
  // Numbered questions and answers (`1. 問：…`, `2. Q: …`) and a legislature's numbered questions (`2. 林議員：主席，…`):
  // the number is the list's. Kept for a role's label, or a name before a full-width colon that labels other lines too (see plain.ts).
  const listed = lead >= 48 && lead <= 57 ? LIST_NUMBER_RE.exec(head) : null;
  if (listed && listed[0].length < head.length) {
    const k = listed[0].length;
    const inner = matchLabel(head.slice(k));
    const role = inner && !inner.bare && isRoleWord(inner.name) ? roleOfName(inner.name) : undefined;
    const wide = !!inner && !inner.bare && inner.convention === 'colon' && head.charCodeAt(k + inner.end - 1) === 0xff1a;
    if (inner && (role === 'questioner' || role === 'respondent' || wide)) {
      return shifted(inner, k, 'listed');
    }
  }
  // `interviewer: ...`, `interviewee: ...`, `host 2: ...`: a role written in small letters (kept where the document does it again).
  const colon = lead >= 97 && lead <= 122 ? head.indexOf(':') : -1;
  const lower = colon > 1 && colon <= 32 ? LOWER_ROLE_RE.exec(head) : null;
  if (lower && lower.groups && isRoleWord(lower.groups.role!)) {
    const raw = lower.groups.name!;
    const start = head.indexOf(raw);
    return { raw, name: raw.charAt(0).toUpperCase() + raw.slice(1), start, end: start + raw.length + 1, textStart: lower[0].length, bare: false, custom: false, convention: 'lower-role' };
  }
  return undefined;
}

/** A role's word in small letters, perhaps numbered, before a colon and words: `interviewer:`, `host 2:`. */
const LOWER_ROLE_RE = /^[ \t\u00a0]*(?<name>(?<role>[a-z]{2,}(?: [a-z]+)?)(?: \d{1,2})?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)/u;

/** Whether a label is written in capitals (`MS. PSAKI`), two letters or more. */
export function isAllCaps(s: string): boolean {
  const letters = s.replace(NOT_LETTER(s), '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * `Mrs. HUTCHISON` → `Mrs. Hutchison`; `The PRESIDING OFFICER` → `The Presiding Officer`; each part of a name after a
 * hyphen or an apostrophe keeps its capital (`Mr. O'NEILL` → `Mr. O'Neill`, `Ms. SMITH-JONES` → `Ms. Smith-Jones`).
 */
function normaliseRecordName(raw: string): string {
  return raw.replace(/[\p{Lu}][\p{Lu}'’-]+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase().replace(/([-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()));
}

/** Space, tab and the no-break and typographic spaces a label may be followed by (SP without the form feed). */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** The code of the first character of `s` that is not a space or a tab; -1 when there is none. */
function leadCode(s: string): number {
  let k = 0;
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  return k < s.length ? s.charCodeAt(k) : -1;
}

/** Space and the dashes and bar that may stand between a timestamp and a name. */
function isLabelLead(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 45 || c === 0x2013 || c === 0x2014 || c === 124;
}

function labelStart(head: string, ts: string | undefined, b1: string | undefined): number {
  let i = 0;
  if (ts) i = head.indexOf(ts) + ts.length;
  while (i < head.length && isLabelLead(head.charCodeAt(i))) i++;
  if (b1) i += b1.length;
  return i;
}

function matchCustom(head: string, pattern: RegExp): LabelMatch | undefined {
  const re = pattern.sticky || pattern.source.startsWith('^') ? pattern : new RegExp('^(?:' + pattern.source + ')', pattern.flags.replace('g', ''));
  re.lastIndex = 0;
  const m = re.exec(head);
  if (!m || m.index !== 0 || m[0].length === 0) return undefined;
  const rawName = m.groups?.name ?? m[1] ?? m[0].replace(/[:.\s]+$/, '');
  const raw = collapseSpace(rawName);
  if (!raw) return undefined;
  const nameAt = Math.max(0, m[0].indexOf(rawName));
  let textStart = m[0].length;
  while (textStart < head.length && /\s/.test(head[textStart]!)) textStart++;
  return {
    raw,
    name: normaliseSpeaker(raw),
    start: nameAt,
    end: m[0].length,
    textStart,
    bare: textStart >= head.length,
    custom: true,
  };
}

/** Compiles user label patterns from settings; bad ones are reported, not thrown. */
export function compileLabelPatterns(sources: readonly string[]): { patterns: RegExp[]; errors: string[] } {
  const patterns: RegExp[] = [];
  const errors: string[] = [];
  sources.forEach((source, i) => {
    try {
      patterns.push(new RegExp(source.startsWith('^') ? source : '^(?:' + source + ')', 'u'));
    } catch (e) {
      errors.push(`label pattern ${i + 1} (${JSON.stringify(source)}) is not a valid regular expression: ${(e as Error).message}`);
    }
  });
  return { patterns, errors };
}
