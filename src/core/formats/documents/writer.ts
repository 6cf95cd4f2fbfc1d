/**
 * The text a document reader shows and the turns it found, written together.
 * A reader that knows its speakers from the document's structure (XML
 * elements, a service's JSON, a Word table) writes each turn as the house's
 * plain form — `Name: words`, a blank line between turns, `[hh:mm:ss]` before
 * a timed label — so the extracted text reads like a transcript in the editor
 * and `Convert to Transcript` can write it as it is; every span keeps its
 * place in the original.
 */
import { assembleTranscript } from '../../transcript/assemble';
import type { DocumentOrigin, InlineNote, Metadata, Place, Transcript, Turn } from '../../transcript/model';
import type { Role } from '../../transcript/model';
import { formatTimestamp } from '../../transcript/time';
import type { ParseOptions } from '../options';

/** Where a piece of text stands in the original: the place's fields without its offsets. */
export type PlaceRef = Omit<Place, 'start' | 'end'>;

/** What a reader says about a turn it starts. */
export interface TurnStart {
  /** The speaker's name as the document gives it. */
  speaker: string;
  /** The label to write, when it differs from the name (`The PRESIDENT`); defaults to the name. */
  label?: string;
  /** A role the document states (a chair, an operator); otherwise the model infers it. */
  role?: Role;
  /** When the turn starts, in seconds. */
  time?: number;
  place?: PlaceRef;
}

/** What a reader says about words it adds. */
export interface WordsOptions {
  place?: PlaceRef;
  time?: number;
  endTime?: number;
  /** Start a new paragraph of the same turn (a blank-free line break). */
  paragraph?: boolean;
}

/** The result of a document reader: the text its offsets point into and the transcript read from it. */
export interface DocumentRead {
  text: string;
  transcript: Transcript;
}

export class TranscriptWriter {
  private parts: string[] = [];
  private length = 0;
  private readonly places: Place[] = [];
  private readonly turns: Turn[] = [];
  private readonly notes: InlineNote[] = [];
  private readonly stated = new Map<number, Role>();
  private current: Turn | undefined;
  /** True when the current turn has words on its open line. */
  private lineOpen = false;
  /** True until the current turn's first words are written: they mark where its text starts. */
  private textStartPending = false;
  private hasHeader = false;

  constructor(readonly format: string) {}

  /** A line of the header before the first turn (a title, a date, a sitting); ignored once turns started. */
  header(line: string, place?: PlaceRef): void {
    const clean = oneLine(line);
    if (!clean || this.turns.length || this.current) return;
    const start = this.length;
    this.emit(clean + '\n');
    this.hasHeader = true;
    if (place) this.addPlace(start, start + clean.length, place);
  }

  /** Starts a new turn with its label. */
  turn(start: TurnStart): void {
    this.close();
    const name = oneLine(start.speaker);
    const label = oneLine(start.label ?? start.speaker) || name;
    if (this.length > 0) this.emit(this.hasHeader && !this.turns.length ? '\n' : '\n\n');
    const turnStart = this.length;
    if (start.time !== undefined) this.emit(`[${formatTimestamp(start.time)}] `);
    const labelStart = this.length;
    this.emit(label);
    const labelEnd = this.length;
    this.emit(': ');
    const line = this.newlines;
    this.current = {
      speaker: name || null,
      label: label || null,
      role: 'unknown',
      question: false,
      line,
      endLine: line,
      start: turnStart,
      end: labelEnd + 1,
      labelStart,
      labelEnd,
      textStart: this.length,
      segments: [],
      ...(start.time !== undefined ? { time: start.time, timestamp: formatTimestamp(start.time) } : {}),
    };
    if (start.role) this.stated.set(this.turns.length, start.role);
    if (start.place) this.addPlace(turnStart, labelEnd, start.place);
    this.lineOpen = true;
    this.textStartPending = true;
  }

  /** Adds spoken words to the current turn (one segment); words before any turn open an unlabelled one. */
  words(words: string, options: WordsOptions = {}): void {
    const clean = oneLine(words);
    if (!clean) return;
    if (!this.current) this.unlabelled();
    const turn = this.current!;
    if (options.paragraph && !this.textStartPending) {
      this.emit('\n');
      this.lineOpen = false;
    } else if (this.lineOpen && !this.textStartPending) this.emit(' ');
    const start = this.length;
    if (this.textStartPending) {
      turn.textStart = start;
      this.textStartPending = false;
    }
    this.emit(clean);
    turn.segments.push({ start, end: this.length, ...(options.time !== undefined ? { time: options.time } : {}), ...(options.endTime !== undefined ? { endTime: options.endTime } : {}) });
    if (options.time !== undefined && turn.time === undefined) turn.time = options.time;
    if (options.endTime !== undefined) turn.endTime = options.endTime;
    turn.end = this.length;
    turn.endLine = this.newlines;
    this.lineOpen = true;
    if (options.place) this.addPlace(start, this.length, options.place);
  }

  /** A stage direction or interjection inside the current turn, written in parentheses: not the speaker's words. */
  stage(words: string, place?: PlaceRef): void {
    const clean = oneLine(words).replace(/^\((.*)\)$/, '$1');
    if (!clean) return;
    if (!this.current) {
      if (this.length > 0) this.emit('\n\n');
      const start = this.length;
      this.emit(`(${clean})`);
      this.notes.push({ kind: 'stage', text: clean, start, end: this.length });
      if (place) this.addPlace(start, this.length, place);
      return;
    }
    this.emit(this.textStartPending ? '' : '\n');
    const start = this.length;
    this.emit(`(${clean})`);
    this.notes.push({ kind: 'stage', text: clean, start, end: this.length });
    if (place) this.addPlace(start, this.length, place);
    this.current.end = this.length;
    this.current.endLine = this.newlines;
    this.emit('\n');
    this.lineOpen = false;
    if (this.textStartPending) {
      this.current.textStart = this.length;
    }
  }

  /** Ends the current turn: the next words open an unlabelled turn until the next label. */
  endTurn(): void {
    this.close();
  }

  /** The text, and the transcript read from it. */
  finish(metadata: Metadata, options: ParseOptions & { origin?: Omit<DocumentOrigin, 'places'> } = {}): DocumentRead {
    this.close();
    const text = this.parts.join('') + (this.length ? '\n' : '');
    this.parts = [text];
    const origin: DocumentOrigin | undefined = options.origin ? { ...options.origin, places: this.places } : undefined;
    // A role the document states wins over the one inferred, for the turns it was stated on; the inference and the sections see it.
    const transcript = assembleTranscript({ format: this.format, text, turns: this.turns, metadata, notes: this.notes, stated: this.stated, ...(origin ? { origin } : {}) }, options);
    for (const s of transcript.speakers) {
      const stated = transcript.turns.find((t, i) => t.speaker === s.name && this.stated.has(i));
      if (stated) s.role = stated.role;
    }
    return { text, transcript };
  }

  private unlabelled(): void {
    if (this.length > 0) this.emit('\n\n');
    const at = this.length;
    const line = this.newlines;
    this.current = { speaker: null, label: null, role: 'unknown', question: false, line, endLine: line, start: at, end: at, labelStart: at, labelEnd: at, textStart: at, segments: [] };
    this.lineOpen = false;
    this.textStartPending = true;
  }

  private close(): void {
    const t = this.current;
    if (!t) return;
    if (this.textStartPending) t.textStart = t.labelEnd + 2 <= this.length ? t.labelEnd + 2 : this.length;
    if (t.speaker !== null || t.segments.length) this.turns.push(t);
    this.current = undefined;
    this.lineOpen = false;
    this.textStartPending = false;
  }

  private emit(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 10) this.newlines++;
  }

  /** Lines written so far: the 0-based line of the text's end, where the writer appends. */
  private newlines = 0;

  private addPlace(start: number, end: number, ref: PlaceRef): void {
    if (end <= start) return;
    const last = this.places[this.places.length - 1];
    // The same place again after only the separator the writer put between them (`: `, a space, a line end): one span.
    if (last && last.ref === ref.ref && last.end <= start && start - last.end <= 2) {
      last.end = end;
      return;
    }
    this.places.push({ start, end, ...ref });
  }

}

/** A piece of a document's text on one line: white space (no-break spaces too) collapsed, control characters gone. */
export function oneLine(s: string): string {
  // Most pieces are already one clean line: one scan says so, and the string is returned as it is.
  if (!NOT_ONE_LINE.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/**
 * What `oneLine` would change: a control character, white space other than a
 * single space (every character of `\s`, the no-break and zero-width spaces),
 * two spaces in a row, or a space at either end.
 */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;
