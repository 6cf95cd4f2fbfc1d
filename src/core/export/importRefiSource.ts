/**
 * One text source of a REFI-QDA project becomes a transcript and its
 * sidecar. Its selections are checked as numbers (empty, reversed and absurd
 * ones are reported and skipped), their units found by evidence (see
 * refiPositions.ts), and each coding becomes a tag on its words, or an
 * orphaned tag holding the words the project stored when no reading of the
 * positions fits. Every note on a passage keeps its author: a note by
 * someone other than the passage's coder is a tag of its own.
 */
import { contextAround } from '../annotations/context';
import { newTagId, type Tag } from '../annotations/tag';
import { TextIndex } from '../annotations/positions';
import { writeSidecar } from '../annotations/sidecar';
import { stripBom } from '../text';
import { sha256Text } from '../text/sha256';
import { readTranscript } from '../formats';
import { FormatError } from '../formats/errors';
import type { Transcript } from '../transcript';
import { sectionAt, turnAt } from '../transcript/lookup';
import { named } from './importAccount';
import { plainGuid } from './importQdc';
import { isoTime, positionAttr, splitNote, type ProjectContext } from './refiImportParts';
import { chooseReading, describeReading, hintedReading, onWordBoundary, sameReading, storedMatches, type Placed, type RawSelection } from './refiPositions';
import { childrenNamed, firstChildNamed, type XmlElement } from './xmlRead';

/** One transcript to write: its path under the chosen folder (with `/`), its text and its sidecar's text. */
export interface ImportedTranscript {
  path: string;
  text: string;
  sidecar: string;
  tags: number;
}

/** What became of one selection: placed on words (UTF-16 offsets in the LF text), kept orphaned with the words the project stored, or skipped. */
type Placement = { kind: 'placed'; start: number; end: number; reading?: string } | { kind: 'orphaned'; quote: string; why: string } | { kind: 'skipped'; why: string };

/** The source's description as front matter at the top of its text, unless the text says it already (its title, for one). */
function withDescription(text: string, description: string | undefined): { text: string; shift: number } {
  if (!description || text.includes(description)) return { text, shift: 0 };
  const line = `description: ${JSON.stringify(description.replace(/\s+/g, ' '))}\n`;
  // Into the front matter the text has, else in a block of its own.
  if (/^---[ \t]*\n/.test(text) && /\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    const at = text.indexOf('\n') + 1;
    return { text: text.slice(0, at) + line + text.slice(at), shift: line.length };
  }
  const block = `---\n${line}---\n`;
  return { text: block + text, shift: block.length };
}

/** Imports one text source; `raw` is its text as stored in the archive. */
export function importTextSource(ctx: ProjectContext, source: XmlElement, name: string, path: string, raw: string): { transcript: ImportedTranscript; passages: Map<string, string> } {
  raw = stripBom(raw);
  // A native search first: a text with LF line ends needs no replacement, which would scan it more slowly.
  const lfRaw = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const { account } = ctx;
  const where = (el: XmlElement) => `${named(name)}, line ${el.line} of ${ctx.qdeName}`;

  // Every selection of the source (and of the notes on it), its numbers checked before anything uses them.
  // The source's own selections are known by their index (`own`), not looked up by element: a project holds thousands.
  const selections: Array<{ el: XmlElement; own: number } & RawSelection> = [];
  const bad: Array<{ el: XmlElement; own: number; why: string }> = [];
  const seen = new Set<XmlElement>();
  const consider = (el: XmlElement, own: number): void => {
    const start = positionAttr(el, 'startPosition');
    const end = positionAttr(el, 'endPosition');
    if (typeof start === 'string') bad.push({ el, own, why: `the selection ${start}` });
    else if (typeof end === 'string') bad.push({ el, own, why: `the selection ${end}` });
    else if (end < start) bad.push({ el, own, why: `the selection ends (${end}) before it starts (${start})` });
    else if (end === start) bad.push({ el, own, why: `the selection is empty (it starts and ends at ${start})` });
    else {
      // Only the name of a coded selection can be the words: a note's or a speaker's turn's name is a title.
      const stored = isCoded(el) ? el.attributes.name : undefined;
      selections.push(stored && stored.trim() ? { el, own, start, end, stored } : { el, own, start, end });
    }
  };
  const isCoded = (el: XmlElement): boolean => {
    for (const c of el.children) if (c.name === 'Coding' && ctx.categoryOf.has(plainGuid(firstChildNamed(c, 'CodeRef')?.attributes.targetGUID))) return true;
    return false;
  };
  const ownSelections = childrenNamed(source, 'PlainTextSelection');
  // Each is a child of the source, so none is seen twice; a note's selection may be, when the source refers to the note twice.
  for (let k = 0; k < ownSelections.length; k++) consider(ownSelections[k]!, k);
  const sourceNotes = childrenNamed(source, 'NoteRef').map((r) => plainGuid(r.attributes.targetGUID));
  for (const guid of sourceNotes) {
    const el = childrenNamed(ctx.notes.get(guid) ?? { children: [] } as unknown as XmlElement, 'PlainTextSelection')[0];
    if (!el || seen.has(el)) continue;
    seen.add(el);
    consider(el, -1);
  }

  const hint = hintedReading(ctx.origin);
  const choice = chooseReading(raw, lfRaw, selections, hint);
  const readingName = describeReading(choice.best.reading);
  if (selections.length) {
    const evidence = choice.scores.length === 1 ? 'the only reading: the text has no character where the readings differ' : `${choice.best.matches} of ${selections.filter((s) => s.stored).length} stored quotes match, ${choice.best.boundaries} of ${selections.length * 2} selection ends on word boundaries`;
    account.readings.push({ source: named(path), reading: `${readingName} (${evidence})` });
  }
  let rawCharacters: number | undefined;
  /** The text's length in characters, for the messages of selections past its end: counted once, for the first. */
  const characters = () => (rawCharacters ??= Array.from(raw).length);
  /** Placements of the source's own selections by index, and of the notes' selections by element. */
  const ownPlacements: Array<Placement | undefined> = new Array<Placement | undefined>(ownSelections.length).fill(undefined);
  const notePlacements = new Map<XmlElement, Placement>();
  const setPlacement = (el: XmlElement, own: number, placement: Placement): void => {
    if (own >= 0) ownPlacements[own] = placement;
    else notePlacements.set(el, placement);
  };
  for (const { el, own, why } of bad) setPlacement(el, own, { kind: 'skipped', why });
  const fits = (s: RawSelection, q: Placed): q is Extract<Placed, { words: string }> => 'words' in q && (!choice.storedIsText || !s.stored || storedMatches(s.stored, q.words));
  const whole = (q: Placed): q is Extract<Placed, { words: string }> => 'words' in q && onWordBoundary(lfRaw, q.start) && onWordBoundary(lfRaw, q.end);
  const place = (s: RawSelection, i: number): Placement => {
    const p = choice.best.placed(i);
    const proven = choice.storedIsText && s.stored !== undefined;
    if (fits(s, p) && (proven || whole(p))) return { kind: 'placed', start: p.start, end: p.end };
    for (let r = 1; r < choice.scores.length; r++) {
      const other = choice.scores[r]!;
      const q = other.placed(i);
      // Another reading whose words are the stored ones proves its place. Without stored words, coders do select parts of
      // words, so cutting one proves nothing alone: only the reading the project's software names may take a selection
      // the source's reading cuts and it puts on whole words (a note counted otherwise than the codings, say).
      const taken = proven ? fits(s, q) : !('problem' in p) && hint !== undefined && whole(q) && sameReading(other.reading, hint);
      if (taken && 'words' in q) return { kind: 'placed', start: q.start, end: q.end, reading: describeReading(other.reading) };
    }
    if (fits(s, p)) return { kind: 'placed', start: p.start, end: p.end };
    const numbers = `${s.start}–${s.end}`;
    if (choice.storedIsText && s.stored) {
      return { kind: 'orphaned', quote: s.stored, why: `its positions (${numbers}) give other words than the project stored with it under every reading of the text` };
    }
    const length = characters();
    return { kind: 'skipped', why: 'problem' in p && p.problem === 'inside a character' ? `its positions (${numbers}) fall inside a character under every reading` : `its positions (${numbers}) fall outside the text (${length} characters)` };
  };
  for (let i = 0; i < selections.length; i++) {
    const s = selections[i]!;
    setPlacement(s.el, s.own, place(s, i));
  }

  const description = childrenNamed(source, 'Description')[0]?.text.trim();
  const described = ctx.own ? { text: lfRaw, shift: 0 } : withDescription(lfRaw, description);
  const text = described.text;
  const shift = described.shift;
  const index = new TextIndex(text);
  const transcript = readSourceText(text);

  const tags: Tag[] = [];
  const ids = new Set<string>();
  const speakers: Array<{ start: number; end: number; name: string }> = [];
  const passages = new Map<string, string>();
  // A placed passage's key is a number made of its two ends (a string for texts too long for that): thousands of codings would each build one.
  const width = text.length + 1;
  const numericKeys = width * width <= Number.MAX_SAFE_INTEGER;
  const key = (p: Placement): number | string => (p.kind === 'placed' ? (numericKeys ? p.start * width + p.end : `${p.start}:${p.end}`) : p.kind === 'orphaned' ? `orphan:${p.quote}` : '');
  /** Each tag's passage (by its key), in the order of `tags`. */
  const tagPassages: Array<number | string> = [];
  /** The tags made on each passage (by its key), for the notes that go on them: built when the first note comes, as most projects' passages have none. */
  let byPassage: Map<number | string, Tag[]> | undefined;
  const addToPassage = (passage: number | string, tag: Tag): void => {
    const here = byPassage!.get(passage);
    if (here) here.push(tag);
    else byPassage!.set(passage, [tag]);
  };
  const tagsOn = (placement: Placement): Tag[] => {
    if (!byPassage) {
      byPassage = new Map();
      for (let t = 0; t < tags.length; t++) addToPassage(tagPassages[t]!, tags[t]!);
    }
    return byPassage.get(key(placement)) ?? [];
  };
  const make = (placement: Placement & { kind: 'placed' | 'orphaned' }, fields: Partial<Tag> & { category: string }): Tag => {
    const id = newTagId(ids, ctx.random);
    ids.add(id);
    let tag: Tag;
    const created = fields.created ?? ctx.now;
    const modified = fields.modified ?? fields.created ?? ctx.now;
    // Fields written out rather than spread: thousands of codings make thousands of tags.
    if (placement.kind === 'placed') {
      const start = placement.start + shift;
      const end = placement.end + shift;
      // The line alone: the column a line and column would also count is not needed here.
      const line = index.lineOf(Math.max(0, Math.min(start, text.length)));
      const { prefix, suffix } = contextAround(text, start, end);
      const speaker = turnAt(transcript, line)?.speaker ?? null;
      const section = sectionAt(transcript, line)?.title ?? null;
      tag = { id, category: fields.category, quote: text.slice(start, end), start, end, prefix, suffix, speaker, section, created, modified, status: 'anchored' };
    } else {
      tag = { id, category: fields.category, quote: placement.quote, start: 0, end: 0, prefix: '', suffix: '', speaker: null, section: null, created, modified, status: 'orphaned', anchorNote: `Imported from the project as it was: ${placement.why}.` };
    }
    if (fields.note !== undefined) tag.note = fields.note;
    if (fields.verdict !== undefined) tag.verdict = fields.verdict;
    if (fields.source !== undefined) tag.source = fields.source;
    if (fields.author !== undefined) tag.author = fields.author;
    tags.push(tag);
    const passage = key(placement);
    tagPassages.push(passage);
    if (byPassage) addToPassage(passage, tag);
    return tag;
  };

  /** A note on a passage: on the tag its author made there, else a tag of its own with the note's author. */
  const attachNote = (placement: Placement | undefined, content: string, el: XmlElement | undefined, label: string): void => {
    if (!placement || placement.kind === 'skipped') {
      account.kinds.notes.skipped++;
      account.kinds.notes.lines.push(`${label} (${where(el ?? source)}) is not kept: ${placement?.kind === 'skipped' ? placement.why : 'it is on no passage'}.`);
      return;
    }
    const fields = splitNote(content, ctx.own);
    const who = ctx.author(el);
    const here = tagsOn(placement);
    const mine = here.find((t) => t.author === who) ?? (who === undefined ? here[0] : undefined);
    if (mine) {
      for (const k of ['note', 'verdict', 'source'] as const) if (fields[k] !== undefined) mine[k] = mine[k] === undefined || k !== 'note' ? fields[k] : `${mine[k]}\n\n${fields[k]}`;
    } else {
      const created = isoTime(el?.attributes.creationDateTime);
      make(placement, { category: ctx.ensureNoteCategory(), ...fields, ...(who ? { author: who } : {}), ...(created ? { created } : {}) });
    }
    account.kinds.notes.kept++;
    if (placement.kind === 'placed') account.kinds.notes.placed++;
    else {
      account.kinds.notes.orphaned++;
      account.kinds.notes.lines.push(`${label} (${where(el ?? source)}) is kept on an orphaned tag: ${placement.why}.`);
    }
  };
  const noteOn = (guid: string, placement: Placement | undefined) => {
    const note = ctx.notes.get(guid);
    if (!note || ctx.usedNotes.has(guid)) return;
    ctx.usedNotes.add(guid);
    const content = ctx.noteText(guid);
    const label = `the note ${named(note.attributes.name ?? guid)}`;
    if (content === undefined) {
      account.kinds.notes.skipped++;
      account.kinds.notes.lines.push(`${label} (${where(note)}) has no text; there is nothing to keep.`);
      return;
    }
    attachNote(placement, content, note, label);
  };

  for (let k = 0; k < ownSelections.length; k++) {
    const selection = ownSelections[k]!;
    const placement = ownPlacements[k];
    const guid = plainGuid(selection.attributes.guid);
    if (placement?.kind === 'placed' && ctx.linkedSelections.has(guid)) passages.set(guid, text.slice(placement.start + shift, placement.end + shift));
    const caseName = ctx.caseSelections.get(guid);
    if (caseName && placement?.kind === 'placed') speakers.push({ start: placement.start + shift, end: placement.end + shift, name: caseName });
    const memo = firstChildNamed(selection, 'Description')?.text.trim();
    let coded = false;
    for (const coding of selection.children) {
      if (coding.name !== 'Coding') continue;
      const target = plainGuid(firstChildNamed(coding, 'CodeRef')?.attributes.targetGUID);
      const speaker = ctx.cases.get(target);
      if (speaker) {
        if (placement?.kind === 'placed') speakers.push({ start: placement.start + shift, end: placement.end + shift, name: speaker });
        continue;
      }
      const codings = account.kinds.codings;
      codings.read++;
      const category = ctx.categoryOf.get(target);
      if (!category) {
        codings.skipped++;
        codings.lines.push(`a coding (${where(coding)}) refers to no code of the codebook (${target || 'no CodeRef'}); it is not imported.`);
        continue;
      }
      coded = true;
      if (!placement || placement.kind === 'skipped') {
        codings.skipped++;
        codings.lines.push(`a coding with ${named(category)} (${where(selection)}) is not imported: ${placement?.kind === 'skipped' ? placement.why : 'it has no selection'}.`);
        continue;
      }
      const who = ctx.author(coding) ?? ctx.author(selection);
      const created = isoTime(coding.attributes.creationDateTime) ?? isoTime(selection.attributes.creationDateTime);
      const modified = isoTime(selection.attributes.modifiedDateTime);
      // Another tool's selection description is a memo on the coding (QualCoder reads it so); ours says where the words stand.
      const fields: Partial<Tag> & { category: string } = { category };
      if (who) fields.author = who;
      if (created) fields.created = created;
      if (modified) fields.modified = modified;
      if (memo && !ctx.own) fields.note = memo;
      make(placement, fields);
      codings.kept++;
      if (placement.kind === 'placed') {
        codings.placed++;
        if (placement.reading) codings.lines.push(`a coding with ${named(category)} (${where(selection)}) is placed with its positions read as ${placement.reading}, unlike the rest of the source: ${choice.storedIsText ? 'only that reading gives the words the project stored' : `only that reading, the one ${ctx.origin} uses, puts it on whole words`}.`);
      } else {
        codings.orphaned++;
        codings.lines.push(`a coding with ${named(category)} (${where(selection)}) is kept as an orphaned tag holding the words the project stored: ${placement.why}.`);
      }
    }
    if (!coded && memo && !ctx.own) {
      account.kinds.notes.read++;
      attachNote(placement, memo, selection, `the memo on a selection`);
    }
    // Notes referred to from a selection, or linked to it (as NVivo writes them), are on its passage.
    for (const ref of selection.children) if (ref.name === 'NoteRef') noteOn(plainGuid(ref.attributes.targetGUID), placement);
    for (const note of ctx.linkedNotes.get(guid) ?? []) noteOn(note, placement);
  }
  // Notes referred to from the source: each note's own selection says which passage it is on; one without is about the whole source (the project notes file keeps it).
  for (const guid of sourceNotes) {
    const at = ctx.notes.get(guid) && childrenNamed(ctx.notes.get(guid)!, 'PlainTextSelection')[0];
    if (at) noteOn(guid, notePlacements.get(at));
  }
  // A case's passages name who speaks where the transcript's labels do not.
  for (const tag of tags) {
    if (tag.speaker || tag.status === 'orphaned') continue;
    const who = speakers.find((s) => s.start <= tag.start && tag.start < Math.max(s.end, s.start + 1));
    if (who) tag.speaker = who.name;
  }
  const fileName = path.split('/').pop()!;
  const sidecar = writeSidecar({ transcriptName: fileName, text, tags, sha256: sha256Text(text), index });
  return { transcript: { path, text, sidecar, tags: tags.length }, passages };
}

/**
 * The source's text read for the speakers and sections its tags are given:
 * in the format it reads like, else as plain text. A project's source is
 * text whatever it looks like (one that starts like Whisper JSON but is not
 * valid JSON, say), and its codings are kept all the same.
 */
function readSourceText(text: string): Transcript {
  try {
    return readTranscript(text, { skipNotes: true });
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    return readTranscript(text, { skipNotes: true, format: 'plain' });
  }
}
