/**
 * A Word document's paragraphs as a transcript. Which convention it follows
 * is decided by evidence, over the whole document:
 *   - a table of speaker | time | text holding most of its words;
 *   - labels alone in their own paragraph, in a speaker style or as short
 *     bold or capitalised names that repeat, the speech in the paragraphs
 *     after them;
 *   - a bold label at the start of paragraphs (`**Name:** words`);
 * where the structure names the speakers, the turns are written with the
 * TranscriptWriter. Otherwise the paragraphs are extracted as lines and the
 * plain-text reader finds the labels in the words (`Name: words`).
 *
 * Places: `¶ N`, the 1-based paragraph of the body (paragraphs in table cells
 * count too); a turn read from a table row is cited `table T row R`.
 */
import type { Metadata } from '../../../transcript/model';
import { normaliseSpeaker } from '../../labels';
import type { ParseOptions } from '../../options';
import { readPlainMetadata } from '../../plain';
import { ExtractedText, readExtracted } from '../extracted';
import { TranscriptWriter, type DocumentRead, type PlaceRef } from '../writer';
import type { WordDocument, WordParagraph } from './paragraphs';
import { boldLabel, isStage, leadingTime, plainLabel, styledLabel, type FoundLabel } from './shapes';
import { findSpeakerTable, type SpeakerTable } from './tables';

/** The fewest labels of one shape that make it the document's convention. */
const MIN_LABELS = 2;
/** How often a bold name set apart by a space alone must open a paragraph to be a label. */
const LOOSE_REPEATS = 3;

/** Reads a Word document's paragraphs; `format` is the reader's name (`docx`, `doc`). */
export function readWordDocument(doc: WordDocument, format: string, options: ParseOptions): DocumentRead {
  const paragraphs = doc.paragraphs;
  const table = findSpeakerTable(paragraphs);
  if (table) return withProperties(writeTable(paragraphs, table, format, options), doc);
  const labels = chooseLabels(paragraphs);
  if (labels) return withProperties(writeLabelled(paragraphs, labels, format, options), doc);
  const extracted = new ExtractedText();
  for (const p of paragraphs) {
    const lines = p.text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) extracted.newline();
      extracted.add(line, place(p));
    });
    extracted.newline(true);
  }
  const read = readExtracted(extracted, format, options);
  if (read.transcript.metadata.title) read.transcript.metadata.titleFrom ??= 'header';
  if (read.transcript.metadata.date) read.transcript.metadata.dateFrom ??= 'header';
  return withProperties(read, doc);
}

/** The place of a paragraph: `¶ N`. */
function place(p: WordParagraph): PlaceRef {
  return { ref: `¶ ${p.index}`, paragraph: p.index };
}

/** Labels by paragraph index, with the paragraphs that are labels alone. */
interface Labels {
  found: Map<number, FoundLabel>;
  /** `alone`: the label is its own paragraph and the speech follows; `inline`: the words follow the label in its paragraph. */
  kind: 'alone' | 'inline';
}

/**
 * The labels of the document's convention, or undefined when the structure
 * names no speakers (the plain reader will look in the words). A speaker style
 * wins; otherwise the more frequent of labels alone (which must repeat) and
 * bold labels at paragraph starts.
 */
function chooseLabels(paragraphs: readonly WordParagraph[]): Labels | undefined {
  const styled = new Map<number, FoundLabel>();
  for (const p of paragraphs) {
    const l = styledLabel(p);
    if (l) styled.set(p.index, l);
  }
  if (styled.size >= MIN_LABELS) return { found: styled, kind: 'alone' };

  const alone = new Map<number, FoundLabel>();
  // A label alone is followed by speech, not by another label or nothing: walk back from the end, knowing what comes next.
  let nextIsSpeech = false;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (!hasText(p)) continue;
    const l = plainLabel(p);
    if (l && nextIsSpeech) alone.set(p.index, l);
    nextIsSpeech = !l;
  }
  const counts = new Map<string, number>();
  for (const l of alone.values()) counts.set(key(l.name), (counts.get(key(l.name)) ?? 0) + 1);
  const repeated = [...alone.values()].filter((l) => (counts.get(key(l.name)) ?? 0) >= 2).length;
  // A name seen once is believed when the document's labels repeat and it is written like them (with a time, or two words or more).
  for (const [i, l] of alone) if ((counts.get(key(l.name)) ?? 0) < 2 && l.time === undefined && l.name.split(/\s+/).length < 2) alone.delete(i);

  const inline = new Map<number, FoundLabel>();
  for (const p of paragraphs) {
    const l = boldLabel(p);
    if (l) inline.set(p.index, l);
  }
  // A bold name followed by a mere space is a label where the document's speakers recur (a script, an
  // interview: `**Girl** words` again and again), not where a bold phrase leads in once or twice.
  const seen = new Map<string, number>();
  for (const l of inline.values()) seen.set(key(l.name), (seen.get(key(l.name)) ?? 0) + 1);
  for (const [i, l] of inline) if (l.loose && (seen.get(key(l.name)) ?? 0) < LOOSE_REPEATS) inline.delete(i);
  const aloneOk = repeated >= 3 && alone.size >= MIN_LABELS;
  const inlineOk = inline.size >= MIN_LABELS && inline.size >= nonEmpty(paragraphs) * 0.15;
  if (aloneOk && (!inlineOk || alone.size >= inline.size)) return { found: alone, kind: 'alone' };
  if (inlineOk) return { found: inline, kind: 'inline' };
  return undefined;
}

function key(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}

function nonEmpty(paragraphs: readonly WordParagraph[]): number {
  let n = 0;
  for (const p of paragraphs) if (hasText(p)) n++;
  return n;
}

/** True when the paragraph has more than white space. */
function hasText(p: WordParagraph): boolean {
  return /\S/.test(p.text);
}

/** Writes a document whose labels the structure gives: header paragraphs, then turns. */
function writeLabelled(paragraphs: readonly WordParagraph[], labels: Labels, format: string, options: ParseOptions): DocumentRead {
  const w = new TranscriptWriter(format);
  const header: string[] = [];
  let started = false;
  for (const p of paragraphs) {
    const label = labels.found.get(p.index);
    if (label) {
      started = true;
      w.turn({ speaker: normaliseSpeaker(label.name), label: label.name, ...(label.time !== undefined ? { time: label.time } : {}), place: place(p) });
      if (labels.kind === 'inline') words(w, p, p.text.slice(label.textStart), false);
      continue;
    }
    if (!hasText(p)) continue;
    if (!started) {
      for (const line of p.text.split('\n')) {
        w.header(line, place(p));
        header.push(line);
      }
      continue;
    }
    if (isStage(p)) w.stage(p.text, place(p));
    else words(w, p, p.text, true);
  }
  return w.finish(headerMetadata(header), { ...options, origin: origin(format, options) });
}

/** A paragraph's words, a time at its start kept as the segment's time, line breaks as new lines. */
function words(w: TranscriptWriter, p: WordParagraph, text: string, paragraph: boolean): void {
  const lead = leadingTime(text);
  const body = lead ? text.slice(lead.end) : text;
  const where = place(p);
  if (!body.includes('\n')) {
    w.words(body, { place: where, paragraph, ...(lead ? { time: lead.time } : {}) });
    return;
  }
  body.split('\n').forEach((line, i) => {
    w.words(line, { place: where, paragraph: paragraph || i > 0, ...(lead && i === 0 ? { time: lead.time } : {}) });
  });
}

/** Writes a transcript kept in a speaker table: the paragraphs before it are the header, those after it unlabelled words. */
function writeTable(paragraphs: readonly WordParagraph[], table: SpeakerTable, format: string, options: ParseOptions): DocumentRead {
  const w = new TranscriptWriter(format);
  const header: string[] = [];
  for (const p of paragraphs) {
    if (p.index >= table.firstParagraph) break;
    for (const line of p.text.split('\n')) {
      w.header(line, place(p));
      header.push(line);
    }
  }
  let open = false;
  for (const row of table.rows) {
    const ref: PlaceRef = { ref: `table ${row.table} row ${row.row}`, paragraph: row.first.index };
    if (row.speaker) {
      w.turn({ speaker: normaliseSpeaker(row.speaker), label: row.speaker, ...(row.time !== undefined ? { time: row.time } : {}), place: ref });
      open = true;
    } else if (!open && !row.words.some(hasText)) continue;
    row.words.forEach((p, i) => {
      for (const line of p.text.split('\n')) w.words(line, { place: place(p), paragraph: i > 0 || !row.speaker, ...(row.time !== undefined && !row.speaker && i === 0 ? { time: row.time } : {}) });
    });
  }
  const after = paragraphs.filter((p) => p.index > table.lastParagraph && hasText(p));
  if (after.length) w.endTurn();
  for (const p of after) {
    if (isStage(p)) w.stage(p.text, place(p));
    else words(w, p, p.text, true);
  }
  return w.finish(headerMetadata(header), { ...options, origin: origin(format, options) });
}

function origin(format: string, options: ParseOptions): { kind: string; fileName?: string } {
  return { kind: format, ...(options.fileName ? { fileName: options.fileName } : {}) };
}

/** Title and date from the header paragraphs, as the plain reader finds them in a text's header. */
function headerMetadata(lines: readonly string[]): Metadata {
  const text = lines.map((l) => l.trim()).filter(Boolean).join('\n');
  if (!text) return {};
  const found = readPlainMetadata(text);
  const meta: Metadata = {};
  if (found.title) Object.assign(meta, { title: found.title, titleFrom: 'header' });
  if (found.date) Object.assign(meta, { date: found.date, ...(found.dateText ? { dateText: found.dateText } : {}), dateFrom: 'header' });
  if (found.place) meta.place = found.place;
  if (found.source) meta.source = found.source;
  return meta;
}

/**
 * The document's properties where the text says nothing: `dc:title` as the
 * title. The day the file was created is the file's date, not the event's:
 * it is never given as the event's date.
 */
function withProperties(read: DocumentRead, doc: WordDocument): DocumentRead {
  const meta = read.transcript.metadata;
  if (!meta.title && doc.title) {
    meta.title = doc.title;
    meta.titleFrom = 'document properties';
    // The header line the text reader took for a place is the title the properties name.
    if (meta.place === doc.title) delete meta.place;
  }
  return read;
}
