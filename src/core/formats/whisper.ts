/**
 * Whisper and WhisperX JSON (`segments` with `start`, `end`, `text` and, from
 * a diariser, `speaker`): the caption rule applied to segments. Each
 * segment's words keep their span in the JSON text (inside the quotes), so the
 * outline and tags point into the file itself.
 */
import { FormatError } from './errors';
import { speakerOverlapping } from './rttm';
import { titleFromFileName, type ParseOptions } from './options';
import { collapseSpace, isBlank, isSpaceCode, lineAtOffset, lineTable, NotTextError, stripBom, textBinaryReason } from '../text';
import { findDate } from './dates';
import { EVENT_DATE_KEYS } from './frontMatter';
import { assignRoles } from '../transcript/roles';
import { buildSections, speakersOf, type Layout } from '../transcript/sections';
import type { Metadata, Transcript, Turn } from '../transcript/model';

/** A list of segments under one of the names Whisper's writers give it (`turns` where its entries are segment-shaped, as diarising pipelines write them). */
const SEGMENT_LIST = /"(?:segments|chunks|transcription)"\s*:\s*\[|"turns"\s*:\s*\[\s*\{(?=[^{}]*"text"\s*:)(?=[^{}]*"(?:start|speaker)"\s*:)/;
/**
 * A list of what was said as other programs export it: an array (or a
 * `messages`, `dialogue` or `conversation` list) of entries with the words
 * under `text`, `message`, `content`, `utterance` or `sentence`, and a
 * speaker's name (`speaker`, `name`, `author`, `participant`, `from`) or a time
 * (`time`, `start_time`, `timestamp` as seconds or a clock).
 */
const UTTERANCE_LIST =
  /(?:^\[|"(?:messages|dialogue|conversation)"\s*:\s*\[)\s*\{(?=[^{}]*"(?:text|message|content|utterance|sentence)"\s*:\s*")(?=[^{}]*"(?:speaker|name|author|participant|from)"\s*:\s*"|[^{}]*"(?:start|start_time|startTime|time|timestamp)"\s*:)/;
/** The keys an entry's words, its speaker and its start and end go under, first found first taken. */
const TEXT_KEYS = ['text', 'message', 'content', 'utterance', 'sentence'];
const SPEAKER_KEYS = ['speaker', 'name', 'author', 'participant', 'from'];
const START_KEYS = ['start', 'start_time', 'startTime', 'time', 'begin', 'timestamp'];
const END_KEYS = ['end', 'end_time', 'endTime'];
/** Whisper's own keys before its segments, as OpenAI's verbose JSON writes them: `"task": "transcribe"`, or the language and the duration. */
const WHISPER_HEAD = /"task"\s*:\s*"(?:transcribe|translate)"|"language"\s*:\s*"[^"]*"\s*,\s*"duration"\s*:|"duration"\s*:\s*[\d.]+\s*,\s*"language"\s*:/;

/**
 * True when a file says Whisper JSON: a JSON object or array with `segments`
 * or segment-shaped entries. Most files show it in their head; OpenAI's
 * verbose JSON writes the whole transcript as one `text` before its
 * `segments`, so where the head holds Whisper's own keys and no list, the
 * list is looked for in the rest of the text (`text`, when given).
 */
export function sniffWhisperJson(head: string, fileName: string | undefined, text?: string): boolean {
  const body = stripBom(head).trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) return false;
  if (fileName && !/\.json$/i.test(fileName)) return false;
  if (SEGMENT_LIST.test(body) || UTTERANCE_LIST.test(body) || (/^\[\s*\{/.test(body) && /"start"\s*:/.test(body) && /"text"\s*:/.test(body))) return true;
  return text !== undefined && text.length > head.length && body.startsWith('{') && WHISPER_HEAD.test(body) && SEGMENT_LIST.test(text);
}

/** A JSON value with where it stands in the text. */
type Located =
  | { kind: 'object'; start: number; end: number; members: Map<string, { keyStart: number; value: Located }> }
  | { kind: 'array'; start: number; end: number; items: Located[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'literal'; start: number; end: number; value: boolean | null };

const MAX_DEPTH = 64;

/** Parses JSON keeping every value's span; FormatError with the line and column of the first mistake. */
export function parseLocatedJson(text: string): Located {
  let i = 0;
  const fail = (what: string): never => {
    const before = text.slice(0, i);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = i - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    throw new FormatError(`not valid JSON at line ${line}, column ${column}: ${what}`);
  };
  const space = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else break;
    }
  };
  const value = (depth: number): Located => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    space();
    const c = text[i];
    const start = i;
    if (c === '{') {
      i++;
      const members = new Map<string, { keyStart: number; value: Located }>();
      space();
      if (text[i] === '}') return { kind: 'object', start, end: ++i, members };
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a key in quotes');
        const keyStart = i;
        const key = string();
        space();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const v = value(depth + 1);
        if (!members.has(key.value)) members.set(key.value, { keyStart, value: v });
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return { kind: 'object', start, end: ++i, members };
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: Located[] = [];
      space();
      if (text[i] === ']') return { kind: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value(depth + 1));
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return { kind: 'array', start, end: ++i, items };
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    num.lastIndex = i;
    const m = num.exec(text);
    if (m) {
      i += m[0].length;
      return { kind: 'number', start, end: i, value: Number(m[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind: 'literal', start, end: i, value: v };
      }
    }
    return fail(i >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`);
  };
  const string = (): Extract<Located, { kind: 'string' }> => {
    const start = i;
    i++;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= text.length) fail('a string is not closed');
      const ch = text.charCodeAt(i);
      if (ch === 34) break;
      if (ch === 92) {
        out += text.slice(from, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else fail('a bad escape');
        from = i;
        continue;
      }
      if (ch < 0x20) fail('a control character in a string');
      i++;
    }
    out += text.slice(from, i);
    i++;
    return { kind: 'string', start, end: i, value: out };
  };
  const root = value(0);
  space();
  if (i < text.length) fail('more text after the end');
  return root;
}

/** Reads a Whisper or WhisperX JSON file into turns: one per run of segments with the same speaker. */
export function readWhisperJson(input: string, options: ParseOptions = {}): Transcript {
  const binary = textBinaryReason(input);
  if (binary) throw new NotTextError(binary);
  const text = input;
  const root = parseLocatedJson(text);
  // Whisper and WhisperX: `segments`; Hugging Face pipelines: `chunks` with `timestamp: [start, end]`; whisper.cpp: `transcription`.
  // Exports of what was said by other programs: `messages`, `dialogue`, `conversation`.
  const list =
    root.kind === 'array'
      ? root
      : root.kind === 'object'
        ? (root.members.get('segments') ?? root.members.get('chunks') ?? root.members.get('transcription') ?? root.members.get('turns') ?? root.members.get('messages') ?? root.members.get('dialogue') ?? root.members.get('conversation'))?.value
        : undefined;
  if (!list || list.kind !== 'array') throw new FormatError('not Whisper JSON: no "segments", "chunks", "transcription", "turns", "messages", "dialogue" or "conversation" list');
  refuseWordless(list);
  const lines = lineTable(text);
  const lineOf = (offset: number): number => lineAtOffset(lines, offset);
  const turns: Turn[] = [];
  let current: Turn | undefined;
  list.items.forEach((item, index) => {
    if (item.kind !== 'object') throw new FormatError(`not Whisper JSON: segment ${index + 1} (line ${lineOf(item.start) + 1}) is not an object`);
    const textMember = firstString(item, TEXT_KEYS);
    if (!textMember) return;
    const num = (key: 'start' | 'end'): number | undefined => {
      for (const k of key === 'start' ? START_KEYS : END_KEYS) {
        const v = item.members.get(k)?.value;
        if (v && v.kind === 'number') return v.value;
        // `"time": "00:01:05.250"`, `"start_time": "1.25"`: a clock or seconds written as a string.
        const t = v && v.kind === 'string' ? clockSeconds(v.value) : undefined;
        if (t !== undefined) return t;
      }
      // `"timestamp": [0.0, 2.5]` (Hugging Face); `"offsets": {"from": 0, "to": 2500}` in milliseconds (whisper.cpp).
      const pair = item.members.get('timestamp')?.value;
      if (pair && pair.kind === 'array') {
        const p = pair.items[key === 'start' ? 0 : 1];
        if (p && p.kind === 'number') return p.value;
      }
      const offsets = item.members.get('offsets')?.value;
      if (offsets && offsets.kind === 'object') {
        const p = offsets.members.get(key === 'start' ? 'from' : 'to')?.value;
        if (p && p.kind === 'number') return p.value / 1000;
      }
      return undefined;
    };
    const speakerMember = firstString(item, SPEAKER_KEYS) ?? item.members.get('speaker');
    const written = speakerMember && speakerMember.value.kind === 'string' && speakerMember.value.value.trim() ? collapseSpace(speakerMember.value.value) : null;
    const words = trimSpan(text, textMember.value.start + 1, textMember.value.end - 1);
    const start = num('start');
    const end = num('end');
    // A segment the file names no speaker for takes the one an RTTM file beside it gives the most of its time.
    const speaker = written ?? (options.diarisation && start !== undefined && end !== undefined ? (speakerOverlapping(options.diarisation, start, end) ?? null) : null);
    // A segment without a speaker continues the speaker before it, as a caption cue without a name does.
    if (!current || (speaker !== null && speaker !== current.speaker)) {
      if (current) turns.push(current);
      const at = written && speakerMember ? speakerMember.keyStart : textMember.keyStart;
      const line = lineOf(at);
      current = {
        speaker,
        label: speaker,
        role: 'unknown',
        question: false,
        line,
        endLine: line,
        start: lines.starts[line]!,
        end: item.end,
        labelStart: written && speakerMember ? speakerMember.value.start + 1 : words.start,
        labelEnd: written && speakerMember ? speakerMember.value.end - 1 : words.start,
        textStart: words.start,
        segments: [],
        ...(start !== undefined ? { time: start } : {}),
      };
    }
    const turn = current;
    if (words.start < words.end) turn.segments.push({ start: words.start, end: words.end, ...(start !== undefined ? { time: start } : {}), ...(end !== undefined ? { endTime: end } : {}) });
    turn.end = item.end;
    turn.endLine = lineOf(item.end);
    if (end !== undefined) turn.endTime = end;
  });
  if (current) turns.push(current);
  assignRoles(turns, options, text);

  const n = lines.count;
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isBlank(text, lines.starts[i]!, lines.ends[i]!)) blank[i] = 1;
  const metadata: Metadata = {};
  if (root.kind === 'object') readMetadataKeys(root, metadata);
  if (!metadata.title && options.fileName) metadata.title = titleFromFileName(options.fileName);
  const bodyStart = turns[0] ? turns[0].line : n;
  const layout: Layout = { text, lines, blank, offset: 0, headChromeEnd: -1, bodyStart, closingStart: n, tailStart: n };
  return { format: 'whisper-json', metadata, turns, sections: buildSections(turns, layout, metadata), speakers: speakersOf(turns), notes: [], lineCount: n };
}

/** The first of `keys` whose value is a string, with where it stands. */
function firstString(item: Extract<Located, { kind: 'object' }>, keys: readonly string[]): { keyStart: number; value: Extract<Located, { kind: 'string' }> } | undefined {
  for (const k of keys) {
    const m = item.members.get(k);
    if (m && m.value.kind === 'string') return { keyStart: m.keyStart, value: m.value };
  }
  return undefined;
}

/** Seconds from `"75.5"`, `"01:15.5"` or `"00:01:15,500"`; undefined for anything else. */
function clockSeconds(v: string): number | undefined {
  const plain = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(v);
  if (plain) return Number(plain[1]);
  const clock = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$/.exec(v);
  if (!clock) return undefined;
  return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) + (clock[4] ? Number(`0.${clock[4]}`) : 0);
}

/**
 * Refuses a list whose entries have speakers and times but no words: a
 * diariser's output (pyannote's segments), not a transcript.
 */
function refuseWordless(list: Extract<Located, { kind: 'array' }>): void {
  let speakers = 0;
  const names = new Set<string>();
  for (const item of list.items) {
    if (item.kind !== 'object') return;
    if (firstString(item, TEXT_KEYS)) return;
    const speaker = item.members.get('speaker')?.value;
    if (!speaker || (speaker.kind !== 'string' && speaker.kind !== 'number')) continue;
    speakers++;
    names.add(String(speaker.value));
  }
  if (speakers === 0) return;
  throw new FormatError(
    `this JSON is a diarisation (${speakers} stretch${speakers === 1 ? '' : 'es'} of speech by ${names.size} speaker${names.size === 1 ? '' : 's'}, with "speaker", "start" and "end" but no "text"): ` +
      'it says who spoke when but holds no words. Open the speech-recognition file made from the same recording (Whisper JSON, WebVTT or SRT captions) instead; ' +
      'to give it these speakers, write them as an RTTM file beside it under the same name (talk.json and talk.rttm).',
  );
}

/** Keys of a file's metadata: at the top of the object, or in an object under `meeting`, `metadata` or `info`. */
function readMetadataKeys(root: Extract<Located, { kind: 'object' }>, metadata: Metadata): void {
  const places = [root];
  for (const key of ['meeting', 'metadata', 'info']) {
    const v = root.members.get(key)?.value;
    if (v && v.kind === 'object') places.push(v);
  }
  const str = (...keys: string[]): string | undefined => {
    for (const place of places)
      for (const key of keys) {
        const v = place.members.get(key)?.value;
        if (v && v.kind === 'string' && v.value.trim()) return v.value;
      }
    return undefined;
  };
  const title = str('title', 'name') ?? (root.members.get('meeting')?.value.kind === 'string' ? str('meeting') : undefined);
  if (title) metadata.title = collapseSpace(title);
  // The keys front matter takes the event's date from, and Whisper tools' `created`.
  const dated = str(...EVENT_DATE_KEYS, 'created');
  const d = dated ? findDate(dated) : undefined;
  if (d) {
    metadata.date = d.iso;
    metadata.dateText = d.text;
  }
  const source = str('source_url', 'url');
  if (source && /^https?:\/\/\S+$/i.test(source.trim())) metadata.source = source.trim();
}

/** The span inside quotes without the white space Whisper puts at the start of each segment. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && (isSpaceCode(text.charCodeAt(a)) || isEscapedSpace(text, a))) a += text.charCodeAt(a) === 92 ? 2 : 1;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

function isEscapedSpace(text: string, at: number): boolean {
  return text.charCodeAt(at) === 92 && (text[at + 1] === 'n' || text[at + 1] === 't' || text[at + 1] === 'r');
}
