/**
 * `tag`: adds a tag from the command line, for pipelines and other tools,
 * through the same core as the editor (the same context, speaker and
 * section, the same sidecar writer) and the same atomic write.
 */
import { basename } from 'node:path';
import { createTag, MAX_SIDECAR_BYTES, normalizeText, placeTags, readSidecar, sha256Text, TextIndex, writeSidecar, type Tag } from '../core/annotations';
import { annotatorSidecarPath, sidecarPath } from '../core/annotations/sidecarPaths';
import { readTranscript } from '../core/formats';
import { citeSpan } from '../core/formats/documents/extracted';
import { CommandError, isDocumentFile, parseOptions, readTextFile, readTranscriptFile, writeAtomically } from './io';

export const TAG_USAGE = `  tag <transcript> --quote "..." [--occurrence N | --start N --end N] --category C
      [--note TEXT] [--speaker NAME] [--author NAME] [--json]
                            Add a tag on the quoted words and write the sidecar. A quote
                            that occurs more than once needs --occurrence (1-based) or
                            --start/--end (code points, as the sidecar counts). With
                            --author the tag goes to that annotator's own sidecar
                            (<transcript>.annotations.<name>.yaml); else to the shared one.
                            A document (PDF, Word...) is tagged in the text its reader
                            extracts, as in the editor; --json then gives the tag's place.
`;

/** Runs `tag`; returns the exit code. */
export async function runTag(args: string[], write: (s: string) => void, writeError: (s: string) => void, now: () => string = () => new Date().toISOString()): Promise<number> {
  try {
    write(await tag(args, now));
    return 0;
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    writeError(`transcript-annotator: ${e.message}\n`);
    return e.code;
  }
}

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new CommandError(`tag: ${name} must be a whole number from ${min}, not "${value}"`, 2);
  return Number(value);
}

async function tag(args: string[], now: () => string): Promise<string> {
  const o = parseOptions('tag', args, ['--json'], ['--quote', '--occurrence', '--start', '--end', '--category', '--note', '--speaker', '--author'], TAG_USAGE);
  if (o.files.length !== 1) throw new CommandError(`tag: expected one transcript, got ${o.files.length}\n${TAG_USAGE}`, 2);
  const file = o.files[0]!;
  const category = o.values.get('--category')?.trim();
  if (!category) throw new CommandError(`tag: --category is required\n${TAG_USAGE}`, 2);
  const quote = o.values.get('--quote');
  const occurrence = count(o.values.get('--occurrence'), '--occurrence', 1);
  const cpStart = count(o.values.get('--start'), '--start', 0);
  const cpEnd = count(o.values.get('--end'), '--end', 0);
  if ((cpStart === undefined) !== (cpEnd === undefined)) throw new CommandError('tag: --start and --end go together', 2);
  if (cpStart !== undefined && occurrence !== undefined) throw new CommandError('tag: give --occurrence or --start/--end, not both', 2);
  if (quote === undefined && cpStart === undefined) throw new CommandError(`tag: --quote (or --start and --end) is required\n${TAG_USAGE}`, 2);
  if (quote !== undefined && quote.trim() === '') throw new CommandError('tag: --quote must not be empty', 2);
  const author = o.values.get('--author');
  if (author !== undefined && author.trim() === '') throw new CommandError('tag: --author must not be empty', 2);

  // A document (PDF, Word...) is tagged in the text its reader extracts, as in the editor.
  const document = isDocumentFile(file) ? await readTranscriptFile(file, 256 * 1024 * 1024) : undefined;
  const text = document ? document.text : readTextFile(file, 'transcript file', 256 * 1024 * 1024)!;
  const index = new TextIndex(text);
  const range = cpStart !== undefined ? byOffsets(text, index, cpStart, cpEnd!, quote) : byQuote(text, index, quote!, occurrence);

  let side: string;
  try {
    side = author !== undefined ? annotatorSidecarPath(file, author) : sidecarPath(file);
  } catch (e) {
    throw new CommandError(`tag: ${(e as Error).message}`, 2);
  }
  const existing = readTextFile(side, 'sidecar', MAX_SIDECAR_BYTES, true);
  const read = readSidecar(existing ?? '');
  if (read.kind === 'unreadable') {
    const p = read.problems[0];
    throw new CommandError(`${side}: cannot be read${p ? ` (line ${p.line}: ${p.message})` : ''}; it is left as it is and no tag was added`);
  }
  if (read.readOnly) throw new CommandError(`${side}: ${read.readOnly}`);
  const hash = sha256Text(text);
  const tags: Tag[] = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
  const transcript = document?.transcript ?? readTranscript(text, { fileName: file });
  const line = index.lineOf(range.start);
  const made = createTag(text, { start: range.start, end: range.end, category, ...(o.values.has('--note') ? { note: o.values.get('--note')! } : {}), ...(author !== undefined ? { author } : {}) }, transcript, line, now(), new Set(tags.map((t) => t.id)));
  const speaker = o.values.get('--speaker');
  if (speaker !== undefined) made.speaker = speaker;
  tags.push(made);
  writeAtomically(side, writeSidecar({ transcriptName: basename(file), text, tags, invalid: read.sidecar.invalid, extra: read.sidecar.extra, sha256: hash, index }));
  const at = index.lineColumn(made.start);
  const places = transcript.origin?.places;
  const place = places?.length ? citeSpan(places, made.start, made.end) : undefined;
  if (o.flags.has('--json')) {
    return JSON.stringify({ id: made.id, sidecar: side, category, quote: made.quote, start: index.toCodePoint(made.start), end: index.toCodePoint(made.end), line: at.line, column: at.column, speaker: made.speaker, section: made.section, ...(place ? { place } : {}) }, null, 2) + '\n';
  }
  return `${made.id}: tagged “${made.quote.replace(/\s+/g, ' ')}” as ${category} at ${at.line}:${at.column}${made.speaker ? ` (${made.speaker})` : ''} in ${side}\n`;
}

function byOffsets(text: string, index: TextIndex, cpStart: number, cpEnd: number, quote: string | undefined): { start: number; end: number } {
  if (cpEnd <= cpStart) throw new CommandError(`tag: --end (${cpEnd}) must be after --start (${cpStart})`, 2);
  if (cpEnd > index.codePointLength) throw new CommandError(`tag: --end (${cpEnd}) is past the end of the text (${index.codePointLength} code points)`, 2);
  const start = index.toUtf16(cpStart);
  const end = index.toUtf16(cpEnd);
  const words = text.slice(start, end);
  if (quote !== undefined && words !== quote && normalizeText(words).text !== normalizeText(quote).text) {
    throw new CommandError(`tag: the text at ${cpStart}–${cpEnd} is “${words}”, not the quote “${quote}”`);
  }
  return { start, end };
}

function byQuote(text: string, index: TextIndex, quote: string, occurrence: number | undefined): { start: number; end: number } {
  let places: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) places.push({ start: at, end: at + quote.length });
  if (places.length === 0) {
    // The same words with other quotes, dashes, spaces or line breaks.
    const norm = normalizeText(text);
    const q = normalizeText(quote).text;
    for (let at = norm.text.indexOf(q); at >= 0 && q; at = norm.text.indexOf(q, at + 1)) places.push({ start: norm.starts[at]!, end: norm.ends[at + q.length - 1]! });
  }
  places = places.filter((p, i) => i === 0 || p.start !== places[i - 1]!.start);
  if (places.length === 0) throw new CommandError(`tag: the quote “${quote}” is not in the transcript`);
  const lines = places.map((p) => { const lc = index.lineColumn(p.start); return `${lc.line}:${lc.column}`; });
  if (occurrence !== undefined) {
    const chosen = places[occurrence - 1];
    if (!chosen) throw new CommandError(`tag: --occurrence ${occurrence}, but the quote occurs ${places.length} time${places.length === 1 ? '' : 's'} (at ${lines.join(', ')})`);
    return chosen;
  }
  if (places.length > 1) throw new CommandError(`tag: the quote occurs ${places.length} times (at ${lines.join(', ')}); say which with --occurrence N (1 to ${places.length}) or --start/--end`);
  return places[0]!;
}
