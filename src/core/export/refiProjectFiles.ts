/**
 * What a REFI-QDA project holds beyond its sources and codings, kept in the
 * workspace beside the codebook: its cases (`.transcripts/cases.yaml`: each
 * case's name, description, memo, variables and the passages linked to it)
 * and its notes that belong to no passage (`.transcripts/notes.yaml`: memos,
 * journals). An import merges into the files already there, never dropping
 * an entry the user has.
 */
import { parse, stringify } from 'yaml';

/** Where the cases of imported projects are kept. */
export const CASES_PATH = '.transcripts/cases.yaml';
/** Where the notes of imported projects that are on no passage are kept. */
export const PROJECT_NOTES_PATH = '.transcripts/notes.yaml';

/** A case of a project: a person, a site, a group... */
export interface ImportedCase {
  name: string;
  description?: string;
  /** The memos (notes) linked to the case. */
  memo?: string;
  /** Its variables' values, by variable name. */
  variables?: Array<{ name: string; value: string }>;
  /** The passages linked to it: the transcript's path and the words. */
  passages?: Array<{ transcript: string; quote: string }>;
  /** The sources linked to it as a whole. */
  sources?: string[];
  /** The project it came from. */
  project: string;
}

/** A note of a project that is on no passage of a source. */
export interface ImportedNote {
  name: string;
  text: string;
  author?: string;
  created?: string;
  /** What the note was linked to in the project, when something (a code, a case) that is not a passage. */
  about?: string;
  project: string;
}

function entriesOf(existing: string | undefined, key: string, file: string): unknown[] {
  if (existing === undefined || existing.trim() === '') return [];
  let data: unknown;
  try {
    data = parse(existing, { maxAliasCount: 100 });
  } catch (e) {
    throw new Error(`${file} is not valid YAML (${(e as Error).message}); fix it before importing into it, so that nothing in it is lost.`);
  }
  const list = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
  if (data !== null && data !== undefined && !Array.isArray(list)) throw new Error(`${file} has no \`${key}\` list; fix it before importing into it, so that nothing in it is lost.`);
  return Array.isArray(list) ? list : [];
}

function keyOf(entry: unknown, fields: readonly string[]): string {
  const o = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  return JSON.stringify(fields.map((f) => o[f] ?? null));
}

function merged(existing: string | undefined, key: string, file: string, header: string, added: readonly object[], identity: readonly string[]): string | undefined {
  const before = entriesOf(existing, key, file);
  const have = new Set(before.map((e) => keyOf(e, identity)));
  const fresh = added.filter((e) => !have.has(keyOf(e, identity)));
  if (!fresh.length) return undefined;
  // Prototype-free records: a name like `__proto__` from a project stays data.
  const plain = fresh.map((e) => Object.assign(Object.create(null) as object, e));
  return header + stringify({ version: 1, [key]: [...before, ...plain] }, { lineWidth: 0 });
}

/** The cases file after an import: the cases there, then the project's cases not there yet (same name and project). Undefined when nothing changes. Throws when the file there cannot be read. */
export function casesAfterImport(existing: string | undefined, cases: readonly ImportedCase[]): string | undefined {
  const header = '# Cases of imported REFI-QDA projects (Transcript Annotator): each with its description, memo, variables and linked passages.\n';
  return merged(existing, 'cases', CASES_PATH, header, cases, ['name', 'project']);
}

/** The project notes file after an import: the notes there, then the project's notes not there yet. Undefined when nothing changes. Throws when the file there cannot be read. */
export function notesAfterImport(existing: string | undefined, notes: readonly ImportedNote[]): string | undefined {
  const header = '# Notes of imported REFI-QDA projects that are on no passage of a transcript (memos, journals), kept by Transcript Annotator.\n';
  return merged(existing, 'notes', PROJECT_NOTES_PATH, header, notes, ['name', 'text', 'project']);
}
