/** The outline of a transcript as the command line prints it: JSON, or text for people. */
import { firstWords, spokenText, type Role, type SectionKind, type Transcript } from './index';
import { citeSpan } from './places';

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
 */
export function* outlineJsonChunks(t: Transcript): Generator<string> {
  const parts: Array<[string, unknown]> = Object.entries({ ...outlineHead(t), turns: undefined, ...outlineTail(t) });
  yield '{';
  for (let k = 0; k < parts.length; k++) {
    const [key, value] = parts[k]!;
    const lead = `${k ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key !== 'turns') {
      // JSON escapes line breaks inside strings: every line break here is the layout's, to be indented.
      yield lead + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      continue;
    }
    if (t.turns.length === 0) {
      yield lead + '[]';
      continue;
    }
    yield lead + '[';
    // A few thousand turns at a time, laid out by JSON.stringify itself as the items of `turns` (one native pass, not one per turn).
    for (let from = 0; from < t.turns.length; from += TURNS_PER_CHUNK) {
      const batch = t.turns.slice(from, from + TURNS_PER_CHUNK).map((u) => turnJson(t, u));
      const laid = JSON.stringify({ turns: batch }, null, 2);
      yield (from ? ',' : '') + laid.slice(ITEMS_OPEN.length, laid.length - ITEMS_CLOSE.length);
    }
    yield '\n  ]';
  }
  yield '\n}';
}

const TURNS_PER_CHUNK = 256;
/** What `JSON.stringify({ turns: [...] }, null, 2)` writes before the first item and after the last. */
const ITEMS_OPEN = '{\n  "turns": [';
const ITEMS_CLOSE = '\n  ]\n}';

function outlineHead(t: Transcript): Pick<OutlineJson, 'format' | 'metadata' | 'speakers'> {
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
    ...(t.origin ? { origin: { kind: t.origin.kind, warnings: t.origin.warnings ?? [] } } : {}),
  };
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
