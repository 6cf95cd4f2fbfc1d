/**
 * The tags of open transcripts, kept in memory while they are open: loaded
 * from the sidecar, moved along with every edit, written back shortly after
 * each change. When the sidecar changes on disk (another window, a `git
 * pull`, another program) it is merged three ways with the tags held here,
 * never reloaded over them. A sidecar that cannot be read, or that holds an
 * unresolved git merge, is never written over: tagging that transcript is paused.
 */
import * as vscode from 'vscode';
import {
  applyChanges,
  conflictVersions,
  mergeSidecars,
  MergeError,
  placeTags,
  readSidecar,
  refreshQuotes,
  sameButLineEndings,
  sha256Text,
  TextIndex,
  writeSidecar,
  type Problem,
  type Tag,
  type TextChange,
} from '../core/annotations';
import { SIDECAR_GLOB } from '../core/annotations/sidecarPaths';
import { decodeText } from '../core/text';
import { Disposable } from '../util/dispose';
import { causeOf, logError } from '../util/log';
import { fileName, readSidecarFile, sidecarUriOf, transcriptUriOf, writeAtomically } from './files';
import type { StoredTag, TagStore } from './api';
import { openDocument } from '../documents';
import { isDocument, type OriginalReads } from '../documents/originals';

/** How long after a change to its tags a sidecar is written. */
const SAVE_DELAY_MS = 300;
/** How long after an edit the views hear that tags moved. */
const EDIT_NOTIFY_MS = 100;

/** Whether a transcript's tags can be changed, and why not. */
export type TagMode = 'ok' | 'paused' | 'readOnly';

/** The tags of one open transcript. */
export interface TranscriptTags {
  readonly uri: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Tags with UTF-16 positions in the document's current text. */
  tags: Tag[];
  invalid: unknown[];
  extra: Record<string, unknown>;
  mode: TagMode;
  /** Why tagging is paused or read-only. */
  reason?: string;
  problems: Problem[];
  /** The sidecar's content as last read or written, to tell our own writes from others'. */
  onDisk?: string;
  /** Tags removed this session, most recent last, to bring back. */
  removed: Tag[];
  /** True when tags moved with edits since the sidecar was last written. */
  moved: boolean;
  /** True when the sidecar holds git's conflict markers (an unresolved merge). */
  conflict?: boolean;
}

export class SidecarStore extends Disposable implements TagStore {
  private readonly entries = new Map<string, TranscriptTags>();
  private readonly loading = new Map<string, Promise<TranscriptTags | undefined>>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly notifyTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChangeTags = this.changeEmitter.event;
  private readonly problemEmitter = this._register(new vscode.EventEmitter<TranscriptTags>());
  /** Fires when a transcript's sidecar problems or mode change. */
  readonly onDidChangeProblems = this.problemEmitter.event;

  constructor(
    private readonly isTracked: (doc: vscode.TextDocument) => boolean,
    /** Reads documents (PDF, Word...) whose tags are anchored to their extracted text. */
    private readonly originals?: OriginalReads,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => void this.open(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.edited(e)));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => void this.closed(doc)));
    this._register({ dispose: () => [...this.saveTimers.values(), ...this.notifyTimers.values()].forEach(clearTimeout) });
    for (const doc of vscode.workspace.textDocuments) void this.open(doc);
  }

  private watching = false;

  /** Watches the sidecars from the first time tags are asked for: a workspace with no transcript open pays nothing. */
  private watchSidecars(): void {
    if (this.watching) return;
    this.watching = true;
    // Every kind of sidecar is watched (shared, an annotator's, the agreed set); only the shared one is read and written here.
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB));
    this._register(watcher.onDidChange((uri) => void this.sidecarChanged(uri)));
    this._register(watcher.onDidCreate((uri) => void this.sidecarChanged(uri)));
    this._register(watcher.onDidDelete((uri) => void this.sidecarChanged(uri)));
  }

  /** The loaded tags of an open transcript, loading them first if needed. */
  async entryFor(doc: vscode.TextDocument): Promise<TranscriptTags | undefined> {
    this.watchSidecars();
    const key = doc.uri.toString();
    return this.entries.get(key) ?? this.loading.get(key) ?? this.load(doc);
  }

  /** The tags of an open transcript, if loaded. */
  loaded(uri: vscode.Uri): TranscriptTags | undefined {
    return this.entries.get(uri.toString());
  }

  /** Every loaded transcript. */
  all(): TranscriptTags[] {
    return [...this.entries.values()];
  }

  private async open(doc: vscode.TextDocument): Promise<void> {
    if (!this.isTracked(doc) || this.entries.has(doc.uri.toString())) return;
    await this.entryFor(doc);
  }

  private load(doc: vscode.TextDocument): Promise<TranscriptTags | undefined> {
    const key = doc.uri.toString();
    const promise = (async () => {
      await this.writing.get(key);
      const entry = await this.readEntry(doc);
      this.loading.delete(key);
      if (doc.isClosed) return undefined;
      this.entries.set(key, entry);
      this.problemEmitter.fire(entry);
      this.changeEmitter.fire(doc.uri);
      return entry;
    })();
    this.loading.set(key, promise);
    promise.catch((e: unknown) => {
      this.loading.delete(key);
      logError('Could not load the tags of a transcript', doc.uri, e);
    });
    return promise;
  }

  /** Reads a transcript's sidecar and places its tags in the document's current text. */
  private async readEntry(doc: vscode.TextDocument, previous?: TranscriptTags): Promise<TranscriptTags> {
    const sidecar = sidecarUriOf(doc.uri);
    const entry: TranscriptTags = { uri: doc.uri, sidecar, tags: [], invalid: [], extra: {}, mode: 'ok', problems: [], removed: previous?.removed ?? [], moved: false };
    let file: { text: string; size: number } | undefined;
    try {
      file = await readSidecarFile(sidecar);
    } catch (e) {
      entry.mode = 'paused';
      entry.reason = `The sidecar ${fileName(sidecar)} cannot be read (${(e as Error).message}). Tagging this transcript is paused.`;
      entry.problems = [{ line: 1, column: 1, severity: 'error', message: entry.reason }];
      return entry;
    }
    if (!file) return entry;
    entry.onDisk = file.text;
    const read = readSidecar(file.text, file.size);
    entry.problems = read.problems;
    if (read.kind === 'unreadable' && read.conflict) {
      entry.mode = 'paused';
      entry.conflict = true;
      entry.reason = `The sidecar ${fileName(sidecar)} holds an unresolved git merge (conflict markers from line ${read.problems[0]?.line ?? 1}). Its tags are not shown and tagging this transcript is paused: run “Resolve Sidecar Merge Conflict” to merge both sides’ tags.`;
      return entry;
    }
    if (read.kind === 'unreadable') {
      const first = read.problems[0];
      entry.mode = 'paused';
      entry.reason = `The sidecar ${fileName(sidecar)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}. It is left as it is and tagging this transcript is paused: fix the file, or run “Set Aside Broken Sidecar” to start afresh.`;
      return entry;
    }
    if (read.readOnly) {
      entry.mode = 'readOnly';
      entry.reason = read.readOnly;
    }
    entry.invalid = read.sidecar.invalid;
    entry.extra = read.sidecar.extra;
    const text = doc.getText();
    const hash = sha256Text(text);
    entry.tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, new TextIndex(text));
    // Tags found again are written back, but not for a text that differs only by its line endings (a checkout on
    // another platform): that would rewrite the sidecar at every switch.
    if (read.sidecar.sha256 !== hash && entry.tags.length > 0 && entry.mode === 'ok' && !sameButLineEndings(read.sidecar.sha256, text)) this.scheduleSave(entry);
    return entry;
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0 || entry.tags.length === 0) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const doc = e.document;
    const effect = applyChanges(entry.tags, changes, (s, t) => doc.getText(new vscode.Range(doc.positionAt(Math.max(0, s)), doc.positionAt(Math.max(0, t)))));
    if (!effect.changed) return;
    entry.moved = true;
    if (effect.orphaned.length || effect.restored.length) this.problemEmitter.fire(entry);
    this.notifySoon(entry);
  }

  private saved(doc: vscode.TextDocument): void {
    const entry = this.entries.get(doc.uri.toString());
    // Positions are written against the saved text, so that the sidecar's hash is the file's.
    if (entry?.moved) this.scheduleSave(entry, 0);
  }

  private async closed(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    if (this.saveTimers.has(key)) {
      clearTimeout(this.saveTimers.get(key));
      this.saveTimers.delete(key);
      await this.save(entry, doc);
    }
    if (this.entries.get(key) === entry) this.entries.delete(key);
    this.changeEmitter.fire(doc.uri);
    this.problemEmitter.fire({ ...entry, tags: [], problems: [] });
  }

  private notifySoon(entry: TranscriptTags): void {
    const key = entry.uri.toString();
    if (this.notifyTimers.has(key)) return;
    this.notifyTimers.set(
      key,
      setTimeout(() => {
        this.notifyTimers.delete(key);
        this.changeEmitter.fire(entry.uri);
      }, EDIT_NOTIFY_MS),
    );
  }

  /** Records that a transcript's tags changed: the views hear at once, the sidecar is written shortly. */
  changed(entry: TranscriptTags): void {
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
    this.scheduleSave(entry);
  }

  private scheduleSave(entry: TranscriptTags, delay = SAVE_DELAY_MS): void {
    const key = entry.uri.toString();
    clearTimeout(this.saveTimers.get(key));
    this.saveTimers.set(
      key,
      setTimeout(() => {
        this.saveTimers.delete(key);
        const doc = openDocument(key);
        if (doc) void this.save(entry, doc);
      }, delay),
    );
  }

  /** Writes every pending sidecar now; resolves when they are on disk. */
  async flush(): Promise<void> {
    for (const [key, timer] of [...this.saveTimers]) {
      clearTimeout(timer);
      this.saveTimers.delete(key);
      const entry = this.entries.get(key);
      const doc = openDocument(key);
      if (entry && doc) await this.save(entry, doc);
    }
    await Promise.all(this.writing.values());
  }

  private save(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    const key = entry.uri.toString();
    const run = (this.writing.get(key) ?? Promise.resolve()).then(() => this.write(entry, doc));
    const tracked = run.catch((e: Error) => {
      void vscode.window.showErrorMessage(`Could not write the tags of ${fileName(entry.uri)} to ${fileName(entry.sidecar)}: ${e.message}`);
    });
    this.writing.set(key, tracked);
    void tracked.then(() => {
      if (this.writing.get(key) === tracked) this.writing.delete(key);
    });
    return tracked;
  }

  private async write(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    if (entry.mode !== 'ok' || doc.isClosed) return;
    // Someone else's change on disk that the watcher has not reported yet: merged with ours first.
    const disk = await readSidecarFile(entry.sidecar);
    // Deleted since it was read: the watcher asks the user whether to write the tags back.
    if (disk === undefined && entry.onDisk !== undefined) return;
    if (disk !== undefined && disk.text !== entry.onDisk) {
      await this.mergeFromDisk(entry, doc, disk.text);
      if (entry.mode !== 'ok') return;
    }
    // Nothing to keep yet (no tags, no dismissed suggestions or other fields): no sidecar is made.
    if (entry.tags.length === 0 && entry.invalid.length === 0 && Object.keys(entry.extra).length === 0 && entry.onDisk === undefined) return;
    const text = doc.getText();
    refreshQuotes(entry.tags, text);
    const content = writeSidecar({ transcriptName: fileName(entry.uri), text, tags: entry.tags, invalid: entry.invalid, extra: entry.extra, sha256: sha256Text(text) });
    entry.moved = false;
    if (content === entry.onDisk) return;
    entry.onDisk = content;
    await writeAtomically(entry.sidecar, content);
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
        ? `The sidecar ${fileName(entry.sidecar)} now holds an unresolved git merge. Tagging is paused; the tags made here are kept in memory: run “Resolve Sidecar Merge Conflict”.`
        : `The sidecar ${fileName(entry.sidecar)} changed on disk and cannot be read (${e.message}). Tagging is paused; the tags made here are kept in memory and merged when the file can be read.`;
      this.changeEmitter.fire(entry.uri);
      this.problemEmitter.fire(entry);
      return false;
    }
    const read = readSidecar(merged.text);
    if (read.kind !== 'ok') return false;
    const placed = placeTags(read.sidecar.tags, text, read.sidecar.sha256, hash, index);
    // Tags that stand where they stood keep their identity (and what edits remember about them).
    const held = new Map(entry.tags.map((t) => [t.id, t]));
    entry.tags = placed.map((t) => {
      const old = held.get(t.id);
      if (!old || old.start !== t.start || old.end !== t.end) return t;
      for (const key of Object.keys(old) as Array<keyof Tag>) if (!(key in t)) delete old[key];
      return Object.assign(old, t);
    });
    entry.invalid = read.sidecar.invalid;
    entry.extra = read.sidecar.extra;
    entry.problems = read.problems;
    entry.onDisk = disk;
    entry.mode = read.readOnly ? 'readOnly' : 'ok';
    entry.reason = read.readOnly;
    entry.conflict = false;
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
    if (merged.conflicts.length) {
      void vscode.window.showWarningMessage(
        `The tags of ${fileName(entry.uri)} were changed here and on disk at once: ${merged.conflicts.length} tag${merged.conflicts.length === 1 ? ' was' : 's were'} changed both ways and ${merged.conflicts.length === 1 ? 'is' : 'are'} kept in both versions. ${merged.conflicts[0]}`,
      );
    }
    // True when the tags held here had something the file did not: they must be written.
    return ours !== (base ?? '');
  }

  /** Reads the sidecar as it is on disk, replacing what is held (nothing held here is unwritten). */
  private async replaceWithDisk(entry: TranscriptTags, doc: vscode.TextDocument): Promise<void> {
    const fresh = await this.readEntry(doc, entry);
    Object.assign(entry, fresh);
    this.entries.set(entry.uri.toString(), entry);
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
  }

  /**
   * Resolves a sidecar left with git's conflict markers: the marker sections
   * merged three ways as the merge driver would, written back, read again.
   * Returns the tags kept in both versions, in words.
   */
  async resolveConflict(doc: vscode.TextDocument): Promise<string[] | undefined> {
    const entry = await this.entryFor(doc);
    if (!entry) return undefined;
    const file = await readSidecarFile(entry.sidecar);
    const versions = file && conflictVersions(file.text);
    if (!versions) return undefined;
    const merged = mergeSidecars(versions.base, versions.ours, versions.theirs, fileName(entry.uri), new TextIndex(doc.getText()));
    // Tags made here before the markers appeared are still held, with the sidecar as it was then: merged in too.
    const held = entry.tags.length > 0 && entry.onDisk !== undefined && readSidecar(entry.onDisk).kind === 'ok';
    await writeAtomically(entry.sidecar, merged.text);
    entry.mode = 'ok';
    entry.conflict = false;
    if (held) {
      await this.mergeFromDisk(entry, doc, merged.text);
      this.scheduleSave(entry, 0);
    } else await this.replaceWithDisk(entry, doc);
    return merged.conflicts;
  }

  /** Puts an ambiguous (orphaned) tag on one of its candidate places, as the user chose. */
  placeAt(entry: TranscriptTags, tag: Tag, start: number, end: number, now: string): void {
    tag.start = start;
    tag.end = end;
    tag.status = 'anchored';
    delete tag.anchorNote;
    delete tag.candidates;
    tag.modified = now;
    this.changed(entry);
  }

  private async sidecarChanged(sidecar: vscode.Uri): Promise<void> {
    // Annotators' and agreed sidecars are watched but not held here.
    if (transcriptUriOf(sidecar)?.set.kind !== 'shared') return;
    for (const entry of this.entries.values()) {
      if (entry.sidecar.toString() !== sidecar.toString()) continue;
      await this.writing.get(entry.uri.toString());
      let disk: { text: string; size: number } | undefined;
      try {
        disk = await readSidecarFile(sidecar);
      } catch (e) {
        entry.mode = 'paused';
        entry.reason = `The sidecar ${fileName(sidecar)} changed on disk and cannot be read (${causeOf(e)}). Tagging this transcript is paused; the tags made here are kept in memory.`;
        logError('Could not read a sidecar that changed on disk', sidecar, e);
        this.problemEmitter.fire(entry);
        return;
      }
      if (disk?.text === entry.onDisk) return;
      const doc = openDocument(entry.uri);
      if (!doc) return;
      if (!disk && entry.tags.length > 0) {
        const lost = entry.tags;
        entry.tags = [];
        entry.onDisk = undefined;
        for (const item of lost) entry.removed.push(item);
        this.changeEmitter.fire(entry.uri);
        this.problemEmitter.fire(entry);
        const choice = await vscode.window.showWarningMessage(`The sidecar of ${fileName(entry.uri)} was deleted; its ${lost.length} tag${lost.length === 1 ? ' is' : 's are'} no longer shown.`, 'Write Them Back');
        if (choice === 'Write Them Back') {
          entry.removed = entry.removed.filter((t) => !lost.includes(t));
          for (const item of lost) entry.tags.push(item);
          this.changed(entry);
        }
        return;
      }
      if (!disk) {
        await this.replaceWithDisk(entry, doc);
        return;
      }
      const ours = await this.mergeFromDisk(entry, doc, disk.text);
      // Tags held here that the file lacks are written now; with none, the file is left as the other program wrote it.
      if (entry.mode === 'ok' && ours) this.scheduleSave(entry, 0);
    }
  }

  /** Renames a broken sidecar aside (`….annotations.broken-<time>.yaml`) and starts with no tags. */
  async setAside(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const entry = await this.entryFor(doc);
    if (!entry || entry.mode !== 'paused') return undefined;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const aside = entry.sidecar.with({ path: entry.sidecar.path.replace(/\.yaml$/, `.broken-${stamp}.yaml`) });
    await vscode.workspace.fs.rename(entry.sidecar, aside, { overwrite: false });
    Object.assign(entry, { tags: [], invalid: [], extra: {}, mode: 'ok', reason: undefined, problems: [], onDisk: undefined, moved: false, conflict: false });
    this.changeEmitter.fire(entry.uri);
    this.problemEmitter.fire(entry);
    return aside;
  }

  async tagsFor(transcript: vscode.Uri): Promise<StoredTag[]> {
    this.watchSidecars();
    const doc = openDocument(transcript);
    if (doc) {
      const entry = await this.entryFor(doc);
      return entry ? entry.tags.map((t) => this.toStored(t, (o) => doc.positionAt(o))) : [];
    }
    const sidecar = sidecarUriOf(transcript);
    let file: { text: string; size: number } | undefined;
    try {
      file = await readSidecarFile(sidecar);
    } catch (e) {
      throw new Error(`The sidecar ${fileName(sidecar)} cannot be read (${causeOf(e)}).`);
    }
    if (!file) return [];
    const read = readSidecar(file.text, file.size);
    if (read.kind === 'unreadable') {
      const first = read.problems[0];
      throw new Error(`The sidecar ${fileName(sidecar)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ''}; its tags are not shown until it is fixed.`);
    }
    let text: string;
    try {
      text = this.originals && isDocument(transcript) ? (await this.originals.read(transcript)).text : decodeText(await vscode.workspace.fs.readFile(transcript)).text;
    } catch (e) {
      // Gone, unreadable or not text: it has no tags to show.
      logError('Could not read a transcript to place its tags', transcript, e);
      return [];
    }
    const index = new TextIndex(text);
    const tags = placeTags(read.sidecar.tags, text, read.sidecar.sha256, sha256Text(text), index);
    return tags.map((t) => this.toStored(t, (o) => index.editorPosition(o)));
  }

  private toStored(t: Tag, at: (offset: number) => { line: number; character: number }): StoredTag {
    const start = at(t.start);
    const end = at(t.end);
    const stored: StoredTag = {
      id: t.id,
      category: t.category,
      quote: t.quote,
      range: { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character },
      status: t.status,
      speaker: t.speaker,
      section: t.section,
      created: t.created,
      modified: t.modified,
    };
    if (t.note !== undefined) stored.note = t.note;
    if (t.verdict !== undefined) stored.verdict = t.verdict;
    if (t.source !== undefined) stored.source = t.source;
    if (t.author !== undefined) stored.author = t.author;
    return stored;
  }
}
