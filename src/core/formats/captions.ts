/**
 * Caption files: WebVTT (Zoom's `Name: text` cues, Microsoft Teams' and
 * podcasts' `<v Name>` voice tags, NOTE and STYLE blocks, cue ids, YouTube's
 * automatic captions with word timings), SRT (numbered cues, a `Name:` on the
 * first cue of a turn) and SBV (YouTube's SubViewer: `0:00:01.000,0:00:04.000`
 * then the text). Consecutive cues of one speaker are one turn; a cue without a
 * name continues the speaker before it, unless the same name comes back after
 * it (then those cues were someone else's); the first cue's time is the turn's
 * time. Lines that roll up (each repeated at the top of the next cue) are read
 * once. Every span points into the file.
 */
import { findDates } from './dates';
import { titleFromFileName, type ParseOptions } from './options';
import { findNotes } from './notes';
import { endsWithSayingVerb } from './sayingVerbs';
import { isNameLike } from './labels';
import { speakerOverlapping, type DiarisedStretch } from './rttm';
import { collapseSpace, isBlank, isSpaceCode, lineAtOffset, lineTable, NotTextError, stripBom, textBinaryReason, type LineTable } from '../text';
import { assignRoles } from '../transcript/roles';
import { buildSections, speakersOf, type Layout } from '../transcript/sections';
import { clockSeconds, voiceTag, wordSpans, type Span } from './cueMarkup';
import type { Metadata, Segment, Transcript, Turn } from '../transcript/model';

/** A cue's timing line: `00:00:01.500 --> 00:00:04.000 align:start`, `00:00:01,500 --> ...`, Teams' `0:0:3.0 --> 0:0:5.550`. */
const TIMING_BODY = String.raw`[ \t]*(\d{1,3}:\d{1,2}(?::\d{1,2})?[.,]\d{1,3}|\d{1,3}:\d{1,2}(?::\d{1,2})?)[ \t]+-->[ \t]+(\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?)(?:[ \t].*)?`;
const TIMING = new RegExp(`^${TIMING_BODY}$`);

/** TIMING read where a line starts in the whole text, up to the line's end, without cutting the line out. */
const TIMING_AT = new RegExp(String.raw`${TIMING_BODY}(?=[\r\n]|$)`, 'y');

/** An SBV cue's timing line: `0:00:01.000,0:00:04.000`. */
const SBV_TIMING = /^[ \t]*(\d{1,3}:\d{1,2}:\d{1,2}\.\d{1,3})[ \t]*,[ \t]*(\d{1,3}:\d{1,2}:\d{1,2}\.\d{1,3})[ \t]*$/;

/** The caption formats; `rollup` is caption text without timings, `>>` at each change of speaker (live TV, court reporting). */
export type CaptionFormat = 'webvtt' | 'srt' | 'sbv' | 'rollup';

/** A timing line with nothing after it but cue settings (`align:start position:10%`). */
const BARE_TIMING = new RegExp(String.raw`^[ \t]*\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?[ \t]+-->[ \t]+\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?(?:[ \t]+[a-z]+:\S+)*[ \t]*$`);

/** A line of roll-up caption text that starts a speaker's words: `>>`, `>>>` (a new story), `>> NAME:`. */
const ROLLUP_MARK = /^[ \t]*(?:>>>?|&gt;&gt;)[ \t]*\S/;

/** Which caption format a file's head and name say, if any. */
export function sniffCaptions(head: string, fileName: string | undefined): CaptionFormat | undefined {
  const body = stripBom(head);
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(body)) return 'webvtt';
  const ext = fileName?.toLowerCase().match(/\.(vtt|srt|sbv)$/)?.[1];
  // SBV has no signature either: its first line is a timing line of its own shape.
  const firstLine = body.replace(/^(?:[ \t]*\r?\n)+/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (SBV_TIMING.test(firstLine)) return 'sbv';
  // SRT has no signature: a number on its own line, then a timing line.
  const srt = /^[ \t]*\d{1,6}[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->/.test(body.replace(/^(?:[ \t]*\r?\n)+/, ''));
  if (srt) return 'srt';
  if (ext === 'vtt' && TIMING.test(body.split(/\r\n|\r|\n/, 8).find((l) => l.includes('-->')) ?? '')) return 'webvtt';
  // Teams' transcript as Word gives it (`0:0:3.450 --> 0:0:8.120`, the name, the words), or cues copied without their
  // header: a timing line first, and more of them after it.
  // (`00:00:15 --> 00:01:02 Ana Lind: …`, words after the timing, is a transcript's time range before a label.)
  if (!ext && BARE_TIMING.test(firstLine) && body.split(/\r\n|\r|\n/, 40).filter((l) => BARE_TIMING.test(l)).length >= 2) return 'webvtt';
  if (ext === 'srt' && body.includes('-->')) return 'srt';
  if (ext === 'sbv' && body.split(/\r\n|\r|\n/, 8).some((l) => SBV_TIMING.test(l))) return 'sbv';
  // Only text with `>>` marks can be roll-up captions: any other head is not split into lines (most files the Transcripts view lists).
  if (!ext && !body.includes('-->') && (body.includes('>>') || body.includes('&gt;&gt;'))) {
    const filled = body.split(/\r\n|\r|\n/).filter((l) => l.trim());
    const marked = filled.filter((l) => ROLLUP_MARK.test(l)).length;
    // E-mail quoting also starts lines with `>>`, but in blocks of `> >` quoting; roll-up text marks a good share of its lines.
    if (marked >= 3 && marked >= filled.length * 0.15 && !filled.some((l) => /^[ \t]*>[ \t]*>[ \t]*>?[ \t]*$/.test(l))) return 'rollup';
  }
  return undefined;
}

/** A cue: its timing, its text lines, and the speaker its text names. */
interface Cue {
  /** 0-based line of the timing line. */
  timingLine: number;
  start: number;
  end: number;
  startText: string;
  /** 0-based first and last lines of the cue's text. */
  firstLine: number;
  lastLine: number;
  /** The speaker its text names, and where the name and the words start. */
  speaker?: { name: string; line: number; labelStart: number; labelEnd: number };
  /** `>>` without a name: a new speaker whose name is not given. */
  change?: boolean;
  /** The cue's text lines that start with `>>`. */
  changeLines?: Set<number>;
  /** Later text lines that name a speaker of their own (a second `<v Name>`, a `- Name:` dialogue line): the cue splits there. */
  lineSpeakers?: Map<number, NonNullable<Cue['speaker']>>;
  /** Text lines dropped because they repeat the line before (roll-up captions). */
  rolled?: Set<number>;
  /** Spans of the spoken words, one per text line (one per timed piece where words are timed), without markup and names. */
  spans: Span[];
}

/** Captions that name no speaker take, cue by cue, the one an RTTM file beside them gives the most of the cue's time (as WhisperX does); the name is written nowhere, so it spans nothing. */
function nameFromDiarisation(cues: Cue[], stretches: readonly DiarisedStretch[], lines: LineTable): void {
  for (const cue of cues) {
    const name = speakerOverlapping(stretches, cue.start, cue.end);
    const at = cue.spans[0]?.start ?? lines.starts[cue.firstLine]!;
    if (name) cue.speaker = { name, line: cue.firstLine, labelStart: at, labelEnd: at };
  }
}

/** Reads a WebVTT or SRT file. */
export function readCaptions(input: string, format: CaptionFormat, options: ParseOptions = {}): Transcript {
  const binary = textBinaryReason(input);
  if (binary) throw new NotTextError(binary);
  const text = input;
  const lines = lineTable(text);
  const n = lines.count;
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isBlank(text, lines.starts[i]!, lines.ends[i]!)) blank[i] = 1;
  let cues = findCues(text, lines, blank, format);
  dropRolledLines(text, cues);
  cues = splitAtChanges(cues);
  nameUndelimitedSpeakers(text, lines, cues);
  nameLineSpeakers(text, lines, cues);
  if (options.diarisation && !cues.some((c) => c.speaker || c.change || c.lineSpeakers)) nameFromDiarisation(cues, options.diarisation, lines);
  const returns = returningNames(cues);

  const turns: Turn[] = [];
  let current: Turn | undefined;
  let speaker: string | null = null;
  for (const cue of cues) {
    const named = cue.speaker;
    const unnamedAfterReturn = !named && !cue.change && returns.has(cue);
    const changes = (named && (named.name !== speaker || returns.has(cue))) || cue.change || !current || unnamedAfterReturn;
    if (changes) {
      if (current) turns.push(current);
      speaker = named ? named.name : cue.change || unnamedAfterReturn ? null : speaker;
      const firstSpan = cue.spans[0];
      const line = named ? named.line : cue.firstLine;
      const ls = lines.starts[line]!;
      current = {
        speaker: named ? named.name : null,
        label: named ? named.name : null,
        role: 'unknown',
        question: false,
        line,
        endLine: cue.lastLine,
        start: ls,
        end: lines.ends[cue.lastLine]!,
        labelStart: named ? named.labelStart : ls,
        labelEnd: named ? named.labelEnd : ls,
        textStart: firstSpan ? firstSpan.start : named ? named.labelEnd : ls,
        segments: [],
      };
      if (Number.isFinite(cue.start)) {
        current.time = cue.start;
        current.endTime = cue.end;
        current.timestamp = cue.startText;
      }
    }
    const turn = current!;
    turn.endLine = cue.lastLine;
    turn.end = Math.max(turn.end, lines.ends[cue.lastLine]!);
    if (!Number.isFinite(cue.start)) {
      for (const span of cue.spans) turn.segments.push({ start: span.start, end: span.end } satisfies Segment);
      continue;
    }
    turn.endTime = Math.max(turn.endTime ?? cue.end, cue.end);
    const spans = cue.spans;
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      const next = spans[k + 1];
      const endTime = next?.time !== undefined && span.time !== undefined ? next.time : cue.end;
      turn.segments.push({ start: span.start, end: span.end, time: span.time ?? cue.start, endTime } satisfies Segment);
    }
  }
  if (current) turns.push(current);
  for (const t of turns) {
    const last = t.segments[t.segments.length - 1];
    if (last) t.end = Math.max(last.end, t.labelEnd);
  }
  assignRoles(turns, options, text);

  const bodyStart = !cues.length ? n : format === 'rollup' ? cues[0]!.firstLine : Math.min(cues[0]!.timingLine, cueIdLine(text, lines, blank, cues[0]!.timingLine));
  const metadata = captionMetadata(text, lines, cues, bodyStart, options);
  const layout: Layout = { text, lines, blank, offset: 0, headChromeEnd: -1, bodyStart, closingStart: n, tailStart: n };
  const sections = buildSections(turns, layout, metadata);
  const notes = options.skipNotes ? [] : findNotes(text, bodyStart < n ? lines.starts[bodyStart]! : text.length, text.length).filter((note) => !/^\d/.test(note.text));
  return { format, metadata, turns, sections, speakers: speakersOf(turns), notes, lineCount: n };
}


/**
 * Cues where a turn starts because a name comes back: when the same name
 * labels a cue again after cues with no name, those cues were not that
 * speaker's (a caption names a speaker when the voice changes, so naming them
 * again says the voice had changed). Both the returning cue and the first of
 * the unnamed run start turns.
 */
function returningNames(cues: Cue[]): Set<Cue> {
  const starts = new Set<Cue>();
  let last = -1;
  cues.forEach((cue, i) => {
    if (cue.change) last = -1;
    if (!cue.speaker) return;
    const before = cues[last];
    if (before?.speaker?.name === cue.speaker.name && i > last + 1) {
      starts.add(cue);
      starts.add(cues[last + 1]!);
    }
    last = i;
  });
  return starts;
}

/**
 * Roll-up caption text has no cues: each line that starts with `>>` (or a
 * caption name, `MAYOR HILL:`) starts one, and the lines after it, up to
 * the next such line, are its text. There are no times.
 */
function rollUpCues(text: string, lines: LineTable, blank: Uint8Array): Cue[] {
  const cues: Cue[] = [];
  let open: number[] = [];
  const flush = () => {
    if (open.length) cues.push(readCueText(text, lines, { timingLine: open[0]!, start: NaN, end: NaN, startText: '', firstLine: open[0]!, lastLine: open[open.length - 1]!, spans: [] }, open));
    open = [];
  };
  for (let i = 0; i < lines.count; i++) {
    if (blank[i] === 1) continue;
    const line = lineAt(text, lines, i);
    const name = CAPTION_NAME.exec(line);
    if (ROLLUP_MARK.test(line) || (name && isCaptionName(name[2]!))) flush();
    open.push(i);
  }
  flush();
  return cues;
}

/** The cue id line above a timing line, if there is one (the first line of the cue). */
function cueIdLine(text: string, lines: LineTable, blank: Uint8Array, timing: number): number {
  if (timing > 0 && blank[timing - 1] !== 1 && !TIMING.test(lineAt(text, lines, timing - 1))) return timing - 1;
  return timing;
}

function lineAt(text: string, lines: LineTable, i: number): string {
  return text.slice(lines.starts[i]!, lines.ends[i]!);
}

/** Every cue, in file order; NOTE, STYLE and REGION blocks and the header are not cues. */
function findCues(text: string, lines: LineTable, blank: Uint8Array, format: CaptionFormat): Cue[] {
  if (format === 'rollup') return rollUpCues(text, lines, blank);
  // The next `-->` at or after the line asked about (-1: none left), found once for all the lines before it:
  // most lines have none, and slicing each to look costs more than reading the cue.
  let arrow = -2;
  const hasArrow = (i: number): boolean => {
    if (arrow !== -1 && arrow < lines.starts[i]!) arrow = text.indexOf('-->', lines.starts[i]!);
    return arrow !== -1 && arrow < lines.ends[i]!;
  };
  const timingOf = (i: number) => {
    if (format === 'sbv') return SBV_TIMING.exec(lineAt(text, lines, i));
    if (!hasArrow(i)) return null;
    TIMING_AT.lastIndex = lines.starts[i]!;
    return TIMING_AT.exec(text);
  };
  const cues: Cue[] = [];
  const n = lines.count;
  // YouTube's automatic captions open a cue with a line of spaces above the timed words: it does not end the cue.
  const spacesAboveTimedWords = (j: number) =>
    format === 'webvtt' && lines.ends[j]! > lines.starts[j]! && j + 1 < n && blank[j + 1] !== 1 && WORD_TIME.test(lineAt(text, lines, j + 1));
  const names = new Map<string, string>();
  // The current cue's text lines (one array for all: readCueText keeps none of it).
  const textLines: number[] = [];
  let i = 0;
  while (i < n) {
    const timing = timingOf(i);
    if (!timing) {
      i++;
      continue;
    }
    const start = clockSeconds(timing[1]!) ?? 0;
    const end = clockSeconds(timing[2]!) ?? start;
    let j = i + 1;
    textLines.length = 0;
    while (j < n && (blank[j] !== 1 || spacesAboveTimedWords(j))) {
      if (timingOf(j)) break;
      // SRT files without blank lines: a number line right before a timing line starts the next cue.
      if (format === 'srt' && /^[ \t]*\d+[ \t]*$/.test(lineAt(text, lines, j)) && j + 1 < n && TIMING.test(lineAt(text, lines, j + 1))) break;
      textLines.push(j);
      j++;
    }
    if (textLines.length) cues.push(readCueText(text, lines, { timingLine: i, start, end, startText: timing[1]!, firstLine: textLines[0]!, lastLine: textLines[textLines.length - 1]!, spans: [] }, textLines, names));
    i = j;
  }
  return cues;
}

/** A subtitle's dialogue line: a dash, then space, at the start of a line of a cue. */
const DIALOGUE_DASH = /^[ \t]*-[ \t]/;
const WORD_TIME = /<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/;
/** `Name: `, `>> NAME: `, `- Name: ` at the start of a cue line. */
const CAPTION_NAME = /^([ \t]*(?:>>>?|&gt;&gt;|-)?[ \t]*)([^:<>{}[\]\n\r]{1,60}?)[ \t]*:[ \t]+(?=\S)/u;
/** `VO:The words`: a capitalised label with no space after its colon (not a clock, not a link). */
const CAPTION_CAPS_TIGHT = /^([ \t]*(?:>>|&gt;&gt;|-)?[ \t]*)(\p{Lu}[\p{Lu}\p{M} .'’-]{0,40}?):(?=[^\s\d/])/u;
/** `[SPEAKER_01]: text`, `[Speaker 2] text`: a diariser's name in brackets at the start of a cue. */
const CAPTION_BRACKETED = /^([ \t]*\[)((?:SPEAKER|Speaker|speaker)[ _]?\d{1,3})\][ \t]*:?[ \t]*(?=\S)/u;
/** `[Guest]: text`, `[Amit Varma]: text`: any name in brackets, followed by a colon (a sound in brackets, `[Music]`, has none and is no name). */
const CAPTION_BRACKETED_NAME = /^([ \t]*\[)([^\][:<>{}\n\r]{1,60}?)\][ \t]*:[ \t]+(?=\S)/u;
const FUNCTION_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'because', 'but', 'by', 'for', 'from', 'he', 'her', 'his', 'how', 'i', 'if', 'in', 'is',
  'it', 'its', 'me', 'my', 'no', 'not', 'now', 'of', 'on', 'or', 'our', 'she', 'so', 'that', 'the', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'to', 'was', 'we', 'well', 'were', 'what', 'when', 'where', 'which', 'who', 'why', 'will', 'with',
  'yes', 'you', 'your', 'okay', 'ok', 'so', 'here', 'just', 'like', 'note', 'http', 'https', 'www', 'question', 'answer', 'thanks', 'thank',
]);

/** True when `Name` before a colon in a caption is a speaker: a few words, not a sentence, not a clock or a link. */
function isCaptionName(name: string): boolean {
  const words = collapseSpace(name).split(' ');
  if (words.length === 0 || words.length > 6 || !/\p{L}/u.test(name)) return false;
  if (/[.!?,;]$/.test(name) || /^\d/.test(name)) return false;
  // `He said: "…"`, `Digo: "…"`: reported speech, not a speaker.
  if (endsWithSayingVerb(name)) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (FUNCTION_WORDS.has(w) && !(k === 0 && w === 'the' && words.length > 1)) return false;
  }
  return true;
}

/** Where readCueText gathers a cue's spans before copying them. */
const FOUND: Span[] = [];

/** Finds the speaker and the spans of spoken words in a cue's text lines. */
function readCueText(text: string, lines: LineTable, cue: Cue, textLines: number[], names?: Map<string, string>): Cue {
  // The name is on the first line with words (YouTube's automatic captions put a line of spaces above it).
  let firstWords = 0;
  while (firstWords < textLines.length && isBlank(text, lines.starts[textLines[firstWords]!]!, lines.ends[textLines[firstWords]!]!)) firstWords++;
  if (firstWords === textLines.length) firstWords = 0;
  // Gathered in one array for all cues, then copied to an array of their number: a 5 MB file holds 40,000 cues until
  // the turns are made, and an array that grows by pushes keeps room for 17.
  const found = FOUND;
  found.length = 0;
  // Whether the cue's first line was a named dialogue line (`- MARA: words`): then an unnamed dash line after it is someone else.
  let dialogue = false;
  for (let at = 0; at < textLines.length; at++) {
    const line = textLines[at]!;
    const index = at - firstWords;
    const ls = lines.starts[line]!;
    const le = lines.ends[line]!;
    let from = ls;
    const lead = leadingSpace(text, ls, le);
    const voice = lead < le ? voiceTag(text, lead) : undefined;
    if (voice) {
      const raw = text.slice(voice.name, voice.end - 1);
      // As the tag's text would find it: the first place the name's text occurs in the tag.
      const nameStart = text.indexOf(raw, lead);
      // A file names its few speakers thousands of times: each name is tidied once.
      let name = names?.get(raw);
      if (name === undefined) {
        name = decodeEntities(collapseSpace(raw));
        names?.set(raw, name);
      }
      const label = { name, line, labelStart: nameStart, labelEnd: nameStart + raw.trimEnd().length };
      // A cue may hold several voices (`<v A>…</v>` then `<v B>…</v>` on the next line): each later one is a speaker of its own.
      if (name && index === 0) cue.speaker = label;
      else if (name && index > 0) (cue.lineSpeakers ??= new Map()).set(line, label);
      from = voice.end;
    } else if (index === 0) {
      const lineText = text.slice(ls, le);
      let b = CAPTION_BRACKETED.exec(lineText);
      if (!b && lineText.includes(']')) {
        const named = CAPTION_BRACKETED_NAME.exec(lineText);
        if (named && isCaptionName(named[2]!) && isNameLike(named[2]!)) b = named;
      }
      const m = b ?? CAPTION_NAME.exec(lineText) ?? CAPTION_CAPS_TIGHT.exec(lineText);
      if (b) {
        const nameStart = ls + b[1]!.length;
        cue.speaker = { name: decodeEntities(collapseSpace(b[2]!)), line, labelStart: nameStart, labelEnd: nameStart + b[2]!.length };
        from = ls + b[0].length;
      } else if (m && isCaptionName(m[2]!)) {
        const nameStart = ls + m[1]!.length;
        cue.speaker = { name: decodeEntities(collapseSpace(m[2]!)), line, labelStart: nameStart, labelEnd: nameStart + m[2]!.length + 1 };
        from = ls + m[0].length;
        dialogue = m[1]!.includes('-');
      } else if (/^[ \t]*(?:>>|&gt;&gt;)/.test(lineText)) {
        // `>>` (written `&gt;&gt;` in WebVTT): another speaker, not named.
        cue.change = true;
        (cue.changeLines ??= new Set()).add(line);
        const marker = /^[ \t]*(?:>>>?|&gt;&gt;)/.exec(lineText)![0];
        from = ls + marker.length;
      }
    } else if (index > 0) {
      // `>>` on a later line of a cue: the voice changes inside it (roll-up captions).
      const lineText = text.slice(ls, le);
      const marker = /^[ \t]*(?:>>>?|&gt;&gt;)/.exec(lineText);
      if (marker) {
        (cue.changeLines ??= new Set()).add(line);
        from = ls + marker[0].length;
      } else if (DIALOGUE_DASH.test(lineText)) {
        // Subtitles put two speakers in one cue as dialogue lines (`- MARA: Late?` / `- OLEK: Ten minutes.`): each dash is another voice.
        const m = CAPTION_NAME.exec(lineText);
        if (m && m[1]!.includes('-') && isCaptionName(m[2]!)) {
          const nameStart = ls + m[1]!.length;
          (cue.lineSpeakers ??= new Map()).set(line, { name: decodeEntities(collapseSpace(m[2]!)), line, labelStart: nameStart, labelEnd: nameStart + m[2]!.length + 1 });
          from = ls + m[0].length;
        } else if (dialogue) (cue.changeLines ??= new Set()).add(line);
      }
    }
    wordSpans(text, from, le, line, found);
  }
  cue.spans = found.slice();
  return cue;
}

function leadingSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

/**
 * Roll-up captions (YouTube's automatic ones, live TV) repeat the last line
 * of a cue as the first line of the next while new words appear below it.
 * Where a file does that, a line that repeats the line read before it is
 * dropped, so each word is read once.
 */
function dropRolledLines(text: string, cues: Cue[]): void {
  let rolled = 0;
  let followed = 0;
  for (let i = 1; i < cues.length; i++) {
    const spans = cues[i]!.spans;
    const before = cues[i - 1]!.spans;
    if (!spans.length || !before.length) continue;
    followed++;
    // The first line of this cue against the last line of the one before.
    let last = before.length - 1;
    while (last > 0 && before[last - 1]!.line === before[last]!.line) last--;
    if (mayReadAlike(text, spans[0]!, before[last]!) && cueLineAt(text, spans, 0).words === cueLineAt(text, before, last).words) rolled++;
  }
  if (rolled < 2 || rolled < followed * 0.3) return;
  let lastRead = '';
  for (const cue of cues) {
    const kept: Span[] = [];
    for (const line of linesOf(text, cue)) {
      if (line.words === lastRead) {
        (cue.rolled ??= new Set()).add(line.spans[0]!.line);
        continue;
      }
      kept.push(...line.spans);
      lastRead = line.words;
    }
    cue.spans = kept;
  }
}

/**
 * False when two lines starting with these spans cannot have the same words:
 * a span starts on a word, so a plain character there (not a space, `&` or
 * `<`, which tidying can change) is the first character of its line's words.
 * Most cues do not repeat the one before, and this spares tidying their text.
 */
function mayReadAlike(text: string, a: Span, b: Span): boolean {
  const x = text.charCodeAt(a.start);
  const y = text.charCodeAt(b.start);
  return x === y || !isPlainCode(x) || !isPlainCode(y);
}

/** A printable ASCII character that tidying a line's words leaves as it is (not a space, `&` or `<`). */
function isPlainCode(c: number): boolean {
  return c > 32 && c < 127 && c !== 38 && c !== 60;
}

/**
 * A `>>` on a later line of a cue starts another speaker there, and so does a
 * later line naming a voice of its own (`<v B>`, `- B: words`): the cue is
 * split in two at that line. A cue whose `>>` line was dropped as rolled up
 * no longer changes speaker (the change was read with the cue before).
 */
function splitAtChanges(cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const cue of cues) {
    const marks = cue.changeLines;
    const voices = cue.lineSpeakers;
    if (!marks && !voices) {
      out.push(cue);
      continue;
    }
    const first = cue.spans[0];
    if (marks && !cue.speaker) {
      // A `>>` alone on its line has no words to roll: it still marks the change.
      const bare = [...marks].some((m) => !cue.rolled?.has(m) && !cue.spans.some((sp) => sp.line === m));
      cue.change = (first !== undefined && marks.has(first.line)) || (cue.change === true && bare);
    }
    let piece = cue;
    out.push(piece);
    // The spans as they were: splitting shortens the first piece's list, which is the cue's own.
    const all = cue.spans.slice();
    all.forEach((span, k) => {
      if (k === 0 || all[k - 1]!.line === span.line) return;
      const voice = voices?.get(span.line);
      if (!voice && !marks?.has(span.line)) return;
      // The same voice again inside its own cue goes on speaking.
      if (voice && voice.name === piece.speaker?.name) return;
      const rest = piece.spans.splice(piece.spans.indexOf(span));
      piece.lastLine = piece.spans[piece.spans.length - 1]?.line ?? piece.lastLine;
      piece = { ...cue, speaker: voice, change: !voice, firstLine: span.line, spans: rest };
      out.push(piece);
    });
  }
  return out;
}

/** A cue's text lines: their spans and their words, markup and entities gone. */
function linesOf(text: string, cue: Cue): CueLine[] {
  const lines: CueLine[] = [];
  for (let k = 0; k < cue.spans.length; k += lines[lines.length - 1]!.spans.length) lines.push(cueLineAt(text, cue.spans, k));
  return lines;
}

/** A line of a cue's text: its spans and their words, markup and entities gone. */
interface CueLine {
  spans: Span[];
  words: string;
}

/** The line of a cue's text whose first span is spans[k]. */
function cueLineAt(text: string, spans: readonly Span[], k: number): CueLine {
  const line: CueLine = { spans: [spans[k]!], words: spanWords(text, spans[k]!) };
  for (let m = k + 1; m < spans.length && spans[m]!.line === spans[k]!.line; m++) {
    line.spans.push(spans[m]!);
    line.words = collapseSpace(line.words + ' ' + spanWords(text, spans[m]!));
  }
  return line;
}

function spanWords(text: string, span: Span): string {
  return collapseSpace(decodeEntities(text.slice(span.start, span.end).replace(/<[^>]*>/g, ' ')));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** `&amp;` → `&`, `&#39;` → `'`: WebVTT's character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|&|and|van|von|de|der|la|le|du)$/u;

/**
 * Captions that give names without a delimiter (`Tim Davis There are several
 * things ...`): a run of capitalised words that starts many cues and is
 * followed by different words each time is a speaker's name.
 */
function nameUndelimitedSpeakers(text: string, lines: LineTable, cues: Cue[]): void {
  if (cues.length < 4 || cues.some((c) => c.speaker || c.change)) return;
  const prefixes = new Map<string, { count: number; next: Set<string> }>();
  const firstWords = cues.map((cue) => {
    const span = cue.spans[0];
    return span ? text.slice(span.start, Math.min(span.end, span.start + 120)).split(/[ \t\u00a0]+/) : [];
  });
  for (const words of firstWords) {
    for (let k = 1; k <= Math.min(4, words.length - 1); k++) {
      const w = words[k - 1]!;
      if (!NAME_WORD.test(w) || FUNCTION_WORDS.has(w.toLowerCase())) break;
      const key = words.slice(0, k).join(' ');
      const entry = prefixes.get(key) ?? { count: 0, next: new Set<string>() };
      entry.count++;
      entry.next.add(words[k]!);
      prefixes.set(key, entry);
    }
  }
  // A name: two words or more (or one followed by a run of spaces), in at least two cues, followed by different words.
  const names = [...prefixes.entries()]
    .filter(([key, e]) => e.count >= 2 && e.next.size >= 2 && (key.includes(' ') || key.length > 2) && !/[.,]$/.test(key))
    .map(([key]) => key)
    .sort((a, b) => b.length - a.length);
  const covered = cues.filter((_, i) => names.some((name) => startsWithName(firstWords[i]!, name))).length;
  if (covered < Math.max(3, cues.length * 0.15)) return;
  cues.forEach((cue, i) => {
    const name = names.find((nm) => startsWithName(firstWords[i]!, nm));
    const span = cue.spans[0];
    if (!name || !span) return;
    // The name is the first words of the span, as written with their own spaces.
    let end = span.start;
    for (let w = 0, count = name.split(' ').length; w < count; w++) {
      while (end < span.end && isSpaceCode(text.charCodeAt(end))) end++;
      while (end < span.end && !isSpaceCode(text.charCodeAt(end))) end++;
    }
    let wordsAt = end;
    while (wordsAt < span.end && isSpaceCode(text.charCodeAt(wordsAt))) wordsAt++;
    const line = lineAtOffset(lines, span.start);
    cue.speaker = { name, line, labelStart: span.start, labelEnd: end };
    if (wordsAt < span.end) cue.spans[0] = { ...span, start: wordsAt };
    else cue.spans.shift();
  });
}

/** A line that is a name alone: capitalised words (with particles), `Last, First`, a note in brackets after it (`Ana Lind (Guest)`). */
const NAME_LINE = /^[ \t]*(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:,?[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|la|le|du|da|di|dos|al|el|bin|ibn)){0,4}(?:[ \u00a0]+\([^()\n\r]{1,30}\))?)[ \t]*$/u;
/** The share of cues of two lines or more whose first line must be a name alone. */
const NAME_LINE_SHARE = 0.6;

/**
 * Teams' transcript as Word gives it: each cue's first line is who speaks, alone, and the words follow on the next
 * lines (`0:0:3.450 --> 0:0:8.120` / `Ana Lind` / `We start with the budget.`). Where most cues of two lines or more
 * open with a name alone, and the names recur (a few people, many cues), that line is the cue's speaker.
 */
function nameLineSpeakers(text: string, lines: LineTable, cues: Cue[]): void {
  if (cues.length < 3 || cues.some((c) => c.speaker || c.change || c.lineSpeakers)) return;
  let multi = 0;
  const found: Array<{ cue: Cue; name: string } | undefined> = [];
  const distinct = new Set<string>();
  for (const cue of cues) {
    const span = cue.spans[0];
    if (cue.spans.length < 2 || !span) {
      found.push(undefined);
      continue;
    }
    multi++;
    const m = span.end - span.start <= 60 ? NAME_LINE.exec(text.slice(span.start, span.end)) : null;
    const name = m ? collapseSpace(m.groups!.name!) : undefined;
    if (name && !FUNCTION_WORDS.has(name.toLowerCase())) {
      found.push({ cue, name });
      distinct.add(name);
    } else found.push(undefined);
  }
  const named = found.filter(Boolean).length;
  if (named < 3 || named < multi * NAME_LINE_SHARE || distinct.size > Math.max(3, named * 0.3)) return;
  for (const hit of found) {
    if (!hit) continue;
    const span = hit.cue.spans[0]!;
    hit.cue.speaker = { name: hit.name, line: lineAtOffset(lines, span.start), labelStart: span.start, labelEnd: span.end };
    hit.cue.spans.shift();
  }
}

function startsWithName(words: string[], name: string): boolean {
  const parts = name.split(' ');
  return words.length > parts.length && parts.every((p, k) => words[k] === p);
}

/** Title from the WebVTT header line or a NOTE that names one, else the file's name; the date from the first words said. */
function captionMetadata(text: string, lines: LineTable, cues: Cue[], bodyStart: number, options: ParseOptions): Metadata {
  const meta: Metadata = {};
  const first = stripBom(lineAt(text, lines, 0));
  const header = /^WEBVTT[ \t]+-?[ \t]*(.+)$/.exec(first);
  if (header && !/-->/.test(header[1]!)) meta.title = collapseSpace(header[1]!);
  for (let i = 1; i < bodyStart && !meta.title; i++) {
    const kv = /^(?:NOTE[ \t]+)?(?:Title|Kind: captions; Title)[ \t]*:[ \t]*(.+)$/i.exec(lineAt(text, lines, i));
    if (kv) meta.title = collapseSpace(kv[1]!);
  }
  if (!meta.title && options.fileName) meta.title = titleFromFileName(options.fileName);
  const said: string[] = [];
  let length = 0;
  for (const cue of cues) {
    for (const s of cue.spans) {
      said.push(text.slice(s.start, s.end));
      length += s.end - s.start;
    }
    if (length > 3000) break;
  }
  const words = said.join(' ');
  // A date said in passing (`on the 15th of August 1947, India...`) is history, not the recording's day: only a date
  // said as the day of the recording counts (`recorded January 5th, 2026`, `today is the 12th of March 2024`).
  const d = findDates(words).find((found) => SAYS_TODAY.test(words.slice(Math.max(0, found.index - 60), found.index)));
  if (d) {
    meta.date = d.iso;
    meta.dateText = d.text;
  }
  return meta;
}

/** Words that make a date said in a recording the day it was made. */
const SAYS_TODAY = /\b(?:record(?:ed|ing)?|taped|filmed|today|tonight|this (?:morning|afternoon|evening|week)|it(?:'|’)s|it is|we are|we're|we’re)\b/iu;
