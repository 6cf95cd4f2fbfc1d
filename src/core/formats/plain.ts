/**
 * The plain-text reader: transcripts as people and services write them, with
 * speaker labels in every convention (`SG:`, `MR PRICE:`, a bare `Q` and
 * spaces, `[15]Q.`, `Chris Wallace: (01:20)` on its own line, `Emma  0:00`,
 * `SPEAKER_03:`, `Mrs. HUTCHISON.`), web-page chrome around the words, court
 * line numbers, markdown front matter.
 */
import { findByline } from './byline';
import { findDate } from './dates';
import { isCapsHeadingLabel } from './capsHeadings';
import { chromeKind, isCapsHeading, isPublisherNotice, repeatedPageMarks, startsNewsList } from './chrome';
import { frontMatterEnd, frontMatterList, readFrontMatter } from './frontMatter';
import { isSpeakerList, keyValueBlockLines, opensWithTitleKey } from './keyValueBlock';
import { resolveInitials } from './initials';
import { isAllCaps, isNameLike, matchLabel, type LabelMatch, type LabelOptions } from './labels';
import { isOfficeLabel, stateGermanChair } from './parliament';
import { LabelMemo } from './labelMemo';
import { LineLabels } from './lineLabels';
import { CAPS_START, classifyLines, MAY_NEWS, type LineKinds } from './lineKinds';
import type { ParseOptions } from './options';
import { DATELINE_WORDS, extractMetadata, KEY_VALUE } from './metadata';
import { findNotes, isRecordNote, isStageLine } from './notes';
import { findPlaceMarkers, markedOrigin } from './placeMarkers';
import { collapseSpace, isSpaceCode, NotTextError, stripBom, textBinaryReason, type LineTable } from '../text';
import { lazyRegExp } from '../text/lazyRegExp';
import { isChairName, isRoleWord, roleOfName } from '../transcript/roleWords';
import { assignTableRoles } from '../transcript/roles';
import { buildSectionTable, tableSpeakers, type Layout } from '../transcript/sections';
import { parseTimestamp, parseTimestampEnd } from '../transcript/time';
import type { Metadata, Role, Transcript } from '../transcript/model';
import { transcriptOf, type CompactTranscript } from '../transcript/compact';
import { TurnTable, type TurnExtras } from '../transcript/turnTable';

const LABEL_WINDOW = 240;

/**
 * Reads a plain-text transcript. Throws NotTextError for text that holds NUL
 * characters. Everything else, however messy, gives a result.
 */
/** How many lines from the top a block of `Key: value` metadata may start within. */
const KEY_VALUE_REACH = 120;

export function readPlain(input: string, options: ParseOptions = {}): Transcript {
  return transcriptOf(readPlainCompact(input, options));
}

/**
 * `readPlain` with the turns and sections as columns: what the outline of a
 * long transcript is written from, without an object per turn.
 */
export function readPlainCompact(input: string, options: ParseOptions = {}): CompactTranscript {
  return readPlainUpTo(input, options, false);
}

/**
 * `readPlain(...).metadata` without the turns and sections: what the document
 * list reads from each file's head. It lacks only the speaker a byline names
 * (found from the turns).
 */
export function readPlainMetadata(input: string, options: ParseOptions = {}): Metadata {
  return readPlainUpTo(input, options, true);
}

function readPlainUpTo(input: string, options: ParseOptions, metadataOnly: true): Metadata;
function readPlainUpTo(input: string, options: ParseOptions, metadataOnly: false): CompactTranscript;
function readPlainUpTo(input: string, options: ParseOptions, metadataOnly: boolean): CompactTranscript | Metadata {
  // A converted document's place markers (`⟦12:3⟧`) are places, not words: read the text without them.
  const marked = findPlaceMarkers(input);
  if (marked) return metadataOnly ? readPlainUpTo(marked.masked, options, true) : { ...readPlainUpTo(marked.masked, options, false), origin: markedOrigin(input, marked.places) };
  const binary = textBinaryReason(input);
  if (binary) throw new NotTextError(binary);
  const text = stripBom(input);
  const offset = text.length === input.length ? 0 : 1;
  const kinds = classifyLines(text, new LabelMemo(text, options));
  const { lines, blank } = kinds;
  const { starts, ends } = lines;
  const n = lines.count;
  const trimmed = (i: number): string => collapseSpace(text.slice(starts[i]!, ends[i]!));
  // Page numbers and footers a converted document repeats are nobody's words: read them as blank.
  const markLike = (i: number): string | undefined => (blank[i] === 1 ? undefined : text.slice(starts[i]!, ends[i]!));
  // Only the short lines with a digit that are not blank can be marks: the others are not asked for.
  for (const i of repeatedPageMarks(n, markLike, kinds.markLines)) blank[i] = 1;

  const front = frontMatterEnd(text, lines);
  // Court transcripts: a line number before every line, page numbers, `BY MR. SMITH:` headings.
  const numbered = isLineNumbered(text, lines, blank);
  const structural = structuralLines(text, lines, kinds, front, numbered);
  const labels = findLabels(text, lines, kinds, front);
  // Labels may be deleted while they are iterated: no copy of the lines is needed.
  labels.deleteFlagged(structural);
  if (labels.size > 0) dropInterjectionTails(text, lines, blank, labels);
  // `Interviewer: Ann Lee` in a block of `Date:`, `Location:` lines describes the recording: metadata, not a turn.
  if (labels.size > 0) for (const i of keyValueBlockLines(text, lines, blank, front, Math.min(n, front + KEY_VALUE_REACH))) labels.delete(i);
  if (labels.size > 0) dropSpeakerList(text, lines, labels);

  // Page chrome at the end: from the first news heading or teaser after the body starts.
  const firstLabel = labels.size > 0 ? labels.first() : n;
  let bodyStart = firstLabel;
  // A court's caption and appearances (`Before:`, `APPEARANCES`), or a legislature's roll (`出席議員：`), before the first label are the record's head, whatever their punctuation.
  const caption = !numbered && hasCourtCaption(text, lines, blank, front, firstLabel);
  for (let i = front; i < firstLabel && !numbered && !caption; i++) {
    if (blank[i] === 1) continue;
    const t = trimmed(i);
    if (chromeKind(t) || isPublisherNotice(t) || isRecordNote(t)) continue;
    if (isProse(t) && !isLeadBeforeDateline(text, lines, blank, i, firstLabel)) {
      bodyStart = i;
      break;
    }
  }
  // A paragraph wrapped over lines (a guest's presentation) starts the body where it starts, not at its first sentence's end.
  while (bodyStart < firstLabel && bodyStart - 1 >= front && blank[bodyStart - 1] !== 1 && !chromeKind(trimmed(bodyStart - 1)) && trimmed(bodyStart - 1).split(' ').length >= 8) bodyStart--;
  let tailStart = newsListStart(text, lines, kinds, bodyStart);
  if (tailStart === n) {
    // No news list: trailing links, footers and the like still are chrome.
    let i = n - 1;
    while (i >= bodyStart && (blank[i] === 1 || (!labels.has(i) && chromeKind(trimmed(i))))) i--;
    tailStart = i + 1;
  }
  while (tailStart > bodyStart && (blank[tailStart - 1] === 1 || (!labels.has(tailStart - 1) && chromeKind(trimmed(tailStart - 1))))) tailStart--;
  if (bodyStart > tailStart) bodyStart = tailStart;
  labels.deleteFrom(tailStart);

  // The head: page chrome first, then the header lines (title, date, place).
  let headChromeEnd = -1;
  for (let i = front; i < bodyStart; i++) {
    if (blank[i] !== 1 && chromeKind(trimmed(i))) headChromeEnd = i;
  }
  if (headChromeEnd >= 0) {
    for (let i = headChromeEnd + 1; i < bodyStart; i++) {
      if (blank[i] !== 1 && isCapsHeading(trimmed(i))) headChromeEnd = i;
    }
  }

  // Stage directions standing alone at the end of the body close it.
  let closingStart = tailStart;
  if (labels.size > 0) {
    let j = tailStart - 1;
    while (j >= bodyStart && (blank[j] === 1 || (!labels.has(j) && isStageLine(trimmed(j))))) j--;
    while (j + 1 < tailStart && blank[j + 1] === 1) j++;
    closingStart = j + 1;
  }

  const fm = front > 0 ? readFrontMatter(text, lines, front) : undefined;
  const metadata = extractMetadata(text, lines, blank, Math.max(headChromeEnd + 1, front), bodyStart, tailStart, fm, numbered ? (s) => s.slice(numberPrefixLength(s)) : undefined);
  if (metadataOnly) return metadata;

  const turns = buildTurns(text, lines, kinds, structural, labels, bodyStart, closingStart, numbered);
  resolveInitials(turns);
  aliasSpeakers(turns);
  stateGermanChair(turns, text);
  stateBracketedRoles(turns);
  // The roles the labels' form says (minutes: a member asks, an office answers) stand over the ones inferred.
  assignTableRoles(turns, options, text, turns.statedRoles);
  // The one speaker front matter names (`speakers:` with one name): a talk's speaker, whose talk comes before its Q&A's labels.
  const listed = front > 0 ? frontMatterList(text, lines, front, 'speakers') : [];
  const named = listed.length === 1 && isNameLike(listed[0]!) && !roleOfName(listed[0]!) ? collapseSpace(listed[0]!) : undefined;
  if (turns.count > 0 && turns.speaker.subarray(0, turns.count).every((id) => id < 0)) {
    // A speech with no labels: the speaker its header names says all of it.
    const header: string[] = metadata.title ? [metadata.title] : [];
    for (let i = Math.max(headChromeEnd + 1, front); i < bodyStart; i++) if (blank[i] !== 1) header.push(trimmed(i));
    const byline = findByline(header) ?? named;
    if (byline) {
      metadata.speaker = byline;
      turns.speaker.fill(turns.intern(byline), 0, turns.count);
    }
  } else if (named) {
    // Labels only for the Q&A (`Q:`, `A:`, `Audience member:`): the words before them are the named speaker's talk.
    metadata.speaker = named;
    const id = turns.intern(named);
    let talk = 0;
    while (talk < turns.count && turns.speaker[talk]! < 0) turns.speaker[talk++] = id;
    // Where the speaker's own label comes later too (`Alex Bosworth:` answering), the talk takes the role those turns have.
    for (let t = talk; t < turns.count; t++)
      if (turns.speaker[t] === id) {
        turns.role.fill(turns.role[t]!, 0, talk);
        break;
      }
  }
  const layout: Layout = { text, lines, blank, offset: 0, headChromeEnd, bodyStart, closingStart, tailStart };
  const sections = buildSectionTable(turns, layout, metadata);
  const notes = options.skipNotes ? [] : findNotes(text, bodyStart < n ? starts[bodyStart]! : text.length, tailStart < n ? starts[tailStart]! : text.length);
  const transcript: CompactTranscript = { format: 'plain', metadata, turns, sections, speakers: tableSpeakers(turns), notes, lineCount: n };
  return offset ? shiftOffsets(transcript, offset) : transcript;
}

/** The first line from `from` on that starts a page's list of other news (a heading, a dated teaser); the line count when none does. */
function newsListStart(text: string, lines: LineTable, kinds: LineKinds, from: number): number {
  const { ends } = lines;
  const { blank, kind, first } = kinds;
  const n = lines.count;
  for (let i = from; i < n; i++) {
    // Only a short line (a heading) or one starting with a digit (a dated teaser) can start the news list.
    if (blank[i] === 1 || (kind[i]! & MAY_NEWS) === 0) continue;
    if (startsNewsList(chromeKind(collapseSpace(text.slice(first[i]!, ends[i]!))))) return i;
  }
  return n;
}

/**
 * 1 for each line from `front` on that is a deposition's heading nobody says
 * (`BY MR. SMITH:`, `CROSS-EXAMINATION`); a court's line holding only its
 * line number or a page number is marked blank in `blank`.
 */
function structuralLines(text: string, lines: LineTable, kinds: LineKinds, front: number, numbered: boolean): Uint8Array {
  const { starts, ends } = lines;
  const { blank, headingLines } = kinds;
  const n = lines.count;
  const structural = new Uint8Array(n);
  // Only a line number, a page number or a heading in capitals (a bracketed page number, or capitals starting one of a few words) can be structural: unless lines are numbered, only those lines are visited.
  const visits = numbered ? n : headingLines.length;
  for (let k = 0; k < visits; k++) {
    const i = numbered ? k : headingLines[k]!;
    if (i < front || blank[i] === 1) continue;
    const line = text.slice(starts[i]!, Math.min(ends[i]!, starts[i]! + 200));
    const rest = numbered ? line.slice(numberPrefixLength(line)) : line.replace(/^[ \t\u00a0]*(?:\[\*?\d{1,4}\][ \t\u00a0]*)+/, '');
    if (numbered && /^[\s\u00a0]*\d{0,4}[\s\u00a0]*$/.test(rest)) blank[i] = 1;
    else if (EXAMINATION.test(rest)) structural[i] = 1;
  }
  return structural;
}

/** Moves every offset of a transcript by `by` (the byte-order mark cut off the text). */
function shiftOffsets(t: CompactTranscript, by: number): CompactTranscript {
  // The sections' words are read from the text the offsets pointed into before the move.
  t.sections.fixDetails();
  t.turns.shift(by);
  t.sections.shift(by);
  for (const note of t.notes) {
    note.start += by;
    note.end += by;
  }
  return t;
}

/** Every label of the text, by line, after the document-level checks; mid-line labels go in `mid`. */
type Labels = LineLabels;

function findLabels(text: string, lines: LineTable, kinds: LineKinds, from: number): Labels {
  const { blank, labelLines, labels } = kinds;
  // The labels were matched as the lines were found: a line of the front matter, or one the page marks or the court's numbering made blank, holds none.
  for (let k = 0; k < labelLines.length; k++) {
    const i = labelLines[k]!;
    if (i < from || blank[i] === 1) labels.delete(i);
  }
  filterLabels(labels, text, kinds);
  joinBrokenLabels(labels, text, lines, kinds);
  findMidLineLabels(labels, text, lines, blank);
  return labels;
}

/**
 * A label in mixed case written once where the speakers are labelled in capitals, that is no speaker: one word
 * (`Inflation:`, `Alex:` where a wrapped sentence ends with a name), a speaker of the document addressed by name
 * (`Dr. Fauci: we are hearing...` inside a question), or a quotation's source (`Chancellor Ode: “I think...`).
 * A one-off speaker with a full name (`Dr Amal Reyes:`) keeps the label.
 */
function oneOffNotSpeaker(text: string, lineStart: number, m: LabelMatch, capsSpeakers: Set<string>): boolean {
  if (!m.name.includes(' ') || capsSpeakers.has(dotlessKey(m.name))) return true;
  const c = text.charCodeAt(lineStart + m.textStart);
  return c === 0x201c || c === 34 || c === 0x00ab || c === 0x201e;
}

/** Whether a label holds at least `n` letters. */
function lettersAtLeast(s: string, n: number): boolean {
  let letters = 0;
  for (const ch of s) if (/\p{L}/u.test(ch) && ++letters >= n) return true;
  return false;
}

/** The first non-blank line after `i`, or -1. */
function nextNonBlank(blank: Uint8Array, i: number, n: number): number {
  for (let k = i + 1; k < n; k++) if (blank[k] !== 1) return k;
  return -1;
}

/**
 * A press call with one question (`Q` and a run of spaces, as the White House
 * writes it) among speakers labelled with a colon (`MODERATOR:`): one `Q` is
 * enough there, where in prose one line starting with a `Q` is not.
 */
function loneBriefingQ(text: string, lines: LineKinds['lines'], i: number, colonLabels: number): boolean {
  return colonLabels >= 2 && /^[ \t\u00a0]*Q[ \t\u00a0]{2,}\S/.test(text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 80)));
}

/**
 * Document-level checks: a convention that could be ordinary text (`A` and a
 * space, a name and a clock, a name alone on its line) counts only where the
 * document uses it again and again.
 */
function filterLabels(labels: Labels, text: string, kinds: LineKinds): void {
  const { lines, blank } = kinds;
  const { starts } = lines;
  const n = lines.count;
  const count = { dottedQ: 0, spacedQ: 0, plainQ: 0, plainA: 0, anyQ: 0, header: 0, headerAlone: 0, bareOwnLine: 0, recordMixed: 0, timedName: 0, boldName: 0, headingName: 0, nameAlone: 0, record: 0, colon: 0, honorific: 0, capsAlone: 0, hansard: 0, committee: 0 };
  // Hansard's speakers (`Jane Doe (Northtown) (Lab)`, `The Prime Minister (John Smith)`) by name or office, with the role the form states.
  const hansardNames = new Map<string, Role | undefined>();
  const capsNames = new Map<string, number>();
  const capsHeadings = new Set<number>();
  const headerNames = new Map<string, number>();
  const timeFirstNames = new Map<string, number>();
  const headingNames = new Map<string, number>();
  const aloneNames = new Map<string, number>();
  const bareNames = new Map<string, number>();
  const spoken = new Set<string>();
  const spokenAsWritten = new Set<string>();
  const labelNames = new Map<string, number>();
  // Names with at least one label that does not carry on a sentence wrapped from the line before.
  const standsAlone = new Set<string>();
  // Labels of roles in small letters (`interviewer:`).
  let lowerRoles = 0;
  // Whether each label as written is in capitals, looked at once per label text.
  const capsByRaw = new Map<string, boolean>();
  // How often each label in mixed case is written so (`Dr. Ames:` once, where `DR. AMES:` labels the speaker).
  const mixedRaw = new Map<string, number>();
  // The speakers labelled in capitals, without their dots: `Dr. Fauci:` inside a question names one of them.
  const capsSpeakers = new Set<string>();
  let capsColon = 0;
  let mixedColon = 0;
  // What a label adds to the counts, `times` over: the same for every line a match object labels.
  const tally = (m: LabelMatch, times: number): void => {
    const conv = m.convention;
    labelNames.set(m.name, (labelNames.get(m.name) ?? 0) + times);
    if (conv === 'colon') {
      let caps = capsByRaw.get(m.raw);
      // A name in capitals of four letters or more (`MS. PSAKI`, not `SG`): an acronym says nothing of how names are written.
      if (caps === undefined) {
        capsByRaw.set(m.raw, (caps = isAllCaps(m.raw) && lettersAtLeast(m.raw, 4)));
        if (caps) capsSpeakers.add(dotlessKey(m.name));
      }
      if (caps) capsColon += times;
      else {
        mixedColon += times;
        mixedRaw.set(m.raw, (mixedRaw.get(m.raw) ?? 0) + times);
      }
    }
    if (conv === 'committee') count.committee += times;
    if (m.raw === 'Q' && conv === 'spaced') count.spacedQ += times;
    if (m.raw === 'Q') count.anyQ += times;
    if (conv === 'record') count.record += times;
    else if (conv === 'colon') count.colon += times;
    if (conv === 'record-mixed') count.recordMixed += times;
    if (conv === 'honorific') count.honorific += times;
    if (conv === 'timed-name') count.timedName += times;
    if (conv === 'bold-name') count.boldName += times;
    if (conv === 'lower-role') lowerRoles += times;
    if (conv === 'hansard' || conv === 'hansard-office') {
      count.hansard += times;
      hansardNames.set(m.name, m.role);
      // `The Secretary of State for Transport (Owen Hale)`: the holder may be named alone later, in the office's role.
      if (conv === 'hansard-office' && m.parenthetical) hansardNames.set(m.parenthetical, m.role);
    }
    if (conv === 'name-alone') {
      count.nameAlone += times;
      aloneNames.set(m.name, (aloneNames.get(m.name) ?? 0) + times);
    }
    if (conv === 'heading-name') {
      count.headingName += times;
      headingNames.set(m.name, (headingNames.get(m.name) ?? 0) + times);
    }
    if (conv === 'plain' && m.raw === 'Q') count.plainQ += times;
    else if (conv === 'plain') count.plainA += times;
    // Each name as written is lowered once: the same few names label thousands of lines.
    if (!m.bare && conv !== 'plain' && conv !== 'spaced' && !spokenAsWritten.has(m.name)) {
      spokenAsWritten.add(m.name);
      spoken.add(m.name.toLowerCase());
    }
  };
  // The lines a match object labels are counted, and the object weighed once with its count, unless what it adds depends on its line
  // (a `Q` dotted or not, a label alone on its line or not): the checks then run once per label written, not once per line (this runs mostly before it is optimised).
  const ids = labels.ids;
  // 1 for each id weighed line by line, 2 for each weighed once; 0 until its first line.
  const byLine = new Uint8Array(ids);
  // 1 for each id whose name is known to stand alone.
  const aloneId = new Uint8Array(ids);
  const times = new Int32Array(ids);
  for (let i = labels.first(); i >= 0; i = labels.next(i)) {
    const id = labels.idAt(i);
    const m = labels.matchOf(id);
    const conv = m.convention;
    // A name seen standing alone once needs no look at the lines before its other labels.
    if (aloneId[id] === 0 && (standsAlone.has(m.name) || conv !== 'colon' || !continuesSentence(text, kinds, i))) {
      standsAlone.add(m.name);
      aloneId[id] = 1;
    }
    if (byLine[id] === 0) byLine[id] = m.raw === 'Q' || m.raw === 'A' || conv === 'caps-alone' || conv === 'header' || (m.bare && !m.custom) ? 1 : 2;
    if (byLine[id] === 2) {
      times[id]!++;
      continue;
    }
    tally(m, 1);
    // The label's last character is read only for a Q: reading it for every label would visit every labelled line's text again.
    if (m.raw === 'Q' && text.charCodeAt(starts[i]! + m.end - 1) === 46) count.dottedQ++;
    if (conv === 'caps-alone') {
      const next = nextNonBlank(blank, i, n);
      if (next >= 0 && !labels.has(next) && isCapsHeadingLabel(m.raw, text.slice(starts[next]!, Math.min(lines.ends[next]!, starts[next]! + 200)))) capsHeadings.add(i);
      else {
        count.capsAlone++;
        capsNames.set(m.name, (capsNames.get(m.name) ?? 0) + 1);
      }
    }
    if (conv === 'header') {
      count.header++;
      const next = nextNonBlank(blank, i, n);
      if (next < 0 || labels.has(next) || chromeKind(collapseSpace(text.slice(starts[next]!, lines.ends[next]!)))) count.headerAlone++;
      headerNames.set(m.name.toLowerCase(), (headerNames.get(m.name.toLowerCase()) ?? 0) + 1);
      if (m.timeFirst) timeFirstNames.set(m.name.toLowerCase(), (timeFirstNames.get(m.name.toLowerCase()) ?? 0) + 1);
    } else if (m.bare && !m.custom && conv !== 'hansard' && conv !== 'hansard-office' && conv !== 'hansard-alone') {
      // Hansard's forms hold by a rule of their own (below): they weigh nothing in the others'.
      const next = nextNonBlank(blank, i, n);
      if (next >= 0 && !labels.has(next)) {
        count.bareOwnLine++;
        bareNames.set(m.name.toLowerCase(), (bareNames.get(m.name.toLowerCase()) ?? 0) + 1);
      }
    }
  }
  for (let id = 0; id < ids; id++) if (times[id]! > 0) tally(labels.matchOf(id), times[id]!);
  const repeated = (names: Map<string, number>) => [...names.values()].some((c) => c >= 2);
  // Two or more, each with words below it (a clock line in page chrome stands alone or among other chrome).
  const headersHold = count.header >= 2 && (repeated(headerNames) || count.header >= 3 || count.headerAlone === 0);
  // `Mr. Davis:` alone on its line, the words below: a convention when several speakers do it.
  // One speaker alone (a news show read by its host, `**Jerod Santo:**` between the items) holds too: a full name, three times or more, and no other label.
  const soleName = bareNames.size === 1 ? [...bareNames.keys()][0]! : undefined;
  const bareHold =
    count.bareOwnLine >= 3 &&
    ((bareNames.size >= 2 && repeated(bareNames)) || (soleName !== undefined && soleName.includes(' ') && labelNames.size === 1 && !roleOfName(soleName)));
  // Depositions answer `Q text` with `A text`; briefings answer it with named speakers (`MR. GIBBS:`), and then there is no `A`.
  const plainHold = (count.plainQ >= 2 && count.plainA >= 2) || (count.plainQ >= 3 && count.plainA === 0 && count.colon >= count.plainQ);
  // The Congressional Record names its speakers `Mr. SMITH.`; its colons start list items (`Nominations:`, `Panel I:`).
  const recordOnly = count.record >= 3 && count.record >= count.colon;
  const hasQ = count.anyQ > 0;
  // The document writes its speakers' labels in capitals: five or more, and four in five of its colon labels.
  const capsRule = capsColon >= 5 && mixedColon * 4 <= capsColon;
  let capsSeen = false;
  // `A señora PRESIDENTA:` records read roll calls as `Name: Si.`: where that convention rules, other names with a colon are no speakers.
  const honorificOnly = count.honorific >= 3 && count.honorific >= count.colon;
  // `PREGUNTA` alone on its line: a convention when several labels come back again and again.
  // It does not hold where most labels follow another convention (`Hon. Name (…):`): there a line in capitals is a heading.
  const otherLabels = count.colon + count.honorific + count.record + count.recordMixed;
  const capsHold = count.capsAlone >= 3 && capsNames.size >= 2 && repeated(capsNames) && count.capsAlone >= otherLabels;
  // Talks written up with `Q:` and `A:` for nearly every label (four in five, four at least).
  let allLabels = 0;
  for (const c of labelNames.values()) allLabels += c;
  const qaLabels = (labelNames.get('Q') ?? 0) + (labelNames.get('A') ?? 0);
  const qaOnly = qaLabels >= 4 && qaLabels * 5 >= allLabels * 4;
  // A speaker's label with a colon and words after it, named more than once, that no check of the document drops: only the words after it can (`notSpeakerColon`).
  // Such an id's lines take that check alone, its other checks made once (bit 1: decided; 2: only that check; 4: it has a role; 8: in capitals).
  const plainColon = new Uint8Array(ids);
  const plainColonOf = (m: LabelMatch): number => {
    const role = !!roleOfName(m.name);
    const only =
      m.convention === 'colon' &&
      !m.custom &&
      !m.bare &&
      !(m.raw.endsWith('BY') && APPEARANCE_BY.test(m.raw)) &&
      (role || standsAlone.has(m.name)) &&
      (labelNames.get(m.name) ?? 0) !== 1 &&
      (role || !(capsRule && (mixedRaw.get(m.raw) ?? 0) === 1)) &&
      (role || !(recordOnly || honorificOnly));
    return 1 | (only ? 2 : 0) | (role ? 4 : 0) | (capsByRaw.get(m.raw) === true ? 8 : 0);
  };
  for (let i = labels.first(); i >= 0; i = labels.next(i)) {
    const id = labels.idAt(i);
    const m = labels.matchOf(id);
    if (plainColon[id] === 0) plainColon[id] = plainColonOf(m);
    const known = plainColon[id]!;
    if ((known & 2) !== 0) {
      if ((known & 4) === 0 && notSpeakerColon(text, starts[i]!, m, i > 0 && blank[i - 1] !== 1, labelNames)) labels.delete(i);
      else if ((known & 8) !== 0) capsSeen = true;
      continue;
    }
    const conv = m.convention;
    if (m.custom) continue;
    if (conv === 'header') {
      // `09:30 Opening Remarks`, `10:00 Panel Discussion`: an agenda's times and items; a speaker's name comes back.
      if (!headersHold || (m.timeFirst && !repeated(timeFirstNames))) labels.delete(i);
      continue;
    }
    if (conv === 'caps-alone') {
      const next = nextNonBlank(blank, i, n);
      const hasWords = next >= 0 && !labels.has(next);
      if (!capsHold || !hasWords || capsHeadings.has(i) || ((capsNames.get(m.name) ?? 0) < 2 && !roleOfName(m.name))) labels.delete(i);
      continue;
    }
    // `Southern District of New York BY: A. LAWYER`: a court record's appearances name who acts for a party; nobody says it.
    if (conv === 'colon' && m.raw.endsWith('BY') && APPEARANCE_BY.test(m.raw)) {
      labels.delete(i);
      continue;
    }
    if (conv === 'colon' && !m.bare && !roleOfName(m.name) && notSpeakerColon(text, starts[i]!, m, i > 0 && blank[i - 1] !== 1, labelNames)) {
      labels.delete(i);
      continue;
    }
    // `... I beg to move the following` ⏎ `Motion:`: a word that only ever ends a wrapped sentence is no speaker.
    if (conv === 'colon' && !standsAlone.has(m.name) && !roleOfName(m.name)) {
      labels.delete(i);
      continue;
    }
    // `Slides: <https://…>`, `Run: \`make test\``: a name used once for nothing but a link or a command says nothing; it notes where to look.
    // Where `Q:` and `A:` label nearly everything, a word used once (`Upgradeability:`, `Problem:`, not initials such as `AP:`) heads a point of the answer.
    if (conv === 'colon' && (labelNames.get(m.name) ?? 0) === 1 && !roleOfName(m.name) && (onlyLinkAfter(text, starts[i]! + m.textStart, lines.ends[i]!) || (qaOnly && !m.name.includes(' ') && !isAllCaps(m.raw)))) {
      labels.delete(i);
      continue;
    }
    // `MS. PSAKI:` and `SENIOR ADMINISTRATION OFFICIAL:` throughout, then `Inflation: The latest print...` or
    // `Dr. Fauci: We're hearing...` once inside a turn: a topic or a name addressed, not a speaker of this document.
    // An interview that names each speaker in full once before going over to initials (`Ann Lee :`, then `AL :`) keeps those names.
    if (conv === 'colon' && capsByRaw.get(m.raw) === true) capsSeen = true;
    if (capsRule && capsSeen && conv === 'colon' && (mixedRaw.get(m.raw) ?? 0) === 1 && !roleOfName(m.name) && oneOffNotSpeaker(text, starts[i]!, m, capsSpeakers)) {
      labels.delete(i);
      continue;
    }
    if ((recordOnly || honorificOnly) && conv === 'colon' && !roleOfName(m.name)) {
      labels.delete(i);
      continue;
    }
    if (conv === 'plain') {
      if (!plainHold) labels.delete(i);
      continue;
    }
    // `**Name** words` and `### Name` hold where the document does it again and again; a heading named once is a section's title.
    if (conv === 'bold-name') {
      if (count.boldName < 3) labels.delete(i);
      continue;
    }
    // Hansard's form holds where the document has it twice: each such line with words below, and later the name or office alone (`The Prime Minister`, `Mr Speaker`).
    // An office alone (`The Secretary of State for Transport`) is a speaker only as such a name again.
    const hansardForm = conv === 'hansard' || conv === 'hansard-office';
    if (hansardForm || conv === 'hansard-alone' || (conv === 'name-alone' && count.hansard >= 2 && (hansardNames.has(m.name) || isChairName(m.name)))) {
      const next = nextNonBlank(blank, i, n);
      const known = hansardForm || hansardNames.has(m.name) || isChairName(m.name);
      if (count.hansard < 2 || !known || next < 0 || labels.has(next)) labels.delete(i);
      else if (!hansardForm && hansardNames.get(m.name)) labels.set(i, { ...m, role: hansardNames.get(m.name)! });
      continue;
    }
    // `Ann Lee` alone on a line: a convention only where two names or more come back three times each, each with words below.
    if (conv === 'name-alone') {
      const next = nextNonBlank(blank, i, n);
      if (count.nameAlone < 6 || [...aloneNames.values()].filter((c) => c >= 3).length < 2 || (aloneNames.get(m.name) ?? 0) < 3 || next < 0 || labels.has(next)) labels.delete(i);
      continue;
    }
    if (conv === 'heading-name') {
      const next = nextNonBlank(blank, i, n);
      if (count.headingName < 3 || headingNames.size < 2 || (headingNames.get(m.name) ?? 0) < 2 || next < 0 || labels.has(next)) labels.delete(i);
      continue;
    }
    // `Q12 Chair:` holds where the document numbers its questions twice or more (`Q3 Revenue: …` once is a heading).
    if (conv === 'committee') {
      if (count.committee < 2) labels.delete(i);
      continue;
    }
    // `2. Name：` after a question's number: a role's label, or a name that labels other lines too (a list item's heading does not).
    if (conv === 'listed') {
      if (!roleOfName(m.name) && (labelNames.get(m.name) ?? 0) < 2) labels.delete(i);
      continue;
    }
    // `interviewer:` in small letters: a convention where the same role labels two lines or more, or roles label four.
    if (conv === 'lower-role') {
      if ((labelNames.get(m.name) ?? 0) < 2 && lowerRoles < 4) labels.delete(i);
      continue;
    }
    if (conv === 'record-mixed' || conv === 'timed-name') {
      if ((conv === 'record-mixed' ? count.recordMixed : count.timedName) < 3) labels.delete(i);
      continue;
    }
    if ((m.raw === 'A' || m.raw === 'Q') && (conv === 'spaced' || conv === 'dotted' || conv === 'numbered')) {
      const dotted = text.charCodeAt(starts[i]! + m.end - 1) === 46;
      if (m.raw === 'A' && (dotted || conv === 'spaced') && !hasQ) labels.delete(i);
      else if (conv === 'spaced' && m.raw === 'Q' && count.spacedQ + count.dottedQ < 2 && !loneBriefingQ(text, lines, i, count.colon)) labels.delete(i);
      continue;
    }
    // Where labels stand alone on their lines, one followed by the next label is a speaker whose words the record left out.
    const silent = bareHold && labels.has(nextNonBlank(blank, i, n));
    // `Präsident Dr. Eva Lind:`, `Jan Novák (CDU):`, `Name, Bundesminister der Finanzen:` alone on a line, the words below: a parliament's label.
    const office = m.bare && conv === 'colon' && (!!m.parenthetical || isOfficeLabel(m.raw)) && !labels.has(nextNonBlank(blank, i, n)) && nextNonBlank(blank, i, n) >= 0;
    if (m.bare && !roleOfName(m.name) && !spoken.has(m.name.toLowerCase()) && !(bareHold && bareNames.has(m.name.toLowerCase())) && !silent && !office) labels.delete(i);
  }
}

/** A line's rest that is only a link or a command: `<https://…>`, `https://…`, `[slides](https://…)`, `` `make test` ``. */
const ONLY_LINK = /^[\s\u00a0]*(?:<https?:\/\/[^\s>]+>|https?:\/\/\S+|\[[^\]\n]*\]\(https?:\/\/[^)\s]+\)|`[^`\n]+`)[\s\u00a0.]*$/;

/** True when `text[from, to)` is only a link or a command. */
function onlyLinkAfter(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from) === 32 ? text.charCodeAt(from + 1) : text.charCodeAt(from);
  // Only a link, a bracket or a backquote can start one: most labels are followed by words.
  if (c !== 60 && c !== 104 && c !== 91 && c !== 96) return false;
  return ONLY_LINK.test(text.slice(from, Math.min(to, from + 400)));
}

/** `Petitioners : No. 15-674`: a case caption's party before its docket number. */
const DOCKET_AFTER = /^(?:(?:case|docket|civil action|criminal action|appeal)[\s\u00a0]+nos?\.?[\s\u00a0]*\d|nos?\.[\s\u00a0]*\d{1,4}[-–]\d{1,6}\b)/iu;
/** Whether text[from, to) can match DOCKET_AFTER: its first character after spaces and tabs is `c`, `d`, `a` or `n` in either case (or not ASCII). */
function mayStartDocketAt(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k) | 0x20;
  return k < to && (text.charCodeAt(k) >= 128 || c === 99 || c === 100 || c === 97 || c === 110);
}

/** An opening quotation mark: the words after the colon are quoted, not said. */
const QUOTE_AFTER = /^["“«„‘']/u;

/**
 * A colon that names no speaker: a case caption's party before a docket
 * number, or a single word inside a speech introducing a quotation
 * (`…the publisher replied,` ⏎ `Acme: "No action…`) in a document whose
 * speakers are named otherwise (other names, each labelled more than once).
 */
function notSpeakerColon(text: string, lineStart: number, m: LabelMatch, insideSpeech: boolean, names: Map<string, number>): boolean {
  const from = lineStart + m.textStart;
  const docket = mayStartDocketAt(text, from, Math.min(text.length, from + 40));
  // Most labels open a turn after a blank line and are followed by words: no copy of their words is needed to say so.
  if (!insideSpeech && !docket) return false;
  const after = text.slice(from, from + 40);
  if (docket && DOCKET_AFTER.test(after)) return true;
  if (!insideSpeech || !QUOTE_AFTER.test(after) || (names.get(m.name) ?? 0) > 1 || m.name.includes(' ')) return false;
  let others = 0;
  for (const [name, c] of names) if (name !== m.name && c >= 2) others++;
  return others >= 2;
}

/**
 * A court caption's `Before:` or `APPEARANCES`, or the heading of a
 * legislature's roll (`MEMBERS PRESENT:`, `出席議員：`, `缺席議員：`,
 * `列席秘書：`), alone on its line.
 */
const CAPTION_LINE = /^[ \t\u00a0]*(?:(?:APPEARANCES|Appearances|BEFORE|Before)[ \t\u00a0]*:?|(?:MEMBERS |Members )?(?:PRESENT|ABSENT|Present|Absent)[ \t\u00a0]*:|(?:出席|缺席|列席)[^：:\s]{0,8}[ \t\u00a0]*[：:])[ \t\u00a0]*$/u;

/** True when a line before the first label, within the first 200, is a court caption's `Before:` or `APPEARANCES`, or a roll's heading. */
function hasCourtCaption(text: string, lines: LineTable, blank: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 200); i++) {
    if (blank[i] !== 1 && lines.ends[i]! - lines.starts[i]! <= 20 && CAPTION_LINE.test(text.slice(lines.starts[i]!, lines.ends[i]!))) return true;
  }
  return false;
}

/** A label that is, or ends with, the word `BY` in capitals: counsel's name follows in a list of appearances. */
const APPEARANCE_BY = /(?:^|[\s\u00a0])BY$|^BY$/;

/** A line at least this long that ends in a letter was wrapped in the middle of a sentence. */
const WRAPPED_LINE = 50;
/** The same for a line that ends in a Chinese or Japanese character, each as wide as two Latin letters. */
const WRAPPED_WIDE_LINE = 20;

/** True when the line before line `i`, in the same paragraph, is a full line broken off in the middle of a sentence. */
function continuesSentence(text: string, kinds: LineKinds, i: number): boolean {
  const { lines, blank } = kinds;
  if (i === 0 || blank[i - 1] === 1 || lines.ends[i - 1]! - lines.starts[i - 1]! < WRAPPED_WIDE_LINE) return false;
  const e = kinds.last[i - 1]!;
  // The last character alone (a surrogate pair whole): an expression anchored at the end would scan the whole line.
  const last = text.charCodeAt(e - 1);
  if (e - lines.starts[i - 1]! < (isWide(last) ? WRAPPED_WIDE_LINE : WRAPPED_LINE)) return false;
  return LETTER().test(last >= 0xdc00 && last <= 0xdfff ? text.slice(e - 2, e) : text.charAt(e - 1));
}

/** Kana and CJK ideographs: characters a line holds half as many of. */
function isWide(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER = lazyRegExp(() => /^\p{L}$/u);

const HONORIFIC_END = /(?:^|[\s\-–—"“(])(MR|MS|MRS|DR|THE|MISS)\.?[\s\u00a0]*$/u;
const CAPS_WORD_LABEL = /^[\s\u00a0]*([A-Z][A-Z'’-]+):/u;

/** `... you're going to say -MR.` ⏎ `TIMLICHMAN: Right.`: a label broken over two lines starts on the first. */
function joinBrokenLabels(labels: Labels, text: string, lines: LineTable, kinds: LineKinds): void {
  const { starts, ends } = lines;
  const { blank, kind } = kinds;
  for (let i = 1; i < lines.count; i++) {
    // Only a line that starts with a word in capitals can finish a broken label.
    if ((kind[i]! & CAPS_START) === 0 || blank[i] === 1 || blank[i - 1] === 1) continue;
    const ls = starts[i]!;
    // Only a line before it that ends with an honorific (`MR`, `MS.`, `THE`…) can start one: its last letter or a dot.
    const last = text.charCodeAt(kinds.last[i - 1]! - 1);
    if (last !== 46 && last !== 82 && last !== 83 && last !== 69) continue;
    const head = text.slice(ls, Math.min(ends[i]!, ls + 60));
    const word = CAPS_WORD_LABEL.exec(head);
    if (!word) continue;
    const prevStart = starts[i - 1]!;
    const prev = text.slice(Math.max(prevStart, ends[i - 1]! - 40), ends[i - 1]!);
    const h = HONORIFIC_END.exec(prev);
    if (!h) continue;
    const honorificAt = ends[i - 1]! - prev.length + h.index + h[0].indexOf(h[1]!);
    const existing = labels.get(i);
    const textStart = (existing ? existing.textStart : word[0].length + 1) + ls - prevStart;
    const raw = `${h[1]}${text.charAt(honorificAt + h[1]!.length) === '.' ? '.' : ''} ${word[1]}`;
    const match: LabelMatch = {
      raw,
      name: matchLabel(`${raw}: x`)?.name ?? raw,
      start: honorificAt - prevStart,
      end: ls + word[0].length - prevStart,
      textStart: Math.min(textStart, ends[i]! - prevStart),
      bare: false,
      custom: false,
      convention: 'colon',
    };
    labels.delete(i);
    addMid(labels, i - 1, match);
  }
}

/** A label after the end of a sentence inside a line: `the witness. MR. HOLOBER: Understood.`, `A That is correct. Q And ...`. */
const MID_LABEL = /(?:(?<=[.?!"”)\]])[\s\u00a0]+|(?<=--|—|–|[\s\u00a0]-)[\s\u00a0]*)((?:MR|MS|MRS|DR)\. [A-Z][A-Za-z'’-]*[A-Z][A-Za-z'’-]*|THE (?:COURT|WITNESS|REPORTER|VIDEOGRAPHER|INTERPRETER)|REPORTER):[\s\u00a0]/gu;
const MID_QA = lazyRegExp(() => /(?<=[.?!"”])[\s\u00a0]+([QA])[\s\u00a0]+(?=[\p{Lu}"“])/gu);

function findMidLineLabels(labels: Labels, text: string, lines: LineTable, blank: Uint8Array): void {
  const { starts, ends } = lines;
  let colonNames = 0;
  let plainQA = 0;
  // Counted by match object, each looked at once: lines written alike share one.
  const counts = labels.countById();
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] === 0) continue;
    const m = labels.matchOf(id);
    if (m.convention === 'colon' && COURT_NAME_START.test(m.raw)) colonNames += counts[id]!;
    if (m.convention === 'plain') plainQA += counts[id]!;
  }
  if (colonNames < 2 && plainQA < 2) return;
  const nameStarts = new NextOccurrence(text, MID_NAME_STARTS);
  // A `Q` or `A` after a sentence in the line has two characters before it (the sentence's end and a space): a line without one is passed by.
  const qaLetters = new NextOccurrence(text, ['Q', 'A']);
  for (let i = 0; i < lines.count; i++) {
    if (blank[i] === 1) continue;
    const ls = starts[i]!;
    const le = ends[i]!;
    if (le - ls > 2000) continue;
    // Cheap checks before the regular expressions: a colon for a name, a capital Q or A after a sentence.
    const colonAt = text.indexOf(':', ls + 1);
    // A name inside a line starts with one of a few words in capitals, after the line's first character.
    const mayName = colonNames >= 2 && colonAt > 0 && colonAt < le && nameStarts.within(ls + 1, le);
    const mayQA = plainQA >= 2 && qaLetters.within(ls + 2, le);
    if (!mayName && !mayQA) continue;
    const line = text.slice(ls, le);
    if (mayName) {
      for (const m of line.matchAll(MID_LABEL)) {
        const at = m.index! + m[0].indexOf(m[1]!);
        const found = matchLabel(line.slice(at));
        if (!found || found.bare) continue;
        addMid(labels, i, { ...found, start: found.start + at, end: found.end + at, textStart: found.textStart + at });
      }
    }
    if (mayQA) {
      for (const m of line.matchAll(MID_QA())) {
        const at = m.index! + m[0].indexOf(m[1]!);
        const textAt = m.index! + m[0].length;
        addMid(labels, i, { raw: m[1]!, name: m[1]!, start: at, end: at + 1, textStart: textAt, bare: false, custom: false, convention: 'plain' });
      }
    }
  }
}

/** A label that starts as the names MID_LABEL finds do. */
const COURT_NAME_START = /^(?:MR|MS|MRS|DR|THE)\b/;

/** How every name MID_LABEL finds starts. */
const MID_NAME_STARTS = ['MR. ', 'MS. ', 'MRS. ', 'DR. ', 'THE ', 'REPORTER:'];

/**
 * Whether any of a few words occurs in a range of the text, asked for ranges
 * in text order: each word's next occurrence is looked for again only once
 * the ranges have passed it, so the whole text is searched once per word.
 */
class NextOccurrence {
  private readonly next: number[];
  constructor(private readonly text: string, private readonly words: readonly string[]) {
    this.next = words.map(() => -2);
  }

  within(from: number, to: number): boolean {
    let found = false;
    for (let k = 0; k < this.words.length; k++) {
      let at = this.next[k]!;
      if (at !== -1 && at < from) {
        at = this.text.indexOf(this.words[k]!, from);
        this.next[k] = at;
      }
      if (at >= 0 && at + this.words[k]!.length <= to) found = true;
    }
    return found;
  }
}

function addMid(labels: Labels, line: number, match: LabelMatch): void {
  labels.mid ??= new Map();
  const list = labels.mid.get(line) ?? [];
  if (list.some((m) => m.start === match.start)) return;
  list.push(match);
  list.sort((a, b) => a.start - b.start);
  labels.mid.set(line, list);
}

/**
 * How many more opening than closing round brackets a line has (negative: more closing). It reads the line's own
 * characters only: a search for a bracket that is not there would run on to the end of the text, for every label.
 */
function openBrackets(text: string, from: number, to: number): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
  }
  return depth;
}

/**
 * `(Beifall bei der SPD – Axel Schäfer [Bochum]` / `[SPD]: Sehr wahr!)`: an interjection in brackets that a page broke
 * over lines, whose second line looks like a label. A label whose line closes a bracket the line just above opened
 * (no blank line between) is the interjection's, not a turn.
 */
function dropInterjectionTails(text: string, lines: LineTable, blank: Uint8Array, labels: LineLabels): void {
  const { starts, ends } = lines;
  for (let i = labels.first(); i >= 0; i = labels.next(i)) {
    if (i === 0 || blank[i - 1] === 1) continue;
    if (openBrackets(text, starts[i - 1]!, ends[i - 1]!) > 0 && openBrackets(text, starts[i]!, ends[i]!) < 0) labels.delete(i);
  }
}

/**
 * `Meeting with Government members` / `The President held a meeting with Government members.` / `March 4, 2031`: a
 * page's lead, one sentence under its title and above the date, says what the event was; the words said come after
 * the date. True when the prose line at `at` ends with a full stop and is followed, within a few lines and before the
 * first label, by a short line with a date.
 */
function isLeadBeforeDateline(text: string, lines: LineTable, blank: Uint8Array, at: number, firstLabel: number): boolean {
  // A sentence: a full stop at its end (`1st Session, 36th Parliament,` is a record's head, not its lead).
  if (!text.slice(lines.starts[at]!, lines.ends[at]!).trimEnd().endsWith('.')) return false;
  for (let j = at + 1; j < firstLabel && j < at + 6; j++) {
    if (blank[j] === 1) continue;
    const line = text.slice(lines.starts[j]!, lines.ends[j]!).trim();
    if (line.split(/\s+/u).length > DATELINE_WORDS) return false;
    if (findDate(line)) return true;
  }
  return false;
}

/**
 * One speaker however a label's dots were typed: `MR KIRBY:` once among a hundred `MR. KIRBY:` is Mr. Kirby. Speakers
 * whose names differ only in their dots and spaces take the name with the most turns (the first to speak, on a tie);
 * each turn keeps its label as written.
 */
function aliasSpeakers(turns: TurnTable): void {
  const { names, speaker } = turns;
  const counts = new Int32Array(names.length);
  // The speakers in the order they first speak: each name's key is made once, not once per turn.
  const order: number[] = [];
  for (let i = 0; i < turns.count; i++) {
    const id = speaker[i]!;
    if (id >= 0 && counts[id]!++ === 0) order.push(id);
  }
  if (order.length < 2) return;
  const best = new Map<string, number>();
  const keys: string[] = [];
  let aliased = false;
  for (const id of order) {
    const key = (keys[id] = dotlessKey(names[id]!));
    const held = best.get(key);
    if (held === undefined) best.set(key, id);
    else {
      aliased = true;
      if (counts[id]! > counts[held]!) best.set(key, id);
    }
  }
  if (aliasBySurname(order, keys, counts, best)) aliased = true;
  if (aliasOfficeToHolder(turns, keys, best)) aliased = true;
  if (aliasSpeakerCodes(turns, keys, best)) aliased = true;
  if (!aliased) return;
  for (let i = 0; i < turns.count; i++) {
    const id = speaker[i]!;
    if (id >= 0) speaker[i] = best.get(keys[id]!)!;
  }
}

/**
 * `The Presiding Officer (Isla Baird):` names who holds the office, and is spoken under her name; `The Presiding
 * Officer:` after it is the same person, where the document names one holder of that office. True when it aliased any.
 */
function aliasOfficeToHolder(turns: TurnTable, keys: readonly string[], best: Map<string, number>): boolean {
  const { names, speaker, label } = turns;
  // The office's label as written, by the key of its name: the holder's speaker id, or -1 where it had several.
  let holders: Map<string, number> | undefined;
  for (const [i, extras] of turns.extras) {
    const id = speaker[i]!;
    const lab = label[i]!;
    if (id < 0 || lab < 0 || lab === id || extras.parenthetical !== names[id]) continue;
    const office = dotlessKey(names[lab]!);
    holders ??= new Map();
    const held = holders.get(office);
    holders.set(office, held === undefined || held === best.get(keys[id]!) ? best.get(keys[id]!)! : -1);
  }
  if (!holders) return false;
  let aliased = false;
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id];
    if (key === undefined || best.get(key) !== id) continue;
    const holder = holders.get(key);
    if (holder === undefined || holder < 0 || holder === id) continue;
    best.set(key, holder);
    aliased = true;
  }
  return aliased;
}

/**
 * `Lena Ortiz (Host):`, `Jo Park (Reporter):`, `Ann Lee (Witness):`: a role word in brackets after the name states the
 * turn's role, where nothing else has.
 */
function stateBracketedRoles(turns: TurnTable): void {
  for (const [i, extras] of turns.extras) {
    const note = extras.parenthetical;
    // A speaker's code (`Participant (P):`) is no role word, though `P` is Spanish for the question: aliasSpeakerCodes reads it.
    if (note === undefined || note.length > 30 || SPEAKER_CODE.test(note) || turns.statedRoles?.has(i)) continue;
    const role = roleOfName(note);
    if (role) (turns.statedRoles ??= new Map()).set(i, role);
  }
}

/** A speaker's code in brackets after the name, as a research interview keys it: `I`, `P3`, `INT`, `R1`. */
const SPEAKER_CODE = /^\p{Lu}[\p{Lu}\d]{0,3}$/u;

/**
 * True when a code is made from its name: a word's first letter (`I` of `Interviewer`), the name's first letters or
 * its words' initials (`INT`, `AL` of `Ann Lee`), and the name's number if it has one (`P3` of `Participant 3`); not a
 * party (`SPD` of `Dr. Eva Voss`).
 */
function codeFits(code: string, name: string): boolean {
  const words = name.toUpperCase().split(/[\s\u00a0]+/u);
  const digits = code.replace(/\D/g, '');
  const letters = code.slice(0, code.length - digits.length);
  if (digits !== '' && !words.includes(digits)) return false;
  if (letters.length === 1) return words.some((w) => w.startsWith(letters));
  return words[0]!.startsWith(letters) || words.map((w) => w.charAt(0)).join('').startsWith(letters);
}

/**
 * `Interviewer (I):` and `Participant 3 (P3):` first, then `I:` and `P3:`: a research interview gives each speaker a
 * code at the first label and uses the code after it. A label that is one speaker's code is that speaker, where no
 * two speakers have the same code. True when it aliased any.
 */
function aliasSpeakerCodes(turns: TurnTable, keys: readonly string[], best: Map<string, number>): boolean {
  const { names, speaker } = turns;
  let codes: Map<string, number> | undefined;
  for (const [i, extras] of turns.extras) {
    const id = speaker[i]!;
    const code = extras.parenthetical;
    if (id < 0 || code === undefined || code.length > 4 || !SPEAKER_CODE.test(code) || names[id] === code || !codeFits(code, names[id]!)) continue;
    codes ??= new Map();
    const owner = best.get(keys[id]!)!;
    const held = codes.get(code);
    codes.set(code, held === undefined || held === owner ? owner : -1);
  }
  if (!codes) return false;
  let aliased = false;
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id];
    if (key === undefined || best.get(key) !== id) continue;
    const owner = codes.get(names[id]!);
    if (owner === undefined || owner < 0 || owner === id) continue;
    best.set(key, owner);
    aliased = true;
  }
  return aliased;
}

/** Titles and honorifics a briefing's short label puts before a surname (`GEN. RYDER:`, `SEC. AUSTIN:`, `MR. KIRBY:`), dots left out. */
const SHORT_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'adm', 'admiral', 'col', 'colonel', 'lt', 'capt', 'captain', 'maj', 'major',
  'sec', 'secretary', 'amb', 'ambassador', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'minister', 'president', 'director', 'judge',
]);
/** Several people under one label: `Renee, Jacqui and Russell`, `Ana & Ben`. */
const GROUP = /,|&| and /u;
/** What may follow a surname in a full name: a generation, not the surname. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/u;

/**
 * `PRESS SECRETARY MAJOR GENERAL PAT RYDER:` first, then `GEN. RYDER:`: a
 * briefing names its speaker in full once and by a title and the surname after.
 * Each short name (a title and one word) whose surname ends exactly one longer
 * name of three words or more is that speaker, under whichever of the names
 * speaks most. Two full names with one surname are left apart. True when it
 * aliased any.
 */
function aliasBySurname(order: readonly number[], keys: readonly string[], counts: Int32Array, best: Map<string, number>): boolean {
  const longBySurname = new Map<string, number[]>();
  const shortBySurname = new Map<string, number[]>();
  const initialBySurname = new Map<string, number[]>();
  const twoBySurname = new Map<string, number[]>();
  const bareBySurname = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, surname: string, id: number) => (map.get(surname) ?? map.set(surname, []).get(surname)!).push(id);
  for (const id of order) {
    if (best.get(keys[id]!) !== id) continue;
    const words = keys[id]!.toLowerCase().split(' ');
    const generation = words.length > 1 && GENERATION.test(words[words.length - 1]!);
    while (words.length > 1 && GENERATION.test(words[words.length - 1]!)) words.pop();
    const surname = words[words.length - 1]!;
    if (surname.length < 2 || !/^\p{L}/u.test(surname)) continue;
    if (words.length === 2 && SHORT_TITLES.has(words[0]!)) push(shortBySurname, surname, id);
    else if (words.length === 2 && words[0]!.length === 1 && /^\p{L}$/u.test(words[0]!)) push(initialBySurname, surname, id);
    else if (words.length >= 3) push(longBySurname, surname, id);
    else if (words.length === 2 && !generation) push(twoBySurname, surname, id);
    else if (words.length === 1 && surname.length >= 3 && !isRoleWord(surname) && !isChairName(surname)) push(bareBySurname, surname, id);
  }
  let aliased = false;
  for (const [surname, shorts] of shortBySurname) {
    const longs = longBySurname.get(surname);
    if (!longs || longs.length !== 1) continue;
    const group = [longs[0]!, ...shorts];
    let winner = group[0]!;
    for (const id of group) if (counts[id]! > counts[winner]!) winner = id;
    for (const id of group) best.set(keys[id]!, winner);
    aliased = true;
  }
  // `S. PSAKI:` once among many `MS. PSAKI:` (a title cut short, or an initial): the one speaker of that surname who
  // speaks more, where no other speaker has it and no other initial stands before it.
  for (const [surname, initials] of initialBySurname) {
    if (initials.length !== 1) continue;
    const others = [...(shortBySurname.get(surname) ?? []), ...(longBySurname.get(surname) ?? [])].map((id) => best.get(keys[id]!)!);
    const people = new Set(others);
    if (people.size !== 1) continue;
    const person = others[0]!;
    let turns = 0;
    for (const id of order) if (best.get(keys[id]!) === person) turns += counts[id]!;
    if (turns <= counts[initials[0]!]!) continue;
    // `P.Sorokin:` where the full name is `President of Russia Gleb Sorokin`: an initial that is neither the given
    // name's nor the end of a title cut short (`S.` of `MS.`) is somebody else's.
    const initial = keys[initials[0]!]!.charAt(0).toLowerCase();
    const longs = longBySurname.get(surname) ?? [];
    const cutTitle = (shortBySurname.get(surname) ?? []).some((id) => keys[id]!.toLowerCase().split(' ')[0]!.endsWith(initial));
    const given = longs.some((id) => {
      const words = keys[id]!.toLowerCase().split(' ');
      return words[words.length - 2]!.startsWith(initial);
    });
    if (longs.length > 0 && !given && !cutTitle) continue;
    best.set(keys[initials[0]!]!, person);
    aliased = true;
  }
  // `President of Russia Viktor Orlov:` first, then `Viktor Orlov:`; `Foreign Minister Ana Roth:`, then `Ana Roth:`: a
  // name of two words that ends exactly one longer name is that person, under whichever of the names speaks most.
  for (const [surname, twos] of twoBySurname) {
    if (twos.length !== 1) continue;
    const two = keys[twos[0]!]!.toLowerCase();
    const longs = (longBySurname.get(surname) ?? []).filter((id) => keys[id]!.toLowerCase().endsWith(` ${two}`) && !GROUP.test(keys[id]!));
    if (longs.length !== 1 || (longBySurname.get(surname) ?? []).length !== 1) continue;
    const group = [longs[0]!, twos[0]!].map((id) => best.get(keys[id]!)!);
    if (group[0] === group[1]) continue;
    const winner = counts[group[1]!]! > counts[group[0]!]! ? group[1]! : group[0]!;
    for (const id of order) if (group.includes(best.get(keys[id]!)!)) best.set(keys[id]!, winner);
    aliased = true;
  }
  // A news programme's transcript names a guest in full once (`DANA ROWE, CNN HOST:`, `SEN. TOM HALE (R-NP):`) and by
  // the surname alone after (`ROWE:`): the surname alone is the one person whose name ends with it, where only one does.
  for (const [surname, bares] of bareBySurname) {
    if (bares.length !== 1) continue;
    // A group's label (`Renee, Jacqui and Russell`) is nobody's full name.
    const others = [...(shortBySurname.get(surname) ?? []), ...(longBySurname.get(surname) ?? []), ...(twoBySurname.get(surname) ?? [])].filter((id) => !GROUP.test(keys[id]!));
    const people = new Set(others.map((id) => best.get(keys[id]!)!));
    if (people.size !== 1) continue;
    const [person] = people;
    const names = [bares[0]!, ...order.filter((id) => best.get(keys[id]!) === person)];
    let winner = names[0]!;
    for (const id of names) if (counts[id]! > counts[winner]!) winner = id;
    for (const id of names) best.set(keys[id]!, winner);
    aliased = true;
  }
  return aliased;
}

/** A name without its dots, its spaces collapsed: `Mr Kirby` and `Mr. Kirby` alike. */
function dotlessKey(name: string): string {
  return name.replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** Turns from the labels: each label starts one, a paragraph without one continues the turn before it. */
function buildTurns(
  text: string,
  lines: LineTable,
  kinds: LineKinds,
  structural: Uint8Array,
  labels: Labels,
  bodyStart: number,
  closingStart: number,
  numbered: boolean,
): TurnTable {
  const { starts, ends } = lines;
  const { blank, first, last } = kinds;
  // Room for as many turns and segments as there can be (one per line and per label inside a line): the columns never grow by copies.
  const room = nonBlankLines(blank, bodyStart, closingStart) + midLabelCount(labels);
  const turns = new TurnTable(room, room);
  // The turn being read, or -1.
  let current = -1;
  let lastNonBlank = -1;
  let lastEnd = -1;
  const finish = () => {
    if (current < 0) return;
    turns.endLine[current] = Math.max(turns.line[current]!, lastNonBlank);
    turns.end[current] = Math.max(lastEnd, turns.labelEnd[current]!);
    addSegments(turns, current, text, kinds, numbered);
    current = -1;
  };
  // Each label id's speaker and label as interned, at its first turn (-1 before it): the lines a match object labels take them from here, not from a look-up of the name.
  const speakerOf = new Int32Array(labels.ids).fill(-1);
  const labelOf = new Int32Array(labels.ids);
  // `id` is the label's id in `labels`, or -1 for a label inside a line.
  const open = (line: number, ls: number, m: LabelMatch, startAt: number, id: number) => {
    const ts = m.timestamp ? parseTimestamp(m.timestamp) : undefined;
    let speaker = id >= 0 ? speakerOf[id]! : -1;
    let label = id >= 0 ? labelOf[id]! : -1;
    if (speaker < 0) {
      speaker = turns.intern(m.name);
      label = turns.intern(m.raw);
      if (id >= 0) {
        speakerOf[id] = speaker;
        labelOf[id] = label;
      }
    }
    current = turns.addTurn(line, startAt, ends[line]!, ls + m.start, ls + m.end, ls + m.textStart, speaker, label);
    if (m.role) (turns.statedRoles ??= new Map()).set(current, m.role);
    if (m.timestamp || ts !== undefined || m.parenthetical) {
      const extras: TurnExtras = {};
      // Set only when present, as the turn's fields are.
      if (m.timestamp) extras.timestamp = m.timestamp;
      if (ts !== undefined) extras.time = ts;
      // `[00:00:15 → 00:01:02] Name:`: the turn's end is written too.
      const to = ts !== undefined && m.timestamp!.length > 10 ? parseTimestampEnd(m.timestamp!) : undefined;
      if (to !== undefined && to >= ts!) extras.endTime = to;
      if (m.parenthetical) extras.parenthetical = m.parenthetical;
      turns.extras.set(current, extras);
    }
  };
  for (let i = bodyStart; i < closingStart; i++) {
    if (blank[i] === 1) continue;
    if (structural[i] === 1) {
      finish();
      continue;
    }
    const ls = starts[i]!;
    const id = labels.idAt(i);
    if (id >= 0) {
      finish();
      open(i, ls, labels.matchOf(id), ls, id);
    } else if (current < 0) {
      current = turns.addTurn(i, ls, ends[i]!, ls, ls, first[i]!, -1, -1);
    }
    const mids = labels.mid?.get(i);
    if (mids) {
      for (const m of mids) {
        let cut = ls + m.start;
        while (cut > ls && isSpaceCode(text.charCodeAt(cut - 1))) cut--;
        lastNonBlank = i;
        lastEnd = cut;
        finish();
        open(i, ls, m, ls + m.start, -1);
      }
    }
    lastNonBlank = i;
    lastEnd = last[i]!;
  }
  finish();
  turns.trim();
  return turns;
}

/** How many lines from `from` to `to` (exclusive) are not blank: a loop of its own, optimised alone, not with the whole of buildTurns before its main loop has run. */
function nonBlankLines(blank: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (blank[i] !== 1) count++;
  return count;
}

/** How many labels were found inside lines. */
function midLabelCount(labels: Labels): number {
  let count = 0;
  for (const list of labels.mid?.values() ?? []) count += list.length;
  return count;
}

/** `BY MR. SMITH:`, `CROSS-EXAMINATION`: headings of a deposition that nobody says. */
const EXAMINATION = /^[\s\u00a0]*(?:(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[- ]?)*EXAMINATION\b[^a-z]*|BY (?:MR|MS|MRS|DR|MISS)\.? [\p{L}'’. -]{2,40}:?)[\s\u00a0]*$/u;

/** A court reporter's line number (and Lexis star paging) before a line: `12   `, `[15]`, `[*6] [1]`. */
const NUMBER_PREFIX = /^[ \t\u00a0]*(?:\[\*?\d{1,4}\][ \t\u00a0]*)*(?:\d{1,2}(?=[ \t\u00a0]|$))?[ \t\u00a0]*/;

function numberPrefixLength(line: string): number {
  return NUMBER_PREFIX.exec(line)?.[0].length ?? 0;
}

/** True when most lines start with a line number from 1 to 28, as court transcripts do. */
function isLineNumbered(text: string, lines: LineTable, blank: Uint8Array): boolean {
  let numbered = 0;
  let seen = 0;
  for (let i = 0; i < lines.count && seen < 2000; i++) {
    if (blank[i] === 1) continue;
    seen++;
    const m = /^[ \t\u00a0]*(?:\[\*?(\d{1,4})\]|(\d{1,2})(?:[ \t\u00a0]|$))/.exec(text.slice(lines.starts[i]!, Math.min(lines.ends[i]!, lines.starts[i]! + 12)));
    if (m && Number(m[1] ?? m[2]) <= 28) numbered++;
  }
  return seen >= 8 && numbered / seen >= 0.5;
}

/** Turn `i`'s spoken words, a segment per line, from after the label to the turn's end, without court line numbers. */
function addSegments(turns: TurnTable, i: number, text: string, kinds: LineKinds, numbered: boolean): void {
  const { starts, ends } = kinds.lines;
  const { blank, first, last } = kinds;
  const endLine = turns.endLine[i]!;
  const turnEnd = turns.end[i]!;
  const textStart = turns.textStart[i]!;
  // The time written with the label is the first segment's.
  let time = turns.extras.get(i)?.time;
  for (let k = turns.line[i]!; k <= endLine; k++) {
    if (blank[k] === 1) continue;
    // Where the line's words start: after a court's line number, or as the lines were flagged.
    const lineFrom = numbered ? starts[k]! + numberPrefixLength(text.slice(starts[k]!, Math.min(ends[k]!, starts[k]! + 40))) : first[k]!;
    let from = Math.max(lineFrom, textStart);
    const to = Math.min(k === endLine ? turnEnd : ends[k]!, ends[k]!);
    // The line's own first and last words' places are known: its characters are read again only where the turn starts or ends inside it.
    if (numbered || from !== lineFrom) {
      while (from < to) {
        const c = text.charCodeAt(from);
        // Nearly every word starts with a printable ASCII character: one comparison, no call.
        if ((c > 32 && c < 128) || !isSpaceCode(c)) break;
        from++;
      }
    }
    let e = from >= to ? from : to === ends[k]! ? Math.max(from, last[k]!) : to;
    if (to !== ends[k]!) while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (from < e) {
      turns.addSegment(from, e, time);
      time = undefined;
    }
  }
}

/** The first label, when it is the list of who speaks under the title (`isSpeakerList`), is the header's, not a turn. */
function dropSpeakerList(text: string, lines: LineTable, labels: LineLabels): void {
  const i = labels.first();
  if (i < lines.count && isSpeakerList(text.slice(lines.starts[i]!, lines.ends[i]!))) labels.delete(i);
}

/** What a dateline may put before its date: nothing, or the weekday. */
const WEEKDAY_ONLY = /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s*)?$/iu;

/** A line of running speech rather than a title or a date: a sentence of three words or more. */
function isProse(line: string): boolean {
  // `Title: …`, and a keyed line that describes what follows (`SUBJECTS: Ferry strike; housing.`, `Themen: …`).
  if (line.startsWith('#') || KEY_VALUE(line).test(line) || opensWithTitleKey(line) || isSpeakerList(line)) return false;
  const words = line.split(' ').length;
  if (words >= 40) return true;
  if (words < 3) return false;
  if (!/[.!?…;,:][)\]"'’”»]*$/u.test(line)) return false;
  // `Tuesday, 4 March 2031, 10 a.m.`: a dateline, which opens with its date (after the weekday), ends with a full stop too.
  if (words > 8 || !/\d/.test(line)) return true;
  const date = findDate(line);
  return !date || !WEEKDAY_ONLY.test(line.slice(0, date.index));
}

/**
 * A quick test, on the head of a file, of whether it reads like a transcript:
 * several speaker labels by at least two speakers, or questions and answers.
 */
export function looksLikePlainTranscript(text: string, options: LabelOptions = {}): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (textBinaryReason(head)) return false;
  const body = stripBom(head);
  const { lines, labelLines } = classifyLines(body);
  const names = new Map<string, number>();
  let labelled = 0;
  let questions = 0;
  for (const i of labelLines) {
    if (i >= 2000) break;
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    const m = matchLabel(body.slice(start, Math.min(end, start + LABEL_WINDOW)), options);
    if (!m || (m.bare && m.convention !== 'header') || m.convention === 'plain') continue;
    labelled++;
    names.set(m.name, (names.get(m.name) ?? 0) + 1);
    if (roleOfName(m.name, options) === 'questioner') questions++;
  }
  if (questions >= 1 && labelled >= 2 && names.size >= 2) return true;
  const repeated = [...names.values()].filter((c) => c >= 2).length;
  return labelled >= 3 && names.size >= 2 && repeated >= 1;
}

