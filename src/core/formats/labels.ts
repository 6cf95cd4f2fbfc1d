/**
 * Speaker labels: the `Name:` at the start of a line that says who speaks, in
 * every form transcripts use, and the lines that only look like labels.
 */
import { collapseSpace } from '../text';

/** Who a speaker is in the exchange. */
export type Role = 'questioner' | 'respondent' | 'moderator' | 'unknown';

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
  /** True when a user-supplied pattern matched. */
  custom: boolean;
}

/** Options that change how labels and roles are recognised. */
export interface LabelOptions {
  /** Extra patterns matched at the start of a line; the group `name` (or group 1) is the speaker. */
  labelPatterns?: readonly RegExp[];
  /** Extra speaker names (case-insensitive) whose turns are questions. */
  questioners?: readonly string[];
  /** Extra speaker names (case-insensitive) who moderate. */
  moderators?: readonly string[];
}

/** How far into a line a label may reach; lines can be hundreds of thousands of characters long. */
const LABEL_WINDOW = 240;

const TS = String.raw`(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)`;
const SP = String.raw`[ \t\u00a0\u2000-\u200a\u202f\u3000]`;
const LABEL_RE = new RegExp(
  String.raw`^${SP}*(?:(?<ts>${TS})${SP}*(?:[-–—|]${SP}*)?)?` +
    String.raw`(?<b1>\*\*|__)?(?<name>[^:*()\[\]\n\r"“”«»?!;,0-9_]{1,80}?)${SP}*` +
    String.raw`(?:\((?<p1>[^()\n\r]{1,60})\)${SP}*)?(?<b2>\*\*|__)?[:：](?<b3>\*\*|__)?(?=${SP}|$)`,
  'u',
);
const QA_RE = new RegExp(String.raw`^${SP}*(?:(?<ts>${TS})${SP}*)?(?<b1>\*\*)?(?<name>[QA])\.(?<b2>\*\*)?${SP}+(?=\S)`, 'u');
const AFTER_PAREN_RE = new RegExp(String.raw`^${SP}*\((?<p>[^()\n\r]{1,60})\)`, 'u');
const CLOCK_RE = /^\s*\d{1,2}[:.]\d{2}\b/;
const CONTACT_RE = /^\s*(?:https?:\/\/|www\.|\S+@\S+\.\S|\+?\(?\d[\d ()\-\u00a0]{5,})/i;

const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u;
const UNCASED = /^\p{Lo}[\p{L}\p{M}'’.-]*$/u;
const PREFIXED = /^(?:al|el|bin|ibn|ben|abu|da|de|di|du|d|l)[-'’][\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u;
const PARTICLES = new Set([
  'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter',
  'la', 'le', 'les', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'e', 'of', 'the', 'and', 'for', 'on', 'in', 'at', 'to',
]);

/** Words that start lines with a colon but never name a speaker. */
const NOT_NAMES = new Set([
  'note', 'notes', 'nb', 'n.b', 'source', 'sources', 'update', 'updated', 'updates', 'correction', 'corrections',
  "editor's note", 'editor’s note', 'editors note', 'disclaimer', 'warning', 'caution', 'phone', 'tel', 'telephone',
  'fax', 'mobile', 'email', 'e-mail', 'mail', 'address', 'website', 'web', 'url', 'link', 'links', 'tags', 'tag',
  'share', 'posted', 'published', 'date', 'dates', 'time', 'location', 'place', 'venue', 'subject', 're', 'title',
  'summary', 'keywords', 'category', 'categories', 'topic', 'topics', 'related', 'photo', 'photos', 'video',
  'caption', 'credit', 'credits', 'copyright', 'attendees', 'participants', 'present', 'agenda', 'transcript',
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
]);

/** Last words that make a phrase a title (`Press Conference:`, `Opening Remarks:`), not a speaker. */
const TITLE_WORDS = new Set([
  'conference', 'briefing', 'briefings', 'interview', 'remarks', 'statement', 'statements', 'speech', 'transcript',
  'hearing', 'meeting', 'session', 'episode', 'podcast', 'keynote', 'panel', 'debate', 'summit', 'event', 'news',
  'update', 'report', 'highlights', 'agenda', 'minutes', 'q&a', 'program', 'programme', 'schedule', 'overview',
]);

const QUESTIONERS = new Set([
  'q', 'question', 'questions', 'questioner', 'journalist', 'reporter', 'correspondent', 'interviewer', 'audience',
  'audience member', 'member of the audience', 'member of the public', 'media', 'press', 'participant question',
  'question from the floor', 'unidentified reporter', 'unidentified journalist', 'unidentified speaker question',
  'вопрос', 'журналист', 'корреспондент',
]);
const QUESTIONER_LAST_WORDS = new Set(['reporter', 'journalist', 'correspondent', 'interviewer', 'questioner']);
const MODERATORS = new Set([
  'moderator', 'host', 'co-host', 'cohost', 'chair', 'chairman', 'chairwoman', 'chairperson', 'the chair',
  'presenter', 'anchor', 'operator', 'mc', 'facilitator', 'emcee', 'ведущий', 'модератор',
]);
const RESPONDENTS = new Set(['a', 'answer', 'witness', 'the witness', 'ответ']);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'st', 'st.', 'sr', 'jr', 'sr.', 'jr.']);
const LOWER_IN_NAMES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el']);

/** The role a speaker name implies on its own, before the rest of the document is seen. */
export function roleOfName(name: string, options: LabelOptions = {}): Role | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (options.questioners?.length || options.moderators?.length) return roleOfKey(key, options);
  let hit = roleCache.get(key);
  if (hit === undefined) {
    if (roleCache.size >= NAME_CACHE_LIMIT) roleCache.clear();
    hit = roleOfKey(key, options) ?? null;
    roleCache.set(key, hit);
  }
  return hit ?? undefined;
}

const roleCache = new Map<string, Role | null>();

function roleOfKey(key: string, options: LabelOptions): Role | undefined {
  if (options.questioners?.some((q) => q.toLowerCase() === key)) return 'questioner';
  if (options.moderators?.some((m) => m.toLowerCase() === key)) return 'moderator';
  if (QUESTIONERS.has(key)) return 'questioner';
  if (MODERATORS.has(key)) return 'moderator';
  if (RESPONDENTS.has(key)) return 'respondent';
  const last = key.split(' ').pop() ?? '';
  if (QUESTIONER_LAST_WORDS.has(last)) return 'questioner';
  return undefined;
}

/** True when the name is a role word (`Question`, `Moderator`, `A`) rather than a person's name. */
export function isRoleWord(name: string): boolean {
  const key = name.toLowerCase().replace(/\.$/, '');
  return QUESTIONERS.has(key) || MODERATORS.has(key) || RESPONDENTS.has(key);
}

/** Results of the name rules by label text: a transcript repeats its few labels thousands of times. */
const nameCache = new Map<string, { nameLike: boolean; name: string }>();
const NAME_CACHE_LIMIT = 10_000;

function cachedName(raw: string): { nameLike: boolean; name: string } {
  let hit = nameCache.get(raw);
  if (!hit) {
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    hit = { nameLike: isNameLike(raw), name: normaliseSpeaker(raw) };
    nameCache.set(raw, hit);
  }
  return hit;
}

/** Normalises a label as written into a speaker name: spaces collapsed, ALL CAPS turned to Title Case. */
export function normaliseSpeaker(raw: string): string {
  const name = collapseSpace(raw);
  const words = name.split(' ');
  const letters = name.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (!allCaps || (words.length === 1 && letters.length <= 3)) return name;
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (HONORIFICS.has(lower)) return word.charAt(0) + lower.slice(1);
      if (LOWER_IN_NAMES.has(lower)) return i > 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
      if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
      const bare = word.replace(/[^\p{L}]/gu, '');
      if (bare.length <= 3 && words.length > 1 && !/[-'’]/.test(word)) return word;
      return word.replace(/[\p{L}]+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase());
    })
    .join(' ');
}

/** True when a label-shaped name passes the word rules: one to eight name-like words. */
export function isNameLike(name: string): boolean {
  const collapsed = collapseSpace(name);
  if (collapsed.length === 0) return false;
  const key = collapsed.toLowerCase().replace(/\.$/, '');
  if (NOT_NAMES.has(key)) return false;
  const words = collapsed.split(' ');
  if (words.length > 8) return false;
  const first = words[0]!.toLowerCase().replace(/[.'’]$/, '');
  if (NOT_NAMES.has(first) && !isRoleWord(collapsed)) return false;
  const last = words[words.length - 1]!;
  if (words.length > 1 && TITLE_WORDS.has(last.toLowerCase())) return false;
  if (PARTICLES.has(last.toLowerCase()) && words.length > 1) return false;
  let strong = 0;
  for (const word of words) {
    if (CAPITALISED.test(word) || UNCASED.test(word) || PREFIXED.test(word)) strong++;
    else if (!PARTICLES.has(word.toLowerCase())) return false;
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
  const m = LABEL_RE.exec(head);
  if (m && m.groups) {
    const g = m.groups;
    const rawName = g.name!;
    const named = cachedName(rawName);
    if (named.nameLike) {
      let end = m[0].length;
      const after = head.slice(end);
      if (!CLOCK_RE.test(after) && !CONTACT_RE.test(after)) {
        let parenthetical = g.p1 ? collapseSpace(g.p1) : undefined;
        let textStart = end;
        const ap = AFTER_PAREN_RE.exec(after);
        if (ap && !parenthetical) {
          parenthetical = collapseSpace(ap.groups!.p!);
          textStart = end + ap[0].length;
        }
        while (textStart < head.length && /[ \t\u00a0\u2000-\u200a\u202f\u3000]/.test(head[textStart]!)) textStart++;
        const start = labelStart(head, g.ts, g.b1);
        if (g.b1 && !g.b2 && !g.b3) return undefined;
        end = Math.max(end, start);
        return {
          raw: collapseSpace(rawName),
          name: named.name,
          start,
          end,
          textStart: Math.min(textStart, line.length),
          ...(g.ts ? { timestamp: g.ts, timestampStart: head.indexOf(g.ts) } : {}),
          ...(parenthetical ? { parenthetical } : {}),
          bare: textStart >= line.length || line.slice(textStart).trim().length === 0,
          custom: false,
        };
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
    };
  }
  return undefined;
}

function labelStart(head: string, ts: string | undefined, b1: string | undefined): number {
  let i = 0;
  if (ts) i = head.indexOf(ts) + ts.length;
  while (i < head.length && /[ \t\u00a0\u2000-\u200a\u202f\u3000\-–—|]/.test(head[i]!)) i++;
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
