/**
 * A block of `Key: value` lines that describes the recording (`Project:`,
 * `Interviewer:`, `Date:`, `Location:`, `Years of Experience:`), as research
 * interviews and oral histories open with: the document's metadata, not
 * turns, though `Interviewer: Ann Lee` looks like a label.
 */
import type { LineTable } from '../text';
import { asciiOrUnicode } from '../text/asciiRegExp';
import { roleOfName } from '../transcript/roleWords';

/** `Key: value`, the key one to five words, maybe in bold: `**Date:** 3 May`, `Interview date: 3 May`. */
const KEY_VALUE_LINE = asciiOrUnicode(String.raw`^[\s\u00a0]*(?:\*\*|__)?(?<key>[\p{L}][\p{L}\p{M}'’.()/&-]*(?:[ \u00a0][\p{L}\p{M}\d'’.()/&-]+){0,4})(?:\*\*|__)?[ \u00a0]*[:：](?:\*\*|__)?(?:[ \u00a0]+(?<value>\S.*))?$`, 'u');

/**
 * Keys that describe a recording and never name who speaks: one of them makes a block of distinct
 * keys metadata. A key's last word is looked up too (`Interview date`, `Recording location`).
 */
const RECORDING_KEYS = new Set([
  'date', 'dates', 'time', 'day', 'location', 'place', 'venue', 'setting', 'site', 'duration', 'length', 'project',
  'study', 'interview', 'interview no', 'interview id', 'id', 'file', 'recording', 'recorded', 'transcribed', 'transcribed by',
  'transcriber', 'transcription', 'language', 'languages', 'format', 'mode', 'medium', 'session', 'age', 'gender', 'sex',
  'occupation', 'profession', 'experience', 'years of experience', 'education', 'nationality', 'country', 'city',
  'region', 'topic', 'topics', 'theme', 'subject', 'collection', 'series', 'tape', 'tapes', 'copyright', 'rights',
  'keywords', 'abstract', 'summary', 'source', 'citation', 'code', 'pseudonym', 'consent', 'ethnicity', 'role', 'position',
  'organisation', 'organization', 'company', 'department', 'team', 'sector', 'industry', 'background',
  // Who took part, listed: never a title, never one who speaks.
  'participants', 'attendees', 'speakers', 'panelists', 'panellists', 'also present', 'in attendance',
  // Spanish, French, German, Dutch, Portuguese
  'fecha', 'lugar', 'duración', 'proyecto', 'entrevista', 'lieu', 'durée', 'projet', 'datum', 'ort', 'dauer', 'projekt',
  'plaats', 'duur', 'data', 'local', 'duração', 'projeto',
  // Korean
  '일시', '일 시', '일자', '장소', '장 소', '시간',
]);

/** The longest value a metadata line holds, in words. */
const MAX_VALUE_WORDS = 14;

/**
 * The lines of every block of `Key: value` lines that is the document's metadata: three lines or more in a
 * row (or two, both describing the recording), every key a different one, short values, and a key
 * that describes the recording among them (two of them where the block does not open the document).
 */
export function keyValueBlockLines(text: string, lines: LineTable, blank: Uint8Array, from: number, until: number): number[] {
  const found: number[] = [];
  let nonBlankSeen = 0;
  for (let i = from; i < until; ) {
    if (blank[i] === 1) {
      i++;
      continue;
    }
    nonBlankSeen++;
    // A paragraph of one line is no block: most transcripts' turns are such paragraphs, and they are passed over unread.
    if (i + 1 >= until || blank[i + 1] === 1) {
      i++;
      continue;
    }
    const keys = new Set<string>();
    let recordingKeys = 0;
    let j = i;
    for (; j < until && blank[j] !== 1; j++) {
      const line = text.slice(lines.starts[j]!, Math.min(lines.ends[j]!, lines.starts[j]! + 240));
      const m = KEY_VALUE_LINE(line).exec(line);
      if (!m) break;
      const key = m.groups!.key!.toLowerCase().replace(/[.:]+$/, '');
      const value = m.groups!.value ?? '';
      if (keys.has(key) || tooLong(value)) break;
      keys.add(key);
      if (RECORDING_KEYS.has(key) || RECORDING_KEYS.has(key.split(' ').pop()!)) recordingKeys++;
    }
    const size = j - i;
    // The block ends at a blank line or at the first line that is not a key and a value.
    const whole = j >= until || blank[j] === 1;
    const opens = nonBlankSeen <= 3;
    if (whole && ((size >= 3 && recordingKeys >= (opens ? 1 : 2)) || (size === 2 && recordingKeys === 2))) {
      for (let k = i; k < j; k++) found.push(k);
    }
    i = Math.max(j, i + 1);
    while (i < until && blank[i] !== 1) i++;
  }
  return found;
}

/** True when a value (its first character not a space) holds more than `MAX_VALUE_WORDS` pieces between spaces, counted only as far as that. */
function tooLong(value: string): boolean {
  const spaces = /\s+/g;
  let n = 1;
  while (spaces.exec(value) !== null) if (++n > MAX_VALUE_WORDS) return true;
  return false;
}

/** Keys that may open a title (`Interview: …`, `Topic: …`): a line with one can still be the title. */
const TITLE_KEYS = new Set(['interview', 'topic', 'topics', 'theme', 'subject', 'summary', 'abstract', 'series', 'collection', 'keywords', 'citation', 'source', 'background', 'thema', 'themen', 'betreff', 'subjects']);

/** `Topics: ferries, fares`, `Themen: …`: a line that opens with one of those keys, the title only where no other line is. */
export function opensWithTitleKey(line: string): boolean {
  const m = KEY_VALUE_LINE(line).exec(line);
  return !!m && !!m.groups!.value && TITLE_KEYS.has(m.groups!.key!.toLowerCase().replace(/[.:]+$/, ''));
}

/** `Project: …`, `Interviewer: Ann Lee`, `Years of Experience: 12`: a line that describes the recording or who took part, never its title. */
export function isMetadataLine(line: string): boolean {
  const m = KEY_VALUE_LINE(line).exec(line);
  if (!m || !m.groups!.value || tooLong(m.groups!.value)) return false;
  const key = m.groups!.key!.toLowerCase().replace(/[.:]+$/, '');
  if (TITLE_KEYS.has(key)) return false;
  return RECORDING_KEYS.has(key) || RECORDING_KEYS.has(key.split(' ').pop()!) || roleOfName(key) !== undefined;
}

/** Keys a list of who speaks stands under, in small letters (`Sprecher: SRS'in Kohl, Wendt (BMF), Falk (AA)`). */
const SPEAKER_LIST_KEYS = new Set(['sprecher', 'sprecherin', 'sprecherinnen', 'sprecher*innen', 'sprecher:innen', 'sprecherinnen und sprecher']);

/**
 * The German government's press conference lists who speaks under its topics (`Sprecher: SRS'in Kohl, Wendt (BMF),
 * Falk (AA)`): such a key, and names parted by commas (two or more, each of a few words, no sentence). A radio
 * script's narrator (`Sprecher: Guten Abend.`) says words instead.
 */
export function isSpeakerList(line: string): boolean {
  const m = KEY_VALUE_LINE(line).exec(line);
  if (!m || !m.groups!.value || !SPEAKER_LIST_KEYS.has(m.groups!.key!.toLowerCase())) return false;
  const words = m.groups!.value.trim();
  const items = words.split(',');
  return items.length >= 2 && !/[.!?]$/u.test(words) && items.every((item) => item.trim() !== '' && item.trim().split(/\s+/u).length <= 5);
}
