/** What a transcript says about itself: title, date, place and source. */
import { isCapsHeading, isPublisherNotice, isServiceCredit } from './chrome';
import { isRecordNote } from './notes';
import { findDate, findDates, type FoundDate } from './dates';
import { EVENT_DATE_KEYS, type FrontMatter } from './frontMatter';
import { isMetadataLine, isSpeakerList, opensWithTitleKey } from './keyValueBlock';
import { collapseSpace, type LineTable } from '../text';
import { mayHoldAny, mayStartWithAny } from '../text/asciiWords';
import { asciiOrUnicode } from '../text/asciiRegExp';
import type { Metadata } from '../transcript/model';

/** `Title: ...`, `Date: ...`, `Location: ...` lines in a header. */
export const KEY_VALUE = asciiOrUnicode(String.raw`^(title|date|place|location|venue|source|url|link)[\s\u00a0]*:[\s\u00a0]*(.+)$`, 'iu');
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'“”«»]+[^\s<>"'“”«».,;:!?)\]]/u;
const PLACE = asciiOrUnicode(String.raw`^[\p{Lu}][\p{L}\p{M}.'’ -]*(?:,[ \u00a0]*[\p{Lu}][\p{L}\p{M}.'’ -]*){0,2}$`, 'u');
/** What a title's dateline holds before its date: the title, then the place in capitalised words and a comma. */
const DATELINE_HEAD = asciiOrUnicode(String.raw`^(.*?\S)[\s\u00a0]*[-–—]?[\s\u00a0]*((?:[\p{Lu}][\p{L}\p{M}.'’-]*[\s\u00a0]?){1,3}),[\s\u00a0]*$`, 'u');
/** Two letters or digits in a row: a line without them holds no metadata. */
const TWO_LETTERS = asciiOrUnicode(String.raw`[\p{L}\p{N}]{2}`, 'u');

/** A clock on its own (`7:07 A.M.`, `14:30`): when, not what. */
const CLOCK_LINE = /^(?:\d{1,2}[:.]\d{2}(?::\d{2})?[\s\u00a0]*(?:[ap]\.?[\s\u00a0]?m\.?|h|uhr|horas?)?|\d{1,2}[\s\u00a0]*(?:[ap]\.?[\s\u00a0]?m\.?))[\s\u00a0]*(?:[A-Z]{2,4}T?)?\.?$/iu;
/** When a sitting began or resumed, in a Chinese or Japanese record (`上午 9時正會議繼續`, `下午2時30分`): when, not what. */
const CJK_CLOCK_LINE = /^(?:上午|下午|中午|晚上|午前|午後)[ \u00a0]?\d{1,2}[ \u00a0]?[時时]/u;
/** A line naming counsel or those present (`APPEARANCES`, `For the Plaintiff: …`, `Counsel for …`, a legislature's `出席議員：`): the cast, not the title. */
const COUNSEL_LINE = /^(?:appearances?|appearing|also present|present|before:?|on behalf of\b.*|(?:counsel|attorneys?|solicitors?) (?:for|to)\b.*|for the (?:plaintiffs?|defendants?|respondents?|petitioners?|appellants?|appellees?|applicants?|claimants?|government|state|people|united states|debtors?|witness)\b.*|(?:members )?(?:present|absent):|(?:出席|缺席|列席)[^：:\s]{0,8}[：:])$/iu;
/** How every line COUNSEL_LINE matches starts, in small letters. */
const COUNSEL_STARTS = ['appear', 'also present', 'present', 'before', 'on behalf of', 'counsel ', 'attorney', 'solicitor', 'for the ', 'members ', 'absent'];
/** A date that says when a file was made, not when the words were said: copyright, versions, publishing. */
const NOT_EVENT_DATE = /©|\(c\)[\s\u00a0]|\bcopyright\b|\bversion\b|\bv\d+(?:\.\d+)+|\brelease[ds]?\b|\bpublish(?:ed)?(?:[_ ]?date)?\b|\bupdated\b|\blast modified\b|\bgenerated\b|\bexported\b|\bprinted\b|\bdownloaded\b|\bretrieved\b|\baccessed\b/iu;
/** The weekdays that go with a date in a header line (the Russian `года`, outside ASCII, is left to the expression that removes them). */
/**
 * Weekdays in the languages of the records read here (not `domingo`, as in `Santo Domingo, 4 de marzo de 2031`); one
 * list for the expressions below and, as ASCII parts, for the quick look before them.
 */
const WEEKDAY_WORDS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica`;
const WEEKDAYS = WEEKDAY_WORDS.split('|').map((w) => w.split(/\[[^\]]*\]/u).reduce((a, b) => (b.length > a.length ? b : a)));
/** A weekday anywhere in a line (with the German `den` after it: `Mittwoch, den 12. März`), and the Russian `года` / `г.` that follows a year: what goes with a date. */
const WEEKDAY_OR_YEAR_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${WEEKDAY_WORDS})(?![\p{L}])(?:,?[\s\u00a0]+den(?![\p{L}]))?|(?<![\p{L}])(?:года|г\.)(?![\p{L}])`, 'giu');
/** A part of every phrase NOT_EVENT_DATE matches but the copyright sign, in small letters. */
const NOT_EVENT_DATE_PARTS = ['(c)', 'copyright', 'version', 'v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'release', 'publish', 'updated', 'last modified', 'generated', 'exported', 'printed', 'downloaded', 'retrieved', 'accessed'];

/** A title as written, without Markdown's escapes (`Jen\_Psaki` → `Jen_Psaki`) and emphasis marks. */
export function cleanTitle(title: string): string {
  return collapseSpace(title.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/^\*\*(.+)\*\*$/u, '$1'));
}

/** A title's last word when the words after it still belong to it: an article or a preposition (`by the`, `del`, `der`). */
const TITLE_GOES_ON = /(?:^|[\s\u00a0])(?:the|of|by|for|to|at|in|on|with|from|and|del|de la|de los|de las|du|des|de l['’]|der|die|das|den|dem|von|vom|am|im|beim|für|zum|zur|und|di|della|dello|degli|dei|do|da|dos|el|la|le|les|los|las|y|et|e|i)$/iu;
/** Words that may stand inside a place's name though not capitalised (`Rio de Janeiro`, `Frankfurt am Main`). */
/** Words that lead a date in (`Em`, `Le`, `Am`, `On`), alone before it: no place. */
const DATE_LEAD = /^(?:em|no|on|le|la|el|il|am|au|du|de|del|dal|vom|den|op|dne|в|от)$/iu;
const PLACE_PARTICLE = /^(?:de|da|do|di|du|am|an|upon|on|sur|en|la|le|el)$/u;

/** Whether the words left beside a date name a place (`Oslo`, `Rio de Janeiro`, `Geneva, Switzerland`) rather than a title. */
function namesPlace(words: string): boolean {
  const parts = words.split(' ');
  // `Em 4 de março de 2031`, `Le 4 mars 2031`, `Am 4. März 2031`: the word that leads a date in, no place.
  if (parts.length === 1 && DATE_LEAD.test(words)) return false;
  return PLACE(words).test(words) && parts.length <= 4 && parts.every((w) => (/^\p{Lu}/u.test(w) && !EVENT_WORDS.has(w.toLowerCase())) || PLACE_PARTICLE.test(w)) && /^\p{Lu}/u.test(parts[parts.length - 1]!);
}

/** Words that name what was said or the body that met, never where (`Harbour Talk, 3 May 2031`, `Port Board Briefing, …`). */
const EVENT_WORDS = new Set([
  'talk', 'talks', 'briefing', 'briefings', 'conference', 'interview', 'remarks', 'meeting', 'hearing', 'address', 'speech',
  'session', 'statement', 'debate', 'summit', 'forum', 'festival', 'podcast', 'episode', 'show', 'press', 'report',
  'transcript', 'minutes', 'board', 'council', 'committee', 'panel', 'webinar', 'lecture', 'seminar', 'keynote', 'gaggle',
  'call', 'update', 'announcement', 'sitting', 'proceedings', 'ceremony', 'rally', 'q&a',
]);

/** The kinds of event a heading in capitals may name (`PRESS CONFERENCE`, `RADIO INTERVIEW`, `DOORSTOP`): not `TRANSCRIPT` alone. */
const EVENT_HEADINGS = /(?:^|[\s\u00a0])(?:conference|interview|doorstop|remarks|speech|address|briefing|statement|hearing|debate|gaggle|q&a|town hall|session|sitting|sessão|sesión|sessione|séance|seduta|sitzung)(?:$|[\s\u00a0,])/iu;

function namesAnEvent(line: string): boolean {
  return EVENT_HEADINGS.test(line);
}

/** A line that holds a date, without it when it ends the line (or, in Chinese and Japanese, opens it): a title candidate; the line itself when the date stands inside it. */
function titleBesideDate(line: string, date: FoundDate, first: FoundDate): string {
  // `…记者会（2024年5月10日）`, `… (3 March 2024)`: the date's brackets go with it.
  if (date.index + date.text.length >= line.replace(/[\s\u00a0.)）\]]+$/u, '').length) {
    const before = beforeDate(line, date);
    // `Dáil Éireann debate - Tuesday, 4 Mar 2031`: the weekday goes with the date it leaves.
    if ((before.split(' ').length >= 2 && !titleOwnsDate(before)) || CJK.test(before)) return before.replace(WEEKDAY_AT_END, '').replace(/[\s\u00a0,;:–—-]+$/u, '') || before;
  }
  // `2024年5月10日外交部发言人主持例行记者会`: the date first, then the title, with no space between.
  const after = line.slice(first.text.length).trim();
  if (first.index === 0 && CJK.test(after)) return after;
  return line;
}

/** A clock time after a date (`, 4:30 p.m.`, ` 14:00`, `, 10 a.m.`). */
const CLOCK_AFTER_DATE = /^[\s\u00a0,;–—-]*(?:at[\s\u00a0]+)?\d{1,2}(?:[:.]\d{2})?[\s\u00a0]*(?:[ap]\.?[\s\u00a0]?m\.?|h\b|(?<=\d[:.]\d{2}))/iu;

/** A line that opens with its date, after a weekday if any, and then gives the time: a dateline of when and where, no title. */
function opensWithDateAndTime(line: string, date: FoundDate): boolean {
  const before = line.slice(0, date.index).replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[\s\u00a0,.]/giu, '');
  return before === '' && CLOCK_AFTER_DATE.test(line.slice(date.index + date.text.length));
}

/** The words of a line before its date, without the punctuation that parts them from it. */
function beforeDate(line: string, date: FoundDate): string {
  return line.slice(0, date.index).replace(/[\s\u00a0,;:–—(（[-]+$/u, '');
}

/**
 * `… Regular Press Conference on March 4, 2025`, `Interview 7, recorded 3 May 2031`: after a preposition or a
 * participle the date is the title's own last words. `before` is the line up to its date.
 */
function titleOwnsDate(before: string): boolean {
  // `Seduta di mercoledì 12 marzo 2031`, `Séance du mardi 4 mars 2031`: the weekday goes with the date.
  const words = before.replace(WEEKDAY_AT_END, '');
  return TITLE_GOES_ON.test(words) || DATED_BY.test(words);
}

/** A weekday that ends the words before a date, in the languages of the records read here. */
const WEEKDAY_AT_END = new RegExp(String.raw`[\s\u00a0,]+(?:${WEEKDAY_WORDS})$`, 'iu');

/** A line that opens with when it went out or was recorded (`Aired March 9, 2031 - 09:00 ET`, `Recorded 3 May 2031`): a dateline, never the title. */
/** Who chairs the sitting, in a record's head (`Presidenza del presidente ROSSI`, `Présidence de Mme Claire Moreau`, `PRESIDENCIA DE LA EXCMA. SRA. …`, `IN THE CHAIR: …`, `[The Speaker (Hon. …) in the Chair]`, its bracket lost where a PDF's line broke): no title. */
const PRESIDES = /^(?:presidenza del(?:la)? (?:vice)?president[ea]\b|présidence de (?:m\.|mme)[\s\u00a0]|presidencia de(?:l| la) |in the chair[:\s]|vorsitz[:\s])|^\[?[^[\]]{0,100}\bin the chair\]?$/iu;
/** `9512th meeting`, `12th plenary meeting`: the meeting's number, as the United Nations' records head them; `41. Sitzung`, a German-speaking house's sitting. */
const MEETING_LINE = /^(?:\d{1,5}(?:st|nd|rd|th) (?:plenary )?meeting|\d{1,4}\. Sitzung)$/iu;
/** `Eighty-sixth year`, `Seventy-ninth session`: the body's year or session, between its name and the meeting's; `Stenografischer Bericht`, what a German record calls itself. */
const SESSION_LINE = /^(?:\p{Lu}[\p{Ll}-]+ (?:year|session)|Stenogra(?:f|ph)ischer Bericht|Stenogra(?:f|ph)isches Protokoll)$/u;

const DASHED_PARTS = /[\s\u00a0][-–—][\s\u00a0]/u;
const AIRED_LINE = /^(?:aired|broadcast|recorded|taped|filmed)(?![\p{L}])/iu;

/** A participle whose date follows it in a title (`recorded 3 May`, `delivered on`, `held`). */
const DATED_BY = /(?:^|[\s\u00a0])(?:recorded|held|delivered|given|dated|published|updated|released|aired|broadcast|filmed|conducted)$/iu;

/** A line of Chinese or Japanese, which does not put spaces between words: four of its characters or more. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u;

interface Dateline {
  title: string;
  place: string;
  date: FoundDate;
}

/** A title line that ends with its own dateline: `Title” Moscow, September 24, 2020`. */
function datelineOf(line: string, dates: FoundDate[]): Dateline | undefined {
  const date = dates[dates.length - 1];
  if (!date || date.index + date.text.length < line.replace(/[\s\u00a0.]+$/u, '').length) return undefined;
  const before = line.slice(0, date.index);
  const m = DATELINE_HEAD(before).exec(before);
  if (!m || m[1]!.split(' ').length < 4) return undefined;
  // `Press briefing by the Press Secretary, March 3`: after an article or a preposition the capitals end the title, they name no place.
  if (TITLE_GOES_ON.test(m[1]!)) return undefined;
  return { title: m[1]!.replace(/[\s\u00a0,–—-]+$/u, ''), place: m[2]!.trim(), date };
}

/** The first link in the text that is not a transcription service's credit (`Transcribed by https://otter.ai`). */
function sourceUrl(text: string): string | undefined {
  for (let from = 0; from < text.length; ) {
    const u = URL_IN_TEXT.exec(from === 0 ? text : text.slice(from));
    if (!u) return undefined;
    const at = from + u.index;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (!isServiceCredit(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return u[0];
    from = at + u[0].length;
  }
  return undefined;
}

/** Title, date, place and source, from the header first, then the body and the page around it. */
export function extractMetadata(text: string, lines: LineTable, blank: Uint8Array, headerStart: number, bodyStart: number, tailStart: number, front?: FrontMatter, clean?: (line: string) => string): Metadata {
  const meta: Metadata = {};
  if (front) {
    const title = front.get('title');
    if (title) {
      meta.title = cleanTitle(title);
      meta.titleFrom = 'front matter';
    }
    for (const key of EVENT_DATE_KEYS) {
      const d = front.get(key) ? findDate(front.get(key)!) : undefined;
      if (d) {
        meta.date = d.iso;
        meta.dateText = d.text;
        meta.dateFrom = 'front matter';
        break;
      }
    }
    const place = front.get('place') ?? front.get('location') ?? front.get('venue');
    if (place) meta.place = collapseSpace(place);
    const source = front.get('source_url') ?? front.get('source') ?? front.get('url');
    if (source && /^https?:\/\//.test(source)) meta.source = source;
  }
  const headerLines: string[] = [];
  const blocks: string[][] = [[]];
  // The header's last paragraph may run on into the body: it is read to its end to tell prose from a title.
  const paragraphEnd = Math.min(tailStart, lines.count, bodyStart + 12);
  for (let i = headerStart; i < paragraphEnd; i++) {
    if (blank[i] === 1) {
      if (i >= bodyStart) break;
      if (blocks[blocks.length - 1]!.length) blocks.push([]);
      continue;
    }
    const line = collapseSpace(clean ? clean(text.slice(lines.starts[i]!, lines.ends[i]!)) : text.slice(lines.starts[i]!, lines.ends[i]!));
    // A rule of dashes or a case caption's `x` is no title.
    if (!TWO_LETTERS(line).test(line)) continue;
    if (i < bodyStart) headerLines.push(line);
    blocks[blocks.length - 1]!.push(line);
  }
  // The lines of an introductory paragraph (an interview's presentation of its guest) are prose, no title.
  const prose = new Set(blocks.filter(isProseParagraph).flat());
  let titleCandidates: string[] = [];
  const whenAndWhere: string[] = [];
  let datelineFound: Dateline | undefined;
  let minutesTitle: string | undefined;
  /** How many of the record's markers in brackets came before the first title candidate (see below). */
  let markers = 0;
  /** The first heading below two or more such markers: a record's item (`TRIBUTE TO …`), named there first. */
  let recordTitle: string | undefined;
  /** `Security Council` … `9512th meeting`: the United Nations' verbatim record names the body and the meeting. */
  let meetingTitle: string | undefined;
  /** A page's lead, a sentence under the title and above the dateline (`The President held a meeting with …`): a title only where nothing else is. */
  const leads = new Set<string>();
  for (let h = 0; h < headerLines.length; h++) {
    const line = headerLines[h]!;
    if (!meetingTitle && MEETING_LINE.test(line)) {
      let k = h - 1;
      while (k >= 0 && SESSION_LINE.test(headerLines[k]!)) k--;
      const body = k >= 0 ? headerLines[k]! : '';
      if (body && body.split(' ').length <= 5 && /^\p{Lu}/u.test(body) && !findDate(body)) meetingTitle = `${body}, ${line}`;
    }
    if (CLOCK_LINE.test(line) || CJK_CLOCK_LINE.test(line) || isPublisherNotice(line) || isRecordNote(line)) continue;
    if (HANGUL.test(line)) {
      // Korean minutes' cover: `일시  2024년4월2일(화)`, `장소  본회의장`; the agenda (`의사일정`) ends the title's lines; the title is the line `…회의록` with its session and number.
      const kv = KO_KEY_VALUE.exec(line);
      if (kv) {
        const date = kv[1]!.startsWith('장') ? undefined : findDate(kv[2]!);
        if (date) setDate(meta, date, 'header');
        else if (kv[1]!.startsWith('장')) meta.place ??= kv[2]!;
        continue;
      }
      if (KO_AGENDA.test(line)) break;
      if (KO_MINUTES.test(line)) {
        minutesTitle ??= koreanMinutesTitle(headerLines, h);
        continue;
      }
    }
    // The list of counsel ends the header's title lines.
    // The case-folded expressions are compiled only for lines that may match them (asciiWords).
    if (mayStartWithAny(line, COUNSEL_STARTS) && COUNSEL_LINE.test(line)) break;
    const dates = findDates(line);
    // The dates are found first: the test for a file's own dates is slow, and most lines hold no date.
    if (dates.length > 0 && mayHoldAny(line, NOT_EVENT_DATE_PARTS) && NOT_EVENT_DATE.test(line)) continue;
    const kv = KEY_VALUE(line).exec(line);
    if (kv) {
      const key = kv[1]!.toLowerCase();
      const value = kv[2]!.trim();
      if (key === 'title') setTitle(meta, value, 'header');
      else if (key === 'date') {
        const d = findDate(value);
        if (d) setDate(meta, d, 'header');
      } else if (key === 'place' || key === 'location' || key === 'venue') meta.place ??= value;
      else if (/^https?:\/\//.test(value)) meta.source ??= value;
      continue;
    }
    const heading = /^#{1,3}[ \u00a0]+(.+)$/.exec(line);
    if (heading) {
      setTitle(meta, heading[1]!, 'header');
      continue;
    }
    // `[Congressional Record Volume 151, Number 99 (Wednesday, July 20, 2005)]`, `[House]`, `[From the U.S. Government Publishing Office]`: a record's markers in brackets, which date it but never title it.
    if (line.charCodeAt(0) === 0x5b && line.indexOf(']') === line.length - 1) {
      if (dates[0]) setDate(meta, dates[0], 'header');
      if (!titleCandidates.length) markers++;
      continue;
    }
    const dateline = datelineOf(line, dates);
    if (dateline) {
      // `Title… Moscow, September 24, 2020`: the date the words were said.
      titleCandidates.push(dateline.title);
      datelineFound ??= dateline;
      continue;
    }
    // Hansard's `Volume 745: debated on Wednesday 3 April 2030`, a programme's `Aired March 9, 2031 - 09:00 ET`: the date, no title.
    if (dates[0] && (HANSARD_DATELINE.test(line) || AIRED_LINE.test(line))) {
      setDate(meta, dates[0], 'header');
      continue;
    }
    if (dates[0]) {
      // Weekdays (`Mittwoch, 4. März 2031`, `mardi 4 mars`), and the Russian `года` / `г.` that follows a year, go with the date.
      const withoutDates = dates.reduce((s, d) => s.replace(d.text, ' '), line);
      const rest = mayHoldAny(withoutDates, WEEKDAYS) ? withoutDates.replace(WEEKDAY_OR_YEAR_WORD, ' ') : withoutDates;
      // `August 12, 2031 14:00 The Kremlin, Moscow`: the hour after the date goes with it too.
      const restClean = rest.replace(CLOCK_AFTER_DATE, ' ').replace(/[\s\u00a0,.;:–—-]+/gu, ' ').trim();
      setDate(meta, dates[0], 'header');
      // `Debates - Wednesday, 12 March 2031 - Strasbourg`: parts set apart by dashes, the place after the date.
      const parts = line.split(DASHED_PARTS);
      if (parts.length >= 3) {
        const at = parts.findIndex((part) => part.includes(dates[0]!.text));
        const after = at >= 0 && at < parts.length - 1 ? parts[at + 1]!.trim() : '';
        if (after && after.split(' ').length <= 4 && namesPlace(after)) {
          meta.place ??= after;
          continue;
        }
      }
      const words = restClean.split(' ').length;
      const title = titleBesideDate(line, dates[dates.length - 1]!, dates[0]);
      // The place as written, its commas kept (`Geneva, Switzerland`, `The Kremlin, Moscow`).
      if (restClean && namesPlace(restClean)) meta.place ??= placeAsWritten(rest);
      // `Wednesday, April 9, 2031, 4:30 p.m. Press Conference Room, Ministry of …`: when and where, a title only if nothing else is.
      else if (opensWithDateAndTime(line, dates[0])) whenAndWhere.push(line);
      // A long line, or words the date ends (`Pressekonferenz der Bundesregierung, 3. März 2024`), may be the title; a short line the date is inside of (`15th October 2025 Vol. IV No. 94`) is not.
      else if (words > 6 || ((words >= 2 || CJK.test(restClean)) && (title !== line || titleOwnsDate(beforeDate(line, dates[dates.length - 1]!))))) titleCandidates.push(title);
      continue;
    }
    if (URL_IN_TEXT.test(line) && line.split(' ').length <= 3) {
      meta.source ??= URL_IN_TEXT.exec(line)![0];
      continue;
    }
    if (prose.has(line) || isMetadataLine(line) || isSpeakerList(line) || PRESIDES.test(line)) continue;
    // The Congressional Record's `From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]`: who distributes it, not its title.
    if (DISTRIBUTED_THROUGH.test(line)) continue;
    // A case caption's party role (`Defendant. Voir Dire`) is no part of the proceeding's name.
    const untagged = line.replace(CAPTION_ROLE, '');
    if (untagged && !CAPTION_DOCKET.test(untagged)) {
      if (markers >= 2 && !titleCandidates.length) recordTitle = untagged;
      if (isLeadSentence(headerLines, h)) leads.add(untagged);
      titleCandidates.push(untagged);
    }
  }
  if (datelineFound) {
    meta.date = datelineFound.date.iso;
    meta.dateText = datelineFound.date.text;
    meta.dateFrom = 'header';
    meta.place ??= datelineFound.place;
  }
  // A head of headings in capitals only (`PRIME MINISTER`, `TRANSCRIPT`, `PRESS CONFERENCE`, `PORT ALBA`): the one that names what was said.
  // `Topics: ferries, fares`: a keyed line, the title only where no other line is (below).
  const keyed = new Set(titleCandidates.filter((l) => opensWithTitleKey(l)));
  const unkeyedCandidates = titleCandidates.filter((l) => !keyed.has(l));
  const capsEvent = unkeyedCandidates.length > 0 && unkeyedCandidates.every((l) => isCapsHeading(l)) ? unkeyedCandidates.find((l) => namesAnEvent(l)) : undefined;
  titleCandidates = titleCandidates.filter((l) => !isCapsHeading(l) || titleCandidates.length === 1 || l === capsEvent);
  const places = titleCandidates.filter((l) => l.includes(',') && l.split(' ').length <= 5 && PLACE(l).test(l));
  if (!meta.place && places[0]) meta.place = places[0];
  const titles = titleCandidates.filter((l) => l !== meta.place);
  if (titles.length === 0) titles.push(...whenAndWhere);
  if (!meta.title && minutesTitle) setTitle(meta, minutesTitle, 'header');
  if (!meta.title && recordTitle) setTitle(meta, recordTitle, 'header');
  if (!meta.title && meetingTitle) setTitle(meta, meetingTitle, 'header');
  // `Topics: ferries, fares` under `Harbour briefing, 3 May 2031`: the other line is the title.
  const unkeyed = titles.filter((l) => !keyed.has(l) && !leads.has(l));
  const pool = unkeyed.length ? unkeyed : titles;
  if (!meta.title && pool.length) setTitle(meta, pool.reduce((a, b) => (b.length > a.length ? b : a)), 'header');
  if (!meta.date) {
    // A dateline in the body, then anywhere before the page chrome, then anywhere.
    const bodyText = text.slice(lines.starts[Math.min(bodyStart, lines.count - 1)]!, tailStart < lines.count ? lines.starts[tailStart]! : text.length);
    const inBody = findDate(bodyText.slice(0, 2000));
    const d = inBody ?? findDate(text.slice(lines.starts[Math.min(headerStart, lines.count - 1)]!, 20000));
    if (d) setDate(meta, d, inBody ? 'body' : 'text');
  }
  if (!meta.source) {
    const tail = text.slice(tailStart < lines.count ? lines.starts[Math.max(0, tailStart - 1)]! : Math.max(0, text.length - 4000));
    const u = sourceUrl(tail.slice(0, 20000)) ?? sourceUrl(text.slice(0, 4000));
    if (u) meta.source = u;
  }
  return meta;
}


/** What is left of a dateline without its date, weekday and hour, as written: separators at its ends and doubled between parts left out. */
function placeAsWritten(rest: string): string {
  return collapseSpace(rest.replace(CLOCK_AFTER_DATE, ' '))
    .replace(/(?:[\s\u00a0]*[,;][\s\u00a0]*){2,}/gu, ', ')
    .replace(/^[\s\u00a0,.;:–—-]+|[\s\u00a0,;:–—-]+\.?$/gu, '');
}

/** The most words a dateline under a page's lead has (`March 4, 2031`, `16:20`, `Novo-Ogaryovo, Moscow Region`). */
export const DATELINE_WORDS = 8;
/** The fewest words a page's lead has. */
const LEAD_WORDS = 5;

/** A sentence (a full stop at its end, five words or more) followed within a few lines by a short line with a date: a page's lead under its title. */
function isLeadSentence(lines: readonly string[], at: number): boolean {
  const line = lines[at]!;
  if (!line.endsWith('.') || line.split(' ').length < LEAD_WORDS) return false;
  for (let j = at + 1; j < lines.length && j <= at + 4; j++) {
    const next = lines[j]!;
    if (next.split(' ').length > DATELINE_WORDS) return false;
    if (findDate(next)) return true;
  }
  return false;
}

/** Several lines that run on as sentences and end one: a paragraph of prose wrapped over lines. */
function isProseParagraph(block: string[]): boolean {
  if (block.length < 2) return false;
  // Wrapped lines are long, and none after the first starts with a speaker's label.
  if (block.slice(0, -1).some((l) => l.split(' ').length < 8) || block.slice(1).some((l) => /^[^:]{1,40}:\s/u.test(l))) return false;
  return /[.!?…»”"]$/u.test(block[block.length - 1]!) && /\p{Ll}/u.test(block[0]!);
}

/** A publisher's line naming the online service a record comes through. */
const DISTRIBUTED_THROUGH = /^From the [\p{L} .'’-]{3,80} (?:Online|Web Site|Website) (?:through|via) the [\p{L} .'’-]{3,80}(?:\[[^\]\n]{3,40}\])?$/u;

/** Hansard's line under a debate's title: `Volume 745: debated on Wednesday 3 April 2030`. */
const HANSARD_DATELINE = /^Volume \d+: debated on /u;
const HANGUL = /[가-힣]/u;
/** Korean minutes' date and place: `일시  2024년4월2일(화) 10시`, `장 소: 본회의장`. */
const KO_KEY_VALUE = /^(일[ ]?시|일[ ]?자|장[ ]?소)[ ]?[:：]?[ ](.+)$/u;
/** What follows a Korean minutes' title: the agenda, the bills before the sitting, the roll. */
const KO_AGENDA = /^(?:의사일정|상정된[ ]?안건|부의된[ ]?안건|심사된[ ]?안건|회의[ ]?순서|출석[ ]?위원|출석[ ]?의원)/u;
/** `환경위원회회의록`, `본회의 회의록`: the minutes' name. */
const KO_MINUTES = /회의록$/u;
/** The session before it (`제412회국회`, `(임시회)`) and the sitting's number after it (`제3호`, `제2차`). */
const KO_SESSION = /^(?:제[ ]?\d+[ ]?회|\((?:임시회|정기회)\)$)/u;
const KO_SITTING = /^제[ ]?\d+[ ]?[호차]$/u;

/** A Korean minutes' whole title: `제412회국회(임시회) 환경위원회회의록 제3호`. */
function koreanMinutesTitle(lines: readonly string[], at: number): string {
  let from = at;
  while (from > 0 && at - from < 2 && KO_SESSION.test(lines[from - 1]!)) from--;
  const session = lines.slice(from, at).join(' ').replace(/ \(/g, '(');
  const sitting = at + 1 < lines.length && KO_SITTING.test(lines[at + 1]!) ? lines[at + 1] : undefined;
  return [session, lines[at], sitting].filter(Boolean).join(' ');
}

/** A party's role that ends a case caption's names, at the start of a line: `Defendant.`, `Plaintiffs,`. */
const CAPTION_ROLE = /^(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)[.,](?:\s+|$)/;

/** A case caption's `v.` line and docket number (`v. 23 Cr. 118 (AT)`, `No. 21 Civ. 4410`): no title. */
const CAPTION_DOCKET = /^v\.\s|\b\d{1,2}\s(?:Cr|Civ|CV|cv|cr|MJ|mj)\.?\s\d{1,6}\b/;

function setTitle(meta: Metadata, title: string, from: string): void {
  if (meta.title) return;
  meta.title = cleanTitle(title);
  meta.titleFrom = from;
}

function setDate(meta: Metadata, date: FoundDate, from: string): void {
  if (meta.date) return;
  meta.date = date.iso;
  meta.dateText = date.text;
  meta.dateFrom = from;
}
