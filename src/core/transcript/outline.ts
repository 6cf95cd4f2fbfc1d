/** The outline of a transcript as the command line prints it: JSON, or text for people. */
import { firstWords, spokenText, type DocumentOrigin, type Role, type SectionKind, type Transcript } from './index';
import { compactOf, type CompactTranscript } from './compact';
import { JsonBatch } from './jsonBytes';
import { citeSpan } from './places';
import type { SectionTable } from './sectionTable';
import { TurnTable } from './turnTable';

/** The JSON the `outline --json` command prints; lines are 1-based. */
export interface OutlineJson {
  /** The reader that read the file: `plain`, `webvtt`, `srt`, `whisper-json`. */
  format: string;
  metadata: { title: string | null; date: string | null; place: string | null; source: string | null };
  speakers: Array<{ name: string; role: Role; turns: number }>;
  /**
   * `speaker` is the speaker as labelled (null for a turn without a label);
   * `claimant` who said it, also where the header names the speaker of an unlabelled speech.
   */
  turns: Array<{ speaker: string | null; claimant: string | null; role: Role; line: number; endLine: number; time?: number; place?: string }>;
  /** For a document (PDF, Word, XML...): its kind and what the reader could not do; each turn's `place` cites the original (`12:3`, `¶ 4`). */
  origin?: { kind: string; warnings: string[] };
  sections: Array<{ kind: SectionKind; title: string; line: number; endLine: number }>;
}

/** Builds the outline JSON of a parsed transcript. */
export function outlineJson(t: Transcript): OutlineJson {
  return { ...outlineHead(t), turns: t.turns.map((u) => turnJson(t, u)), ...outlineTail(t) };
}

/**
 * `JSON.stringify(outlineJson(t), null, 2)` in pieces, each turn's JSON made
 * only when its turn comes: a transcript of millions of turns is printed
 * without a second copy of them all (or a string longer than a string can be).
 * A transcript read with its turns as columns is written from the columns,
 * with no object per turn.
 */
export function* outlineJsonChunks(transcript: Transcript | CompactTranscript): Generator<string> {
  for (const piece of outlineJsonPieces(transcript)) yield typeof piece === 'string' ? piece : utf8.decode(piece);
}

const utf8 = new TextDecoder();

/**
 * `outlineJsonChunks` with the turns and sections as UTF-8 bytes, for a
 * writer that takes bytes: they are written as they are made, never turned
 * into text and back. Each piece of bytes is the caller's to keep.
 */
export function* outlineJsonPieces(transcript: Transcript | CompactTranscript): Generator<string | Uint8Array> {
  const t = transcript.turns instanceof TurnTable ? (transcript as CompactTranscript) : compactOf(transcript as Transcript);
  const turns = t.turns;
  const sections = t.sections;
  // The keys in outlineJson's order; turns and sections are only written, never built as objects here.
  const parts: Array<[string, unknown]> = Object.entries({ ...outlineHead(t), turns: undefined, sections: undefined, ...(t.origin ? { origin: originJson(t.origin) } : {}) });
  const batch = new JsonBatch();
  const quoted = new Map<string, string>();
  const heads: Array<string | undefined> = [];
  yield '{';
  for (let k = 0; k < parts.length; k++) {
    const [key] = parts[k]!;
    const lead = `${k ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    // Turns and sections, of which there can be millions, are written item by item; the rest whole.
    const items = key === 'turns' ? turns.count : key === 'sections' ? sections.count : -1;
    if (items < 0) {
      // JSON escapes line breaks inside strings: every line break here is the layout's, to be indented.
      yield lead + JSON.stringify(parts[k]![1], null, 2).replace(/\n/g, '\n  ');
      continue;
    }
    if (items === 0) {
      yield lead + '[]';
      continue;
    }
    yield lead + '[';
    // Each item written straight as the text JSON.stringify would lay out (no object per item, no pass to indent), as bytes a batch at a time.
    for (let i = 0; i < items; ) {
      i = key === 'turns' ? writeTurns(batch, t, i, quoted, heads) : writeSections(batch, sections, i, quoted);
      if (batch.text.length >= BATCH_CHARS) yield batch.takeBytes();
    }
    yield batch.takeBytes();
    yield '\n  ]';
  }
  yield '\n}';
}

/** How many characters of turns and sections are written at a time. */
const BATCH_CHARS = 1 << 16;

const END_LINE = ',\n      "endLine": ';
const TIME = ',\n      "time": ';
const PLACE = ',\n      "place": ';
const ITEM_END = '\n    }';
const QA_TITLE = ',\n      "title": "Q&A ';
const QA_LINE = '",\n      "line": ';
const TITLE = ',\n      "title": ';
const LINE = ',\n      "line": ';
const KIND_HEADS = new Map<string, string>();

/**
 * Turns from `from` on, until the batch is full; gives the next turn to write. A loop of its own, not the generator's, so that it is optimised while it runs.
 * Each turn is a few pieces joined (the engine keeps the joins as links until the batch is encoded at once): a loop over each byte or digit ran mostly unoptimised, once per turn.
 */
function writeTurns(out: JsonBatch, t: CompactTranscript, from: number, quoted: Map<string, string>, heads: Array<string | undefined>): number {
  const count = t.turns.count;
  let i = from;
  let s = out.text;
  for (; i < count && s.length < BATCH_CHARS; i++) s += (i ? ',' : '') + turnJsonText(t, i, quoted, heads);
  out.text = s;
  return i;
}

/** Sections from `from` on, until the batch is full; gives the next section to write. */
function writeSections(out: JsonBatch, sections: SectionTable, from: number, quoted: Map<string, string>): number {
  let k = from;
  let s = out.text;
  for (; k < sections.count && s.length < BATCH_CHARS; k++) s += (k ? ',' : '') + sectionJsonText(sections, k, quoted);
  out.text = s;
  return k;
}

/** Section `k` as `JSON.stringify(outlineJson(t), null, 2)` lays it out, with the fields of `outlineTail`. */
function sectionJsonText(s: SectionTable, k: number, quoted: Map<string, string>): string {
  const kind = s.kindOf(k);
  let head = KIND_HEADS.get(kind);
  if (head === undefined) KIND_HEADS.set(kind, (head = `\n    {\n      "kind": ${quote(kind, quoted)}`));
  // `Q&A 12`: a title per section, made of its number.
  const title = s.isNumberedQa(k) ? QA_TITLE + s.number[k]! + QA_LINE : TITLE + JSON.stringify(s.titleOf(k)) + LINE;
  return head + title + (s.line[k]! + 1) + END_LINE + (s.endLine[k]! + 1) + ITEM_END;
}

/** Turn `i` as `JSON.stringify(outlineJson(t), null, 2)` lays it out, with the same fields in the same order as `turnJson`. */
function turnJsonText(t: CompactTranscript, i: number, quoted: Map<string, string>, heads: Array<string | undefined>): string {
  const turns = t.turns;
  // The fields before the line are the same for every turn of a speaker in a role: their text is made once.
  const headKey = ((turns.speaker[i]! + 1) * 2 + (turns.label[i]! < 0 ? 0 : 1)) * 4 + turns.role[i]!;
  let head = heads[headKey];
  if (head === undefined) {
    const claimant = turns.speakerOf(i);
    const speaker = turns.label[i]! < 0 ? null : claimant;
    head = heads[headKey] = `\n    {\n      "speaker": ${quote(speaker, quoted)},\n      "claimant": ${quote(claimant, quoted)},\n      "role": ${quote(turns.roleOf(i), quoted)},\n      "line": `;
  }
  let s = head + (turns.line[i]! + 1) + END_LINE + (turns.endLine[i]! + 1);
  if (turns.extras.size > 0) {
    const time = turns.extras.get(i)?.time;
    if (time !== undefined) s += TIME + JSON.stringify(time);
  }
  if (t.origin) {
    const place = citeSpan(t.origin.places, turns.start[i]!, turns.end[i]!);
    if (place) s += PLACE + JSON.stringify(place);
  }
  return s + ITEM_END;
}

/** A string as JSON, each distinct one quoted once (a transcript names its few speakers thousands of times). */
function quote(s: string | null, quoted: Map<string, string>): string {
  if (s === null) return 'null';
  let q = quoted.get(s);
  if (q === undefined) {
    q = JSON.stringify(s);
    quoted.set(s, q);
  }
  return q;
}

function outlineHead(t: Pick<Transcript, 'format' | 'metadata' | 'speakers'>): Pick<OutlineJson, 'format' | 'metadata' | 'speakers'> {
  return {
    format: t.format,
    metadata: {
      title: t.metadata.title ?? null,
      date: t.metadata.date ?? null,
      place: t.metadata.place ?? null,
      source: t.metadata.source ?? null,
    },
    speakers: t.speakers.map((s) => ({ name: s.name, role: s.role, turns: s.turns })),
  };
}

function outlineTail(t: Transcript): Pick<OutlineJson, 'sections' | 'origin'> {
  return {
    sections: t.sections.map((s) => ({ kind: s.kind, title: s.title, line: s.line + 1, endLine: s.endLine + 1 })),
    ...(t.origin ? { origin: originJson(t.origin) } : {}),
  };
}

function originJson(origin: DocumentOrigin): NonNullable<OutlineJson['origin']> {
  return { kind: origin.kind, warnings: origin.warnings ?? [] };
}

function turnJson(t: Transcript, u: Transcript['turns'][number]): OutlineJson['turns'][number] {
  const json: OutlineJson['turns'][number] = {
    speaker: u.label === null ? null : u.speaker,
    claimant: u.speaker,
    role: u.role,
    line: u.line + 1,
    endLine: u.endLine + 1,
  };
  if (u.time !== undefined) json.time = u.time;
  if (t.origin) {
    const place = citeSpan(t.origin.places, u.start, u.end);
    if (place) json.place = place;
  }
  return json;
}


/** A readable outline: metadata, speakers, then each section with its turns. */
export function outlineText(t: Transcript, text: string): string {
  const out: string[] = [];
  const m = t.metadata;
  if (m.title) out.push(`Title:   ${m.title}`);
  if (m.date) out.push(`Date:    ${m.date}${m.dateText && m.dateText !== m.date ? ` (${m.dateText})` : ''}`);
  if (m.place) out.push(`Place:   ${m.place}`);
  if (m.source) out.push(`Source:  ${m.source}`);
  if (t.speakers.length) {
    out.push(`Speakers: ${t.speakers.map((s) => `${s.name} (${s.role}, ${s.turns} turn${s.turns === 1 ? '' : 's'})`).join(', ')}`);
  }
  if (t.origin) {
    out.push(`Read from: ${t.origin.kind}${t.origin.fileName ? ` (${t.origin.fileName})` : ''}; places cite the original`);
    for (const w of t.origin.warnings ?? []) out.push(`Warning: ${w}`);
  }
  if (out.length) out.push('');
  if (t.sections.length === 0) out.push('(empty transcript)');
  const width = String(t.lineCount).length;
  for (const s of t.sections) {
    const lines = s.line === s.endLine ? `line ${s.line + 1}` : `lines ${s.line + 1}-${s.endLine + 1}`;
    out.push(`${s.title}${s.detail ? ` — ${s.detail}` : ''}  (${lines})`);
    for (const i of s.turns) {
      const turn = t.turns[i]!;
      const who = turn.speaker ?? '(no label)';
      const place = t.origin ? citeSpan(t.origin.places, turn.start, turn.end) : undefined;
      out.push(`  ${String(turn.line + 1).padStart(width)}  ${who}: ${firstWords(spokenText(text, turn), 10)}${place ? `  (${place})` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
