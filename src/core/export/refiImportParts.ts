/**
 * Small pieces of reading a REFI-QDA project shared by the project importer
 * and its per-source part: positions checked as numbers, times, safe file
 * names, this tool's own note layout, and the project-wide facts (users,
 * codes, notes) a source's codings refer to.
 */
import type { Category } from '../annotations/codebook';
import { plainGuid } from './importQdc';
import type { ImportAccount } from './importAccount';
import { DEFAULT_USER } from './refiQda';
import { sourcePath } from './refiText';
import { childrenNamed, type XmlElement } from './xmlRead';

/** A project that cannot be imported at all, with the reason in words for the user. */
export class ProjectImportError extends Error {}

/** The largest position read: a number with more digits than this is no position in any text. */
const MAX_DIGITS = 15;

/** A position attribute read as a number: a whole number from 0, no larger than a safe integer; otherwise what is wrong with it, in words. */
export function positionAttr(el: XmlElement, name: string): number | string {
  const v = el.attributes[name];
  if (v === undefined) return `has no ${name}`;
  // Nearly every position is a few plain digits: read in one pass, as the checks below would read them.
  if (v.length > 0 && v.length <= MAX_DIGITS) {
    let n = 0;
    let k = 0;
    for (; k < v.length; k++) {
      const d = v.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === v.length) return n;
  }
  const t = v.trim();
  if (!/^\d+$/.test(t)) return `has a ${name} that is not a whole number from 0 (${JSON.stringify(v.length > 24 ? `${v.slice(0, 24)}…` : v)})`;
  const digits = t.replace(/^0+(?=\d)/, '');
  const n = Number(digits);
  if (digits.length > MAX_DIGITS || !Number.isSafeInteger(n)) return `has a ${name} too large to be a position (${digits.length} digits)`;
  return n;
}

/** Times already read, by how the project writes them: a project repeats the same few times on thousands of codings and selections. */
const isoTimes = new Map<string, string | undefined>();
/** Times remembered at most: past this, the memory starts again (a project with more distinct times gains nothing from it). */
const MAX_ISO_TIMES = 1024;

/** An ISO 8601 time as the sidecar writes it, or undefined for what is not one. */
export function isoTime(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (isoTimes.has(s)) return isoTimes.get(s);
  const t = Date.parse(s);
  const iso = Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
  if (isoTimes.size >= MAX_ISO_TIMES) isoTimes.clear();
  isoTimes.set(s, iso);
  return iso;
}

/** A source's name as a safe relative path: no `..`, no empty parts, nothing Windows refuses, a text extension. */
export function safePath(name: string, taken: Set<string>): string {
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
export function splitNote(text: string, own: boolean): { note?: string; verdict?: string; source?: string } {
  if (!own) return text.trim() ? { note: text } : {};
  const lines = text.split('\n');
  const out: { note?: string; verdict?: string; source?: string } = {};
  if (lines.length && /^Source: /.test(lines.at(-1)!)) out.source = lines.pop()!.slice(8);
  if (lines.length && /^Verdict: /.test(lines.at(-1)!)) out.verdict = lines.pop()!.slice(9);
  if (lines.length) out.note = lines.join('\n');
  return out;
}

/** The project-wide facts a source's import needs. */
export interface ProjectContext {
  /** The project document's name in the archive, for messages (`project.qde`). */
  qdeName: string;
  /** True when this tool wrote the project (its notes carry verdicts and sources). */
  own: boolean;
  origin: string;
  now: string;
  random: () => number;
  /** A user's name by the element's creating (or modifying) user; undefined for the default user or none. */
  author(el: XmlElement | undefined): string | undefined;
  /** The category id of each code's GUID. */
  categoryOf: Map<string, string>;
  /** Case names by GUID (a coding with a case's GUID names who speaks). */
  cases: Map<string, string>;
  /** The case named by each selection's GUID (a case's SelectionRef). */
  caseSelections: Map<string, string>;
  /** The GUIDs of the selections any case links to (named or not): only their words are kept for the cases file. */
  linkedSelections: Set<string>;
  /** The project's notes by GUID. */
  notes: Map<string, XmlElement>;
  /** A note's text (plain text inline, or its internal text file), undefined when it has none; problems go to the account. */
  noteText(guid: string): string | undefined;
  /** The notes linked (REFI-QDA `<Link>`, as NVivo writes them) to each selection's GUID. */
  linkedNotes: Map<string, string[]>;
  /** Notes placed on a passage so far (the rest go to the project notes file). */
  usedNotes: Set<string>;
  /** The categories the import adds for notes on passages no code marks. */
  ensureNoteCategory(): string;
  account: ImportAccount;
}

/** The category of a note on a passage that no code marks. */
export const NOTE_CATEGORY: Category = { id: 'note', label: 'Note', description: 'A passage with a note and no code, imported from a REFI-QDA project.' };

/** Users by GUID, and a function naming the author of an element. */
export function usersOf(root: XmlElement): { names: Map<string, string>; author: (el: XmlElement | undefined) => string | undefined; used: Set<string> } {
  const names = new Map<string, string>();
  for (const u of root.children.filter((c) => c.name === 'Users').flatMap((e) => childrenNamed(e, 'User'))) names.set(plainGuid(u.attributes.guid), u.attributes.name ?? '');
  const used = new Set<string>();
  const author = (el: XmlElement | undefined): string | undefined => {
    const guid = plainGuid(el?.attributes.creatingUser ?? el?.attributes.modifyingUser);
    if (!guid || guid === DEFAULT_USER.guid) return undefined;
    const name = names.get(guid);
    if (!name || !name.trim()) return undefined;
    used.add(guid);
    return name;
  };
  return { names, author, used };
}
