/**
 * Importing a REFI-QDA project (`.qdpx`, from MAXQDA, ATLAS.ti, NVivo,
 * QualCoder or this tool): each plain-text source becomes a transcript,
 * its coded selections tags in the transcript's sidecar (a coding's user is
 * the tag's author), the notes on its passages the tags' notes, the codes
 * the workspace codebook, the cases the speakers of the passages they are
 * linked to and the cases file, and the notes on no passage the project
 * notes file. The archive is unpacked under limits checked while unpacking,
 * and only the entries the import reads. Every import gives a full account
 * (importAccount.ts): nothing is dropped without being named.
 */
import { type Category } from '../annotations/codebook';
import { addToCodebook } from '../annotations/codebook';
import { decodeText } from '../text';
import { accountText, named, newAccount, type ImportAccount } from './importAccount';
import { codebookYaml, plainGuid, readCodebookElement } from './importQdc';
import { importTextSource, type ImportedTranscript } from './importRefiSource';
import { DEFAULT_USER } from './refiQda';
import { NOTE_CATEGORY, ProjectImportError, safePath, usersOf, type ProjectContext } from './refiImportParts';
import type { ImportedCase, ImportedNote } from './refiProjectFiles';
import { ArchiveError, openArchive, type Archive, type UnpackLimits } from './unzipLimited';
import { childrenNamed, parseXml, XmlError, type XmlElement } from './xmlRead';

export { ProjectImportError, type ImportedTranscript, accountText };

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
  /** Selections, codings or notes not imported or not placed, each with the reason. */
  problems: string[];
  counts: { codings: number; notes: number; codes: number; cases: number };
  /** The project's cases, for the cases file (refiProjectFiles.ts). */
  cases: ImportedCase[];
  /** The project's notes that are on no passage, for the project notes file. */
  projectNotes: ImportedNote[];
  /** The full account: read, kept, placed, orphaned and skipped, by kind. */
  account: ImportAccount;
}

export interface ProjectImportOptions {
  /** The workspace's codebook: categories with a code's name keep their id. */
  current?: readonly Category[];
  /** When the import is made (ISO 8601): the time of tags that carry none. */
  now: string;
  random?: () => number;
  /** The project's file name, for the account. */
  projectFile?: string;
  /** How much the archive may unpack to (IMPORT_LIMITS unless given). */
  limits?: UnpackLimits;
}

/**
 * How much a project may unpack to: any text source or project document
 * larger than this is far more than a transcript or its codings need, and is
 * refused while it unpacks, long before it could exhaust the memory.
 */
export const IMPORT_LIMITS: UnpackLimits = { entryBytes: 48 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

const NOT_TEXT: Record<string, string> = {
  PDFSource: 'a PDF document',
  PictureSource: 'a picture',
  AudioSource: 'an audio recording',
  VideoSource: 'a video',
};
const OWN_ORIGIN = /^Transcript Annotator\b/;

function elements(root: XmlElement, name: string): XmlElement[] {
  return root.children.flatMap((c) => (c.name === name ? [c] : []));
}

function descendants(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}

function unpack(archive: Archive, name: string): Uint8Array {
  const entry = archive.entries.find((e) => e.name === name)!;
  try {
    return archive.read(entry);
  } catch (e) {
    if (e instanceof ArchiveError) throw new ProjectImportError(`The archive cannot be imported: ${e.message}.`);
    throw e;
  }
}

/** Reads a `.qdpx` archive. Throws ProjectImportError when it is not a project this can read, or unpacks to more than the limits. */
export function readQdpx(bytes: Uint8Array, options: ProjectImportOptions): ProjectImport {
  let archive: Archive;
  try {
    archive = openArchive(bytes, options.limits ?? IMPORT_LIMITS);
  } catch (e) {
    if (e instanceof ArchiveError) throw new ProjectImportError(`Not a .qdpx project: it cannot be read as a zip archive (${e.message}).`);
    throw e;
  }
  const names = archive.entries.map((e) => e.name);
  const qdeName = names.find((n) => n.toLowerCase() === 'project.qde') ?? names.find((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  if (!qdeName) throw new ProjectImportError('Not a .qdpx project: the archive holds no project.qde.');
  let root: XmlElement;
  try {
    root = parseXml(decodeText(unpack(archive, qdeName)).text);
  } catch (e) {
    if (e instanceof ProjectImportError) throw e;
    if (e instanceof XmlError) throw new ProjectImportError(`${qdeName} is not well-formed XML: ${e.message}.`);
    throw new ProjectImportError(`${qdeName} cannot be read: ${(e as Error).message}.`);
  }
  if (root.name !== 'Project') throw new ProjectImportError(`${qdeName} is not a REFI-QDA project: its root element is <${root.name}>, not <Project>.`);
  const origin = root.attributes.origin ?? '';
  const projectName = root.attributes.name ?? 'project';
  const projectFile = options.projectFile ?? projectName;
  const account = newAccount(projectFile);
  const entry = (path: string): string | undefined => {
    const want = path.replace(/^\/+/, '').toLowerCase();
    return names.find((n) => n.toLowerCase() === `sources/${want}` || n.toLowerCase() === want);
  };

  const users = usersOf(root);

  // Cases: a speaker's passages are the selections its SelectionRefs name, and those coded with a code of its GUID.
  const cases = new Map<string, string>();
  const caseSelections = new Map<string, string>();
  const caseElements = elements(root, 'Cases').flatMap((e) => childrenNamed(e, 'Case'));
  const linkedSelections = new Set(caseElements.flatMap((c) => childrenNamed(c, 'SelectionRef').map((r) => plainGuid(r.attributes.targetGUID))));
  for (const c of caseElements) {
    const name = c.attributes.name?.trim();
    if (!name) continue;
    cases.set(plainGuid(c.attributes.guid), name);
    for (const ref of childrenNamed(c, 'SelectionRef')) caseSelections.set(plainGuid(ref.attributes.targetGUID), name);
  }

  const current = options.current ?? [];
  const codebookEl = elements(root, 'CodeBook')[0];
  const hasCodes = codebookEl && childrenNamed(codebookEl, 'Codes').some((c) => childrenNamed(c, 'Code').length > 0);
  const read = hasCodes ? readCodebookElement(root, current, new Set(cases.keys())) : { categories: [], byGuid: new Map<string, string>(), codes: 0, notCodable: 0, sets: [] };
  const categories: Category[] = [...current];
  const known = new Set(current.map((c) => c.id));
  for (const c of read.categories) {
    if (known.has(c.id)) continue;
    categories.push(c);
    known.add(c.id);
  }
  const allCodes = codebookEl ? descendants(codebookEl, 'Code') : [];
  account.kinds.codes.read = allCodes.length;
  account.kinds.codes.kept = read.categories.length;
  for (const code of allCodes) {
    const guid = plainGuid(code.attributes.guid);
    if (read.byGuid.has(guid)) continue;
    const children = childrenNamed(code, 'Code');
    if (cases.has(guid)) {
      account.kinds.codes.kept++;
      account.kinds.codes.lines.push(`the code ${named(code.attributes.name ?? guid)} is the code of the case of that name: its codings name who speaks, and the cases file keeps the case.`);
    } else if (children.length && children.every((c) => cases.has(plainGuid(c.attributes.guid)))) {
      account.kinds.codes.kept++;
      account.kinds.codes.lines.push(`the code ${named(code.attributes.name ?? guid)} only groups the codes of cases; the cases file keeps them.`);
    } else {
      account.kinds.codes.skipped++;
      account.kinds.codes.lines.push(`the code ${named(code.attributes.name ?? guid)} is a folder left with no code in it; it is not a category.`);
    }
  }

  // Notes, their text inline or in the archive, and the links (NVivo's) from notes to selections.
  const notes = new Map<string, XmlElement>();
  for (const n of elements(root, 'Notes').flatMap((e) => childrenNamed(e, 'Note'))) notes.set(plainGuid(n.attributes.guid), n);
  account.kinds.notes.read = notes.size;
  const noteTexts = new Map<string, string | undefined>();
  const noteText = (guid: string): string | undefined => {
    if (noteTexts.has(guid)) return noteTexts.get(guid);
    const n = notes.get(guid);
    let text = n && childrenNamed(n, 'PlainTextContent')[0]?.text;
    const path = n?.attributes.plainTextPath;
    if (n && !text?.trim() && path?.startsWith('internal://')) {
      const name = entry(path.slice('internal://'.length));
      if (name) text = decodeText(unpack(archive, name)).text;
    }
    if (n && !text?.trim()) text = childrenNamed(n, 'Description')[0]?.text;
    const value = text && text.trim() ? text.replace(/\r\n?/g, '\n') : undefined;
    noteTexts.set(guid, value);
    return value;
  };
  const linkedNotes = new Map<string, string[]>();
  const linkedTo = new Map<string, string>();
  for (const link of elements(root, 'Links').flatMap((e) => childrenNamed(e, 'Link'))) {
    const from = plainGuid(link.attributes.originGUID);
    const to = plainGuid(link.attributes.targetGUID);
    const [note, other] = notes.has(from) ? [from, to] : notes.has(to) ? [to, from] : [undefined, undefined];
    if (!note || !other) continue;
    linkedNotes.set(other, [...(linkedNotes.get(other) ?? []), note]);
    linkedTo.set(note, other);
  }

  const result: ProjectImport = {
    name: projectName,
    transcripts: [],
    categories,
    newCategories: 0,
    skipped: [],
    problems: [],
    counts: { codings: 0, notes: 0, codes: read.categories.length, cases: cases.size },
    cases: [],
    projectNotes: [],
    account,
  };
  const ctx: ProjectContext = {
    qdeName,
    own: OWN_ORIGIN.test(origin),
    origin,
    now: options.now,
    random: options.random ?? Math.random,
    author: users.author,
    categoryOf: read.byGuid,
    cases,
    caseSelections,
    linkedSelections,
    notes,
    noteText,
    linkedNotes,
    usedNotes: new Set(),
    ensureNoteCategory: () => {
      if (!known.has(NOTE_CATEGORY.id)) {
        categories.push(NOTE_CATEGORY);
        known.add(NOTE_CATEGORY.id);
      }
      return NOTE_CATEGORY.id;
    },
    account,
  };
  const taken = new Set<string>();
  const passages = new Map<string, { transcript: string; quote: string }>();
  const sourceNames = new Map<string, string>();

  const sources = elements(root, 'Sources').flatMap((e) => e.children);
  account.kinds.sources.read = sources.length;
  for (const source of sources) {
    const name = source.attributes.name?.trim() || source.attributes.guid || 'source';
    sourceNames.set(plainGuid(source.attributes.guid), name);
    const skip = (reason: string) => {
      result.skipped.push({ name, reason });
      account.kinds.sources.skipped++;
      account.kinds.sources.lines.push(`${named(name)} is skipped: ${reason}.`);
      const codings = descendants(source, 'Coding').filter((c) => !cases.has(plainGuid(childrenNamed(c, 'CodeRef')[0]?.attributes.targetGUID)));
      if (codings.length) {
        account.kinds.codings.read += codings.length;
        account.kinds.codings.skipped += codings.length;
        account.kinds.codings.lines.push(`${codings.length} coding${codings.length === 1 ? '' : 's'} in ${named(name)} ${codings.length === 1 ? 'is' : 'are'} not imported with it (${reason}).`);
      }
    };
    if (source.name !== 'TextSource') {
      skip(`${Object.hasOwn(NOT_TEXT, source.name) ? NOT_TEXT[source.name] : `a <${source.name}>`}; only plain-text sources become transcripts`);
      continue;
    }
    let raw: string | undefined;
    const inline = childrenNamed(source, 'PlainTextContent')[0];
    const location = source.attributes.plainTextPath;
    if (inline) raw = inline.text;
    else if (location?.startsWith('internal://')) {
      const found = entry(location.slice('internal://'.length));
      if (!found) {
        skip(`its text (${location}) is not in the archive`);
        continue;
      }
      const data = unpack(archive, found);
      try {
        raw = decodeText(data).text;
      } catch (e) {
        skip(`its text cannot be read as text (${(e as Error).message})`);
        continue;
      }
    } else {
      skip(location ? `its text is outside the archive (${location}); only text stored in the .qdpx is imported` : 'it has no plain text (only a rich-text document); export it from its tool with plain text');
      continue;
    }
    const path = safePath(name, taken);
    sourceNames.set(plainGuid(source.attributes.guid), path);
    const imported = importTextSource(ctx, source, name, path, raw);
    result.transcripts.push(imported.transcript);
    for (const [guid, quote] of imported.passages) passages.set(guid, { transcript: path, quote });
    account.kinds.sources.kept++;
    account.kinds.sources.placed++;
  }

  // Cases, with their descriptions, variables, memos and linked passages, for the cases file.
  const variables = new Map(elements(root, 'Variables').flatMap((e) => childrenNamed(e, 'Variable')).map((v) => [plainGuid(v.attributes.guid), v.attributes.name ?? '']));
  account.kinds.cases.read = caseElements.length;
  for (const c of caseElements) {
    const guid = plainGuid(c.attributes.guid);
    const name = c.attributes.name?.trim() || `Case ${guid}`;
    const out: ImportedCase = { name, project: projectFile };
    const description = childrenNamed(c, 'Description')[0]?.text.trim();
    if (description) out.description = description;
    const memos = [...childrenNamed(c, 'NoteRef').map((r) => plainGuid(r.attributes.targetGUID)), ...(linkedNotes.get(guid) ?? [])].filter((g) => notes.has(g));
    const memoText = memos.map((g) => noteText(g)).filter((t): t is string => t !== undefined);
    for (const g of memos) ctx.usedNotes.add(g);
    if (memoText.length) out.memo = memoText.join('\n\n');
    const values = childrenNamed(c, 'VariableValue').flatMap((v) => {
      const variable = variables.get(plainGuid(childrenNamed(v, 'VariableRef')[0]?.attributes.targetGUID));
      const value = v.children.find((k) => k.name.endsWith('Value'))?.text.trim();
      return variable && value !== undefined ? [{ name: variable, value }] : [];
    });
    if (values.length) out.variables = values;
    const linked = childrenNamed(c, 'SelectionRef').flatMap((r) => passages.get(plainGuid(r.attributes.targetGUID)) ?? []);
    if (linked.length) out.passages = linked;
    const whole = childrenNamed(c, 'SourceRef').flatMap((r) => sourceNames.get(plainGuid(r.attributes.targetGUID)) ?? []);
    if (whole.length) out.sources = whole;
    result.cases.push(out);
    account.kinds.cases.kept++;
    const unplaced = childrenNamed(c, 'SelectionRef').length - linked.length;
    if (unplaced) account.kinds.cases.lines.push(`the case ${named(name)}: ${unplaced} of its linked selection${unplaced === 1 ? ' is' : 's are'} in no imported transcript; the case is kept without ${unplaced === 1 ? 'it' : 'them'}.`);
  }

  // Notes on no passage: the project notes file keeps them, saying what they were about.
  for (const [guid, note] of notes) {
    if (ctx.usedNotes.has(guid)) continue;
    const label = note.attributes.name?.trim() || `Note ${guid}`;
    const text = noteText(guid);
    if (text === undefined) {
      account.kinds.notes.skipped++;
      account.kinds.notes.lines.push(`the note ${named(label)} has no plain text (only a rich-text document, or nothing); there is nothing to keep.`);
      continue;
    }
    // What the note is about: what a <Link> ties it to, else the source that refers to it as a whole.
    const about = linkedTo.get(guid) ?? sources.find((src) => childrenNamed(src, 'NoteRef').some((r) => plainGuid(r.attributes.targetGUID) === guid))?.attributes.guid;
    const aboutName = about ? (cases.get(plainGuid(about)) ?? sourceNames.get(plainGuid(about)) ?? allCodes.find((c) => plainGuid(c.attributes.guid) === plainGuid(about))?.attributes.name) : undefined;
    const out: ImportedNote = { name: label, text, project: projectFile };
    const who = users.author(note);
    if (who) out.author = who;
    const created = note.attributes.creationDateTime;
    if (created) out.created = created;
    if (aboutName) out.about = aboutName;
    result.projectNotes.push(out);
    account.kinds.notes.kept++;
    account.kinds.notes.lines.push(`the note ${named(label)} is on no passage${aboutName ? ` (it is about ${named(aboutName)})` : ''}: kept in the project notes file.`);
  }

  // Users: each either the author of something kept, or named as having nothing here.
  for (const [guid, name] of users.names) {
    // This tool's stand-in for "no one" is not a person.
    if (guid === DEFAULT_USER.guid) continue;
    account.kinds.users.read++;
    if (users.used.has(guid)) account.kinds.users.kept++;
    else {
      account.kinds.users.skipped++;
      account.kinds.users.lines.push(`${named(name || guid)} made none of the codings or notes kept; there is nothing of theirs to keep.`);
    }
  }
  for (const kind of ['sets', 'graphs'] as const) {
    const container = kind === 'sets' ? 'Sets' : 'Graphs';
    for (const el of elements(root, container).flatMap((e) => e.children)) account.noPlace.push(`the ${kind === 'sets' ? 'set' : 'graph'} ${named(el.attributes.name ?? el.attributes.guid ?? '')} has no place in a workspace of transcripts; it is not kept.`);
  }

  result.counts.codings = account.kinds.codings.kept;
  result.counts.notes = account.kinds.notes.kept - result.projectNotes.length;
  for (const kind of ['codings', 'notes'] as const) result.problems.push(...account.kinds[kind].lines);
  result.problems.push(...account.noPlace);
  result.newCategories = categories.length - current.length;
  return result;
}

/**
 * The workspace codebook's text after an import: the project's categories in
 * a new file, or the new ones appended to the existing file (its comments and
 * categories kept). Undefined when the file needs no change.
 */
export function codebookAfterImport(existing: string | undefined, imported: Pick<ProjectImport, 'categories' | 'newCategories'>, projectFile: string): string | undefined {
  if (existing === undefined || existing.trim() === '') return imported.categories.length ? codebookYaml(imported.categories, projectFile) : undefined;
  const added = imported.categories.slice(imported.categories.length - imported.newCategories);
  let text = existing;
  for (const c of added) text = addToCodebook(text, c);
  return added.length ? text : undefined;
}
