/**
 * REFI-QDA exchange files (QDA-XML 1.0), which MAXQDA, ATLAS.ti, NVivo and
 * QualCoder read: the codebook alone (`.qdc`) and the whole
 * project (`.qdpx`: a zip of `project.qde` and each transcript's plain text
 * under `sources/`). Categories become codes, tags coded
 * `PlainTextSelection`s (positions in code points of the source text), notes
 * and verdicts notes, speakers cases (and codes of their turns), and titles, dates, places and
 * addresses variables of the sources.
 */
import { guidFor } from './guid';
import type { ExportCategory, ExportCorpus, ExportDocument, ExportTag } from './exportData';
import { lfText, sourceName } from './refiText';
import { XmlWriter, type Attributes } from './xml';
import { writeZip } from './zip';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** A REFI-QDA file that cannot be written, and why, in words for the user. */
export class RefiQdaError extends Error {}

const RGB = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** How many code points of a quote name its selection. */
const SELECTION_NAME_LENGTH = 80;

const codeGuid = (c: ExportCategory) => guidFor('code', c.id);
const sourceGuid = (d: ExportDocument) => guidFor('source', d.path);
const selectionGuid = (d: ExportDocument, t: ExportTag) => guidFor('selection', `${d.path}\n${t.id}`);
const noteGuid = (d: ExportDocument, t: ExportTag) => guidFor('note', `${d.path}\n${t.id}`);
const codingGuid = (d: ExportDocument, t: ExportTag) => guidFor('coding', `${d.path}\n${t.id}`);
const caseGuid = (speaker: string) => guidFor('case', speaker);
const turnGuid = (d: ExportDocument, i: number) => guidFor('turn', `${d.path}\n${i}`);
const userGuid = (author: string) => guidFor('user', author);

/** An ISO time as xsd:dateTime (which needs seconds and a `Z` or `±hh:mm` zone), or undefined. */
function dateTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function codes(w: XmlWriter, categories: readonly ExportCategory[], more?: () => void): void {
  const ids = new Set(categories.map((c) => c.id));
  const children = new Map<string | undefined, ExportCategory[]>();
  for (const c of categories) {
    const parent = c.parent && c.parent !== c.id && ids.has(c.parent) ? c.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const written = new Set<string>();
  const code = (c: ExportCategory): void => {
    written.add(c.id);
    const attrs: Attributes = [['guid', codeGuid(c)], ['name', c.label], ['isCodable', 'true'], ['color', c.color && RGB.test(c.color) ? c.color : undefined]];
    const kids = (children.get(c.id) ?? []).filter((k) => !written.has(k.id));
    if (!c.description && kids.length === 0) {
      w.empty('Code', attrs);
      return;
    }
    w.start('Code', attrs);
    if (c.description) w.text('Description', c.description);
    for (const k of kids) code(k);
    w.end();
  };
  w.start('Codes');
  for (const c of children.get(undefined) ?? []) code(c);
  // Categories in a loop of parents have no root above them: written at the top.
  for (const c of categories) if (!written.has(c.id)) code(c);
  more?.();
  w.end();
}

/** The codebook file (`.qdc`). Throws RefiQdaError when there is no category. */
export function writeCodebook(categories: readonly ExportCategory[], origin: string): string {
  if (categories.length === 0) throw new RefiQdaError('The codebook has no categories, and a REFI-QDA codebook needs at least one code.');
  const w = new XmlWriter();
  w.start('CodeBook', [['xmlns', CODEBOOK_NAMESPACE], ['origin', origin]]);
  codes(w, categories);
  w.end();
  return w.toString();
}

/** The tags that can be written as selections: those placed in the text. */
function placed(doc: ExportDocument): ExportTag[] {
  return doc.tags.filter((t) => t.start !== undefined && t.end !== undefined);
}

function shortName(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  const points = Array.from(oneLine);
  return points.length > SELECTION_NAME_LENGTH ? points.slice(0, SELECTION_NAME_LENGTH - 1).join('') + '…' : oneLine;
}

function noteText(tag: ExportTag): string | undefined {
  const lines: string[] = [];
  if (tag.note) lines.push(tag.note);
  if (tag.verdict) lines.push(`Verdict: ${tag.verdict}`);
  if (tag.source) lines.push(`Source: ${tag.source}`);
  return lines.length ? lines.join('\n') : undefined;
}

interface SourceVariable {
  name: string;
  type: 'Text' | 'Date';
  value: (d: ExportDocument) => string | undefined;
}

const SOURCE_VARIABLES: SourceVariable[] = [
  { name: 'Title', type: 'Text', value: (d) => d.metadata.title },
  { name: 'Date', type: 'Date', value: (d) => (d.metadata.date && DATE.test(d.metadata.date) ? d.metadata.date : undefined) },
  { name: 'Place', type: 'Text', value: (d) => d.metadata.place },
  { name: 'Source', type: 'Text', value: (d) => d.metadata.source },
];
const ROLE_VARIABLE = guidFor('variable', 'Role');

function variableValue(w: XmlWriter, variable: string, type: 'Text' | 'Date', value: string): void {
  w.start('VariableValue').empty('VariableRef', [['targetGUID', variable]]).text(type === 'Date' ? 'DateValue' : 'TextValue', value).end();
}

/** A project: `project.qde`'s text and the plain texts it refers to. */
export interface RefiProject {
  qde: string;
  /** `sources/<guid>.txt` and the text, UTF-8, LF line ends. */
  sources: Array<{ path: string; text: string }>;
  /** Orphaned tags that could not become selections, having no place in the text. */
  leftOut: number;
}

/** The user who made what has no author: readers expect a `creatingUser` everywhere. */
export const DEFAULT_USER = { guid: guidFor('user', '\u0000unattributed'), name: 'Unattributed' } as const;
/** The code grouping the speakers' codes (QualCoder reads a code with a case's GUID as that case's passages). */
export const SPEAKERS_CODE = { guid: guidFor('code-group', 'speakers'), name: 'Speakers' } as const;

interface NoteEntry {
  guid: string;
  name: string;
  text: string;
  user: string;
  created?: string;
  modified?: string;
  selection: { guid: string; start: number; end: number };
}

/**
 * Writes the project document; `name` names the project in the QDA tool.
 * Where each reader looks, as read in their importers: notes hang from the
 * `TextSource` by `NoteRef`, each `Note` holding its text and a
 * `PlainTextSelection` of the passage; a speaker's case is linked to the
 * turns they speak by `SelectionRef`s and, for QualCoder, by a code with the
 * case's GUID coding those turns; sources are LF text and positions count
 * its code points; every selection, coding and note names a `creatingUser`.
 */
export function writeProject(corpus: ExportCorpus, name: string): RefiProject {
  const w = new XmlWriter();
  const created = dateTime(corpus.created);
  w.start('Project', [
    ['xmlns', PROJECT_NAMESPACE], ['name', name], ['origin', corpus.origin],
    ['creatingUserGUID', DEFAULT_USER.guid], ['creationDateTime', created], ['modifyingUserGUID', DEFAULT_USER.guid], ['modifiedDateTime', created],
  ]);

  const authors = new Set<string>();
  for (const d of corpus.documents) for (const t of placed(d)) if (t.author) authors.add(t.author);
  w.start('Users');
  for (const a of [...authors].sort()) w.empty('User', [['guid', userGuid(a)], ['name', a]]);
  w.empty('User', [['guid', DEFAULT_USER.guid], ['name', DEFAULT_USER.name]]);
  w.end();

  // Speakers become cases: one per name across the corpus, with their role, sources and the turns they speak.
  type CaseEntry = { roles: Map<string, number>; sources: Set<string>; selections: string[] };
  const cases = new Map<string, CaseEntry>();
  const caseOf = (speaker: string): CaseEntry => {
    const c = cases.get(speaker) ?? { roles: new Map(), sources: new Set(), selections: [] };
    cases.set(speaker, c);
    return c;
  };
  for (const d of corpus.documents) {
    for (const s of d.speakers) {
      const c = caseOf(s.name);
      c.roles.set(s.role, (c.roles.get(s.role) ?? 0) + 1);
      c.sources.add(sourceGuid(d));
    }
    d.turns.forEach((turn, i) => {
      const c = caseOf(turn.speaker);
      c.sources.add(sourceGuid(d));
      c.selections.push(turnGuid(d, i));
    });
    for (const t of placed(d)) {
      if (!t.speaker) continue;
      const c = caseOf(t.speaker);
      c.sources.add(sourceGuid(d));
      if (t.role && c.roles.size === 0) c.roles.set(t.role, 1);
    }
  }
  const speakers = [...cases.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const categories = corpus.categories;
  if (categories.length || speakers.length) {
    w.start('CodeBook');
    codes(w, categories, () => {
      if (!speakers.length) return;
      w.start('Code', [['guid', SPEAKERS_CODE.guid], ['name', SPEAKERS_CODE.name], ['isCodable', 'false']]);
      w.text('Description', 'Who speaks: each code marks the turns of one speaker, and has the GUID of that speaker\'s case.');
      for (const s of speakers) w.empty('Code', [['guid', caseGuid(s)], ['name', s], ['isCodable', 'true']]);
      w.end();
    });
    w.end();
  }

  const usedSourceVariables = SOURCE_VARIABLES.filter((v) => corpus.documents.some((d) => v.value(d) !== undefined));
  if (cases.size || usedSourceVariables.length) {
    w.start('Variables');
    if (cases.size) w.start('Variable', [['guid', ROLE_VARIABLE], ['name', 'Role'], ['typeOfVariable', 'Text']]).text('Description', "The speaker's role in the transcripts: questioner, respondent, moderator or unknown.").end();
    for (const v of usedSourceVariables) w.empty('Variable', [['guid', guidFor('variable', v.name)], ['name', v.name], ['typeOfVariable', v.type]]);
    w.end();
  }
  if (cases.size) {
    w.start('Cases');
    for (const speaker of speakers) {
      const c = cases.get(speaker)!;
      w.start('Case', [['guid', caseGuid(speaker)], ['name', speaker]]);
      const role = [...c.roles].sort((a, b) => b[1] - a[1] || (a[0] === 'unknown' ? 1 : 0) - (b[0] === 'unknown' ? 1 : 0))[0]?.[0];
      if (role) variableValue(w, ROLE_VARIABLE, 'Text', role);
      for (const s of c.sources) w.empty('SourceRef', [['targetGUID', s]]);
      for (const s of c.selections) w.empty('SelectionRef', [['targetGUID', s]]);
      w.end();
    }
    w.end();
  }

  const sources: RefiProject['sources'] = [];
  const notes: NoteEntry[] = [];
  let leftOut = 0;
  if (corpus.documents.length) {
    w.start('Sources');
    for (const d of corpus.documents) {
      const guid = sourceGuid(d);
      const lf = lfText(d.text);
      sources.push({ path: `sources/${guid}.txt`, text: lf.text });
      w.start('TextSource', [['guid', guid], ['name', sourceName(d.path)], ['plainTextPath', `internal://${guid}.txt`], ['creatingUser', DEFAULT_USER.guid], ['creationDateTime', created]]);
      if (d.metadata.title) w.text('Description', d.metadata.title);
      leftOut += d.tags.length - placed(d).length;
      const sourceNotes: string[] = [];
      for (const t of placed(d)) {
        const user = t.author ? userGuid(t.author) : DEFAULT_USER.guid;
        const start = lf.map(t.start!);
        const end = lf.map(t.end!);
        w.start('PlainTextSelection', [
          ['guid', selectionGuid(d, t)], ['name', shortName(t.quote)], ['startPosition', start], ['endPosition', end],
          ['creatingUser', user], ['creationDateTime', dateTime(t.created)], ['modifyingUser', user], ['modifiedDateTime', dateTime(t.modified)],
        ]);
        const where = [t.speaker, t.section, t.place ? `place ${t.place}` : undefined].filter(Boolean).join(', ');
        if (where) w.text('Description', where);
        w.start('Coding', [['guid', codingGuid(d, t)], ['creatingUser', user], ['creationDateTime', dateTime(t.created)]]);
        w.empty('CodeRef', [['targetGUID', codeGuid({ id: t.category, label: t.categoryLabel })]]);
        w.end();
        w.end();
        const text = noteText(t);
        if (text) {
          const note: NoteEntry = { guid: noteGuid(d, t), name: `Note on "${shortName(t.quote)}"`, text, user, selection: { guid: guidFor('note-selection', `${d.path}\n${t.id}`), start, end } };
          if (dateTime(t.created)) note.created = dateTime(t.created);
          if (dateTime(t.modified)) note.modified = dateTime(t.modified);
          notes.push(note);
          sourceNotes.push(note.guid);
        }
      }
      d.turns.forEach((turn, i) => {
        const start = lf.map(turn.start);
        const end = lf.map(turn.end);
        const words = Array.from(lf.text).slice(start, end).join('');
        w.start('PlainTextSelection', [['guid', turnGuid(d, i)], ['name', `${turn.speaker}: ${shortName(words)}`], ['startPosition', start], ['endPosition', end], ['creatingUser', DEFAULT_USER.guid], ['creationDateTime', created]]);
        w.start('Coding', [['guid', guidFor('turn-coding', `${d.path}\n${i}`)], ['creatingUser', DEFAULT_USER.guid], ['creationDateTime', created]]);
        w.empty('CodeRef', [['targetGUID', caseGuid(turn.speaker)]]);
        w.end();
        w.end();
      });
      for (const n of sourceNotes) w.empty('NoteRef', [['targetGUID', n]]);
      for (const v of usedSourceVariables) {
        const value = v.value(d);
        if (value !== undefined) variableValue(w, guidFor('variable', v.name), v.type, value);
      }
      w.end();
      if (d.recording) recordingSource(w, d, guid, created);
    }
    w.end();
  }
  if (notes.length) {
    w.start('Notes');
    for (const n of notes) {
      w.start('Note', [['guid', n.guid], ['name', n.name], ['creatingUser', n.user], ['creationDateTime', n.created], ['modifyingUser', n.user], ['modifiedDateTime', n.modified]]);
      w.text('PlainTextContent', n.text);
      w.empty('PlainTextSelection', [['guid', n.selection.guid], ['startPosition', n.selection.start], ['endPosition', n.selection.end], ['creatingUser', n.user], ['creationDateTime', n.created]]);
      w.end();
    }
    w.end();
  }
  w.end();
  return { qde: w.toString(), sources, leftOut };
}

/** The `.qdpx` archive: `project.qde` at the root, the plain texts under `sources/`. */
export function writeQdpx(corpus: ExportCorpus, name: string): { bytes: Uint8Array; leftOut: number } {
  const project = writeProject(corpus, name);
  const encoder = new TextEncoder();
  const entries = [{ path: 'project.qde', data: encoder.encode(project.qde) }, ...project.sources.map((s) => ({ path: s.path, data: encoder.encode(s.text) }))];
  const modified = new Date(Date.parse(corpus.created) || Date.now());
  return { bytes: writeZip(entries, modified), leftOut: project.leftOut };
}

/** The recording as an `AudioSource` or `VideoSource` whose transcript is the document's text, tied to it by sync points (milliseconds, code points). */
function recordingSource(w: XmlWriter, d: ExportDocument, textGuid: string, created: string | undefined): void {
  const recording = d.recording!;
  const element = recording.kind === 'video' ? 'VideoSource' : 'AudioSource';
  const name = decodeURIComponent(recording.uri.slice(recording.uri.lastIndexOf('/') + 1));
  w.start(element, [['guid', guidFor('recording', d.path)], ['name', name], ['path', recording.uri], ['creationDateTime', created]]);
  w.start('Transcript', [['guid', guidFor('transcript', d.path)], ['name', d.path], ['plainTextPath', `internal://${textGuid}.txt`], ['creationDateTime', created]]);
  (d.syncPoints ?? []).forEach((p, i) => w.empty('SyncPoint', [['guid', guidFor('sync', `${d.path}\n${i}`)], ['timeStamp', Math.round(p.time * 1000)], ['position', p.position]]));
  w.end();
  w.end();
}
