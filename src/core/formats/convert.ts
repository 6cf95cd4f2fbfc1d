/**
 * The transcript writer: any format written as a clean `.transcript` file, a
 * header with what the source says about itself, then one paragraph per turn:
 * `[00:01:20] Chris Wallace: What did you ...`.
 */
import { decodeEntities } from './captions';
import { citeSpan } from './documents/extracted';
import { placeMarker } from './placeMarkers';
import { collapseSpace } from '../text';
import { formatTimestamp } from '../transcript/time';
import type { Transcript, Turn } from '../transcript/model';

/**
 * Writes a transcript in the project's own plain format; `text` is the source
 * it was read from. A document's transcript (a PDF, a Word file) names its
 * original in front matter (`source: hearing.pdf`) and starts each turn with
 * the place it came from (`⟦12:3⟧`), which the plain reader reads back.
 */
export function writeTranscriptText(transcript: Transcript, text: string): string {
  const out: string[] = [];
  const m = transcript.metadata;
  const origin = transcript.origin;
  const places = origin?.places.length ? origin.places : undefined;
  if (origin?.fileName) out.push('---', `source: ${oneLine(baseName(origin.fileName))}`, '---');
  if (m.title) out.push(`Title: ${oneLine(m.title)}`);
  if (m.date) out.push(`Date: ${m.date}`);
  if (m.place) out.push(`Place: ${oneLine(m.place)}`);
  if (m.source) out.push(`Source: ${oneLine(m.source)}`);
  if (out.length) out.push('');
  const withHours = transcript.turns.some((t) => (t.time ?? 0) >= 3600);
  for (const turn of transcript.turns) {
    const words = wordsOf(transcript, turn, text);
    if (!words && !turn.speaker) continue;
    const time = turn.time !== undefined ? `[${formatTimestamp(turn.time, withHours || transcript.format !== 'plain')}] ` : '';
    const who = turn.speaker ? `${labelOf(turn.speaker)}: ` : '';
    const first = turn.segments[0];
    const place = places && first ? placeMarker(citeSpan(places, first.start, turn.segments[turn.segments.length - 1]!.end) ?? '') : '';
    out.push(`${place}${time}${who}${words}`.trimEnd(), '');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** A turn's words as one paragraph: its segments joined, markup and escapes decoded. */
export function wordsOf(transcript: Transcript, turn: Turn, text: string): string {
  const parts = turn.segments.map((s) => decodeSegment(transcript.format, text.slice(s.start, s.end)));
  return collapseSpace(parts.join(' '));
}

function decodeSegment(format: string, raw: string): string {
  if (format === 'whisper-json') {
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      // A span cut inside an escape (it never is: spans end at the closing quote) reads as written.
      return raw;
    }
  }
  if (format === 'webvtt' || format === 'srt' || format === 'sbv') return decodeEntities(raw.replace(/<[^>]*>/g, ''));
  return raw;
}

/** A speaker name that reads back as a label: no colon or line break inside. */
function labelOf(name: string): string {
  return oneLine(name).replace(/:/g, ' ').trim() || 'Speaker';
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function oneLine(s: string): string {
  return collapseSpace(s.replace(/[\r\n]+/g, ' '));
}

/** The name of the converted file: `call.json` → `call.transcript`, `talk.en.vtt` → `talk.en.transcript`, `hearing.pdf` → `hearing.transcript`. */
export function convertedName(path: string): string {
  const cut = path.replace(/\.(?:json|vtt|srt|sbv|txt|md|markdown|pdf|docx|doc|xml|html|htm|xhtml|ttml|dfxp)$/i, '');
  return `${cut}.transcript`;
}
