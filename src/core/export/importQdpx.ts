/**
 * Importing a REFI-QDA project (`.qdpx`, from MAXQDA, ATLAS.ti, NVivo,
 * QualCoder or this tool): each plain-text source becomes a transcript,
 * its coded selections tags in the transcript's sidecar (a coding's user is
 * the tag's author), the notes on its passages the tags' notes, the codes
 * the workspace codebook and the cases the speakers of the passages they are
 * linked to. Sources that are not plain text (PDF, audio, video, pictures)
 * and text kept outside the archive are skipped, each with the reason.
 */
import { unzipSync } from 'fflate';
import { addToCodebook, type Category } from '../annotations/codebook';
import { contextAround } from '../annotations/context';
import { newTagId, type Tag } from '../annotations/tag';
import { TextIndex } from '../annotations/positions';
import { writeSidecar } from '../annotations/sidecar';
import { decodeText, stripBom } from '../text';
import { sha256Text } from '../text/sha256';
import { readTranscript } from '../formats';
import { sectionAt, turnAt } from '../transcript/lookup';
import { codebookYaml, plainGuid, readCodebookElement } from './importQdc';
import { DEFAULT_USER } from './refiQda';
import { lfText, sourcePath } from './refiText';
import { childrenNamed, parseXml, XmlError, type XmlElement } from './xmlRead';

/** A project that cannot be imported at all, with the reason in words for the user. */
export class ProjectImportError extends Error {}

/** One transcript to write: its path under the chosen folder (with `/`), its text and its sidecar's text. */
export interface ImportedTranscript {
  path: string;
  text: string;
  sidecar: string;
  tags: number;
}

/** What an import gives the caller to write, and what it says to the user. */
export interface ProjectImport {
  /** The project's name, as it gives it. */
  name: string;
  transcripts: ImportedTranscript[];
  /** The workspace codebook after the import: the current categories, then the project's new ones. */
  categories: Category[];
  /** Categories added to the codebook. */
  newCategories: number;
  /** Sources not imported, by name, with the reason. */
  skipped: Array<{ name: string; reason: string }>;
  /** Selections or notes not imported, with the reason. */
  problems: string[];
  counts: { codings: number; notes: number; codes: number; cases: number };
}

export interface ProjectImportOptions {
  /** The workspace's codebook: categories with a code's name keep their id. */
  current?: readonly Category[];
  /** When the import is made (ISO 8601): the time of tags that carry none. */
  now: string;
  random?: () => number;
}

/** Any file inside the archive larger than this is refused (a defence against zip bombs). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** The category of a note on a passage that no code marks. */
const NOTE_CATEGORY: Category = { id: 'note', label: 'Note', description: 'A passage with a note and no code, imported from a REFI-QDA project.' };
const NOT_TEXT: Record<string, string> = {
  PDFSource: 'a PDF document',
  PictureSource: 'a picture',
  AudioSource: 'an audio recording',
  VideoSource: 'a video',
};
const OWN_ORIGIN = /^Transcript Annotator\b/;

/** The files of a zip archive; throws ProjectImportError for what is not one, or is too large. */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0;
  let tooLarge: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (file.originalSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) tooLarge ??= file.name;
        return tooLarge === undefined;
      },
    });
  } catch (e) {
    throw new ProjectImportError(`Not a .qdpx project: it cannot be read as a zip archive (${(e as Error).message}).`);
  }
  if (tooLarge !== undefined) throw new ProjectImportError(`The archive's ${tooLarge} unpacks to more than this import reads (${MAX_ENTRY_BYTES / 1024 / 1024} MB a file, ${MAX_TOTAL_BYTES / 1024 / 1024} MB in all).`);
  return files;
}

function elements(root: XmlElement, name: string): XmlElement[] {
  return root.children.flatMap((c) => (c.name === name ? [c] : []));
}

function numberAttr(el: XmlElement, name: string): number | undefined {
  const v = el.attributes[name];
  return v !== undefined && /^\s*\d+\s*$/.test(v) ? Number(v) : undefined;
}

function isoTime(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** A source's name as a safe relative path: no `..`, no empty parts, nothing Windows refuses, a text extension. */
function safePath(name: string, taken: Set<string>): string {
  const parts = sourcePath(name)
    .split('/')
    // eslint-disable-next-line no-control-regex -- characters no file name may hold
    .map((p) => p.replace(/[\\:*?"<>|\u0000-\u001f\u007f]/g, '_').trim())
    .filter((p) => p && p !== '.' && p !== '..');
  let path = parts.join('/') || 'source';
  if (!/\.(txt|transcript)$/i.test(path)) path += '.txt';
  const dot = path.lastIndexOf('.');
  let unique = path;
  for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${path.slice(0, dot)} (${i})${path.slice(dot)}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** A note this tool wrote: the note, then `Verdict:` and `Source:` lines. Other tools' notes are notes. */
function splitNote(text: string, own: boolean): { note?: string; verdict?: string; source?: string } {
  if (!own) return text.trim() ? { note: text } : {};
  const lines = text.split('\n');
  const out: { note?: string; verdict?: string; source?: string } = {};
  if (lines.length && /^Source: /.test(lines.at(-1)!)) out.source = lines.pop()!.slice(8);
  if (lines.length && /^Verdict: /.test(lines.at(-1)!)) out.verdict = lines.pop()!.slice(9);
  if (lines.length) out.note = lines.join('\n');
  return out;
}

interface Passage {
  start: number;
  end: number;
}

/** Reads a `.qdpx` archive. Throws ProjectImportError when it is not a project this can read. */
export function readQdpx(bytes: Uint8Array, options: ProjectImportOptions): ProjectImport {
  const files = unzip(bytes);
  const names = Object.keys(files);
  const qdeName = names.find((n) => n.toLowerCase() === 'project.qde') ?? names.find((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  if (!qdeName) throw new ProjectImportError('Not a .qdpx project: the archive holds no project.qde.');
  let root: XmlElement;
  try {
    root = parseXml(decodeText(files[qdeName]!).text);
  } catch (e) {
    if (e instanceof XmlError) throw new ProjectImportError(`${qdeName} is not well-formed XML: ${e.message}.`);
    throw new ProjectImportError(`${qdeName} cannot be read: ${(e as Error).message}.`);
  }
  if (root.name !== 'Project') throw new ProjectImportError(`${qdeName} is not a REFI-QDA project: its root element is <${root.name}>, not <Project>.`);
  const origin = root.attributes.origin ?? '';
  const own = OWN_ORIGIN.test(origin);
  // ATLAS.ti counts a CRLF as one character; the others count every character of the file.
  const crlfCountsOnce = /atlas/i.test(origin);
  const random = options.random ?? Math.random;

  const users = new Map<string, string>();
  for (const u of elements(root, 'Users').flatMap((e) => childrenNamed(e, 'User'))) users.set(plainGuid(u.attributes.guid), u.attributes.name ?? '');
  const author = (el: XmlElement | undefined): string | undefined => {
    const guid = plainGuid(el?.attributes.creatingUser ?? el?.attributes.modifyingUser);
    if (!guid || guid === DEFAULT_USER.guid) return undefined;
    const name = users.get(guid);
    return name && name.trim() ? name : undefined;
  };

  // Cases: a speaker's passages are the selections its SelectionRefs name, and those coded with a code of its GUID.
  const cases = new Map<string, string>();
  const caseSelections = new Map<string, string>();
  for (const c of elements(root, 'Cases').flatMap((e) => childrenNamed(e, 'Case'))) {
    const name = c.attributes.name?.trim();
    if (!name) continue;
    const guid = plainGuid(c.attributes.guid);
    cases.set(guid, name);
    for (const ref of childrenNamed(c, 'SelectionRef')) caseSelections.set(plainGuid(ref.attributes.targetGUID), name);
  }

  const current = options.current ?? [];
  const codebookEl = elements(root, 'CodeBook')[0];
  const hasCodes = codebookEl && childrenNamed(codebookEl, 'Codes').some((c) => childrenNamed(c, 'Code').length > 0);
  const read = hasCodes ? readCodebookElement(root, current, new Set(cases.keys())) : { categories: [], byGuid: new Map<string, string>(), codes: 0, notCodable: 0 };
  const categories: Category[] = [...current];
  const known = new Set(current.map((c) => c.id));
  for (const c of read.categories) {
    if (known.has(c.id)) continue;
    categories.push(c);
    known.add(c.id);
  }

  const notes = new Map<string, XmlElement>();
  for (const n of elements(root, 'Notes').flatMap((e) => childrenNamed(e, 'Note'))) notes.set(plainGuid(n.attributes.guid), n);
  const noteText = (guid: string): string | undefined => {
    const n = notes.get(guid);
    const text = n && childrenNamed(n, 'PlainTextContent')[0]?.text;
    return text && text.trim() ? text.replace(/\r\n?/g, '\n') : undefined;
  };

  const result: ProjectImport = {
    name: root.attributes.name ?? 'project',
    transcripts: [],
    categories,
    newCategories: 0,
    skipped: [],
    problems: [],
    counts: { codings: 0, notes: 0, codes: read.categories.length, cases: cases.size },
  };
  const taken = new Set<string>();
  const entry = (path: string): Uint8Array | undefined => {
    const want = path.replace(/^\/+/, '').toLowerCase();
    const name = names.find((n) => n.toLowerCase() === `sources/${want}` || n.toLowerCase() === want);
    return name ? files[name] : undefined;
  };

  for (const source of elements(root, 'Sources').flatMap((e) => e.children)) {
    const name = source.attributes.name?.trim() || source.attributes.guid || 'source';
    if (source.name !== 'TextSource') {
      result.skipped.push({ name, reason: `${NOT_TEXT[source.name] ?? `a <${source.name}>`}; only plain-text sources become transcripts` });
      continue;
    }
    let raw: string | undefined;
    const inline = childrenNamed(source, 'PlainTextContent')[0];
    const location = source.attributes.plainTextPath;
    if (inline) raw = inline.text;
    else if (location?.startsWith('internal://')) {
      const data = entry(location.slice('internal://'.length));
      if (!data) {
        result.skipped.push({ name, reason: `its text (${location}) is not in the archive` });
        continue;
      }
      try {
        raw = decodeText(data).text;
      } catch (e) {
        result.skipped.push({ name, reason: `its text cannot be read as text (${(e as Error).message})` });
        continue;
      }
    } else {
      result.skipped.push({ name, reason: location ? `its text is outside the archive (${location}); only text stored in the .qdpx is imported` : 'it has no plain text (only a rich-text document); export it from its tool with plain text' });
      continue;
    }
    raw = stripBom(raw);
    const lf = lfText(raw);
    const text = lf.text;
    const index = new TextIndex(text);
    const length = index.toCodePoint(text.length);
    const place = (p: number): number => index.toUtf16(Math.min(length, crlfCountsOnce ? p : lf.map(p)));
    const transcript = readTranscript(text, { skipNotes: true });

    const tags: Tag[] = [];
    const ids = new Set<string>();
    const speakers: Array<Passage & { name: string }> = [];
    const byPassage = new Map<string, Tag[]>();
    const add = (start: number, end: number, fields: Partial<Tag> & { category: string }): Tag => {
      const id = newTagId(ids, random);
      ids.add(id);
      const line = index.lineColumn(start).line - 1;
      const turn = turnAt(transcript, line);
      const tag: Tag = {
        id,
        category: fields.category,
        quote: text.slice(start, end),
        start,
        end,
        ...contextAround(text, start, end),
        speaker: turn?.speaker ?? null,
        section: sectionAt(transcript, line)?.title ?? null,
        created: fields.created ?? options.now,
        modified: fields.modified ?? fields.created ?? options.now,
        status: 'anchored',
      };
      for (const key of ['note', 'verdict', 'source', 'author'] as const) if (fields[key] !== undefined) tag[key] = fields[key];
      tags.push(tag);
      const key = `${start}:${end}`;
      byPassage.set(key, [...(byPassage.get(key) ?? []), tag]);
      return tag;
    };
    const span = (el: XmlElement): Passage | undefined => {
      const s = numberAttr(el, 'startPosition');
      const e = numberAttr(el, 'endPosition');
      if (s === undefined || e === undefined || e < s) {
        result.problems.push(`${name}: a selection on line ${el.line} of ${qdeName} has no valid startPosition and endPosition; it is not imported.`);
        return undefined;
      }
      return { start: place(s), end: place(e) };
    };
    const attachNote = (passage: Passage, text: string, el: XmlElement | undefined) => {
      const fields = splitNote(text, own);
      const onPassage = byPassage.get(`${passage.start}:${passage.end}`)?.[0];
      if (onPassage) {
        for (const key of ['note', 'verdict', 'source'] as const) if (fields[key] !== undefined) onPassage[key] = onPassage[key] === undefined || key !== 'note' ? fields[key] : `${onPassage[key]}\n\n${fields[key]}`;
      } else {
        if (!known.has(NOTE_CATEGORY.id)) {
          categories.push(NOTE_CATEGORY);
          known.add(NOTE_CATEGORY.id);
        }
        const who = author(el);
        add(passage.start, passage.end, { category: NOTE_CATEGORY.id, ...fields, ...(who ? { author: who } : {}), ...(isoTime(el?.attributes.creationDateTime) ? { created: isoTime(el?.attributes.creationDateTime) } : {}) });
      }
      result.counts.notes++;
    };

    for (const selection of childrenNamed(source, 'PlainTextSelection')) {
      const passage = span(selection);
      if (!passage) continue;
      const speaker = caseSelections.get(plainGuid(selection.attributes.guid));
      if (speaker) speakers.push({ ...passage, name: speaker });
      const description = childrenNamed(selection, 'Description')[0]?.text.trim();
      let coded = false;
      for (const coding of childrenNamed(selection, 'Coding')) {
        const target = plainGuid(childrenNamed(coding, 'CodeRef')[0]?.attributes.targetGUID);
        const caseName = cases.get(target);
        if (caseName) {
          speakers.push({ ...passage, name: caseName });
          continue;
        }
        const category = read.byGuid.get(target);
        if (!category) {
          result.problems.push(`${name}: a coding on line ${coding.line} of ${qdeName} refers to no code of the codebook; it is not imported.`);
          continue;
        }
        coded = true;
        const who = author(coding) ?? author(selection);
        const created = isoTime(coding.attributes.creationDateTime) ?? isoTime(selection.attributes.creationDateTime);
        const modified = isoTime(selection.attributes.modifiedDateTime);
        // Another tool's selection description is a memo on the coding (QualCoder reads it so); ours says where the words stand.
        add(passage.start, passage.end, { category, ...(who ? { author: who } : {}), ...(created ? { created } : {}), ...(modified ? { modified } : {}), ...(description && !own ? { note: description } : {}) });
        result.counts.codings++;
      }
      if (!coded && description && !own) attachNote(passage, description, selection);
      // Notes referred to from a selection (as some tools write them) are on that passage.
      for (const ref of childrenNamed(selection, 'NoteRef')) {
        const text = noteText(plainGuid(ref.attributes.targetGUID));
        if (text) attachNote(passage, text, notes.get(plainGuid(ref.attributes.targetGUID)));
      }
    }
    // Notes referred to from the source: each note's own selection says which passage it is on.
    for (const ref of childrenNamed(source, 'NoteRef')) {
      const guid = plainGuid(ref.attributes.targetGUID);
      const note = notes.get(guid);
      const text = noteText(guid);
      const at = note && childrenNamed(note, 'PlainTextSelection')[0];
      if (!note || !text) continue;
      if (!at) {
        result.problems.push(`${name}: the note "${note.attributes.name ?? guid}" is on no passage (it has no PlainTextSelection); it is not imported.`);
        continue;
      }
      const passage = span(at);
      if (passage) attachNote(passage, text, note);
    }
    // A case's passages name who speaks where the transcript's labels do not.
    for (const tag of tags) {
      if (tag.speaker) continue;
      const who = speakers.find((s) => s.start <= tag.start && tag.start < Math.max(s.end, s.start + 1));
      if (who) tag.speaker = who.name;
    }
    const path = safePath(name, taken);
    const fileName = path.split('/').pop()!;
    result.transcripts.push({ path, text, sidecar: writeSidecar({ transcriptName: fileName, text, tags, sha256: sha256Text(text), index }), tags: tags.length });
  }
  result.newCategories = categories.length - current.length;
  return result;
}

/**
 * The workspace codebook's text after an import: the project's categories in
 * a new file, or the new ones appended to the existing file (its comments and
 * categories kept). Undefined when the file needs no change.
 */
export function codebookAfterImport(existing: string | undefined, imported: ProjectImport, projectFile: string): string | undefined {
  if (existing === undefined || existing.trim() === '') return imported.categories.length ? codebookYaml(imported.categories, projectFile) : undefined;
  const added = imported.categories.slice(imported.categories.length - imported.newCategories);
  let text = existing;
  for (const c of added) text = addToCodebook(text, c);
  return added.length ? text : undefined;
}
