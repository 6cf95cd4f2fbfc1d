/**
 * Keeps the tags held in memory and the sidecar on disk together when the
 * file changes under them (another window, a `git pull`, another program): a
 * three-way merge, never a reload over unwritten tags; conflict markers
 * resolved on request; a broken sidecar set aside. It shows no dialog: what
 * the user must hear or decide comes back as a `SyncOutcome`.
 */
import * as vscode from 'vscode';
import { refusedOutput } from '../util/outputGuard';
import { conflictVersions, mergeSidecars, MergeError, placeTags, readSidecar, refreshQuotes, sha256Text, TextIndex, writeSidecar, type Tag } from '../core/annotations';
import { causeOf, logError } from '../util/log';
import { readSidecarFile } from './sidecarFiles';
import { readEntry, type TranscriptTags } from './sidecarReader';
import { hostFiles } from '../documents/hostFiles';
import { fileName, transcriptUriOf, shownName } from '../documents/addresses';

/** What a synchronisation leaves for the user to hear or decide. */
export type SyncOutcome =
  /** Tags changed both here and on disk, kept in both versions; `conflicts` says which, in words. */
  | { kind: 'conflicts'; entry: TranscriptTags; conflicts: string[] }
  /** The sidecar was deleted on disk: its tags are no longer shown, and may be written back. */
  | { kind: 'deleted'; entry: TranscriptTags; lost: Tag[] };

/** What the synchroniser needs of the tag store that holds the tags. */
export interface SyncHost {
  /** Every transcript whose tags are held. */
  entries(): Iterable<TranscriptTags>;
  /** The write of a transcript's sidecar under way, if any. */
  writing(entry: TranscriptTags): Promise<void> | undefined;
  /** The open document of a transcript. */
  documentOf(uri: vscode.Uri): vscode.TextDocument | undefined;
  /** Tells the views and diagnostics that a transcript's tags or mode changed. */
  announce(entry: TranscriptTags): void;
  /** Tells the diagnostics only that a transcript's mode or problems changed. */
  announceProblems(entry: TranscriptTags): void;
  /** Holds a transcript's tags again (a transcript closed meanwhile is held once more, as it was read). */
  hold(entry: TranscriptTags): void;
  /** Asks for the sidecar to be written now. */
  saveNow(entry: TranscriptTags): void;
  /** Asks for the sidecar to be written shortly. */
  saveSoon(entry: TranscriptTags): void;
  /** Reports what the user must hear or decide. */
  report(outcome: SyncOutcome): void;
}

export class DiskSync {
  constructor(private readonly host: SyncHost) {}

  /**
   * Before a write: someone else's change on disk that the watcher has not
   * reported yet is merged with ours first. False when the sidecar must not
   * be written now (deleted since it was read, or paused by the merge).
   */
  async beforeWrite(entry: TranscriptTags, doc: vscode.TextDocument): Promise<boolean> {
    const disk = await readSidecarFile(entry.sidecar);
    // Deleted since it was read: the watcher asks the user whether to write the tags back.
    if (disk === undefined && entry.onDisk !== undefined) return false;
    if (disk !== undefined && disk.text !== entry.onDisk) {
      await this.mergeFromDisk(entry, doc, disk.text);
      if (entry.mode !== 'ok') return false;
    }
    return true;
  }

  /**
   * Merges a sidecar changed on disk with the tags held here, three ways: the
   * base is the sidecar as last read or written here, ours the tags as they
   * stand now, theirs the file. Tags added on either side are kept; a tag
   * changed differently on both is kept in both versions and reported.
   */
  private async mergeFromDisk(entry: TranscriptTags, doc: vscode.TextDocument, disk: string): Promise<boolean> {
    const text = doc.getText();
    const index = new TextIndex(text);
    const hash = sha256Text(text);
    const baseReadable = entry.onDisk === undefined || readSidecar(entry.onDisk).kind === 'ok';
    if (entry.mode === 'readOnly' || !baseReadable || (entry.onDisk === undefined && entry.tags.length === 0)) {
      // Nothing of ours to keep (or nothing known to merge against): read the file as it is.
      await this.replaceWithDisk(entry, doc);
      return false;
    }
    refreshQuotes(entry.tags, text);
    const base = entry.onDisk;
    const ours = writeSidecar({ transcriptName: fileName(entry.uri), text, tags: entry.tags, invalid: entry.invalid, extra: entry.extra, sha256: hash, index });
    let merged;
    try {
      merged = mergeSidecars(entry.onDisk ?? '', ours, disk, fileName(entry.uri), index);
    } catch (e) {
      if (!(e instanceof MergeError)) throw e;
      // The file cannot be read (a half-written file, conflict markers): tagging pauses, our tags stay here unwritten,
      // and are merged in once the file can be read again (the base stays what we last knew).
      const read = readSidecar(disk);
      entry.mode = 'paused';
      entry.conflict = read.kind === 'unreadable' && read.conflict === true;
      entry.problems = read.problems;
      entry.reason = entry.conflict
        ? `The sidecar ${shownName(entry.sidecar)} now holds an unresolved git merge. Tagging is paused; the tags made here are kept in memory: run “Resolve Sidecar Merge Conflict”.`
        : `The sidecar ${shownName(entry.sidecar)} changed on disk and cannot be read (${e.message}). Tagging is paused; the tags made here are kept in memory and merged when the file can be read.`;
      this.host.announce(entry);
      return false;
    }
    const read = readSidecar(merged.text);
    if (read.kind !== 'ok') return false;
    const placed = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
    // Tags that stand where they stood, and orphans, keep their identity (and what edits remember about them).
    const held = new Map(entry.tags.map((t) => [t.id, t]));
    replaceTags(
      entry,
      placed.map((t) => {
        const old = held.get(t.id);
        // An orphan stays the same orphan: an undo may still give it back its words.
        const same = old && ((old.start === t.start && old.end === t.end) || (old.status === 'orphaned' && t.status === 'orphaned'));
        if (!same) return t;
        for (const key of Object.keys(old) as Array<keyof Tag>) if (!(key in t)) delete old[key];
        return Object.assign(old, t);
      }),
    );
    entry.invalid = read.sidecar.invalid;
    entry.extra = read.sidecar.extra;
    entry.problems = read.problems;
    entry.onDisk = disk;
    entry.mode = read.readOnly ? 'readOnly' : 'ok';
    entry.reason = read.readOnly;
    entry.conflict = false;
    this.host.announce(entry);
    if (merged.conflicts.length) this.host.report({ kind: 'conflicts', entry, conflicts: merged.conflicts });
    // True when the tags held here had something the file did not: they must be written.
    return ours !== (base ?? '');
  }

  /** Reads the sidecar as it is on disk, replacing what is held (nothing held here is unwritten). */
  private async replaceWithDisk(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    const { entry: fresh, refound } = await readEntry(doc.uri, doc.getText(), entry.removed);
    if (refound) this.host.saveSoon(entry);
    const { tags, ...rest } = fresh;
    Object.assign(entry, rest);
    replaceTags(entry, tags);
    this.host.hold(entry);
    this.host.announce(entry);
  }

  /**
   * Resolves a sidecar left with git's conflict markers: the marker sections
   * merged three ways as the merge driver would, written back, read again.
   * Returns the tags kept in both versions, in words.
   */
  async resolveConflict(entry: TranscriptTags, doc: vscode.TextDocument): Promise<string[] | undefined> {
    const file = await readSidecarFile(entry.sidecar);
    const versions = file && conflictVersions(file.text);
    if (!versions) return undefined;
    const merged = mergeSidecars(versions.base, versions.ours, versions.theirs, fileName(entry.uri), new TextIndex(doc.getText()));
    // Tags made here before the markers appeared are still held, with the sidecar as it was then: merged in too.
    const held = entry.tags.length > 0 && entry.onDisk !== undefined && readSidecar(entry.onDisk).kind === 'ok';
    await hostFiles.writeAtomically(entry.sidecar, merged.text);
    entry.mode = 'ok';
    entry.conflict = false;
    if (held) {
      await this.mergeFromDisk(entry, doc, merged.text);
      this.host.saveNow(entry);
    } else await this.replaceWithDisk(entry, doc);
    return merged.conflicts;
  }

  /** Follows a sidecar changed, created or deleted on disk into the tags held for its transcript. */
  async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    // Annotators' and agreed sidecars are watched but not held here.
    if (transcriptUriOf(sidecar)?.set.kind !== 'shared') return;
    for (const entry of this.host.entries()) {
      if (entry.sidecar.toString() !== sidecar.toString()) continue;
      let disk: { text: string; size: number } | undefined;
      try {
        // A write of ours that began while the file was being read may have changed it since: read it again after.
        do {
          await this.host.writing(entry);
          disk = await readSidecarFile(sidecar);
        } while (this.host.writing(entry));
      } catch (e) {
        entry.mode = 'paused';
        entry.reason = `The sidecar ${shownName(sidecar)} changed on disk and cannot be read (${causeOf(e)}). Tagging this transcript is paused; the tags made here are kept in memory.`;
        logError('Could not read a sidecar that changed on disk', sidecar, e);
        this.host.announceProblems(entry);
        return;
      }
      if (disk?.text === entry.onDisk) return;
      const doc = this.host.documentOf(entry.uri);
      if (!doc) return;
      if (!disk && entry.tags.length > 0) {
        const lost = [...entry.tags];
        replaceTags(entry, []);
        entry.onDisk = undefined;
        for (const item of lost) entry.removed.push(item);
        this.host.announce(entry);
        this.host.report({ kind: 'deleted', entry, lost });
        return;
      }
      if (!disk) {
        await this.replaceWithDisk(entry, doc);
        return;
      }
      const ours = await this.mergeFromDisk(entry, doc, disk.text);
      // Tags held here that the file lacks are written now; with none, the file is left as the other program wrote it.
      if (entry.mode === 'ok' && ours) this.host.saveNow(entry);
    }
  }

  /** Renames a broken sidecar aside (`….annotations.broken-<time>.yaml`) and starts with no tags. */
  async setAside(entry: TranscriptTags): Promise<vscode.Uri | undefined> {
    if (entry.mode !== 'paused') return undefined;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = entry.sidecar.with({ path: entry.sidecar.path.replace(/\.yaml$/, `.broken-${stamp}.yaml`) });
    const refused = refusedOutput(aside, [{ uri: entry.uri, transcript: false }]);
    if (refused) throw new Error(refused);
    await hostFiles.rename(entry.sidecar, aside, { overwrite: false });
    Object.assign(entry, { tags: [], invalid: [], extra: {}, mode: 'ok', reason: undefined, problems: [], onDisk: undefined, moved: false, conflict: false });
    this.host.announce(entry);
    return aside;
  }
}

/**
 * Puts other tags in place of the ones held, in the same array: what the
 * editor's undo needs to know of the edits made so far is kept with that
 * array, so that an undo after the sidecar changed on disk still gives back
 * what an edit took.
 */
function replaceTags(entry: TranscriptTags, tags: Tag[]): void {
  if (tags === entry.tags) return;
  // One by one: a spread of tens of thousands of tags would overflow the call's arguments.
  entry.tags.length = 0;
  for (const tag of tags) entry.tags.push(tag);
}
